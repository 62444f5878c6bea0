import Foundation
import Testing
import MarkdownBlocks

/// Big and hostile inputs: results are right and time stays linear (bounds are generous for debug builds).
@Suite struct LargeInputTests {
    /// Seconds `body` takes.
    private func seconds(_ body: () -> Void) -> Double {
        let start = Date()
        body()
        return Date().timeIntervalSince(start)
    }

    /// A 10,000-row table is read completely.
    @Test func tenThousandRowTable() {
        var text = "| Name | Type | Description |\n|---|---|---|\n"
        for index in 0..<10_000 { text += "| field\(index) | string | Field <see cref=\"T:A.B\">number</see> \(index) |\n" }
        var document = read("")
        let elapsed = seconds { document = read(text) }
        #expect(document.tables.first?.rows.count == 10_000)
        #expect(document.tables.first?.rows.last?.location == at(10_002, 1))
        #expect(document.tables.first?.rows.last?.cells.last?.text == "Field <see cref=\"T:A.B\">number</see> 9999")
        #expect(elapsed < 10)
    }

    /// A long page of repeated sections yields the expected number of blocks.
    @Test func longPage() {
        let section = "# Title\n\n```http\nGET /x\n```\n\nText line\nmore\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- item\n- item\n\n"
        let text = String(repeating: section, count: 5_000)
        var document = read("")
        let elapsed = seconds { document = read(text) }
        #expect(document.blocks.count == 25_000)
        #expect(document.lists.count == 5_000)
        #expect(elapsed < 20)
    }

    /// Inputs full of unmatched markers finish quickly in both the reader and `InlineText.plain`.
    @Test(arguments: [
        String(repeating: "[*_`<a ", count: 20_000),
        String(repeating: "`", count: 1) + String(repeating: "``x", count: 20_000),
        String(repeating: "<see cref=\"", count: 10_000),
        String(repeating: "&#x", count: 30_000),
        String(repeating: "**a ", count: 30_000),
        String(repeating: "<!--", count: 30_000),
        String(repeating: "(", count: 50_000) + String(repeating: "]", count: 50_000),
    ])
    func hostileInline(text: String) {
        var plain = ""
        let elapsed = seconds {
            plain = InlineText.plain(text)
            _ = read(text)
            _ = read(String(repeating: text + "\n", count: 2))
        }
        #expect(!plain.isEmpty)
        #expect(elapsed < 20)
    }

    /// MDX pages of unclosed tags and braces: each stray `<` or `{` costs a bounded scan, and
    /// nothing is lost (every line ends up in a block).
    @Test(arguments: [
        String(repeating: "<Tabs value=\"\n", count: 20_000),
        String(repeating: "{ x\n", count: 20_000),
        String(repeating: "<A b={`\n", count: 20_000),
        String(repeating: "text\n<Note>\n", count: 20_000),
    ])
    func hostileMDX(text: String) {
        var document = read("")
        let elapsed = seconds { document = BlockReader.read(text, file: "t.mdx") }
        #expect(!document.blocks.isEmpty)
        #expect(elapsed < 20)
    }

    /// A front matter list of 20,000 items is read in linear time, every item located.
    @Test func longFrontMatterList() {
        let text = "---\nincludes:\n" + String(repeating: "  - item\n", count: 20_000) + "---\n"
        var document = read("")
        let elapsed = seconds { document = read(text) }
        #expect(document.blocks.first?.frontMatter?.entries.first?.items.count == 20_000)
        #expect(document.blocks.first?.frontMatter?.entries.first?.items.last?.location == at(20_002, 5))
        #expect(elapsed < 20)
    }

    /// Unclosed fences and front matter over a long page do not make reading quadratic.
    @Test func unclosedStructures() {
        let text = "---\n" + String(repeating: "```\n- x\n| a | b |\n", count: 20_000)
        var document = read("")
        let elapsed = seconds { document = read(text) }
        #expect(document.issues.map(\.message).contains("front matter is not closed; read as text"))
        #expect(document.codeBlocks.count == 10_000)
        #expect(elapsed < 20)
    }
}
