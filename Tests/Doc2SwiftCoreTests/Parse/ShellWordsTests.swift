import Testing
@testable import Doc2SwiftCore

@Suite struct ShellWordsTests {
    func texts(_ command: String) throws -> [String] {
        try ShellWords.split(command).words.map(\.text)
    }

    @Test func blanksSeparateWordsAndQuotesKeepThem() throws {
        #expect(try texts("curl  -X\tPOST 'a b' \"c d\"") == ["curl", "-X", "POST", "a b", "c d"])
    }

    @Test func singleQuotesAreLiteralAndSpanLines() throws {
        #expect(try texts("-d '{\n\t\"a\": \"$x \\\\n\"\n}'") == ["-d", "{\n\t\"a\": \"$x \\\\n\"\n}"])
    }

    @Test func doubleQuotesEscapeOnlyShellCharacters() throws {
        #expect(try texts(#""say \"hi\" \$HOME \n""#) == [#"say "hi" $HOME \n"#])
    }

    @Test func backslashNewlineContinuesTheLine() throws {
        let words = try ShellWords.split("curl -X POST \\\n  'https://h/x' \\\n  -H 'a: b'\\\n  -d 'x'").words
        #expect(words.map(\.text) == ["curl", "-X", "POST", "https://h/x", "-H", "a: b", "-d", "x"])
        #expect(words.allSatisfy { !$0.startsLine })
    }

    @Test func quotedPartsJoinUnquotedOnes() throws {
        #expect(try texts("'a'b\"c\"\\ d") == ["abc d"])
    }

    @Test func wordsRecordWhereTheirTextStarts() throws {
        let words = try ShellWords.split("curl \\\n  -d '{\n  }'").words
        #expect(words.map(\.position) == [
            ShellWords.Position(line: 0, column: 1),
            ShellWords.Position(line: 1, column: 3),
            ShellWords.Position(line: 1, column: 7),
        ])
    }

    @Test func lineBreakWithoutBackslashMarksTheNextWord() throws {
        let words = try ShellWords.split("curl a\n\ncurl b").words
        #expect(words.map(\.startsLine) == [false, false, true, false])
    }

    @Test func commentsAtWordStartAreSkipped() throws {
        #expect(try texts("a # note\nb c#d") == ["a", "b", "c#d"])
    }

    @Test func anUnterminatedQuoteIsAnError() {
        #expect(throws: ShellWords.Failure.unterminatedQuote(quote: "'", line: 1, column: 3)) {
            try ShellWords.split("a \\\n  'b\nc")
        }
        #expect(ShellWords.Failure.unterminatedQuote(quote: "\"", line: 0, column: 3).message
            == "the double quote opened at line 1, column 3 of the command is never closed")
    }
}
