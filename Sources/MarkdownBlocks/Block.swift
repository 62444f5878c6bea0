/// A position in an input file, 1-based, counted in Unicode scalars after CRLF/BOM normalisation.
///
/// Every block, table row and cell carries one, so that every later diagnostic can point at the
/// exact place in the page a person has to fix.
public struct SourceLocation: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The path of the file as given to the reader (kept verbatim; the caller decides relative or absolute).
    public var file: String
    /// 1-based line number.
    public var line: Int
    /// 1-based column number.
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:col`, the form compilers and editors understand.
    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// One block of a markdown page, in document order.
///
/// Text is kept raw (inline markup, HTML and entities untouched) so that later stages decide what
/// a cell or paragraph means; `HTMLEntities.decode(_:)` and `InlineText.plain(_:)` turn it into plain text.
public enum Block: Hashable, Sendable {
    case frontMatter(FrontMatter)
    case heading(Heading)
    case paragraph(Paragraph)
    case table(Table)
    case code(CodeBlock)
    case list(ListBlock)
    case html(HTMLBlock)
    case thematicBreak(SourceLocation)

    /// Where the block starts.
    public var location: SourceLocation {
        switch self {
        case .frontMatter(let block): block.location
        case .heading(let block): block.location
        case .paragraph(let block): block.location
        case .table(let block): block.location
        case .code(let block): block.location
        case .list(let block): block.location
        case .html(let block): block.location
        case .thematicBreak(let location): location
        }
    }
}

/// YAML-style front matter between `---` lines at the very top of a page.
///
/// Each top-level key is one entry. Values nested under a key (a block list such as Slate's
/// `language_tabs:` / `  - shell`, a nested map, a `|` or `>` block scalar) stay with their key,
/// so a page generator's settings are kept without this reader having to be a YAML parser.
public struct FrontMatter: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var key: String
        /// The value with surrounding whitespace, a trailing `# comment` and one pair of matching
        /// quotes removed. For a key with lines nested under it, those lines with their common
        /// indentation removed, joined by "\n" (a block scalar's text for `|` and `>`).
        public var value: String
        /// The items of a block list nested under the key (`  - shell`), in order; empty for any other value.
        public var items: [Item]
        public var location: SourceLocation
        public init(key: String, value: String, items: [Item] = [], location: SourceLocation) {
            self.key = key
            self.value = value
            self.items = items
            self.location = location
        }
    }
    /// One `- item` of a block list: its text (continuation lines joined with "\n", a one-line
    /// item unquoted) and where that text starts, so a caller can point at a bad `includes:` entry.
    public struct Item: Hashable, Sendable {
        public var text: String
        public var location: SourceLocation
        public init(text: String, location: SourceLocation) {
            self.text = text
            self.location = location
        }
    }
    public var entries: [Entry]
    public var location: SourceLocation
    public init(entries: [Entry], location: SourceLocation) {
        self.entries = entries
        self.location = location
    }
    /// The first value for `key`, if any.
    public subscript(key: String) -> String? { entries.first { $0.key == key }?.value }
}

/// An ATX heading (`# Title`, `## Response:bool`). Closing `#`s are removed, the text is trimmed.
public struct Heading: Hashable, Sendable {
    public var level: Int
    public var text: String
    public var location: SourceLocation
    public init(level: Int, text: String, location: SourceLocation) {
        self.level = level
        self.text = text
        self.location = location
    }
}

/// Consecutive non-blank lines that are no other block. Lines keep their order, trimmed of trailing whitespace.
public struct Paragraph: Hashable, Sendable {
    public var lines: [Line]
    public var location: SourceLocation
    public init(lines: [Line], location: SourceLocation) {
        self.lines = lines
        self.location = location
    }
    /// The lines joined with "\n".
    public var text: String { lines.map(\.text).joined(separator: "\n") }
}

/// One physical line of source and where its first non-blank character is.
public struct Line: Hashable, Sendable {
    public var text: String
    public var location: SourceLocation
    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

/// A pipe table: header cells, then body rows. The alignment row is consumed; body rows that repeat
/// the header exactly are removed and their locations kept in `repeatedHeaderRows`.
public struct Table: Hashable, Sendable {
    public var header: [TableCell]
    public var rows: [TableRow]
    /// Locations of body rows that were copies of the header row (a known generator artefact).
    public var repeatedHeaderRows: [SourceLocation]
    /// False when the second line was not a valid alignment row (`|---|:--:|`); the table is still read.
    public var hasAlignmentRow: Bool
    public var location: SourceLocation
    public init(header: [TableCell], rows: [TableRow], repeatedHeaderRows: [SourceLocation] = [],
                hasAlignmentRow: Bool = true, location: SourceLocation) {
        self.header = header
        self.rows = rows
        self.repeatedHeaderRows = repeatedHeaderRows
        self.hasAlignmentRow = hasAlignmentRow
        self.location = location
    }
}

/// A body row exactly as written: it may have fewer or more cells than the header (ragged rows are
/// kept so the caller can report them with their location).
public struct TableRow: Hashable, Sendable {
    public var cells: [TableCell]
    public var location: SourceLocation
    public init(cells: [TableCell], location: SourceLocation) {
        self.cells = cells
        self.location = location
    }
}

/// One cell: text trimmed, `\|` unescaped to `|`; location is the first character of the cell's text
/// (or of the cell itself when empty).
public struct TableCell: Hashable, Sendable {
    public var text: String
    public var location: SourceLocation
    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

/// A fenced code block (``` or ~~~). `info` is the full info string after the fence (`http!`, `json`, ``).
public struct CodeBlock: Hashable, Sendable {
    public var info: String
    /// Content lines, without the fences, with the fence's indentation removed, joined by "\n".
    public var content: String
    /// Location of the opening fence; content starts on the next line.
    public var location: SourceLocation
    /// False when the file ended before a closing fence.
    public var isClosed: Bool
    public init(info: String, content: String, location: SourceLocation, isClosed: Bool = true) {
        self.info = info
        self.content = content
        self.location = location
        self.isClosed = isClosed
    }
    /// The first word of `info`, lowercased (`http!` stays `http!`).
    public var language: String {
        String(info.split(separator: " ", maxSplits: 1).first ?? "").lowercased()
    }
}

/// A bullet (`-`, `*`, `+`) or ordered (`1.`, `1)`) list. Items keep their raw text
/// (continuation lines joined with "\n"); nested items are flattened with their `depth`.
public struct ListBlock: Hashable, Sendable {
    public struct Item: Hashable, Sendable {
        public var text: String
        /// 0 for top-level items, 1 for items indented under them, …
        public var depth: Int
        public var location: SourceLocation
        public init(text: String, depth: Int, location: SourceLocation) {
            self.text = text
            self.depth = depth
            self.location = location
        }
    }
    public var items: [Item]
    public var isOrdered: Bool
    public var location: SourceLocation
    public init(items: [Item], isOrdered: Bool, location: SourceLocation) {
        self.items = items
        self.isOrdered = isOrdered
        self.location = location
    }
}

/// A block that starts with an HTML tag or comment at the beginning of a line (ends at a blank line),
/// or, in an `.mdx` page, one of MDX's non-markdown blocks.
///
/// MDX blocks are HTML blocks rather than block kinds of their own so that every switch over
/// `Block` keeps working; `syntax` tells them apart for a caller that cares.
public struct HTMLBlock: Hashable, Sendable {
    /// What kind of raw, non-markdown text the block holds.
    public enum Syntax: String, Hashable, Sendable {
        /// An HTML block (`<div class="post">POST</div>`, `<!-- comment -->`).
        case html
        /// MDX: lines holding only JSX tags (`<Tabs>`, `<TabItem value="x">`, `<Note />`, `</Tabs>`);
        /// the markdown between the tag lines is read as ordinary blocks.
        case jsx
        /// MDX: an `import …` or `export …` statement, up to the next blank line.
        case esm
        /// MDX: a `{…}` expression on lines of its own, such as the comment `{/* TODO */}`.
        case expression
    }
    public var text: String
    public var syntax: Syntax
    public var location: SourceLocation
    public init(text: String, syntax: Syntax = .html, location: SourceLocation) {
        self.text = text
        self.syntax = syntax
        self.location = location
    }
}

/// A problem the reader noticed (unclosed fence, unterminated front matter, invalid UTF-8 replaced, …).
public struct ReaderIssue: Hashable, Sendable {
    public enum Severity: String, Hashable, Sendable { case note, warning, error }
    public var severity: Severity
    public var message: String
    public var location: SourceLocation
    public init(severity: Severity, message: String, location: SourceLocation) {
        self.severity = severity
        self.message = message
        self.location = location
    }
}

/// The result of reading one file: its blocks in order, and what the reader had to repair.
public struct MarkdownDocument: Hashable, Sendable {
    public var file: String
    public var blocks: [Block]
    public var issues: [ReaderIssue]
    public init(file: String, blocks: [Block], issues: [ReaderIssue]) {
        self.file = file
        self.blocks = blocks
        self.issues = issues
    }
}
