import Foundation
import Testing
import MarkdownBlocks

/// Input normalisation: byte order mark, line endings, NUL, invalid UTF-8, and how columns are counted.
@Suite struct NormalisationTests {
    /// A leading byte order mark is dropped and does not shift columns.
    @Test func byteOrderMarkIsStripped() {
        let document = read("\u{FEFF}# Title\n")
        #expect(document.headings == [Heading(level: 1, text: "Title", location: at(1, 1))])
        #expect(document.issues.isEmpty)
    }

    /// CRLF pairs count as one line break.
    @Test func crlfIsOneLineBreak() {
        let document = read("# A\r\n\r\nText one\r\ntwo\r\n")
        #expect(document.kinds == [.heading, .paragraph])
        #expect(document.paragraphs.first?.lines == [
            Line(text: "Text one", location: at(3, 1)),
            Line(text: "two", location: at(4, 1)),
        ])
    }

    /// A lone CR is a line break too, and CR CR is an empty line.
    @Test func loneCarriageReturnIsALineBreak() {
        let document = read("# A\rtext\r\rmore")
        #expect(document.kinds == [.heading, .paragraph, .paragraph])
        #expect(document.paragraphs.map(\.location) == [at(2, 1), at(4, 1)])
        #expect(document.paragraphs.map(\.text) == ["text", "more"])
    }

    /// Mixed endings (LF lines with CRLF lines inside code, as scraped pages have) are all normalised.
    @Test func mixedLineEndingsInsideCode() {
        let document = read("**Example:**\n\n```\r\n\r\n    {\r\n    }\r\n\r\n```\nafter")
        #expect(document.codeBlocks.first?.content == "\n    {\n    }\n")
        #expect(document.paragraphs.last?.location == at(9, 1))
    }

    /// NUL characters stay in the text and break nothing.
    @Test func nulCharactersAreKept() {
        let document = read("a\u{0}b\n\n| x\u{0} | y |\n|---|---|\n| \u{0} | z |\n")
        #expect(document.paragraphs.first?.text == "a\u{0}b")
        #expect(document.tables.first?.headerTexts == ["x\u{0}", "y"])
        #expect(document.tables.first?.rowTexts == [["\u{0}", "z"]])
    }

    /// Empty and blank-only input give an empty document.
    @Test(arguments: ["", "\n", "   \n\t\n", "\u{FEFF}", "\r\n\r"])
    func emptyInput(text: String) {
        let document = read(text)
        #expect(document.blocks.isEmpty)
        #expect(document.issues.isEmpty)
        #expect(document.file == testFile)
    }

    /// Columns count Unicode scalars: a combining accent is a column of its own.
    @Test func columnsCountScalars() throws {
        let document = read("| e\u{301} | x |\n|---|---|\n| \u{1D11E} | y |")
        let table = try #require(document.tables.first)
        #expect(table.header.map(\.location) == [at(1, 3), at(1, 8)])
        #expect(table.rows.first?.cells.map(\.location) == [at(3, 3), at(3, 7)])
    }

    /// Invalid UTF-8 is replaced with U+FFFD and reported at the first bad byte's line and column.
    @Test func invalidUTF8IsReplacedAndReported() {
        let bytes: [UInt8] = Array("# A\nb".utf8) + [0xFF] + Array("c\nd".utf8) + [0xC3]
        let document = BlockReader.read(data: Data(bytes), file: testFile)
        #expect(document.paragraphs.first?.text == "b\u{FFFD}c\nd\u{FFFD}")
        #expect(document.issues.count == 1)
        #expect(document.issues.first?.severity == .warning)
        #expect(document.issues.first?.location == at(2, 2))
        #expect(document.issues.first?.message.contains("2 sequences") == true)
    }

    /// The reported location follows BOM removal and CRLF normalisation.
    @Test func invalidUTF8LocationAfterBOMAndCRLF() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a\r\nxy".utf8) + [0xE2, 0x82]
        let document = BlockReader.read(data: Data(bytes), file: testFile)
        #expect(document.issues.map(\.location) == [at(2, 3)])
        #expect(document.issues.first?.message.contains("1 sequence)") == true)
    }

    /// Overlong encodings and surrogates are invalid; valid multi-byte text is not reported.
    @Test func utf8ValidationFollowsTheStandard() {
        let valid = BlockReader.read(data: Data("ä € 𝄞".utf8), file: testFile)
        #expect(valid.issues.isEmpty)
        #expect(valid.paragraphs.first?.text == "ä € 𝄞")
        let overlong = BlockReader.read(data: Data([0x61, 0xC0, 0xAF]), file: testFile)
        #expect(overlong.issues.map(\.location) == [at(1, 2)])
        let surrogate = BlockReader.read(data: Data([0xED, 0xA0, 0x80]), file: testFile)
        #expect(surrogate.issues.map(\.location) == [at(1, 1)])
    }

    /// Issues from decoding and from reading come out in page order.
    @Test func issuesAreSortedByLocation() {
        let bytes: [UInt8] = Array("```\ncode\n".utf8) + [0xFF]
        let document = BlockReader.read(data: Data(bytes), file: testFile)
        #expect(document.issues.map(\.location) == [at(1, 1), at(3, 1)])
    }
}
