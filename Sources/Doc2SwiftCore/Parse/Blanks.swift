/// Trimming without Foundation: `trimmingCharacters(in:)` goes through `NSString` on Linux and
/// was a tenth of parsing time.
extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)`: space separators and tab.
    func trimmingBlanks() -> String { trimming(where: Self.isBlank) }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`.
    func trimmingBlanksAndNewlines() -> String {
        trimming { Self.isBlank($0) || (0x0A...0x0D).contains($0.value) || $0.value == 0x85 || $0.value == 0x2028 || $0.value == 0x2029 }
    }

    func trimming(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = Substring(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
              let last = scalars.lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return String(scalars[first...last])
    }

    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || (scalar.value > 0x7F && scalar.properties.generalCategory == .spaceSeparator)
    }
}

extension String {
    /// Whether `needle` occurs in the text, compared byte by byte (as `NSString` literal search
    /// does for these ASCII markers); `firstRange(of:)` costs microseconds per call.
    func containsBytes(_ needle: String) -> Bool {
        let haystack = Array(utf8)
        let pattern = Array(needle.utf8)
        guard let first = pattern.first, pattern.count <= haystack.count else { return pattern.isEmpty }
        var index = 0
        while index + pattern.count <= haystack.count {
            if haystack[index] == first, haystack[index..<(index + pattern.count)].elementsEqual(pattern) { return true }
            index += 1
        }
        return false
    }
}
