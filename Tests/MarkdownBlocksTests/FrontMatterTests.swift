import Testing
import MarkdownBlocks

/// Front matter: flat `key: value` pairs between `---` lines at the top of a page.
@Suite struct FrontMatterTests {
    /// Keys, trimmed values, quote removal, empty values and entry locations.
    @Test func readsFlatEntries() throws {
        let document = read("""
            ---
            title: POST Relation
            uid: 'v1_X'
            quoted:   "a: b"  
            empty:
            source: https://apidoc.onoffice.de/actions/x/
            ---
            # H
            """)
        #expect(document.kinds == [.frontMatter, .heading])
        let frontMatter = try #require(document.blocks.first?.frontMatter)
        #expect(frontMatter.location == at(1, 1))
        #expect(frontMatter.entries == [
            FrontMatter.Entry(key: "title", value: "POST Relation", location: at(2, 1)),
            FrontMatter.Entry(key: "uid", value: "v1_X", location: at(3, 1)),
            FrontMatter.Entry(key: "quoted", value: "a: b", location: at(4, 1)),
            FrontMatter.Entry(key: "empty", value: "", location: at(5, 1)),
            FrontMatter.Entry(key: "source", value: "https://apidoc.onoffice.de/actions/x/", location: at(6, 1)),
        ])
        #expect(frontMatter["uid"] == "v1_X")
        #expect(document.headings.first?.location == at(8, 1))
        #expect(document.issues.isEmpty)
    }

    /// Only one pair of matching quotes is removed; mismatched quotes stay.
    @Test func quoteRemoval() throws {
        let document = read("---\na: 'x\"\nb: \"x\"y\"\nc: ''\nd: '\n---\n")
        let frontMatter = try #require(document.blocks.first?.frontMatter)
        #expect(frontMatter.entries.map(\.value) == ["'x\"", "x\"y", "", "'"])
    }

    /// `...` closes front matter as well as `---`.
    @Test func closesWithDots() {
        let document = read("---\nlayout: api_doc\n...\nText")
        #expect(document.kinds == [.frontMatter, .paragraph])
        #expect(document.blocks.first?.frontMatter?["layout"] == "api_doc")
        #expect(document.paragraphs.first?.location == at(4, 1))
    }

    /// Lines that are not `key: value` are skipped with a warning at the line; comments and blanks silently.
    @Test func skipsOtherLinesWithWarnings() {
        let document = read("---\ntitle: A\njust text\n\n# a comment\n  - item\nkey:value\n---\n")
        #expect(document.blocks.first?.frontMatter?.entries.map(\.key) == ["title"])
        #expect(document.issues.map(\.location) == [at(3, 1), at(6, 3), at(7, 1)])
        #expect(document.issues.allSatisfy { $0.severity == .warning })
    }

    /// Unclosed front matter is reported and its lines are read as markdown, so nothing is lost.
    @Test func unclosedFrontMatterIsReadAsText() {
        let document = read("---\ntitle: A\n\nText")
        #expect(document.kinds == [.thematicBreak, .paragraph, .paragraph])
        #expect(document.paragraphs.map(\.text) == ["title: A", "Text"])
        #expect(document.issues == [ReaderIssue(severity: .warning, message: "front matter is not closed; read as text",
                                                location: at(1, 1))])
    }

    /// `---` that is not on line 1 is a thematic break, and a repeated front matter block is just text.
    @Test func laterBlocksAreNotFrontMatter() {
        let document = read("---\ntitle: A\n---\n\n# H\n\n---\ntitle: A\n---\n")
        #expect(document.kinds == [.frontMatter, .heading, .thematicBreak, .paragraph, .thematicBreak])
        #expect(document.paragraphs.first?.lines == [Line(text: "title: A", location: at(8, 1))])
        #expect(document.blocks.last?.location == at(9, 1))
        #expect(document.issues.isEmpty)
    }

    /// Empty front matter (`---` right after `---`) is a front matter block with no entries.
    @Test func emptyFrontMatter() {
        let document = read("---\n---\nText")
        #expect(document.blocks.first?.frontMatter == FrontMatter(entries: [], location: at(1, 1)))
        #expect(document.kinds == [.frontMatter, .paragraph])
    }
}
