import Foundation

/// Reading of HTML blocks: lines that start with a tag or a comment, up to the next blank line.
extension SourceText {
    /// True when `line` opens an HTML block: `<` then a tag name, `/` and a tag name, or `<!--`.
    ///
    /// When `interruptingParagraph` is true only block-level tags (`<div>`, `<ul>`, `<p>`, …) and
    /// comments count, so an inline `<see cref="…">` at the start of a wrapped line stays paragraph text.
    func startsHTMLBlock(_ line: SourceLine, interruptingParagraph: Bool = false) -> Bool {
        guard line.hasBlockIndent, !line.isBlank, scalars[line.contentStart] == "<" else { return false }
        var index = line.contentStart + 1
        if matches("!--", at: index, before: line.end) { return true }
        if index < line.end && scalars[index] == "/" { index += 1 }
        let nameStart = index
        guard index < line.end, scalars[index].isASCIILetter else { return false }
        while index < line.end && (scalars[index].isASCIILetter || scalars[index].isASCIIDigit || scalars[index] == "-") {
            index += 1
        }
        // `<https://example.com>` is an autolink, not a tag: the name must end at a tag boundary.
        if index < line.end {
            let next = scalars[index]
            guard next.isBlank || next == ">" || next == "/" else { return false }
        }
        guard interruptingParagraph else { return true }
        return Self.blockLevelTags.contains(string(nameStart..<index).lowercased())
    }

    /// A line that is one HTML heading element, `<h2 id="tocS_Pet">Pet</h2>`, as a heading of its
    /// level: pages generated from OpenAPI documents write their headings so (to give them ids),
    /// and the browser shows them as headings. Nil for any other line, or an empty heading.
    func htmlHeading(_ line: SourceLine) -> Heading? {
        guard line.hasBlockIndent, !line.isBlank, scalars[line.contentStart] == "<" else { return nil }
        let text = string(line.contentStart..<line.end).trimmingCharacters(in: .whitespaces)
        let characters = Array(text)
        guard characters.count >= 9, characters[1] == "h" || characters[1] == "H",
              let level = characters[2].wholeNumberValue, (1...6).contains(level),
              characters[3] == ">" || characters[3].isWhitespace,
              let openEnd = characters[3...].firstIndex(of: ">"),
              String(characters.suffix(5)).lowercased() == "</h\(level)>", openEnd < characters.count - 5
        else { return nil }
        let inner = String(characters[(openEnd + 1)..<(characters.count - 5)])
        let plain = InlineText.plain(inner).trimmingCharacters(in: .whitespaces)
        guard !plain.isEmpty, !plain.contains("\n") else { return nil }
        return Heading(level: level, text: plain, location: location(of: line))
    }

    /// Reads the HTML block starting at `lines[start]`; returns it and the index after it.
    ///
    /// The block runs to the next blank line, as in CommonMark, but also stops before an ATX
    /// heading or a code fence: pages put `## Filter Operators: ##` right after a `<ul>…</ul>`
    /// line, and losing a section heading into raw HTML would hide the section from every later stage.
    func readHTMLBlock(at start: Int) -> (block: HTMLBlock, next: Int) {
        var texts = [string(lines[start].contentStart..<lines[start].end)]
        var index = start + 1
        while index < lines.count {
            let line = lines[index]
            if line.isBlank || atxHeading(line) != nil || fenceOpening(line) != nil { break }
            texts.append(string(line.start..<line.end))
            index += 1
        }
        let block = HTMLBlock(text: texts.joined(separator: "\n"), location: location(of: lines[start]))
        return (block, index)
    }

    /// Tag names that may interrupt a paragraph (the CommonMark block-level list, trimmed to what pages use).
    static let blockLevelTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "main", "nav", "ol", "p",
        "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "script", "style",
    ]
}
