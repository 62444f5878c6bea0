import Testing
import MarkdownBlocks

/// Lists: markers, continuation lines, nesting depth, loose lists, and what is not a list.
@Suite struct ListTests {
    /// All bullet characters make one unordered list; items are located at their markers.
    @Test func bullets() {
        let document = read("- a\n- b\n* c\n+ d")
        #expect(document.lists == [ListBlock(items: [
            .init(text: "a", depth: 0, location: at(1, 1)),
            .init(text: "b", depth: 0, location: at(2, 1)),
            .init(text: "c", depth: 0, location: at(3, 1)),
            .init(text: "d", depth: 0, location: at(4, 1)),
        ], isOrdered: false, location: at(1, 1))])
    }

    /// `1.` and `1)` markers make an ordered list.
    @Test func ordered() {
        let document = read("1. one\n2) two\n10. ten")
        #expect(document.lists.first?.isOrdered == true)
        #expect(document.lists.first?.items.map(\.text) == ["one", "two", "ten"])
    }

    /// Indented and lazy (unindented) continuation lines join the item with "\n".
    @Test func continuationLines() {
        let document = read("- item one\n  continues here\n- `filterid`\nINTEGER. Filter-ID.\n- last")
        #expect(document.lists.first?.items.map(\.text) == [
            "item one\ncontinues here", "`filterid`\nINTEGER. Filter-ID.", "last",
        ])
    }

    /// Depth: 0 for 0–1 spaces, one more per 2+ columns beyond the parent's marker.
    @Test func nestingDepth() {
        let document = read("- a\n  - b\n    - c\n  - d\n- e\n - f\n\t- g")
        #expect(document.lists.count == 1)
        #expect(document.lists.first?.items.map(\.depth) == [0, 1, 2, 1, 0, 0, 1])
        #expect(document.lists.first?.items.map(\.location) == [
            at(1, 1), at(2, 3), at(3, 5), at(4, 3), at(5, 1), at(6, 2), at(7, 2),
        ])
    }

    /// Items of another kind nested under an item stay in the list.
    @Test func nestedOtherKind() {
        let document = read("- a\n  1. b\n- c")
        #expect(document.lists.count == 1)
        #expect(document.lists.first?.items.map(\.depth) == [0, 1, 0])
        #expect(document.lists.first?.isOrdered == false)
    }

    /// Blank lines between items of the same kind keep one (loose) list.
    @Test func looseList() {
        let document = read("- a\n\n- b\n\n\n- c\n\n\t\n- d")
        #expect(document.kinds == [.list])
        #expect(document.lists.first?.items.map(\.text) == ["a", "b", "c", "d"])
    }

    /// A top-level item of the other kind starts a new list, with or without a blank line.
    @Test func otherKindStartsNewList() {
        #expect(read("- a\n\n1. b").lists.map(\.isOrdered) == [false, true])
        #expect(read("- a\n1. b").lists.map(\.isOrdered) == [false, true])
    }

    /// After a blank line, an unindented line ends the list; an indented one is a second paragraph of the item.
    @Test func textAfterBlankLine() {
        let ended = read("- a\n\nText")
        #expect(ended.kinds == [.list, .paragraph])
        #expect(ended.paragraphs.first?.location == at(3, 1))
        let continued = read("- a\n\n  more\n- b")
        #expect(continued.lists.first?.items.map(\.text) == ["a\n\nmore", "b"])
    }

    /// Thematic breaks are not list items.
    @Test(arguments: ["---", "***", "___", "- - -", "* * *", " ***  "])
    func thematicBreaks(line: String) {
        #expect(read(line).kinds == [.thematicBreak])
    }

    /// Lines that look almost like list items are paragraph text.
    @Test(arguments: ["--", "**bold** text", "*emphasis*", "-1 value", "+1", "1.0 (Default)", "2011.was", "1234567890. big"])
    func notAList(line: String) {
        #expect(read(line).kinds == [.paragraph])
    }

    /// DocFX index bullets are list items with their raw link text.
    @Test func indexBullets() {
        let document = read("* [GET X](v1X_Get.md)\n* [PUT X](v1X_Put.md)")
        #expect(document.lists.first?.items.map(\.text) == ["[GET X](v1X_Get.md)", "[PUT X](v1X_Put.md)"])
    }

    /// A bullet or a list starting at 1 interrupts a paragraph; other numbers do not.
    @Test func interruptingParagraphs() {
        #expect(read("Intro:\n- a\n- b").kinds == [.paragraph, .list])
        #expect(read("Intro:\n1. a").kinds == [.paragraph, .list])
        #expect(read("Version\n2. b").kinds == [.paragraph])
        #expect(read("1.0 (Default)\n1.1").kinds == [.paragraph])
        #expect(read("Text\n    - deep").kinds == [.paragraph])
    }

    /// A deeply indented first item starts a list at depth 0 (scraped pages indent at random).
    @Test func deeplyIndentedFirstItem() {
        let document = read("text\n\n        - deep\n- top")
        #expect(document.lists.first?.items.map(\.depth) == [0, 0])
        #expect(document.lists.first?.location == at(3, 9))
    }

    /// Headings, fences and tables end a list.
    @Test func blocksEndAList() {
        #expect(read("- a\n# H").kinds == [.list, .heading])
        #expect(read("- a\n```\nx\n```").kinds == [.list, .code])
        #expect(read("- a\n| x | y |\n|---|---|").kinds == [.list, .table])
        #expect(read("- a\n---").kinds == [.list, .thematicBreak])
    }

    /// An item whose text starts on the next line has no leading line break.
    @Test func emptyMarkerLine() {
        let document = read("-\n  text below\n- next")
        #expect(document.lists.first?.items.map(\.text) == ["text below", "next"])
    }

    /// Items keep raw text: emphasis, code and entities are untouched.
    @Test func rawItemText() {
        let document = read("- Buyer: `'urn:x:buyer'` &#8220;q&#8221;  ")
        #expect(document.lists.first?.items.first?.text == "Buyer: `'urn:x:buyer'` &#8220;q&#8221;")
    }
}
