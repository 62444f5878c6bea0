import Mustache
import Testing

/// `TemplateValue` literals and its hand-written JSON.
@Suite struct TemplateValueTests {
    /// Literals build the matching cases.
    @Test func literalsBuildTheMatchingCases() {
        let value: TemplateValue = ["s": "text", "b": true, "l": ["x", false], "o": [:]]
        #expect(value == .object([
            "s": .string("text"), "b": .bool(true), "l": .list([.string("x"), .bool(false)]), "o": .object([:]),
        ]))
    }

    /// Interpolated literal is a string.
    @Test func interpolatedLiteralIsAString() {
        let count = 3
        let value: TemplateValue = "\(count) items"
        #expect(value == .string("3 items"))
    }

    /// Repeated dictionary key keeps the last value.
    @Test func repeatedDictionaryKeyKeepsTheLastValue() {
        let value: TemplateValue = ["k": "first", "k": "second"]
        #expect(value == .object(["k": "second"]))
    }

    /// JSON of scalars.
    @Test func jsonOfScalars() {
        #expect(TemplateValue.string("hi").json == "\"hi\"")
        #expect(TemplateValue.bool(true).json == "true")
        #expect(TemplateValue.bool(false).json == "false")
        #expect(TemplateValue.list([]).json == "[]")
        #expect(TemplateValue.object([:]).json == "{}")
    }

    /// JSON is pretty with sorted keys.
    @Test func jsonIsPrettyWithSortedKeys() {
        let value: TemplateValue = [
            "zeta": "last",
            "alpha": ["b": true, "a": []],
            "list": ["one", ["k": "v"], [:]],
        ]
        let expected = """
            {
              "alpha": {
                "a": [],
                "b": true
              },
              "list": [
                "one",
                {
                  "k": "v"
                },
                {}
              ],
              "zeta": "last"
            }
            """
        #expect(value.json == expected)
    }

    /// JSON escapes strings.
    @Test func jsonEscapesStrings() {
        let value: TemplateValue = .string("q\" b\\ n\n r\r t\t \u{8}\u{C} \u{1}\u{1F} /é😀")
        #expect(value.json == #""q\" b\\ n\n r\r t\t \b\f \u0001\u001f /é😀""#)
    }

    /// JSON escapes keys.
    @Test func jsonEscapesKeys() {
        let value: TemplateValue = ["a\"b": "x"]
        #expect(value.json == "{\n  \"a\\\"b\": \"x\"\n}")
    }

    /// JSON is deterministic.
    @Test func jsonIsDeterministic() {
        var fields: [String: TemplateValue] = [:]
        for index in 0..<50 { fields["key\(index)"] = .string("\(index)") }
        let first = TemplateValue.object(fields).json
        let rebuilt = TemplateValue.object(Dictionary(uniqueKeysWithValues: fields.reversed())).json
        #expect(first == rebuilt)
        #expect(first.hasPrefix("{\n  \"key0\": \"0\",\n  \"key1\": \"1\",\n  \"key10\": \"10\","))
    }
}
