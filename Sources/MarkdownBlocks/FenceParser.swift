/// The opening line of a fenced code block: which character, how long, how indented, and its info string.
struct FenceOpening {
    /// "`" or "~".
    let marker: Unicode.Scalar
    /// Number of marker characters; the closing fence needs at least as many.
    let length: Int
    /// Indentation width of the opening fence; that much is removed from each content line.
    let indent: Int
    /// The rest of the opening line, trimmed (`http!`, `json`, or empty).
    let info: String
}

/// Reading of fenced code blocks (``` and ~~~).
extension SourceText {
    /// The fence opened by `line`, or nil when `line` is not an opening fence.
    ///
    /// A backtick fence whose info string contains a backtick is inline code on a line of its own
    /// (```` ```x``` ````), not a fence, as in CommonMark.
    func fenceOpening(_ line: SourceLine) -> FenceOpening? {
        guard line.hasBlockIndent, !line.isBlank else { return nil }
        let marker = scalars[line.contentStart]
        guard marker == "`" || marker == "~" else { return nil }
        var index = line.contentStart
        while index < line.end && scalars[index] == marker { index += 1 }
        let length = index - line.contentStart
        guard length >= 3 else { return nil }
        let infoRange = trimmed(index..<line.end)
        if marker == "`" && scalars[infoRange].contains("`") { return nil }
        return FenceOpening(marker: marker, length: length, indent: line.indent, info: string(infoRange))
    }

    /// True when `line` closes `fence`: same marker, at least as long, nothing but blanks after it.
    func closes(_ fence: FenceOpening, _ line: SourceLine) -> Bool {
        guard line.hasBlockIndent, !line.isBlank else { return false }
        var index = line.contentStart
        while index < line.end && scalars[index] == fence.marker { index += 1 }
        guard index - line.contentStart >= fence.length else { return false }
        return trimmed(index..<line.end).isEmpty
    }

    /// Reads the code block opened at `lines[start]`; returns the block, the index after it and any issue.
    ///
    /// An unclosed fence runs to the end of the file: the content is kept (nothing is lost) and
    /// the caller learns where the fence was opened.
    func readFence(_ fence: FenceOpening, at start: Int) -> (block: CodeBlock, next: Int, issue: ReaderIssue?) {
        let opening = lines[start]
        let location = location(of: opening)
        var content: [String] = []
        var index = start + 1
        while index < lines.count {
            let line = lines[index]
            if closes(fence, line) {
                let block = CodeBlock(info: fence.info, content: content.joined(separator: "\n"), location: location)
                return (block, index + 1, nil)
            }
            content.append(string(contentRange(of: line, removingUpTo: fence.indent)))
            index += 1
        }
        let block = CodeBlock(info: fence.info, content: content.joined(separator: "\n"),
                              location: location, isClosed: false)
        let issue = ReaderIssue(severity: .warning,
                                message: "code fence opened here is never closed; read to end of file",
                                location: location)
        return (block, index, issue)
    }

    /// The range of `line` after removing leading blanks worth at most `width` columns.
    ///
    /// A tab that would remove more than `width` columns is kept, so content is never eaten.
    func contentRange(of line: SourceLine, removingUpTo width: Int) -> Range<Int> {
        var index = line.start
        var removed = 0
        while index < line.end && scalars[index].isBlank {
            let next = scalars[index] == "\t" ? (removed / 4 + 1) * 4 : removed + 1
            guard next <= width else { break }
            removed = next
            index += 1
        }
        return index..<line.end
    }
}
