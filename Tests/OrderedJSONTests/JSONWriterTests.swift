import OrderedJSON
import Testing

/// Exact output of the pretty and compact writers.
@Suite struct JSONWriterTests {
    /// A sample with every kind, in stored order.
    static let sample = JSONNode.object([
        JSONMember(key: "z", value: .number("1.50E+3")),
        JSONMember(key: "a", value: .array([.null, .bool(true), .bool(false), .array([]), .object([])])),
        JSONMember(key: "nested", value: .object([JSONMember(key: "s", value: .string("é"))])),
        JSONMember(key: "z", value: .number("-0")),
    ])

    /// Pretty output: 2-space indent, `": "`, empty containers inline, no trailing newline.
    @Test func writesPretty() {
        let expected = """
            {
              "z": 1.50E+3,
              "a": [
                null,
                true,
                false,
                [],
                {}
              ],
              "nested": {
                "s": "é"
              },
              "z": -0
            }
            """
        #expect(JSONWriter.pretty(Self.sample) == expected)
    }

    /// Compact output has no whitespace at all.
    @Test func writesCompact() {
        let expected = #"{"z":1.50E+3,"a":[null,true,false,[],{}],"nested":{"s":"é"},"z":-0}"#
        #expect(JSONWriter.compact(Self.sample) == expected)
    }

    /// Scalars at the top level.
    @Test func writesScalars() {
        #expect(JSONWriter.pretty(.null) == "null")
        #expect(JSONWriter.compact(.number("0.25")) == "0.25")
        #expect(JSONWriter.pretty(.array([])) == "[]")
        #expect(JSONWriter.pretty(.object([])) == "{}")
    }

    /// Quotes, backslashes and controls are escaped; non-ASCII (U+2028 too) and `/` are kept.
    @Test func escapesStrings() {
        let text = "a\"b\\c\n\t\r\u{8}\u{C}\u{0}\u{1F}\u{7F}\u{85}\u{A0}é😀/\u{2028}"
        let expected = #""a\"b\\c\n\t\r\b\f\u0000\u001F\u007F\u0085"# + "\u{A0}é😀/\u{2028}\""
        #expect(JSONWriter.compact(.string(text)) == expected)
        #expect(JSONWriter.compact(.object([JSONMember(key: "\"k\"", value: .null)])) == #"{"\"k\"":null}"#)
    }

    /// Escaped output parses back to the same scalars.
    @Test func escapedStringsRoundTrip() throws {
        let text = String(String.UnicodeScalarView((UInt32(0)..<0xA1).compactMap(Unicode.Scalar.init))) + "😀\u{2029}"
        let parsed = try JSONParser.parse(JSONWriter.compact(.string(text)))
        #expect(parsed.stringValue?.unicodeScalars.elementsEqual(text.unicodeScalars) == true)
    }
}
