import Testing
import MarkdownBlocks

/// ATX headings: levels, closing sequences, indentation, and where they interrupt paragraphs.
@Suite struct HeadingTests {
    /// Levels 1 to 6; seven `#` is text.
    @Test func levels() {
        let document = read("# One\n## Two\n### Three\n#### Four\n##### Five\n###### Six\n####### Seven")
        #expect(document.headings.map(\.level) == [1, 2, 3, 4, 5, 6])
        #expect(document.headings.map(\.text) == ["One", "Two", "Three", "Four", "Five", "Six"])
        #expect(document.headings.map(\.location) == (1...6).map { at($0, 1) })
        #expect(document.paragraphs.map(\.text) == ["####### Seven"])
    }

    /// Closing `#`s are removed only when preceded by a blank and ending the line.
    @Test(arguments: [
        ("## Filter Operators: ##", "Filter Operators:"),
        ("## Online Restricted: ## The User agent is not available", "Online Restricted: ## The User agent is not available"),
        ("# foo#", "foo#"),
        ("### ###", ""),
        ("#", ""),
        ("## Response:bool", "Response:bool"),
        ("## Request Body: newEntity ", "Request Body: newEntity"),
        ("##   spaced   out   ##   ", "spaced   out"),
        ("#\tTab", "Tab"),
        ("## Experimental: ## The AI agent is experimental", "Experimental: ## The AI agent is experimental"),
    ])
    func headingText(line: String, text: String) {
        #expect(read(line).headings.map(\.text) == [text])
    }

    /// A `#` not followed by a blank is not a heading.
    @Test(arguments: ["#5 items", "#hashtag", "\\# escaped"])
    func notAHeading(line: String) {
        #expect(read(line).kinds == [.paragraph])
    }

    /// Up to three spaces of indentation are allowed; four make the line paragraph text.
    @Test func indentation() {
        let document = read("   # Three\n\n    # Four")
        #expect(document.headings == [Heading(level: 1, text: "Three", location: at(1, 4))])
        #expect(document.paragraphs.first?.lines == [Line(text: "# Four", location: at(3, 5))])
    }

    /// A heading interrupts a paragraph, and the paragraph after it starts fresh.
    @Test func interruptsParagraph() {
        let document = read("text\n# H\nmore")
        #expect(document.kinds == [.paragraph, .heading, .paragraph])
        #expect(document.blocks.map(\.location) == [at(1, 1), at(2, 1), at(3, 1)])
    }

    /// No setext headings: `---` under text is a thematic break.
    @Test func noSetextHeadings() {
        let document = read("Title\n---\nText\n===")
        #expect(document.kinds == [.paragraph, .thematicBreak, .paragraph])
        #expect(document.paragraphs.last?.text == "Text\n===")
    }
}

/// One-line HTML heading elements read as headings of their level.
@Suite struct HTMLHeadingTests {
    @Test func aHeadingElementIsAHeading() {
        let document = read("<h1 id=\"pets\">Pets</h1>\n\ntext\n\n<H3 id=\"x-parameters\">Parameters</H3>\n<h2 id=\"tocS_Pet\"><a id=\"a\"></a>Pet <em>object</em></h2>")
        #expect(document.headings.map(\.level) == [1, 3, 2])
        #expect(document.headings.map(\.text) == ["Pets", "Parameters", "Pet object"])
        #expect(document.headings.map(\.location) == [at(1, 1), at(5, 1), at(6, 1)])
    }

    /// Other HTML stays HTML: an empty heading, a heading split over lines, a level of 7, a
    /// mismatched closing tag, text after the element.
    @Test(arguments: ["<h2 id=\"x\"></h2>", "<h2>Pets\n</h2>", "<h7>Pets</h7>", "<h2>Pets</h3>", "<h2>Pets</h2> more",
                      "<hr>", "<header>Pets</header>"])
    func notAHeading(_ text: String) {
        #expect(read(text).headings.isEmpty, "\(text)")
    }
}
