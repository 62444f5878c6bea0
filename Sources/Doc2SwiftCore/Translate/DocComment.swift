import Foundation

/// Turns docs' prose into lines safe to put after `///`.
///
/// A line comment ends only at a line break, so the only way prose could escape into code is a
/// character Swift treats as a line break; those, and every other control or bidi-override
/// character, are removed or turned into spaces.
enum DocComment {
    /// The text as comment lines: wrapped at paragraph breaks, never empty-only, trimmed.
    static func lines(_ text: String) -> [String] {
        // Most descriptions are one line of printable ASCII, which needs no normalising or split.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            let line = trimmingBlanks(Substring(text))
            return line.isEmpty ? [] : [line]
        }
        var lines: [String] = []
        for rawLine in normalised(text).split(separator: "\n", omittingEmptySubsequences: false) {
            let line = trimmingBlanks(rawLine)
            if line.isEmpty && (lines.last?.isEmpty ?? true) { continue }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// `line` without leading and trailing blanks (`CharacterSet.whitespaces`: space separators
    /// and tab), in pure Swift: Foundation's `trimmingCharacters` bridges through `NSString` on
    /// Linux and was the slowest part of translation.
    static func trimmingBlanks(_ line: Substring) -> String {
        let scalars = line.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }),
              let last = scalars.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(scalars[first...last])
    }

    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || (scalar.value > 0x7F && scalar.properties.generalCategory == .spaceSeparator)
    }

    /// One line of text with every break and control character made a space.
    static func singleLine(_ text: String) -> String {
        lines(text).filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Line breaks unified to `\n`; other control, separator and bidi-control characters dropped or spaced.
    static func normalised(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: result.append("\n")
            case 0x09: result.append(" ")
            case 0x00...0x1F, 0x7F...0x9F: continue
            case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: continue
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
