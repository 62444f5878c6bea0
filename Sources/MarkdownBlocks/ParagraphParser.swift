/// Reading of paragraphs, the fallback block, and the rules for what ends one.
///
/// What may interrupt a paragraph (a line that would otherwise be a continuation line):
/// - a code fence, an ATX heading, or a thematic break (there are no setext headings, so `---`
///   under text is a break, and a repeated front matter block mid-page stays readable);
/// - an HTML block of a block-level tag or a comment, but not an inline tag like `<see>`;
/// - a table: a line with a pipe followed by an alignment row (the header goes to the table);
/// - in an MDX page, a line of JSX tags or a `{…}` expression;
/// - a list item indented at most 3 columns, with text, that is a bullet or starts at 1.
///
/// Everything else continues the paragraph, whatever its indentation.
extension SourceText {
    /// The list item on `line` if it may end a paragraph: at most 3 spaces in, with text,
    /// and a bullet or an ordered marker numbered 1 (so "2011. was a year" stays prose).
    func listMarkerInterruptingParagraph(_ line: SourceLine) -> ListMarker? {
        guard line.hasBlockIndent, !isThematicBreak(line), let marker = listMarker(line), !marker.text.isEmpty,
              !marker.isOrdered || marker.number == 1 else { return nil }
        return marker
    }

    /// True when `lines[index]` starts a block that ends a paragraph or list item text.
    func interruptsText(at index: Int) -> Bool {
        let line = lines[index]
        return fenceOpening(line) != nil || atxHeading(line) != nil || isThematicBreak(line)
            || startsHTMLBlock(line, interruptingParagraph: true) || startsTableWithAlignmentRow(at: index)
            || interruptsTextAsMDX(at: index)
    }

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
}
