import Foundation
import Testing
import MarkdownBlocks

/// The five seed pages (`../shared/seeds`), read with exact expectations on their shape.
@Suite(.enabled(if: Corpus.seeds != nil, "seed pages not found at ../shared/seeds; skipped"))
struct SeedPageTests {
    /// Reads the seed page `name`.
    private func seed(_ name: String) throws -> MarkdownDocument {
        let url = try #require(Corpus.seeds).appendingPathComponent(name)
        return BlockReader.read(data: try Data(contentsOf: url), file: name)
    }

    /// SuperOffice POST Relation: the full block sequence, headings and table headers.
    @Test func superOfficePostRelation() throws {
        let document = try seed("superoffice-post-relation.md")
        #expect(document.kinds == [
            .frontMatter, .heading, .code, .paragraph, .paragraph, .heading, .table, .code, .heading, .table,
            .heading, .paragraph, .table, .heading, .paragraph, .table, .heading, .table, .heading, .code, .heading, .code,
        ])
        #expect(document.headings.map(\.text) == [
            "POST Relation", "Query String Parameters", "Request Headers", "Request Body: newEntity", "Response:",
            "Response body: ContactRelationEntityWithLinks", "Sample request", "Sample response",
        ])
        #expect(document.codeBlocks.map(\.info) == ["http", "http", "http!", "http_"])
        #expect(document.codeBlocks.first?.content == "POST /api/v1/Relation")
        #expect(document.tables.map(\.rows.count) == [1, 9, 18, 1, 21])
        #expect(document.tables[3].rowTexts == [["200", "OK"]])
        #expect(document.blocks.first?.frontMatter?["uid"] == "v1ContactRelationEntity_PostContactRelationEntity")
        #expect(document.issues.isEmpty)
    }

    /// SuperOffice POST TicketRelation: the include directives are paragraphs.
    @Test func superOfficeIncludes() throws {
        let document = try seed("superoffice-post-ticketrelation.md")
        let includes = document.paragraphs.filter { $0.text.hasPrefix("[!include[") }
        #expect(includes.map(\.location) == [
            SourceLocation(file: "superoffice-post-ticketrelation.md", line: 84, column: 1),
            SourceLocation(file: "superoffice-post-ticketrelation.md", line: 88, column: 1),
        ])
        #expect(document.paragraphs.contains { $0.text == "Calls the Ticket agent service SaveTicketRelationEntity.\nNsApiSlow threshold: 5000 ms." })
    }

    /// Apollo: quoted front matter title, method div, scope list and parameter tables.
    @Test func apollo() throws {
        let document = try seed("apollo-er-post-relationships-sync.md")
        #expect(document.blocks.first?.frontMatter?["post_title"] == "Post Relationships (Synchronously)")
        #expect(document.htmlBlocks.map(\.text) == ["<div class=\"post\">POST</div>"])
        #expect(document.lists.first?.items.map(\.text) == ["apollo_write"])
        #expect(document.tables.map(\.headerTexts) == [
            ["Name", "Description", "Example", "Type"], ["Type", "Value", "Description"], ["Error", "Description"],
        ])
        #expect(InlineText.plain(document.tables[0].rows[0].cells[0].text) == "v\noptional")
        #expect(document.codeBlocks.map(\.info) == ["json", "json"])
    }

    /// onOffice: breadcrumb paragraph, heading after tab-only lines, relation-type list, entity-laden JSON.
    @Test func onOffice() throws {
        let document = try seed("onoffice-create-relations.md")
        #expect(document.headings.map(\.text) == ["Create Relations"])
        #expect(document.headings.first?.location.line == 12)
        let breadcrumb = try #require(document.paragraphs.first)
        #expect(InlineText.plain(breadcrumb.text).hasPrefix("Home » API calls sorted by module » Relations » "))
        #expect(document.lists.first?.items.count == 5)
        let sample = try #require(document.codeBlocks.first)
        #expect(sample.info == "")
        #expect(sample.content.contains("\"parentid\": &#x5B;"))
        #expect(HTMLEntities.decode(sample.content).contains("\"parentid\": ["))
    }
}
