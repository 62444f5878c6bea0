/// Reading of the flat YAML front matter between `---` lines at the top of a page.
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
        for line in lines[1..<end] where !line.isBlank {
            // YAML comments are legal and carry nothing the generator needs.
            if scalars[line.contentStart] == "#" { continue }
            if let entry = entry(in: line) {
                entries.append(entry)
            } else {
                issues.append(ReaderIssue(severity: .warning,
                                          message: "front matter line is not a flat 'key: value' pair; skipped",
                                          location: location(of: line)))
            }
        }
        return (FrontMatter(entries: entries, location: start), end + 1, issues)
    }

    /// The `key: value` pair on `line`, split at the first `: ` (or a trailing `:`), or nil.
    private func entry(in line: SourceLine) -> FrontMatter.Entry? {
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
        let value = Self.unquoted(trimmedString(colon + 1..<content.upperBound))
        return FrontMatter.Entry(key: string(key), value: value, location: location(line, at: key.lowerBound))
    }

    /// `value` without one pair of matching surrounding single or double quotes.
    static func unquoted(_ value: String) -> String {
        let scalars = Array(value.unicodeScalars)
        guard scalars.count >= 2, let first = scalars.first, first == "'" || first == "\"", scalars.last == first
        else { return value }
        var result = String()
        result.unicodeScalars.append(contentsOf: scalars[1..<(scalars.count - 1)])
        return result
    }
}
