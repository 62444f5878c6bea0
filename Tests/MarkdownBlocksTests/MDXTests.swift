import Testing
import MarkdownBlocks

/// MDX pages (`.mdx`): ESM statements, JSX tag lines and expressions are HTML blocks, and the
/// markdown inside components is read as ordinary blocks.
@Suite struct MDXTests {
    /// Reads `text` as `t.mdx`.
    private func readMDX(_ text: String) -> MarkdownDocument {
        BlockReader.read(text, file: "t.mdx")
    }

    /// A location in `t.mdx`.
    private func atMDX(_ line: Int, _ column: Int) -> MarkdownBlocks.SourceLocation {
        MarkdownBlocks.SourceLocation(file: "t.mdx", line: line, column: column)
    }

    /// The Docusaurus tabs shape: a fence, a table and a heading inside `<TabItem>` come out as
    /// themselves; only the tag lines are JSX blocks.
    @Test func markdownInsideComponents() {
        let document = readMDX("""
            import Tabs from '@theme/Tabs';
            import TabItem from '@theme/TabItem';

            <Tabs>
              <TabItem value="curl" label="cURL">

            ## Request

            ```bash
            curl https://api.example.com/v1/users
            ```

            | Name | Type |
            |---|---|
            | id | string |

              </TabItem>
            </Tabs>
            """)
        #expect(document.kinds == [.html, .html, .heading, .code, .table, .html])
        #expect(document.htmlBlocks.map(\.syntax) == [.esm, .jsx, .jsx])
        #expect(document.htmlBlocks.map(\.text) == [
            "import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';",
            "<Tabs>\n  <TabItem value=\"curl\" label=\"cURL\">",
            "</TabItem>\n</Tabs>",
        ])
        #expect(document.htmlBlocks.map(\.location) == [atMDX(1, 1), atMDX(4, 1), atMDX(17, 3)])
        #expect(document.headings.first?.location == atMDX(7, 1))
        #expect(document.codeBlocks.first?.content == "curl https://api.example.com/v1/users")
        #expect(document.tables.first?.rowTexts == [["id", "string"]])
        #expect(document.issues.isEmpty)
    }

    /// Tag lines need no blank line around them: they end a paragraph, and a paragraph starts after them.
    @Test func tagLinesWithoutBlankLines() {
        let document = readMDX("<Note>\nRead **this** first.\n</Note>\n<Tip />")
        #expect(document.kinds == [.html, .paragraph, .html])
        #expect(document.paragraphs.map(\.text) == ["Read **this** first."])
        #expect(document.htmlBlocks.map(\.text) == ["<Note>", "</Note>\n<Tip />"])
    }

    /// Self-closing tags, fragments, expression and spread attributes, and a tag spanning lines.
    @Test(arguments: [
        "<Note />",
        "<>",
        "</>",
        "<Image src={require('./a.png').default} {...props} />",
        "<CodeBlock language=\"json\" title='a > b'>",
        "<TabItem\n  value=\"x\"\n  label={`X`}\n>",
        "<Tabs.Item value=\"a\"></Tabs.Item>",
    ])
    func tagLines(text: String) {
        let document = readMDX(text)
        #expect(document.kinds == [.html])
        #expect(document.htmlBlocks.first?.syntax == .jsx)
        #expect(document.htmlBlocks.first?.text == text)
    }

    /// An `export` runs to the blank line; `{…}` expressions, MDX's comments included, are blocks of their own.
    @Test func exportsAndExpressions() {
        let document = readMDX("""
            export const meta = {
              title: 'Users',
            };

            {/* Don't edit: generated */}

            {
              // spans lines
            }
            Text
            """)
        #expect(document.kinds == [.html, .html, .html, .paragraph])
        #expect(document.htmlBlocks.map(\.syntax) == [.esm, .expression, .expression])
        #expect(document.htmlBlocks.map(\.location.line) == [1, 5, 7])
    }

    /// Lines that only look like MDX stay what markdown says they are.
    @Test func thingsThatAreNotMDXBlocks() {
        // Not at column 1, or no blank after the keyword: prose.
        #expect(readMDX(" import x from 'y'").kinds == [.paragraph])
        #expect(readMDX("important: read this").kinds == [.paragraph])
        // ESM does not interrupt a paragraph.
        #expect(readMDX("You can\nexport the data").kinds == [.paragraph])
        // Text after the tag: not a tag line, so the CommonMark HTML block rule applies.
        #expect(readMDX("<Note>Inline text</Note>").htmlBlocks.map(\.syntax) == [.html])
        // `<` then a blank or a digit, and unbalanced braces, are text.
        #expect(readMDX("< 5 items\n\n<5\n\n{unclosed").kinds == [.paragraph, .paragraph, .paragraph])
        // A tag cannot run over a blank line; the first line is then an ordinary HTML block.
        #expect(readMDX("<Tabs\n\nvalue=\"x\">").kinds == [.html, .paragraph])
        #expect(readMDX("<Tabs\n\nvalue=\"x\">").htmlBlocks.map(\.syntax) == [.html])
    }

    /// In a `.md` page the same lines read as markdown: prose, and CommonMark HTML blocks.
    @Test func markdownPagesAreNotMDX() {
        let text = "import Tabs from '@theme/Tabs';\n\n<Tabs>\n## Inside\n</Tabs>"
        #expect(read(text).kinds == [.paragraph, .html, .heading, .html])
        #expect(read(text).htmlBlocks.map(\.syntax) == [.html, .html])
        #expect(BlockReader.read(text, file: "t.md", isMDX: true).htmlBlocks.first?.syntax == .esm)
        #expect(BlockReader.isMDXFile("Docs/Users.MDX"))
        #expect(!BlockReader.isMDXFile("users.md"))
    }

    /// A list ends at a closing tag line, so the tag is not taken for item text.
    @Test func listEndsAtTagLine() {
        let document = readMDX("- one\n- two\n</TabItem>")
        #expect(document.kinds == [.list, .html])
        #expect(document.lists.first?.items.map(\.text) == ["one", "two"])
    }
}
