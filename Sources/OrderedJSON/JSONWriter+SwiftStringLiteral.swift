/// Swift string literals for arbitrary text, such as JSON samples embedded in generated tests.
extension JSONWriter {
    /// A Swift string literal that evaluates to exactly `text` and is safe to put in generated source.
    ///
    /// The form depends on the content:
    /// - `"text"` when there is nothing to escape (no `"`, `\`, line break or unsafe character);
    /// - `#"text"#` for one line with quotes or backslashes, with one more `#` than the longest run of `#`
    ///   after any `"` or `\` in the text, so neither a closing delimiter nor an escape (`\#(`, `\#n`) can
    ///   occur inside;
    /// - `#"""` newline, text, newline, `"""#` for text with line breaks, with the same `#` rule (which also
    ///   keeps `"""` lines inert); the closing delimiter is not indented, so no indentation is stripped, and
    ///   the newline before it is not part of the value, so a trailing newline in `text` survives;
    /// - `"…"` with escapes (`\\`, `\"`, `\n`, `\t`, `\r`, `\0`, `\u{…}`) when `text` holds a character
    ///   that must not appear raw in source (see `mustEscapeInSwiftSource(_:)`), when it has a tab but no
    ///   line break (Swift rejects a raw tab in single-line literals, though not in multi-line ones), or when
    ///   it is one line starting with `""` or just `"` (either would make the literal start `#"""`, the
    ///   multi-line opener).
    ///
    /// - Parameter text: Any text.
    /// - Returns: Swift source for a string literal with the value `text`.
    public static func swiftStringLiteral(_ text: String) -> String {
        var hasLineBreak = false
        var hasTab = false
        var needsRaw = false
        var longestHashRun = 0
        // -1 when the previous scalar was not part of a `"`/`\` + `#…#` run, else the run's length so far.
        var currentHashRun = -1
        for scalar in text.unicodeScalars {
            if mustEscapeInSwiftSource(scalar) { return escapedSwiftStringLiteral(text) }
            switch scalar {
            case "\n":
                hasLineBreak = true
                currentHashRun = -1
            case "\t":
                hasTab = true
                currentHashRun = -1
            case "\"", "\\":
                needsRaw = true
                currentHashRun = 0
            case "#" where currentHashRun >= 0:
                currentHashRun += 1
                longestHashRun = max(longestHashRun, currentHashRun)
            default:
                currentHashRun = -1
            }
        }
        let hashes = String(repeating: "#", count: longestHashRun + 1)
        if hasLineBreak { return hashes + "\"\"\"\n" + text + "\n\"\"\"" + hashes }
        if hasTab { return escapedSwiftStringLiteral(text) }
        if !needsRaw { return "\"" + text + "\"" }
        // `#"` + `""…` or `#"` + `"` + `"#` would start with `#"""`, which reads as a multi-line opener.
        // Compared by scalars: a combining mark after a quote must not hide it.
        let quote: Unicode.Scalar = "\""
        if text.unicodeScalars.starts(with: [quote, quote]) || text.unicodeScalars.elementsEqual([quote]) {
            return escapedSwiftStringLiteral(text)
        }
        return hashes + "\"" + text + "\"" + hashes
    }

    /// Whether `scalar` must be written as an escape in generated Swift source.
    ///
    /// True for control characters other than LF and tab (a raw CR would be normalised by the compiler, NUL
    /// is diagnosed), for U+2028/U+2029 (line breaks to some tools, not to Swift), and for the bidirectional
    /// overrides, isolates and marks and U+FEFF, which can make source display differently from what it
    /// compiles to.
    ///
    /// - Parameter scalar: A scalar of the text.
    /// - Returns: `true` when the scalar may not appear raw.
    public static func mustEscapeInSwiftSource(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00..<0x20, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    /// `"…"` with every special or unsafe scalar escaped; always a valid single-line literal.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The escaped literal.
    static func escapedSwiftStringLiteral(_ text: String) -> String {
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": literal += #"\\"#
            case "\"": literal += #"\""#
            case "\n": literal += #"\n"#
            case "\t": literal += #"\t"#
            case "\r": literal += #"\r"#
            case "\0": literal += #"\0"#
            case _ where mustEscapeInSwiftSource(scalar):
                literal += #"\u{"# + String(scalar.value, radix: 16, uppercase: true) + "}"
            default:
                literal.unicodeScalars.append(scalar)
            }
        }
        return literal + "\""
    }
}
