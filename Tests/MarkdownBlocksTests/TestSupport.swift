import MarkdownBlocks

/// The file name every unit test reads its text as.
let testFile = "t.md"

/// Reads `text` as `t.md`.
func read(_ text: String) -> MarkdownDocument {
    BlockReader.read(text, file: testFile)
}

/// A location in `t.md`.
func at(_ line: Int, _ column: Int) -> SourceLocation {
    SourceLocation(file: testFile, line: line, column: column)
}

/// Short names for the block kinds, so tests can compare a page's shape in one line.
enum Kind: Equatable {
    case frontMatter, heading, paragraph, table, code, list, html, thematicBreak
}

/// Block kind and payload accessors for terse expectations.
extension Block {
    /// The kind of block, without its payload.
    var kind: Kind {
        switch self {
        case .frontMatter: .frontMatter
        case .heading: .heading
        case .paragraph: .paragraph
        case .table: .table
        case .code: .code
        case .list: .list
        case .html: .html
        case .thematicBreak: .thematicBreak
        }
    }

    /// The front matter, if this block is one.
    var frontMatter: FrontMatter? { if case .frontMatter(let block) = self { block } else { nil } }
    /// The heading, if this block is one.
    var heading: Heading? { if case .heading(let block) = self { block } else { nil } }
    /// The paragraph, if this block is one.
    var paragraph: Paragraph? { if case .paragraph(let block) = self { block } else { nil } }
    /// The table, if this block is one.
    var table: Table? { if case .table(let block) = self { block } else { nil } }
    /// The code block, if this block is one.
    var code: CodeBlock? { if case .code(let block) = self { block } else { nil } }
    /// The list, if this block is one.
    var list: ListBlock? { if case .list(let block) = self { block } else { nil } }
    /// The HTML block, if this block is one.
    var html: HTMLBlock? { if case .html(let block) = self { block } else { nil } }
}

/// Blocks of one kind, in page order.
extension MarkdownDocument {
    /// The kinds of all blocks, in order.
    var kinds: [Kind] { blocks.map(\.kind) }
    /// All headings, in order.
    var headings: [Heading] { blocks.compactMap(\.heading) }
    /// All paragraphs, in order.
    var paragraphs: [Paragraph] { blocks.compactMap(\.paragraph) }
    /// All tables, in order.
    var tables: [Table] { blocks.compactMap(\.table) }
    /// All code blocks, in order.
    var codeBlocks: [CodeBlock] { blocks.compactMap(\.code) }
    /// All lists, in order.
    var lists: [ListBlock] { blocks.compactMap(\.list) }
    /// All HTML blocks, in order.
    var htmlBlocks: [HTMLBlock] { blocks.compactMap(\.html) }
}

/// Cell texts without locations.
extension Table {
    /// The header texts.
    var headerTexts: [String] { header.map(\.text) }
    /// The body texts, row by row.
    var rowTexts: [[String]] { rows.map { $0.cells.map(\.text) } }
}
