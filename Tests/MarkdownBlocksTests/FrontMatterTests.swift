import Testing
import MarkdownBlocks

/// Front matter: `key: value` pairs between `---` lines at the top of a page, with nested lists,
/// maps and block scalars kept under their key.
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
    /// A nested line after a skipped line has no key to belong to, and is skipped with its own warning.
    @Test func skipsOtherLinesWithWarnings() {
        let document = read("---\ntitle: A\njust text\n\n# a comment\n  - item\nkey:value\n---\n")
        #expect(document.blocks.first?.frontMatter?.entries.map(\.key) == ["title"])
        let notAPair = "front matter line is not a 'key: value' pair; skipped"
        #expect(document.issues == [
            ReaderIssue(severity: .warning, message: notAPair, location: at(3, 1)),
            ReaderIssue(severity: .warning, message: "front matter line is nested under no 'key:' line; skipped",
                        location: at(6, 3)),
            ReaderIssue(severity: .warning, message: notAPair, location: at(7, 1)),
        ])
    }

    /// Slate's front matter: block lists (one with a comment on its key line), a list of maps,
    /// and flat keys after them. Nothing is reported; each list keeps its located items.
    @Test func slateListsAndNestedMaps() throws {
        let document = read("""
            ---
            title: API Reference

            language_tabs: # must be one of https://github.com/rouge-ruby/rouge/wiki
              - shell
              - 'ruby'

            toc_footers:
              - <a href='#'>Sign Up</a>

            meta:
              - name: description
                content: Documentation for the Kittn API
            search: true
            ---
            """)
        #expect(document.issues.isEmpty)
        let frontMatter = try #require(document.blocks.first?.frontMatter)
        #expect(frontMatter.entries.map(\.key) == ["title", "language_tabs", "toc_footers", "meta", "search"])
        #expect(frontMatter.entries[1] == FrontMatter.Entry(
            key: "language_tabs", value: "- shell\n- 'ruby'",
            items: [
                FrontMatter.Item(text: "shell", location: at(5, 5)),
                FrontMatter.Item(text: "ruby", location: at(6, 5)),
            ],
            location: at(4, 1)))
        #expect(frontMatter.entries[2].items.map(\.text) == ["<a href='#'>Sign Up</a>"])
        #expect(frontMatter["meta"] == "- name: description\n  content: Documentation for the Kittn API")
        #expect(frontMatter.entries[3].items == [
            FrontMatter.Item(text: "name: description\ncontent: Documentation for the Kittn API", location: at(12, 5)),
        ])
        #expect(frontMatter["search"] == "true")
    }

    /// A list may sit at column 1 right under its key, and a nested map is kept as its text.
    @Test func compactListAndNestedMap() throws {
        let document = read(
            "---\nincludes:\n- errors\n-   \"auth\"\nsite:\n  name: Kittn\n  links:\n    - a\nlast: x\n---\n")
        #expect(document.issues.isEmpty)
        let frontMatter = try #require(document.blocks.first?.frontMatter)
        #expect(frontMatter.entries.first?.items.map(\.text) == ["errors", "auth"])
        #expect(frontMatter.entries.first?.items.map(\.location) == [at(3, 3), at(4, 5)])
        #expect(frontMatter["site"] == "name: Kittn\nlinks:\n  - a")
        #expect(frontMatter.entries[1].items.isEmpty)
        #expect(frontMatter["last"] == "x")
    }

    /// `|` keeps line breaks, `>` folds lines into one, a plain value may continue on indented lines.
    @Test func blockScalarsAndContinuedValues() throws {
        let document = read("""
            ---
            literal: |
              line one
                indented

              after a gap
            folded: >-
              one
              two
            plain: first
              second
            ---
            """)
        #expect(document.issues.isEmpty)
        let frontMatter = try #require(document.blocks.first?.frontMatter)
        #expect(frontMatter["literal"] == "line one\n  indented\n\nafter a gap")
        #expect(frontMatter["folded"] == "one two")
        #expect(frontMatter["plain"] == "first second")
    }

    /// A `#` after a blank starts a YAML comment; inside a word, a URL or quotes it is text.
    @Test func trailingComments() throws {
        let document = read(
            "---\na: value # note\nb: C# API\nc: https://x.example/p#frag\nd: \"x # y\" # z\ne: # only\n---\n")
        let frontMatter = try #require(document.blocks.first?.frontMatter)
        #expect(frontMatter.entries.map(\.value) == ["value", "C# API", "https://x.example/p#frag", "x # y", ""])
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
