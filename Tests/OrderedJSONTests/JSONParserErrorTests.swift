import OrderedJSON
import Testing

/// Every parse error: exact message and the position of the offending character.
@Suite struct JSONParserErrorTests {
    /// One malformed input and the error it must produce.
    struct Case: Sendable, CustomTestStringConvertible {
        /// The JSON text.
        var input: String
        /// The expected message.
        var message: String
        /// The expected 1-based line.
        var line: Int
        /// The expected 1-based column.
        var column: Int

        /// The input, escaped, so each case is identifiable in the test report.
        var testDescription: String { input.debugDescription }
    }

    /// Cases grouped by rule.
    static let cases: [Case] = [
        // Empty or missing values.
        Case(input: "", message: "expected a JSON value, found end of input", line: 1, column: 1),
        Case(input: "   \n  ", message: "expected a JSON value, found end of input", line: 2, column: 3),
        Case(input: "\u{FEFF}", message: "expected a JSON value, found end of input", line: 1, column: 1),
        Case(input: "\u{FEFF}x", message: "expected a JSON value, found 'x'", line: 1, column: 1),
        Case(input: "\u{A0}1", message: "expected a JSON value, found U+00A0", line: 1, column: 1),
        Case(input: "// comment\n{}", message: "expected a JSON value, found '/'", line: 1, column: 1),
        Case(input: "\r[x]", message: "expected a JSON value or ']', found 'x'", line: 1, column: 3),
        Case(input: "[", message: "expected a JSON value or ']', found end of input", line: 1, column: 2),
        Case(input: "[,1]", message: "expected a JSON value or ']', found ','", line: 1, column: 2),
        Case(input: "[1,", message: "expected a JSON value after ',' in array, found end of input", line: 1, column: 4),
        Case(input: "[\"é😀\", x]", message: "expected a JSON value after ',' in array, found 'x'", line: 1, column: 8),
        Case(input: "{\"a\":}", message: "expected a JSON value after ':', found '}'", line: 1, column: 6),
        // Structure.
        Case(input: "{\"a\": 1 x}", message: "expected ',' or '}' after object member, found 'x'", line: 1, column: 9),
        Case(
            input: "{\r\n  \"a\": 1\r\n  \"b\": 2\r\n}",
            message: "expected ',' or '}' after object member, found '\"'",
            line: 3,
            column: 3
        ),
        Case(input: "[1 2]", message: "expected ',' or ']' after array element, found '2'", line: 1, column: 4),
        Case(input: "[1,]", message: "trailing ',' before ']' is not allowed", line: 1, column: 3),
        Case(input: "[1,2,]", message: "trailing ',' before ']' is not allowed", line: 1, column: 5),
        Case(input: "{\"a\":1,\n}", message: "trailing ',' before '}' is not allowed", line: 1, column: 7),
        Case(input: "[\n  1,\r\n  ]", message: "trailing ',' before ']' is not allowed", line: 2, column: 4),
        Case(input: "{1:2}", message: "expected a string key or '}' in object, found '1'", line: 1, column: 2),
        Case(input: "{'a':1}", message: "expected a string key or '}' in object, found \"'\"", line: 1, column: 2),
        Case(input: "{", message: "expected a string key or '}' in object, found end of input", line: 1, column: 2),
        Case(input: "{\"a\":1,2}", message: "expected a string key after ',' in object, found '2'", line: 1, column: 8),
        Case(input: "{\"a\":1,]", message: "expected a string key after ',' in object, found ']'", line: 1, column: 8),
        Case(input: "{\"a\" 1}", message: "expected ':' after object key, found '1'", line: 1, column: 6),
        Case(input: "1 2", message: "expected end of input after the JSON value, found '2'", line: 1, column: 3),
        Case(input: "[1]]", message: "expected end of input after the JSON value, found ']'", line: 1, column: 4),
        Case(input: "{}\n\n x", message: "expected end of input after the JSON value, found 'x'", line: 3, column: 2),
        // Literals.
        Case(input: "tru", message: "expected 'true', found end of input", line: 1, column: 4),
        Case(input: "nul l", message: "expected 'null', found ' '", line: 1, column: 4),
        Case(input: "falsy", message: "expected 'false', found 'y'", line: 1, column: 5),
        Case(input: "True", message: "expected a JSON value, found 'T'", line: 1, column: 1),
        Case(input: "nulll", message: "expected end of input after the JSON value, found 'l'", line: 1, column: 5),
        Case(input: "undefined", message: "expected a JSON value, found 'u'", line: 1, column: 1),
        // Numbers.
        Case(input: "01", message: "leading zeros are not allowed in numbers", line: 1, column: 1),
        Case(input: "[-01]", message: "leading zeros are not allowed in numbers", line: 1, column: 3),
        Case(input: "-", message: "expected a digit after '-', found end of input", line: 1, column: 2),
        Case(input: "-a", message: "expected a digit after '-', found 'a'", line: 1, column: 2),
        Case(input: "- 1", message: "expected a digit after '-', found ' '", line: 1, column: 2),
        Case(input: "1.", message: "expected a digit after '.' in number, found end of input", line: 1, column: 3),
        Case(input: "1.e5", message: "expected a digit after '.' in number, found 'e'", line: 1, column: 3),
        Case(input: ".5", message: "expected a JSON value, found '.'", line: 1, column: 1),
        Case(input: "+1", message: "expected a JSON value, found '+'", line: 1, column: 1),
        Case(
            input: "1e",
            message: "expected a digit in the exponent of a number, found end of input",
            line: 1,
            column: 3
        ),
        Case(
            input: "1e+",
            message: "expected a digit in the exponent of a number, found end of input",
            line: 1,
            column: 4
        ),
        Case(input: "1E-x", message: "expected a digit in the exponent of a number, found 'x'", line: 1, column: 4),
        Case(input: "0x10", message: "expected end of input after the JSON value, found 'x'", line: 1, column: 2),
        Case(input: "1.5.3", message: "expected end of input after the JSON value, found '.'", line: 1, column: 4),
        // Strings.
        Case(input: "\"abc", message: "unterminated string: no closing '\"' before end of input", line: 1, column: 1),
        Case(
            input: "[1,\n \"a\\",
            message: "unterminated string: no closing '\"' before end of input",
            line: 2,
            column: 2
        ),
        Case(input: "[\"ab\ncd\"]", message: "unescaped control character U+000A in string", line: 1, column: 5),
        Case(input: "\"a\tb\"", message: "unescaped control character U+0009 in string", line: 1, column: 3),
        Case(input: "\"\u{0}\"", message: "unescaped control character U+0000 in string", line: 1, column: 2),
        Case(input: "\"\\n\r\"", message: "unescaped control character U+000D in string", line: 1, column: 4),
        Case(input: "\"\\x\"", message: "invalid escape '\\x' in string", line: 1, column: 2),
        Case(input: "\"\\'\"", message: "invalid escape '\\'' in string", line: 1, column: 2),
        Case(input: "\"é\\\n\"", message: "invalid escape: '\\' followed by U+000A", line: 1, column: 3),
        Case(input: "\"\\u12G4\"", message: "expected 4 hex digits after '\\u', found 'G'", line: 1, column: 6),
        Case(input: "\"\\u12\"", message: "expected 4 hex digits after '\\u', found '\"'", line: 1, column: 6),
        Case(input: "\"\\u", message: "expected 4 hex digits after '\\u', found end of input", line: 1, column: 4),
        Case(input: "\"\\uD83D\"", message: "unpaired UTF-16 surrogate '\\uD83D' in string", line: 1, column: 2),
        Case(input: "\"\\uDE00\"", message: "unpaired UTF-16 surrogate '\\uDE00' in string", line: 1, column: 2),
        Case(input: "\"x\\ud83dx\"", message: "unpaired UTF-16 surrogate '\\ud83d' in string", line: 1, column: 3),
        Case(input: "\"\\uD83D\\u0041\"", message: "unpaired UTF-16 surrogate '\\uD83D' in string", line: 1, column: 2),
        Case(input: "\"\\uD83D\\n\"", message: "unpaired UTF-16 surrogate '\\uD83D' in string", line: 1, column: 2),
        Case(input: "\"\\uD83D\\uD83D\"", message: "unpaired UTF-16 surrogate '\\uD83D' in string", line: 1, column: 2),
        Case(input: "\"\\uD83D\\uZ\"", message: "expected 4 hex digits after '\\u', found 'Z'", line: 1, column: 10),
    ]

    /// Each case throws exactly the expected error.
    @Test(arguments: cases)
    func reportsError(_ testCase: Case) {
        #expect(throws: JSONParseError(message: testCase.message, line: testCase.line, column: testCase.column)) {
            try JSONParser.parse(testCase.input)
        }
    }

    /// `description` is `line:column: message`.
    @Test func descriptionHasPositionAndMessage() {
        #expect(throws: JSONParseError.self) { try JSONParser.parse("[1,]") }
        do {
            _ = try JSONParser.parse("{\n  \"a\" 1}")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "2:7: expected ':' after object key, found '1'")
        }
    }

    /// An error deep inside a long single line counts columns in scalars, not bytes.
    @Test func columnsCountScalarsOnLongLines() throws {
        let prefix = String(repeating: "\"ü😀\",", count: 1000)
        do {
            _ = try JSONParser.parse("[" + prefix + "?]")
            Issue.record("expected an error")
        } catch {
            #expect(error.column == 1 + 1000 * 5 + 1)
            #expect(error.message == "expected a JSON value after ',' in array, found '?'")
        }
    }
}
