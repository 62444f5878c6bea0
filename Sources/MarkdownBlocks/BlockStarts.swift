/// Recognisers for the single-line block starts: ATX headings, thematic breaks and HTML blocks.
///
/// Each answers "does this line start such a block?" without consuming anything, so the main
/// loop and the paragraph reader can ask the same questions and agree on where paragraphs end.
extension SourceText {
    /// The level and text range of an ATX heading (`## Title ##`), or nil when `line` is none.
    ///
    /// Only a closing run of `#` that is preceded by a blank and ends the line is removed, so
    /// `## Online Restricted: ## The User agent…` keeps its inner `##`.
    func atxHeading(_ line: SourceLine) -> (level: Int, text: Range<Int>)? {
        guard line.hasBlockIndent, !line.isBlank, scalars[line.contentStart] == "#" else { return nil }
        var index = line.contentStart
        while index < line.end && scalars[index] == "#" { index += 1 }
        let level = index - line.contentStart
        guard level <= 6, index == line.end || scalars[index].isBlank else { return nil }
        var text = trimmed(index..<line.end)
        var closing = text.upperBound
        while closing > text.lowerBound && scalars[closing - 1] == "#" { closing -= 1 }
        if closing == text.lowerBound {
            // The whole content is `#`s (`### ###`): an empty heading.
            text = text.lowerBound..<text.lowerBound
        } else if closing < text.upperBound && scalars[closing - 1].isBlank {
            text = trimmed(text.lowerBound..<closing)
        }
        return (level, text)
    }

    /// True when `line` is a thematic break: three or more `-`, `*` or `_` (one kind), blanks allowed between.
    func isThematicBreak(_ line: SourceLine) -> Bool {
        guard line.hasBlockIndent, !line.isBlank else { return false }
        let marker = scalars[line.contentStart]
        guard marker == "-" || marker == "*" || marker == "_" else { return false }
        var count = 0
        for index in line.contentStart..<line.end {
            let scalar = scalars[index]
            if scalar == marker {
                count += 1
            } else if !scalar.isBlank {
                return false
            }
        }
        return count >= 3
    }

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

    /// True when the scalars of `literal` appear at `index`, ending no later than `limit`.
    func matches(_ literal: String, at index: Int, before limit: Int) -> Bool {
        var position = index
        for scalar in literal.unicodeScalars {
            guard position < limit, scalars[position] == scalar else { return false }
            position += 1
        }
        return true
    }

    /// Tag names that may interrupt a paragraph (the CommonMark block-level list, trimmed to what pages use).
    static let blockLevelTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "main", "nav", "ol", "p",
        "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "script", "style",
    ]
}
