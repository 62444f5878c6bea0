import Foundation
import Testing
import MarkdownBlocks

/// Reads every real page of `../shared/corpus` and checks invariants and the formats' known shapes.
@Suite(.enabled(if: Corpus.directory != nil, "corpus not found at ../shared/corpus; skipped"))
struct CorpusSmokeTests {
    /// All pages read, every location is inside its page, and blocks come in line order.
    @Test func everyPageReadsWithSaneLocations() {
        #expect(Corpus.pages.count >= 140)
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
        #expect(blocks.filter { $0.kind == .table }.count >= 320)
        #expect(blocks.filter { $0.kind == .code }.count >= 320)
        #expect(blocks.filter { $0.kind == .frontMatter }.count >= 105)
        #expect(blocks.filter { $0.kind == .list }.count >= 60)
        #expect(blocks.filter { $0.kind == .html }.count >= 20)
        #expect(Corpus.pages.flatMap(\.document.issues).isEmpty)
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
    @Test func plainCellTexts() {
        var cells = 0
        for page in Corpus.pages {
            for table in page.document.tables {
                for cell in table.rows.flatMap(\.cells) + table.header {
                    let plain = InlineText.plain(cell.text)
                    cells += 1
                    for leftover in ["<see", "</see>", "<para", "&lt;", "&amp;", "<br", "**"] {
                        #expect(!plain.contains(leftover), "\(cell.location): \(plain)")
                    }
                }
            }
        }
        #expect(cells > 5_000)
    }
}
