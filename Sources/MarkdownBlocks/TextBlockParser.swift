/// Reading of the blocks that are "just lines": paragraphs and HTML blocks.
extension SourceText {
    /// Reads the paragraph starting at `lines[start]`; returns it and the index after it.
    ///
    /// Indented lines are ordinary paragraph text here: scraped pages indent at random with tabs,
    /// so there are no indented code blocks.
    func readParagraph(at start: Int) -> (paragraph: Paragraph, next: Int) {
        var paragraphLines = [paragraphLine(lines[start])]
        var index = start + 1
        while index < lines.count {
            let line = lines[index]
            if line.isBlank || interruptsText(at: index) || listMarkerInterruptingParagraph(line) != nil { break }
            paragraphLines.append(paragraphLine(line))
            index += 1
        }
        return (Paragraph(lines: paragraphLines, location: paragraphLines[0].location), index)
    }

    /// `line` as a paragraph line: trimmed text located at its first non-blank scalar.
    private func paragraphLine(_ line: SourceLine) -> Line {
        Line(text: trimmedText(of: line), location: location(of: line))
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
}
