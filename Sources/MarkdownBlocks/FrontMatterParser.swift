/// Reading of the YAML front matter between `---` lines at the top of a page.
///
/// Only as much YAML as pages use is understood: one entry per top-level `key: value` line, with
/// the lines nested under a key (indented lines, or `- item` lines right under an empty key)
/// kept as that key's value. Slate pages put lists there (`language_tabs:`, `includes:`), so a
/// nested block is ordinary front matter, not a damaged page.
extension SourceText {
    /// Reads front matter if line 1 is `---`; returns the block (nil when there is none or it is
    /// unclosed), the index of the first line after it, and the issues found.
    ///
    /// Unclosed front matter is not swallowed: the caller reads its lines as markdown, so a page
    /// that merely starts with a thematic break loses nothing.
    func readFrontMatter() -> (block: FrontMatter?, next: Int, issues: [ReaderIssue]) {
        guard let first = lines.first, trimmedText(of: first) == "---", first.indent == 0 else { return (nil, 0, []) }
        let start = location(first, at: first.start)
        var closing: Int?
        for index in 1..<max(lines.count, 1) {
            let text = trimmedText(of: lines[index])
            if lines[index].indent == 0 && (text == "---" || text == "...") {
                closing = index
                break
            }
        }
        guard let end = closing else {
            let issue = ReaderIssue(severity: .warning, message: "front matter is not closed; read as text", location: start)
            return (nil, 0, [issue])
        }
        var entries: [FrontMatter.Entry] = []
        var issues: [ReaderIssue] = []
        var index = 1
        while index < end {
            let line = lines[index]
            index += 1
            // YAML comments are legal and carry nothing the generator needs.
            if line.isBlank || isYAMLComment(line) { continue }
            if line.indent > 0 || isYAMLListItem(line) {
                // Nested lines are read with their key; these follow a line that was skipped.
                issues.append(ReaderIssue(severity: .warning,
                                          message: "front matter line is nested under no 'key:' line; skipped",
                                          location: location(of: line)))
                continue
            }
            guard let (key, value) = keyAndValue(in: line) else {
                issues.append(ReaderIssue(severity: .warning,
                                          message: "front matter line is not a 'key: value' pair; skipped",
                                          location: location(of: line)))
                continue
            }
            let hasInlineValue = !Self.yamlScalar(string(value)).isEmpty
            let nested = nestedLines(after: index - 1, before: end, listsAllowed: !hasInlineValue)
            entries.append(entry(key: key, value: value, on: line, nested: nested))
            index = nested.last.map { $0 + 1 } ?? index
        }
        return (FrontMatter(entries: entries, location: start), end + 1, issues)
    }

    /// The key and raw value ranges of the `key: value` pair on `line`, split at the first `: `
    /// (or a trailing `:`), or nil when the line is no such pair.
    private func keyAndValue(in line: SourceLine) -> (key: Range<Int>, value: Range<Int>)? {
        let content = trimmed(line.contentStart..<line.end)
        var split: Int?
        for index in content where scalars[index] == ":" {
            if index + 1 == content.upperBound || scalars[index + 1].isBlank {
                split = index
                break
            }
        }
        guard let colon = split else { return nil }
        let key = trimmed(content.lowerBound..<colon)
        guard !key.isEmpty else { return nil }
        return (key, trimmed(colon + 1..<content.upperBound))
    }

    /// The indices of the lines nested under the key on `lines[keyIndex]`: indented lines, and
    /// `- item` lines at column 1 when the key has no value of its own (`includes:` then `- a`).
    ///
    /// Blank and comment lines between nested lines belong to the block; those after the last
    /// nested line do not.
    private func nestedLines(after keyIndex: Int, before end: Int, listsAllowed: Bool) -> [Int] {
        var nested: [Int] = []
        var pending: [Int] = []
        var index = keyIndex + 1
        while index < end {
            let line = lines[index]
            if line.isBlank || (line.indent == 0 && isYAMLComment(line)) {
                pending.append(index)
            } else if line.indent > 0 || (listsAllowed && isYAMLListItem(line)) {
                nested += pending + [index]
                pending = []
            } else {
                break
            }
            index += 1
        }
        return nested
    }

    /// True when the first non-blank character of `line` starts a YAML comment.
    func isYAMLComment(_ line: SourceLine) -> Bool {
        !line.isBlank && scalars[line.contentStart] == "#"
    }

    /// True when `line` is a block list item: `-` followed by a blank or the end of the line.
    func isYAMLListItem(_ line: SourceLine) -> Bool {
        guard !line.isBlank, scalars[line.contentStart] == "-" else { return false }
        let next = line.contentStart + 1
        return next == line.end || scalars[next].isBlank
    }
}
