/// A tag read from the source, before standalone rules decide what happens to its line.
struct ScannedTag {
    /// What the tag does.
    let kind: TagKind
    /// The trimmed name after the sigil (the text, for comments).
    let name: String
    /// The offset just past the closing delimiter.
    let end: Int
    /// Where the tag is, for errors.
    let span: SourceSpan
}

extension Lexer {
    /// Reads the tag whose `{{` is at `start`, or throws if it is malformed or unsupported.
    func scanTag(at start: Int) throws(TemplateError) -> ScannedTag {
        let bytes = positions.bytes
        let isTriple = start + 2 < bytes.count && bytes[start + 2] == UInt8(ascii: "{")
        var cursor = start + (isTriple ? 3 : 2)
        while cursor < bytes.count, isBlankByte(bytes[cursor]) { cursor += 1 }

        var kind = TagKind.variable
        if !isTriple, cursor < bytes.count {
            var hasSigil = true
            switch bytes[cursor] {
            case UInt8(ascii: "#"): kind = .section
            case UInt8(ascii: "^"): kind = .invertedSection
            case UInt8(ascii: "/"): kind = .closeSection
            case UInt8(ascii: ">"): kind = .partial
            case UInt8(ascii: "!"): kind = .comment
            case UInt8(ascii: "&"): kind = .variable
            case UInt8(ascii: "="):
                throw error(
                    "set-delimiter tags ('{{=' … '=}}') are not supported; templates always use '{{' and '}}'",
                    from: start)
            case UInt8(ascii: "<"), UInt8(ascii: "$"):
                throw error("template inheritance ('{{<' and '{{$') is not supported; use partials", from: start)
            default:
                hasSigil = false
            }
            if hasSigil { cursor += 1 }
        }

        // Comments may span lines; any other tag must close on its own line, which turns a
        // forgotten '}}' into an error at that tag rather than a strange one further down.
        guard let close = closingDelimiter(from: cursor, acrossLines: kind == .comment) else {
            let what = kind == .comment ? "comment" : "tag"
            throw error("unclosed \(what): missing '\(isTriple ? "}}}" : "}}")'", from: start)
        }
        var end = close + 2
        if isTriple {
            guard end < bytes.count, bytes[end] == UInt8(ascii: "}") else {
                throw error("unclosed tag: missing '}}}'", from: start, to: end)
            }
            end += 1
        }
        let span = positions.span(from: start, to: end)
        var nameStart = cursor
        var nameEnd = close
        while nameStart < nameEnd, isBlankByte(bytes[nameStart]) { nameStart += 1 }
        while nameEnd > nameStart, isBlankByte(bytes[nameEnd - 1]) { nameEnd -= 1 }
        let name = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)
        if name.isEmpty, kind != .comment {
            throw TemplateError(.syntax, "empty tag", at: span, templateName: templateName, source: source)
        }
        return ScannedTag(kind: kind, name: name, end: end, span: span)
    }

    /// The offset of the first `}}` at or after `offset`; nil if a line ends first (unless
    /// `acrossLines`) or the source ends.
    private func closingDelimiter(from offset: Int, acrossLines: Bool) -> Int? {
        let bytes = positions.bytes
        var index = offset
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "}"), bytes[index + 1] == UInt8(ascii: "}") { return index }
            if !acrossLines, bytes[index] == UInt8(ascii: "\n") { return nil }
            index += 1
        }
        return nil
    }

    /// An error at the tag starting at `start`, underlined up to `end` or else to the line's end.
    private func error(_ message: String, from start: Int, to end: Int? = nil) -> TemplateError {
        let span: SourceSpan
        if let end {
            span = positions.span(from: start, to: end)
        } else if let close = closingDelimiter(from: start + 2, acrossLines: false) {
            span = positions.span(from: start, to: close + 2)
        } else {
            span = positions.spanToLineEnd(from: start)
        }
        return TemplateError(.syntax, message, at: span, templateName: templateName, source: source)
    }

    /// Whether `byte` is a space or a tab, the blanks allowed around a tag's name.
    private func isBlankByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}
