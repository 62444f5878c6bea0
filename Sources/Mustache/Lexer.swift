/// Splits template source into tokens, applying the Mustache spec's standalone-line rules.
///
/// Works on UTF-8 bytes: every delimiter and whitespace character it looks for is ASCII, so
/// byte offsets are always character boundaries and no `String.Index` arithmetic is needed.
struct Lexer {
    /// The template's name, for errors.
    let templateName: String
    /// The template's text, for errors.
    let source: String
    /// The source bytes and their line positions.
    let positions: SourcePositions

    /// Prepares to lex `source`, the text of the template called `templateName`.
    init(templateName: String, source: String) {
        self.templateName = templateName
        self.source = source
        positions = SourcePositions(bytes: Array(source.utf8))
    }

    /// The source bytes.
    private var bytes: [UInt8] { positions.bytes }

    /// Lexes the whole source, or throws at the first malformed tag.
    func tokenize() throws(TemplateError) -> [Token] {
        var tokens: [Token] = []
        var textStart = 0
        while let tagStart = openingDelimiter(from: textStart) {
            let scanned = try scanTag(at: tagStart)
            if scanned.kind.canStandAlone,
                let line = standaloneLine(tagStart: tagStart, tagEnd: scanned.end, textStart: textStart)
            {
                // The whole line goes: its indentation, the tag, trailing blanks and the newline.
                appendText(textStart..<line.lowerBound, to: &tokens)
                append(scanned, indentation: string(line.lowerBound..<tagStart), to: &tokens)
                textStart = line.upperBound
            } else {
                appendText(textStart..<tagStart, to: &tokens)
                if isLineStart(tagStart) { tokens.append(.lineStart) }
                append(scanned, indentation: nil, to: &tokens)
                textStart = scanned.end
            }
        }
        appendText(textStart..<bytes.count, to: &tokens)
        return tokens
    }

    /// Appends a scanned tag as a token; comments produce none.
    private func append(_ scanned: ScannedTag, indentation: String?, to tokens: inout [Token]) {
        guard scanned.kind != .comment else { return }
        let tag = Tag(kind: scanned.kind, name: scanned.name, span: scanned.span, standaloneIndentation: indentation)
        tokens.append(.tag(tag))
    }

    /// Appends the text in `range`, with a `.lineStart` before each kept non-empty line in it.
    private func appendText(_ range: Range<Int>, to tokens: inout [Token]) {
        guard !range.isEmpty else { return }
        var chunkStart = range.lowerBound
        if isLineStart(chunkStart), !isEmptyLine(at: chunkStart) { tokens.append(.lineStart) }
        for offset in range where bytes[offset] == UInt8(ascii: "\n") {
            let next = offset + 1
            // A line start at the range's end belongs to whatever follows (a tag, or nothing).
            guard next < range.upperBound, !isEmptyLine(at: next) else { continue }
            tokens.append(.text(string(chunkStart..<next)))
            tokens.append(.lineStart)
            chunkStart = next
        }
        if chunkStart < range.upperBound { tokens.append(.text(string(chunkStart..<range.upperBound))) }
    }

    /// The range of the whole line when the tag at `tagStart..<tagEnd` is alone on it, else nil.
    ///
    /// The range runs from the line's start through its line break (or the end of the source).
    /// `textStart` bounds the backward scan: anything before it belongs to an earlier tag,
    /// which then shares the line.
    private func standaloneLine(tagStart: Int, tagEnd: Int, textStart: Int) -> Range<Int>? {
        var start = tagStart
        while start > textStart, isBlank(bytes[start - 1]) { start -= 1 }
        guard isLineStart(start) else { return nil }
        var end = tagEnd
        while end < bytes.count, isBlank(bytes[end]) { end += 1 }
        if end == bytes.count { return start..<end }
        if bytes[end] == UInt8(ascii: "\n") { return start..<(end + 1) }
        if bytes[end] == UInt8(ascii: "\r"), end + 1 < bytes.count, bytes[end + 1] == UInt8(ascii: "\n") {
            return start..<(end + 2)
        }
        return nil
    }

    /// Whether `offset` is the first byte of a line.
    private func isLineStart(_ offset: Int) -> Bool {
        offset == 0 || bytes[offset - 1] == UInt8(ascii: "\n")
    }

    /// Whether the line starting at `offset` is empty, so indenting it would only add trailing blanks.
    private func isEmptyLine(at offset: Int) -> Bool {
        guard offset < bytes.count else { return true }
        if bytes[offset] == UInt8(ascii: "\n") { return true }
        return bytes[offset] == UInt8(ascii: "\r") && offset + 1 < bytes.count
            && bytes[offset + 1] == UInt8(ascii: "\n")
    }

    /// Whether `byte` is a space or a tab, the only blanks the standalone rules allow.
    private func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    /// The offset of the next `{{` at or after `offset`.
    private func openingDelimiter(from offset: Int) -> Int? {
        var index = offset
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") { return index }
            index += 1
        }
        return nil
    }

    /// The source text of a byte range.
    private func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
