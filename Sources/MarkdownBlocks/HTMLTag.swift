/// One HTML or XML-doc tag found in inline text: `<see cref="…"/>`, `</para>`, `<br>`.
struct HTMLTag {
    /// The tag name, lowercased.
    let name: String
    /// True for `</name>`.
    let isClosing: Bool
    /// True for `<name … />`.
    let isSelfClosing: Bool
    /// Attribute values by lowercased name; attributes without a value map to "".
    let attributes: [String: String]
    /// Index just past the closing `>`.
    let end: Int

    /// Longest tag considered; a `<` without a `>` nearby is text, and the bound keeps scanning linear.
    private static let maximumLength = 2_000

    /// The tag starting with the `<` at `start`, or nil when the text there is not a well-formed tag.
    static func parse(_ text: MarkedText, at start: Int) -> HTMLTag? {
        var scanner = TagScanner(text: text, position: start + 1, limit: min(text.count, start + maximumLength))
        let isClosing = scanner.skip("/")
        guard let name = scanner.name(), name.unicodeScalars.first?.isASCIILetter == true else { return nil }
        var attributes: [String: String] = [:]
        while true {
            let hadSpace = scanner.skipWhitespace()
            if scanner.skip(">") {
                return HTMLTag(name: name.lowercased(), isClosing: isClosing, isSelfClosing: false,
                               attributes: attributes, end: scanner.position)
            }
            if scanner.skip("/") {
                guard scanner.skip(">") else { return nil }
                return HTMLTag(name: name.lowercased(), isClosing: isClosing, isSelfClosing: true,
                               attributes: attributes, end: scanner.position)
            }
            // Attributes must be separated from the name and from each other by whitespace.
            guard hadSpace, !isClosing, let attribute = scanner.name() else { return nil }
            scanner.skipWhitespace()
            var value = ""
            if scanner.skip("=") {
                scanner.skipWhitespace()
                guard let parsed = scanner.attributeValue() else { return nil }
                value = parsed
            }
            attributes[attribute.lowercased()] = value
        }
    }
}

/// A cursor over `MarkedText` for the small grammar of a tag.
private struct TagScanner {
    /// The text being scanned.
    let text: MarkedText
    /// The next scalar to read.
    var position: Int
    /// Scanning never reads at or beyond this index.
    let limit: Int

    /// The next scalar, or nil at the limit.
    var current: Unicode.Scalar? { position < limit ? text.scalars[position] : nil }

    /// Consumes `scalar` if it is next.
    mutating func skip(_ scalar: Unicode.Scalar) -> Bool {
        guard current == scalar else { return false }
        position += 1
        return true
    }

    /// Consumes whitespace; returns whether there was any.
    @discardableResult
    mutating func skipWhitespace() -> Bool {
        let start = position
        while let scalar = current, scalar == " " || scalar == "\t" || scalar == "\n" { position += 1 }
        return position > start
    }

    /// Consumes a tag or attribute name (letters, digits, `-`, `_`, `:`, `.`), or returns nil.
    mutating func name() -> String? {
        let start = position
        while let scalar = current,
              scalar.isASCIILetter || scalar.isASCIIDigit || scalar == "-" || scalar == "_" || scalar == ":" || scalar == "." {
            position += 1
        }
        return position > start ? text.string(start..<position) : nil
    }

    /// Consumes a quoted or unquoted attribute value, or returns nil when it is malformed.
    mutating func attributeValue() -> String? {
        guard let first = current else { return nil }
        if first == "\"" || first == "'" {
            position += 1
            let start = position
            while let scalar = current, scalar != first { position += 1 }
            guard current == first else { return nil }
            let value = text.string(start..<position)
            position += 1
            return value
        }
        let start = position
        while let scalar = current, !scalar.isWhitespaceLike, scalar != ">", scalar != "<", scalar != "\"", scalar != "'" {
            position += 1
        }
        return position > start ? text.string(start..<position) : nil
    }
}
