import OrderedJSON
import Testing

/// What valid JSON parses to: values, literals, order, duplicates and positions.
@Suite struct JSONParserValueTests {
    /// Scalars and literals at the top level, with surrounding whitespace.
    @Test func parsesScalars() throws {
        #expect(try JSONParser.parse("null") == .null)
        #expect(try JSONParser.parse(" true ") == .bool(true))
        #expect(try JSONParser.parse("\n\tfalse\r\n") == .bool(false))
        #expect(try JSONParser.parse("\"hi\"") == .string("hi"))
        #expect(try JSONParser.parse("463") == .number("463"))
    }

    /// Number literals are kept exactly as written, in every grammar branch.
    @Test(arguments: [
        "0", "-0", "1", "-1", "10", "463", "123456789012345678901234567890", "0.5", "-0.25", "0.250",
        "1e5", "1E+5", "1e-05", "2.5E-3", "-0.0e0", "1.0", "9007199254740993",
    ])
    func keepsNumberLiterals(_ literal: String) throws {
        #expect(try JSONParser.parse(literal) == .number(literal))
        #expect(try JSONParser.parse("[\(literal)]") == .array([.number(literal)]))
    }

    /// Every escape, surrogate pairs included, decodes to the right scalars.
    @Test func decodesEscapes() throws {
        let parsed = try JSONParser.parse(#""\"\\\/\b\f\n\r\t\u0041\u00e9\u00E9\uD83D\uDE00\ud83d\ude00\u0000\u2028""#)
        let expected = "\"\\/\u{8}\u{C}\n\r\tAéé😀😀\0\u{2028}"
        #expect(parsed.stringValue?.unicodeScalars.elementsEqual(expected.unicodeScalars) == true)
    }

    /// Raw non-ASCII, DEL and the highest plane pass through unchanged.
    @Test func keepsRawUnicode() throws {
        let text = "é😀中\u{7F}\u{10FFFF}e\u{301}"
        let parsed = try JSONParser.parse("\"" + text + "\"")
        #expect(parsed.stringValue?.unicodeScalars.elementsEqual(text.unicodeScalars) == true)
    }

    /// A string with an escape only at the very end takes the slow path and still decodes the prefix.
    @Test func decodesEscapeAfterLongPrefix() throws {
        #expect(try JSONParser.parse(#""abcdéf\n""#) == .string("abcdéf\n"))
        #expect(try JSONParser.parse(#""\nabc""#) == .string("\nabc"))
    }

    /// Members keep document order and duplicates; the subscript finds the first.
    @Test func keepsOrderAndDuplicates() throws {
        let parsed = try JSONParser.parse(#"{"b":1,"a":2,"b":3}"#)
        #expect(parsed.members?.map(\.key) == ["b", "a", "b"])
        #expect(parsed["b"] == .number("1"))
        #expect(parsed["a"] == .number("2"))
        #expect(parsed["c"] == nil)
    }

    /// Nested and empty containers.
    @Test func parsesNestedContainers() throws {
        let parsed = try JSONParser.parse(#"{"a":[],"b":{},"c":[[1,{"d":null}],"x"]}"#)
        let expected = JSONNode.object([
            JSONMember(key: "a", value: .array([]), line: 1, column: 2),
            JSONMember(key: "b", value: .object([]), line: 1, column: 9),
            JSONMember(
                key: "c",
                value: .array([
                    .array([.number("1"), .object([JSONMember(key: "d", value: .null, line: 1, column: 25)])]),
                    .string("x"),
                ]),
                line: 1,
                column: 16
            ),
        ])
        #expect(parsed == expected)
    }

    /// Member positions point at the key's opening quote, across lines, CRLF, tabs and non-ASCII.
    @Test func recordsMemberPositions() throws {
        let text = "{\r\n  \"id\": 1,\r\n\t\"naïve😀\": {\"inner\": true, \"x\": 2},\n  \"last\": []\n}"
        let parsed = try JSONParser.parse(text)
        let members = try #require(parsed.members)
        #expect(members.map { [$0.line, $0.column] } == [[2, 3], [3, 2], [4, 3]])
        let inner = try #require(members[1].value.members)
        #expect(inner.map { [$0.line, $0.column] } == [[3, 13], [3, 28]])
    }

    /// A leading BOM is skipped and not counted as a column.
    @Test func skipsByteOrderMark() throws {
        let document = try JSONParser.parseDocument("\u{FEFF}{\"a\":1}")
        #expect(document.value["a"] == .number("1"))
        #expect(document.line == 1 && document.column == 1)
        #expect(document.value.members?.first?.column == 2)
    }

    /// A BOM anywhere but the start is not whitespace.
    @Test func refusesLaterByteOrderMark() {
        #expect(throws: JSONParseError(message: "expected a JSON value, found U+FEFF", line: 1, column: 2)) {
            try JSONParser.parse(" \u{FEFF}1")
        }
    }

    /// The document reports where the top-level value starts.
    @Test func reportsDocumentPosition() throws {
        let document = try JSONParser.parseDocument("  \r\n\t [1]\n")
        #expect(document == JSONDocument(value: .array([.number("1")]), line: 2, column: 3))
    }

    /// Columns stay right for thousands of keys on one line, where they are counted incrementally.
    @Test func countsColumnsOnOneLongLine() throws {
        var text = "{"
        var expectedColumns: [Int] = []
        for index in 0..<3000 {
            if index > 0 { text += "," }
            expectedColumns.append(text.unicodeScalars.count + 1)
            text += "\"k\(index)é\":\"😀\""
        }
        text += "}"
        let members = try #require(try JSONParser.parse(text).members)
        #expect(members.map(\.column) == expectedColumns)
        #expect(members.allSatisfy { $0.line == 1 })
    }

    /// Parsing the same text twice gives equal trees (no hidden state between calls).
    @Test func isDeterministic() throws {
        let text = #"{"a":[1,2,{"b":"c"}],"d":-0.5e1}"#
        #expect(try JSONParser.parse(text) == JSONParser.parse(text))
    }
}
