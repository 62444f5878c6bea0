import Testing
import MarkdownBlocks

/// Paragraphs (the fallback block) and HTML blocks.
@Suite struct ParagraphAndHTMLTests {
    /// Paragraph lines are trimmed and located at their first non-blank character.
    @Test func paragraphLines() {
        let document = read("  first line  \n\tsecond\n")
        #expect(document.paragraphs == [Paragraph(lines: [
            Line(text: "first line", location: at(1, 3)),
            Line(text: "second", location: at(2, 2)),
        ], location: at(1, 3))])
        #expect(document.paragraphs.first?.text == "first line\nsecond")
    }

    /// Lines of only spaces and tabs separate paragraphs.
    @Test func blankLinesSeparate() {
        let document = read("a\n\t\t\nb\n   \nc")
        #expect(document.paragraphs.map(\.text) == ["a", "b", "c"])
        #expect(document.paragraphs.map(\.location) == [at(1, 1), at(3, 1), at(5, 1)])
    }

    /// Indented text is paragraph text, not an indented code block.
    @Test func indentedTextIsParagraph() {
        #expect(read("    indented text").paragraphs.first?.lines == [Line(text: "indented text", location: at(1, 5))])
    }

    /// DocFX include lines are plain paragraphs, kept verbatim for the caller to interpret.
    @Test func includeLines() {
        let line = "[!include[sample request](../../samples/rest/request/v1X.md)]"
        #expect(read(line).paragraphs.map(\.text) == [line])
    }

    /// A method `<div>` is an HTML block that ends at the blank line.
    @Test func divBlock() {
        let document = read("## Method\n\n<div class=\"post\">POST</div>\n\n## Required IMS Scopes")
        #expect(document.kinds == [.heading, .html, .heading])
        #expect(document.htmlBlocks == [HTMLBlock(text: "<div class=\"post\">POST</div>", location: at(3, 1))])
    }

    /// An HTML block runs over several lines up to a blank line.
    @Test func multiLineBlock() {
        let document = read("<table>\n<tr><td>x</td></tr>\n</table>\n\nText")
        #expect(document.htmlBlocks.map(\.text) == ["<table>\n<tr><td>x</td></tr>\n</table>"])
        #expect(document.kinds == [.html, .paragraph])
    }

    /// Comments and closing tags start HTML blocks too; indentation up to three spaces is allowed.
    @Test func commentsAndClosingTags() {
        #expect(read("<!-- note -->\nstill html\n\nP").kinds == [.html, .paragraph])
        #expect(read("</div>").kinds == [.html])
        #expect(read("   <p>x</p>").htmlBlocks.first?.location == at(1, 4))
        #expect(read("    <p>x</p>").kinds == [.paragraph])
    }

    /// Block-level tags interrupt a paragraph; the HTML block stops before a heading.
    @Test func blockTagInterruptsParagraph() {
        let document = read("Supports:\n<ul><li>a</li></ul>\n## Filter Operators: ##\n\nints: eq")
        #expect(document.kinds == [.paragraph, .html, .heading, .paragraph])
        #expect(document.headings.first == Heading(level: 2, text: "Filter Operators:", location: at(3, 1)))
    }

    /// An inline tag at the start of a wrapped line stays in its paragraph.
    @Test func inlineTagDoesNotInterrupt() {
        let document = read("Carrier from the\n<see cref=\"T:A.B\">Agent</see>.")
        #expect(document.kinds == [.paragraph])
        #expect(document.paragraphs.first?.lines.count == 2)
    }

    /// `<` not followed by a tag name, and autolinks, are paragraph text.
    @Test(arguments: ["< 5 items", "<5", "<https://example.com>", "<>", "<!doctype html>"])
    func notHTML(line: String) {
        #expect(read(line).kinds == [.paragraph])
    }

    /// A whole page in the SuperOffice shape reads into the expected block sequence.
    @Test func pageShape() {
        let document = read("""
            ---
            title: DEL Appointment/{id}
            uid: v1AppointmentEntity_DeleteAppointmentEntity
            ---

            # DEL Appointment/{id}

            ```http
            DELETE /api/v1/Appointment/{id}
            ```

            Deletes the AppointmentEntity

            | Path Part | Type | Description |
            |-----------|------|-------------|
            | id | int32 | The AppointmentEntity to be deleted. **Required** |

            ## Response:

            No Content

            | Response | Description |
            |----------------|-------------|
            | 204 | No Content |

            ## Sample request

            [!include[sample request](../../samples/rest/request/v1AppointmentEntity_DeleteAppointmentEntity.md)]
            """)
        #expect(document.kinds == [
            .frontMatter, .heading, .code, .paragraph, .table, .heading, .paragraph, .table, .heading, .paragraph,
        ])
        #expect(document.blocks.map(\.location.line) == [1, 6, 8, 12, 14, 18, 20, 22, 26, 28])
        #expect(document.tables.map(\.rowTexts) == [
            [["id", "int32", "The AppointmentEntity to be deleted. **Required**"]], [["204", "No Content"]],
        ])
        #expect(document.issues.isEmpty)
    }
}
