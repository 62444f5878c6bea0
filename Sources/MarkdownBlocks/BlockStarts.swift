/// Recognisers for the single-line blocks: ATX headings and thematic breaks.
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

    /// True when the scalars of `literal` appear at `index`, ending no later than `limit`.
    func matches(_ literal: String, at index: Int, before limit: Int) -> Bool {
        var position = index
        for scalar in literal.unicodeScalars {
            guard position < limit, scalars[position] == scalar else { return false }
            position += 1
        }
        return true
    }
}
