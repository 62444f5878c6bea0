import OrderedJSON
import Testing
@testable import Doc2SwiftCore

@Suite struct SampleConformanceTests {
    static let registry: TypeRegistry = {
        var registry = TypeRegistry()
        var diagnostics = Diagnostics()
        registry.merge("Thing", description: "", properties: [
            PropertyFact(name: "Id", type: .integer(.int32), description: "", location: at(1, 1)),
            PropertyFact(name: "When", type: .dateTime, description: "", location: at(2, 1)),
            PropertyFact(name: "Tags", type: .array(.string), description: "", location: at(3, 1)),
        ], at: at(1, 1), diagnostics: &diagnostics)
        return registry
    }()

    func problem(_ text: String, _ type: TypeExpression) throws -> String? {
        SampleConformance(registry: Self.registry).problem(try JSONParser.parse(text), type)?.warningText
    }

    @Test func valuesThatFit() throws {
        #expect(try problem(#"{"Id": 1, "When": "2020-01-01T00:00:00Z", "Tags": ["a"]}"#, .named("Thing")) == nil)
        #expect(try problem(#"{"Id": null}"#, .named("Thing")) == nil)
        #expect(try problem("3", .integer(.unspecified)) == nil)
        #expect(try problem("3.5", .double) == nil)
        #expect(try problem("3", .double) == nil)
        #expect(try problem(#""x""#, .enumeration(["A"])) == nil)
        #expect(try problem(#""R0lGODlh""#, .bytes) == nil)
        #expect(try problem("[1, \"x\"]", .array(nil)) == nil)
        #expect(try problem(#"{"any": [1]}"#, .object) == nil)
        #expect(try problem("true", .unknown) == nil)
        #expect(try problem(#"{"X": 1}"#, .named("Undefined")) == nil)
        #expect(try problem("9223372036854775807", .integer(.int64)) == nil)
    }

    /// A union takes a value one member takes; open enums and flags take any integer.
    @Test func unionsIntegerEnumsAndFlags() throws {
        let union = TypeExpression.union([.integer(.unspecified), .named("Thing")])
        #expect(try problem("7", union) == nil)
        #expect(try problem(#"{"Id": 1}"#, union) == nil)
        #expect(try problem(#""7""#, union) == "$: a string where the docs say integer or Thing")
        // The member of the value's kind says what is wrong inside it.
        #expect(try problem(#"{"Id": "x"}"#, union) == "$.Id: a string where the docs say int32 (documented at Test.md:1:1)")
        #expect(try problem("[1]", union) == "$: an array where the docs say integer or Thing")
        let values = [NamedValue(name: "A", value: 1)]
        #expect(try problem("99", .integerEnumeration(values)) == nil)
        #expect(try problem("1024", .flags(values)) == nil)
        #expect(try problem("1.5", .integerEnumeration(values)) == "$: 1.5 is not an integer")
        #expect(try problem(#""A""#, .flags(values)) == "$: a string where the docs say Flags: A = 1")
    }

    @Test func valuesThatDoNot() throws {
        #expect(try problem("null", .named("Thing")) == "the body is null but the docs type it Thing")
        #expect(try problem(#"{"Id": 1.5}"#, .named("Thing")) == "$.Id: 1.5 is not an integer (documented at Test.md:1:1)")
        #expect(try problem(#"{"Id": 2147483648}"#, .named("Thing")) == "$.Id: 2147483648 does not fit in int32 (documented at Test.md:1:1)")
        #expect(try problem(#"{"When": "09/23/2021 03:24:52"}"#, .named("Thing"))
            == "$.When: \"09/23/2021 03:24:52\" is not a date-time (documented at Test.md:2:1)")
        #expect(try problem(#"{"Tags": ["a", 1]}"#, .named("Thing")) == "$.Tags[1]: a number where the docs say string (documented at Test.md:3:1)")
        #expect(try problem(#"{"Other": 1}"#, .named("Thing")) == "$.Other is not a property of Thing (documented at Test.md:1:1)")
        #expect(try problem(#"{"Id": 1, "Id": 2}"#, .named("Thing")) == "$: key 'Id' appears twice")
        #expect(try problem("\"600\"", .integer(.int32)) == "$: a string where the docs say int32")
        // The reason kept with the sample (and written into generated tests) holds no path.
        let kept = SampleConformance(registry: Self.registry).problem(try JSONParser.parse(#"{"Id": 1.5}"#), .named("Thing"))
        #expect(kept?.reason == "$.Id: 1.5 is not an integer")
        #expect(kept?.documentedAt == at(1, 1))
    }
}
