import Foundation
import Testing
import MarkdownBlocks

/// Reads every real page of `../shared/corpus` and checks invariants and the formats' known shapes.
@Suite(.enabled(if: Corpus.directory != nil, "corpus not found at ../shared/corpus; skipped"))
struct CorpusSmokeTests {
    /// All pages read, every location is inside its page, and blocks come in line order.
    @Test func everyPageReadsWithSaneLocations() {
        #expect(Corpus.pages.count >= 245)
        for page in Corpus.pages {
            let text = String(decoding: page.data, as: UTF8.self)
            let lineCount = text.replacingOccurrences(of: "\r\n", with: "\n").split(
                separator: "\n", omittingEmptySubsequences: false).count
            #expect(page.document.file == page.path)
            var previousLine = 0
            for block in page.document.blocks {
                let location = block.location
                #expect(location.file == page.path)
                #expect(location.line > previousLine, "\(location)")
                #expect(location.line <= lineCount && location.column >= 1, "\(location)")
                previousLine = location.line
                if case .table(let table) = block {
                    for row in table.rows {
                        #expect(row.location.line > table.location.line)
                        #expect(row.cells.allSatisfy { $0.location.line == row.location.line && $0.location.column >= 1 })
                    }
                }
            }
        }
    }

    /// Reading the bytes and reading the decoded string agree (the corpus is valid UTF-8).
    @Test func dataAndStringReadsAgree() {
        for page in Corpus.pages {
            let text = String(decoding: page.data, as: UTF8.self)
            #expect(BlockReader.read(text, file: page.path) == page.document, "\(page.path)")
        }
    }

    /// Totals across the corpus are in the range the pages hold, and the reader repaired nothing.
    @Test func totals() {
        let blocks = Corpus.pages.flatMap(\.document.blocks)
        #expect(blocks.filter { $0.kind == .table }.count >= 850)
        #expect(blocks.filter { $0.kind == .code }.count >= 1_200)
        #expect(blocks.filter { $0.kind == .frontMatter }.count >= 160)
        #expect(blocks.filter { $0.kind == .list }.count >= 180)
        #expect(blocks.filter { $0.kind == .html }.count >= 130)
        #expect(Corpus.pages.flatMap(\.document.issues).isEmpty)
    }

    /// Slate front matter keeps its lists under their keys: the stock page's language tabs and
    /// Accelo's 49 includes, each located at its item.
    @Test func slateFrontMatter() throws {
        let slate = try #require(Corpus.pages(containing: "slate/source/index.html.md").first)
        let slateFrontMatter = try #require(slate.document.blocks.first?.frontMatter)
        let tabs = try #require(slateFrontMatter.entries.first { $0.key == "language_tabs" })
        #expect(tabs.items.map(\.text) == ["shell", "ruby", "python", "javascript"])
        #expect(slateFrontMatter["includes"] == "- errors")
        #expect(slateFrontMatter["search"] == "true")
        let accelo = try #require(Corpus.pages(containing: "accelo/source/index.html.md").first)
        let includes = try #require(accelo.document.blocks.first?.frontMatter?.entries.first { $0.key == "includes" })
        #expect(includes.items.count == 49)
        #expect(includes.items.first?.text == "introduction")
        #expect(includes.items.first.map { [$0.location.line, $0.location.column] } == [15, 5])
    }

    /// Accelo's `|:-|:-|:` alignment row (one colon too many) still makes a table of the rows below it.
    @Test func acceloStrayColonTable() throws {
        let page = try #require(Corpus.pages(containing: "endpoints/_affiliations.md").first)
        let table = try #require(page.document.tables.first { $0.location.line == 485 })
        #expect(table.headerTexts == ["Field Name", "Notes"])
        #expect(table.hasAlignmentRow)
        #expect(table.rows.count == 12)
        #expect(table.rows.first?.cells.map(\.text) == ["country_id", "Must point to a valid country."])
    }

    /// SuperOffice operation pages have a title and a ```http block; sample include files are one code block.
    @Test func superOfficeShapes() {
        let operations = Corpus.pages(containing: "superoffice/docs").filter { !$0.path.contains("/samples/") }
        #expect(operations.count >= 70)
        for page in operations {
            #expect(page.document.blocks.first?.frontMatter?["title"] != nil, "\(page.path)")
            #expect(page.document.codeBlocks.contains { $0.info == "http" }, "\(page.path)")
        }
        let samples = Corpus.pages(containing: "/samples/")
        #expect(samples.count >= 25)
        for page in samples {
            #expect(page.document.kinds == [.code], "\(page.path)")
            #expect(page.document.codeBlocks.first.map { $0.info == "http!" || $0.info == "http_" } == true)
        }
    }

    /// The MergeTickets query table is split by blank lines into three tables of the same header.
    @Test func mergeTicketsTables() throws {
        let page = try #require(Corpus.pages(containing: "v1TicketEntity_MergeTickets.md").first)
        let queryTables = page.document.tables.filter { $0.headerTexts == ["Parameter Name", "Type", "Description"] }
        #expect(queryTables.map(\.rows.count) == [99, 99, 74])
        #expect(queryTables.first?.rows.first?.cells.first?.text == "secondaryTicketIds")
    }

    /// Apollo service pages have a `## URL` heading and a method `<div>`.
    @Test func apolloShapes() {
        let pages = Corpus.pages(containing: "apollo-er/assets").filter { !$0.path.hasSuffix("Overview.md") }
        #expect(pages.count >= 20)
        for page in pages {
            #expect(page.document.headings.contains { $0.level == 2 && $0.text == "URL" }, "\(page.path)")
            #expect(page.document.htmlBlocks.contains { $0.text.hasPrefix("<div class=") }, "\(page.path)")
        }
    }

    /// onOffice pages have an H1 and no tables at all.
    @Test func onOfficeShapes() {
        let pages = Corpus.pages(containing: "onoffice-api-docs")
        #expect(pages.count >= 14)
        for page in pages {
            #expect(page.document.headings.contains { $0.level == 1 }, "\(page.path)")
            #expect(page.document.tables.isEmpty, "\(page.path)")
        }
    }

    /// Every table cell turns into plain text without leftover doc tags or escaped markup.
    ///
    /// Code spans are shown as written (Accelo's `` (`<br>`) ``), and escaped stars are literal
    /// (Discord's `message_count?\*\*` footnote marks), so neither counts as a leftover.
    @Test func plainCellTexts() {
        var cells = 0
        for page in Corpus.pages {
            for table in page.document.tables {
                for cell in table.rows.flatMap(\.cells) + table.header {
                    let plain = Self.outsideCodeSpans(InlineText.plain(cell.text))
                    cells += 1
                    for leftover in ["<see", "</see>", "<para", "&lt;", "&amp;", "<br"] {
                        #expect(!plain.contains(leftover), "\(cell.location): \(plain)")
                    }
                    let withoutEscapedStars = cell.text.replacingOccurrences(of: "\\*", with: "")
                    let unescaped = Self.outsideCodeSpans(InlineText.plain(withoutEscapedStars))
                    #expect(!unescaped.contains("**"), "\(cell.location): \(unescaped)")
                }
            }
        }
        #expect(cells > 5_000)
    }

    /// `text` without the parts between backticks (code spans, which plain text keeps as written).
    private static func outsideCodeSpans(_ text: String) -> String {
        text.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset.isMultiple(of: 2) }.map(\.element).joined(separator: " ")
    }
}
