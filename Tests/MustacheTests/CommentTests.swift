import Mustache
import Testing

/// `{{! … }}` comments, after the spec's comment cases.
@Suite struct CommentTests {
    /// Inline comment.
    @Test func inlineComment() throws {
        #expect(try render("12345{{! Comment Block! }}67890") == "1234567890")
    }

    /// Multiline comment.
    @Test func multilineComment() throws {
        #expect(try render("12345{{!\n  This is a\n  multi-line comment...\n}}67890\n") == "1234567890\n")
    }

    /// Standalone comment.
    @Test func standaloneComment() throws {
        #expect(try render("Begin.\n{{! Comment Block! }}\nEnd.\n") == "Begin.\nEnd.\n")
        #expect(try render("Begin.\n  {{! Indented Comment Block! }}\nEnd.\n") == "Begin.\nEnd.\n")
    }

    /// Standalone line endings.
    @Test func standaloneLineEndings() throws {
        #expect(try render("|\r\n{{! Standalone Comment }}\r\n|") == "|\r\n|")
    }

    /// Standalone without previous line or newline.
    @Test func standaloneWithoutPreviousLineOrNewline() throws {
        #expect(try render("  {{! I'm Still Standalone }}\n!") == "!")
        #expect(try render("!\n  {{! I'm Still Standalone }}") == "!\n")
    }

    /// Multiline standalone.
    @Test func multilineStandalone() throws {
        #expect(try render("Begin.\n{{!\nSomething's going on here\n}}\nEnd.\n") == "Begin.\nEnd.\n")
        #expect(try render("Begin.\n  {{!\n    Something's going on here\n  }}\nEnd.\n") == "Begin.\nEnd.\n")
    }

    /// Indented inline comment.
    @Test func indentedInlineComment() throws {
        #expect(try render("  12 {{! 34 }}\n") == "  12 \n")
    }

    /// Surrounding whitespace.
    @Test func surroundingWhitespace() throws {
        #expect(try render("12345 {{! Comment Block! }} 67890") == "12345  67890")
    }

    /// Comment never looks up its text.
    @Test func commentNeverLooksUpItsText() throws {
        // Strict lookups must not apply: a comment is not a key.
        #expect(try render("comments never show: >{{! comment }}<") == "comments never show: ><")
    }

    /// Comment may contain opening braces.
    @Test func commentMayContainOpeningBraces() throws {
        #expect(try render("a{{! uses {{ here }}b") == "ab")
    }

    /// Comment ends at the first closing delimiter.
    @Test func commentEndsAtTheFirstClosingDelimiter() throws {
        #expect(try render("a{{! uses {{name}} here}}b") == "a here}}b")
    }

    /// Comment padding before sigil.
    @Test func commentPaddingBeforeSigil() throws {
        #expect(try render("a{{ ! note }}b") == "ab")
    }
}
