import Foundation

/// Reads a markdown page into its blocks (front matter, headings, paragraphs, tables, code, lists,
/// HTML, thematic breaks), noting every repair it makes as a `ReaderIssue`.
///
/// The reader is forgiving by design: pages are generated or scraped, so it never throws and
/// never drops text. Whatever it cannot classify ends up in a paragraph.
public enum BlockReader {
    /// Reads `text`, naming `file` in every location. Never throws and never traps, on any input.
    ///
    /// A `file` ending in `.mdx` is read as MDX: `import`/`export` statements, lines of JSX tags
    /// and `{…}` expressions become HTML blocks (see `HTMLBlock.Syntax`), and the markdown between
    /// component tags is read as usual.
    public static func read(_ text: String, file: String) -> MarkdownDocument {
        read(text, file: file, isMDX: isMDXFile(file))
    }

    /// Reads `text` as MDX when `isMDX` is true, else as markdown, whatever `file` is called.
    public static func read(_ text: String, file: String, isMDX: Bool) -> MarkdownDocument {
        let source = SourceText(text, file: file, isMDX: isMDX)
        var blocks: [Block] = []
        var issues: [ReaderIssue] = []

        let frontMatter = source.readFrontMatter()
        if let block = frontMatter.block { blocks.append(.frontMatter(block)) }
        issues += frontMatter.issues

        var index = frontMatter.next
        while index < source.lines.count {
            let line = source.lines[index]
            if line.isBlank {
                index += 1
                continue
            }
            let (block, next, issue) = readBlock(in: source, at: index)
            blocks.append(block)
            if let issue { issues.append(issue) }
            // Every reader consumes its first line; guard anyway so a mistake cannot loop forever.
            index = max(next, index + 1)
        }
        return MarkdownDocument(file: file, blocks: blocks, issues: sortedByLocation(issues))
    }

    /// True when `file` names an MDX page (`.mdx`, any case).
    public static func isMDXFile(_ file: String) -> Bool {
        file.lowercased().hasSuffix(".mdx")
    }

    /// Reads `data` as UTF-8, replacing invalid bytes with U+FFFD and reporting where the first one was.
    public static func read(data: Data, file: String) -> MarkdownDocument {
        let bytes = [UInt8](data)
        let text = String(decoding: bytes, as: UTF8.self)
        var document = read(text, file: file)
        if let invalid = UTF8Validation.firstInvalidOffset(in: bytes) {
            let count = UTF8Validation.invalidSequenceCount(in: bytes)
            let location = UTF8Validation.location(ofByte: invalid, in: bytes, file: file)
            let noun = count == 1 ? "sequence" : "sequences"
            let issue = ReaderIssue(severity: .warning,
                                    message: "invalid UTF-8 (\(count) \(noun)) replaced with U+FFFD; first one here",
                                    location: location)
            document.issues = sortedByLocation(document.issues + [issue])
        }
        // A NUL is valid UTF-8 but never meant in prose; say so instead of dropping it silently.
        if let nul = bytes.firstIndex(of: 0) {
            let count = bytes.lazy.filter { $0 == 0 }.count
            let issue = ReaderIssue(severity: .warning,
                                    message: "NUL byte (\(count) in this page) in the text; left out of generated comments, "
                                        + "remove it from the page",
                                    location: UTF8Validation.location(ofByte: nul, in: bytes, file: file))
            document.issues = sortedByLocation(document.issues + [issue])
        }
        return document
    }

    /// Reads the one block that starts at the non-blank line `lines[index]`.
    ///
    /// The order of the checks is the precedence of block starts: fences and headings first,
    /// thematic breaks before lists (`* * *`), MDX blocks before HTML blocks (in `.mdx` pages a
    /// tag line is JSX), tables with an alignment row before lists, and tables without one only
    /// when nothing else matched.
    private static func readBlock(in source: SourceText, at index: Int) -> (Block, Int, ReaderIssue?) {
        let line = source.lines[index]
        if let fence = source.fenceOpening(line) {
            let result = source.readFence(fence, at: index)
            return (.code(result.block), result.next, result.issue)
        }
        if let heading = source.atxHeading(line) {
            let block = Heading(level: heading.level, text: source.string(heading.text), location: source.location(of: line))
            return (.heading(block), index + 1, nil)
        }
        if source.isThematicBreak(line) {
            return (.thematicBreak(source.location(of: line)), index + 1, nil)
        }
        if let result = source.readMDXBlock(at: index) {
            return (.html(result.block), result.next, nil)
        }
        if let heading = source.htmlHeading(line) {
            return (.heading(heading), index + 1, nil)
        }
        if source.startsHTMLBlock(line) {
            let result = source.readHTMLBlock(at: index)
            return (.html(result.block), result.next, nil)
        }
        if source.startsTableWithAlignmentRow(at: index) {
            let result = source.readTable(at: index)
            return (.table(result.table), result.next, result.issue)
        }
        if let marker = source.listMarker(line) {
            let result = source.readList(marker, at: index)
            return (.list(result.list), result.next, nil)
        }
        if source.startsTableWithoutAlignmentRow(at: index) {
            let result = source.readTable(at: index)
            return (.table(result.table), result.next, result.issue)
        }
        let result = source.readParagraph(at: index)
        return (.paragraph(result.paragraph), result.next, nil)
    }

    /// `issues` in page order; issues at the same place keep the order they were found in.
    private static func sortedByLocation(_ issues: [ReaderIssue]) -> [ReaderIssue] {
        issues.enumerated()
            .sorted { ($0.element.location.line, $0.element.location.column, $0.offset)
                < ($1.element.location.line, $1.element.location.column, $1.offset) }
            .map(\.element)
    }
}
