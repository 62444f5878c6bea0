/// Reading of the MDX blocks that are not markdown, in `.mdx` pages only.
///
/// Docusaurus-style pages wrap ordinary markdown in components:
///
///     import Tabs from '@theme/Tabs';
///
///     <Tabs>
///     <TabItem value="curl">
///
///     ```bash
///     curl https://api.example.com/v1/users
///     ```
///
///     </TabItem>
///     </Tabs>
///
/// Only the `import` statement and the lines holding nothing but tags become (HTML) blocks;
/// the fence between them is read as a fence, exactly as MDX does, so every later stage finds
/// the samples, tables and headings inside components. In a `.md` page none of this applies:
/// there `import the file…` is prose and `<Tabs>` starts an HTML block as CommonMark says.
extension SourceText {
    /// Longest stretch one tag or expression may span; bounds the scan after a stray `<` or `{`.
    private static let maximumConstructLength = 2_000

    /// The MDX block starting at `lines[start]` and the index after it, or nil when there is none
    /// (always nil outside MDX pages).
    func readMDXBlock(at start: Int) -> (block: HTMLBlock, next: Int)? {
        guard isMDX else { return nil }
        if startsESM(lines[start]) {
            var next = start + 1
            while next < lines.count && !lines[next].isBlank { next += 1 }
            return (htmlBlock(lines: start..<next, syntax: .esm), next)
        }
        if let last = lastLineOfJSXTags(at: start) {
            // Consecutive tag lines (`<Tabs>` then `<TabItem value="x">`) make one block.
            var end = last
            while end + 1 < lines.count, let next = lastLineOfJSXTags(at: end + 1) { end = next }
            return (htmlBlock(lines: start..<(end + 1), syntax: .jsx), end + 1)
        }
        if let last = lastLineOfExpression(at: start) {
            return (htmlBlock(lines: start..<(last + 1), syntax: .expression), last + 1)
        }
        return nil
    }

    /// True when an MDX block other than ESM starts at `lines[index]`. Tag lines and expressions
    /// end a paragraph (a `</TabItem>` right under a line of text closes the component); ESM does
    /// not, so a wrapped line that starts with "export" stays prose.
    func interruptsTextAsMDX(at index: Int) -> Bool {
        isMDX && (lastLineOfJSXTags(at: index) != nil || lastLineOfExpression(at: index) != nil)
    }

    /// True when `line` starts an `import` or `export` statement: the keyword at column 1, then a blank.
    private func startsESM(_ line: SourceLine) -> Bool {
        guard line.indent == 0, !line.isBlank else { return false }
        return matches("import", at: line.start, before: line.end) && isBlankAt(line.start + 6, of: line)
            || matches("export", at: line.start, before: line.end) && isBlankAt(line.start + 6, of: line)
    }

    /// True when scalar `index` of `line` exists and is a space or tab.
    private func isBlankAt(_ index: Int, of line: SourceLine) -> Bool {
        index < line.end && scalars[index].isBlank
    }

    /// The index of the last line of the JSX tags starting `lines[index]`, when the line (and
    /// any line a tag runs onto) holds one or more tags and nothing else; else nil.
    ///
    /// Any indentation is allowed: MDX has no indented code, and `<TabItem>` is often indented.
    private func lastLineOfJSXTags(at index: Int) -> Int? {
        let line = lines[index]
        guard !line.isBlank, scalars[line.contentStart] == "<" else { return nil }
        var scanner = scanner(from: line.contentStart)
        repeat {
            guard scanner.tag() else { return nil }
            scanner.skipBlanks()
        } while scanner.current == "<"
        return lineEnding(at: scanner, from: index)
    }

    /// The index of the last line of the `{…}` expression starting `lines[index]`, when nothing
    /// but blanks follows its closing brace; else nil.
    private func lastLineOfExpression(at index: Int) -> Int? {
        let line = lines[index]
        guard !line.isBlank, scalars[line.contentStart] == "{" else { return nil }
        var scanner = scanner(from: line.contentStart)
        guard scanner.expression() else { return nil }
        scanner.skipBlanks()
        return lineEnding(at: scanner, from: index)
    }

    /// A scanner at `position`, limited to the construct length or the end of the page.
    private func scanner(from position: Int) -> JSXScanner {
        JSXScanner(scalars: scalars, position: position,
                   limit: min(scalars.count, position + Self.maximumConstructLength))
    }

    /// The index of the line (from `first` on) that ends where `scanner` stands, or nil when
    /// the scanner stopped before the end of a line.
    private func lineEnding(at scanner: JSXScanner, from first: Int) -> Int? {
        guard scanner.position == scalars.count || scalars[scanner.position] == "\n" else { return nil }
        var index = first
        while index < lines.count && lines[index].end < scanner.position { index += 1 }
        return index < lines.count ? index : nil
    }

    /// One block of `range` of the lines: the first from its first non-blank scalar, the rest whole.
    private func htmlBlock(lines range: Range<Int>, syntax: HTMLBlock.Syntax) -> HTMLBlock {
        let first = lines[range.lowerBound]
        var texts = [string(first.contentStart..<first.end)]
        for index in range.dropFirst() { texts.append(string(lines[index].start..<lines[index].end)) }
        return HTMLBlock(text: texts.joined(separator: "\n"), syntax: syntax, location: location(of: first))
    }
}
