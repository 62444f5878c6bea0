import Testing
@testable import Doc2SwiftCore

@Suite struct DocCommentTests {
    @Test func linesAreTrimmedAndBlankRunsCollapsed() {
        #expect(DocComment.lines("  First line. \n\n\n  Second.\n\n") == ["First line.", "", "Second."])
        #expect(DocComment.lines("\n\nOnly.") == ["Only."])
        #expect(DocComment.lines("") == [])
    }

    @Test func everyLineBreakKindStartsANewLine() {
        #expect(DocComment.lines("a\r\nb\rc\u{2028}d\u{85}e") == ["a", "", "b", "c", "d", "e"])
    }

    @Test func controlAndBidiCharactersAreRemoved() {
        #expect(DocComment.lines("a\u{0}b\u{7F}c\u{202E}d\u{FEFF}e\tf") == ["abcde f"])
    }

    @Test func singleLineJoinsParagraphs() {
        #expect(DocComment.singleLine("One.\n\nTwo\nthree.") == "One. Two three.")
        #expect(DocComment.singleLine("x\u{2029}*/ y") == "x */ y")
    }
}
