/// What makes a name from the docs unsafe as a file name.
///
/// doc2swift never names a file after a page's id or title: files are named after Swift
/// identifiers (ASCII letters, digits and `_`) or, in plugin layouts, after the page's own path.
/// These checks find the docs names that would have been unsafe, so that diagnostics can say so
/// and what was done instead.
enum FileNameSafety {
    /// Names Windows reserves for devices, in any case and with any extension (`nul.txt`).
    static let reservedDeviceNames: Set<String> = Set(["con", "prn", "aux", "nul"]
        + (0...9).map { "com\($0)" } + (0...9).map { "lpt\($0)" })

    /// How a text looks like a file path.
    enum PathShape: Hashable, Sendable {
        /// `/tmp/x`, `\x`, `C:\x`, `C:/x`.
        case absolute
        /// Has a `..` component: `../x`, `a/../../b`, `..`.
        case climbing
        /// Has folder separators: `a/b`, `a\b`.
        case nested

        /// The phrase used in diagnostics, after "looks like".
        var phrase: String {
            switch self {
            case .absolute: "an absolute file path"
            case .climbing: "a file path that climbs out of its folder ('..')"
            case .nested: "a file path ('/' or '\\' separates folders)"
            }
        }
    }

    /// How `text` looks like a file path, or nil when it does not. A drive letter counts only
    /// before a separator, so DocFX ids such as `T:Namespace.Type` are not paths.
    static func pathShape(_ text: String) -> PathShape? {
        let scalars = Array(text.unicodeScalars)
        let isSeparator: (Unicode.Scalar) -> Bool = { $0 == "/" || $0 == "\\" }
        let hasDrive = scalars.count >= 3 && scalars[0].isASCII && scalars[0].properties.isAlphabetic
            && scalars[1] == ":" && isSeparator(scalars[2])
        if let first = scalars.first, isSeparator(first) || hasDrive { return .absolute }
        if text.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains("..") { return .climbing }
        if scalars.contains(where: isSeparator) { return .nested }
        return nil
    }

    /// The device `name` stands for on Windows (upper-cased, `AUX`), or nil when it is an
    /// ordinary name. Case and anything from the first `.` on are ignored, as Windows does.
    static func reservedDeviceName(_ name: String) -> String? {
        let stem = name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first ?? name[...]
        let trimmed = String(stem.reversed().drop { $0 == " " }.reversed())
        return reservedDeviceNames.contains(trimmed.lowercased()) ? trimmed.uppercased() : nil
    }
}
