/// The values of front matter entries: a one-line scalar, a scalar continued on indented lines,
/// a `|` or `>` block scalar, or a nested list or map kept as text (with a list's items).
extension SourceText {
    /// The entry for `key` on `line`, whose inline value is `value` and under which the lines
    /// `nested` (indices into `lines`, possibly empty) are nested.
    func entry(key: Range<Int>, value: Range<Int>, on line: SourceLine, nested: [Int]) -> FrontMatter.Entry {
        let keyText = string(key)
        let keyLocation = location(line, at: key.lowerBound)
        let inline = Self.yamlScalar(string(value))
        guard !nested.isEmpty else { return FrontMatter.Entry(key: keyText, value: inline, location: keyLocation) }
        if let first = inline.unicodeScalars.first, first == "|" || first == ">",
           inline.unicodeScalars.dropFirst().allSatisfy({ $0 == "-" || $0 == "+" || $0.isASCIIDigit }) {
            let text = blockScalar(nested, folded: first == ">")
            return FrontMatter.Entry(key: keyText, value: text, location: keyLocation)
        }
        let content = nested.filter { !lines[$0].isBlank && !isYAMLComment(lines[$0]) }
        if !inline.isEmpty || content.isEmpty {
            // A scalar continued on indented lines: YAML folds the lines into one, joined by spaces.
            let folded = ([string(value)] + content.map { trimmedText(of: lines[$0]) }).joined(separator: " ")
            return FrontMatter.Entry(key: keyText, value: Self.yamlScalar(folded), location: keyLocation)
        }
        let indent = content.map { lines[$0].indent }.min() ?? 0
        let text = content.map { dedentedText(of: lines[$0], by: indent) }.joined(separator: "\n")
        let items = isYAMLListItem(lines[content[0]]) ? listItems(content, indent: indent) : []
        return FrontMatter.Entry(key: keyText, value: text, items: items, location: keyLocation)
    }

    /// The items of the block list on the lines `content` whose markers are indented by `indent`.
    ///
    /// A line that is not a marker at that indentation continues the item before it (a map in
    /// a list item, such as Slate's `- name: description` / `    content: …`).
    private func listItems(_ content: [Int], indent: Int) -> [FrontMatter.Item] {
        var items: [FrontMatter.Item] = []
        var texts: [String] = []
        var itemLocation: SourceLocation?
        var contentIndent = 0

        /// Moves the item being collected into `items`; a one-line item is a scalar, quotes removed.
        func flush() {
            guard let start = itemLocation else { return }
            let text = texts.count == 1 ? Self.yamlScalar(texts[0]) : texts.joined(separator: "\n")
            items.append(FrontMatter.Item(text: text, location: start))
        }

        for index in content {
            let line = lines[index]
            guard line.indent == indent, isYAMLListItem(line) else {
                texts.append(dedentedText(of: line, by: contentIndent))
                continue
            }
            flush()
            let text = trimmed(line.contentStart + 1..<line.end)
            itemLocation = location(line, at: text.isEmpty ? line.contentStart : text.lowerBound)
            contentIndent = line.indent + (text.isEmpty ? 2 : text.lowerBound - line.contentStart)
            texts = text.isEmpty ? [] : [string(text)]
        }
        flush()
        return items
    }

    /// The text of a `|` (literal) or `>` (folded) block scalar on the lines `nested`.
    ///
    /// Lines keep their indentation beyond the block's own; trailing empty lines are dropped
    /// (YAML's default "clip"). Folding joins adjacent lines with a space and keeps empty lines as breaks.
    private func blockScalar(_ nested: [Int], folded: Bool) -> String {
        // A comment at column 1 cannot be inside the block; it only sits between its lines.
        let body = nested.filter { !(lines[$0].indent == 0 && isYAMLComment(lines[$0])) }
        let indent = body.filter { !lines[$0].isBlank }.map { lines[$0].indent }.min() ?? 0
        var texts = body.map { lines[$0].isBlank ? "" : dedentedText(of: lines[$0], by: indent) }
        while texts.last == "" { texts.removeLast() }
        guard folded else { return texts.joined(separator: "\n") }
        var result = ""
        var previousWasText = false
        for text in texts {
            if text.isEmpty {
                result += "\n"
            } else if previousWasText {
                result += " " + text
            } else {
                result += text
            }
            previousWasText = !text.isEmpty
        }
        return result
    }

    /// `line` without leading blanks worth at most `width` columns and without trailing blanks.
    private func dedentedText(of line: SourceLine, by width: Int) -> String {
        let range = contentRange(of: line, removingUpTo: width)
        var upper = range.upperBound
        while upper > range.lowerBound && scalars[upper - 1].isBlank { upper -= 1 }
        return string(range.lowerBound..<upper)
    }

    /// A one-line YAML scalar as written after `key:` or `-`: trimmed, without a trailing `# comment`,
    /// and without one pair of matching quotes.
    ///
    /// A `#` starts a comment only at the start or after a blank, so `C#` and `/page#anchor` stay.
    static func yamlScalar(_ raw: String) -> String {
        let scalars = Array(raw.unicodeScalars)
        var lower = 0
        var upper = scalars.count
        while lower < upper && scalars[lower].isBlank { lower += 1 }
        guard lower < upper else { return "" }
        let first = scalars[lower]
        if first == "'" || first == "\"" {
            // A quoted value may be followed by a comment; `#` inside the quotes is text.
            if let close = scalars[(lower + 1)..<upper].lastIndex(of: first) {
                let rest = scalars[(close + 1)..<upper].drop { $0.isBlank }
                if rest.first == "#" && close + 1 < upper && scalars[close + 1].isBlank { upper = close + 1 }
            }
        } else {
            for index in lower..<upper where scalars[index] == "#" && (index == lower || scalars[index - 1].isBlank) {
                upper = index
                break
            }
        }
        while upper > lower && scalars[upper - 1].isBlank { upper -= 1 }
        return unquoted(ScalarString.make(scalars[lower..<upper]))
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
