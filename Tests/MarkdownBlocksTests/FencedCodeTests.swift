import Testing
import MarkdownBlocks

/// Fenced code blocks: markers, info strings, closing rules, indentation and unclosed fences.
@Suite struct FencedCodeTests {
    /// A plain ```http block.
    @Test func httpBlock() {
        let document = read("```http\nPOST /api/v1/Relation\n```\n")
        #expect(document.codeBlocks == [CodeBlock(info: "http", content: "POST /api/v1/Relation", location: at(1, 1))])
        #expect(document.issues.isEmpty)
    }

    /// The info string is the rest of the line, trimmed; `language` is its first word, lowercased.
    @Test(arguments: [
        ("```http!", "http!", "http!"), ("```http_", "http_", "http_"), ("```json", "json", "json"),
        ("```javascript", "javascript", "javascript"), ("```", "", ""), ("```  JSON title=x  ", "JSON title=x", "json"),
        ("~~~ shell", "shell", "shell"),
    ])
    func infoStrings(opening: String, info: String, language: String) {
        let marker = opening.hasPrefix("~") ? "~~~" : "```"
        let block = read("\(opening)\nx\n\(marker)").codeBlocks.first
        #expect(block?.info == info)
        #expect(block?.language == language)
        #expect(block?.content == "x")
    }

    /// The closing fence needs the same character and at least the opening's length.
    @Test func closingRules() {
        #expect(read("````\n```\nx\n`````").codeBlocks.map(\.content) == ["```\nx"])
        #expect(read("```\n~~~\n```").codeBlocks.map(\.content) == ["~~~"])
        #expect(read("~~~~\n~~~\n~~~~ \nafter").codeBlocks.map(\.content) == ["~~~"])
        // A fence line with text after the marker does not close.
        #expect(read("```\n``` json\n```").codeBlocks.map(\.content) == ["``` json"])
    }

    /// Content keeps markdown verbatim: headings, tables and blank lines inside are code.
    @Test func contentIsVerbatim() {
        let document = read("```\n# not heading\n\n| a | b |\n|---|---|\n  - item\n```")
        #expect(document.kinds == [.code])
        #expect(document.codeBlocks.first?.content == "# not heading\n\n| a | b |\n|---|---|\n  - item")
    }

    /// An indented fence removes up to its own indentation from each content line; a tab that
    /// would remove more than that is kept.
    @Test func indentedFence() {
        let document = read("  ```\n    a\n  b\nc\n \td\n  ```")
        #expect(document.codeBlocks == [CodeBlock(info: "", content: "  a\nb\nc\n\td", location: at(1, 3))])
    }

    /// Four spaces of indentation make the fence line paragraph text (there are no indented code blocks).
    @Test func fourSpacesIsNotAFence() {
        let document = read("    ```\n    code\n    ```")
        #expect(document.kinds == [.paragraph])
        #expect(document.paragraphs.first?.text == "```\ncode\n```")
    }

    /// A backtick fence whose info string holds a backtick is inline code, not a fence.
    @Test func inlineCodeLineIsNotAFence() {
        #expect(read("```foo```").kinds == [.paragraph])
        #expect(read("~~~ a`b\nx\n~~~").codeBlocks.first?.info == "a`b")
    }

    /// A fence interrupts a paragraph.
    @Test func interruptsParagraph() {
        let document = read("text\n```\ncode\n```\nafter")
        #expect(document.kinds == [.paragraph, .code, .paragraph])
        #expect(document.blocks.map(\.location) == [at(1, 1), at(2, 1), at(5, 1)])
    }

    /// An unclosed fence reads to the end of the file and is reported at the opening fence.
    @Test func unclosedFence() {
        let document = read("# T\n\n```json\n{\n\n# not a heading\n")
        #expect(document.kinds == [.heading, .code])
        #expect(document.codeBlocks == [CodeBlock(info: "json", content: "{\n\n# not a heading", location: at(3, 1),
                                                  isClosed: false)])
        #expect(document.issues == [ReaderIssue(
            severity: .warning, message: "code fence opened here is never closed; read to end of file", location: at(3, 1))])
    }

    /// An empty code block and one that is closed at the very end of the file.
    @Test func emptyAndLastBlocks() {
        #expect(read("```\n```").codeBlocks.map(\.content) == [""])
        #expect(read("```\n\n```").codeBlocks.map(\.content) == [""])
        #expect(read("```\n\n\n```").codeBlocks.map(\.content) == ["\n"])
        #expect(read("```").codeBlocks.map(\.isClosed) == [false])
    }
}
