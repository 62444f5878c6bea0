import OrderedJSON
import Testing
@testable import Doc2SwiftCore

@Suite struct SampleInferenceTests {
    func json(_ text: String) throws -> JSONNode {
        try JSONParser.parse(text)
    }

    func infer(_ texts: [String], name: String = "Thing", registry: TypeRegistry = TypeRegistry())
        throws -> (TypeExpression, TypeRegistry) {
        var inference = SampleInference(registry: registry, location: at(5, 1))
        let type = inference.infer(try texts.map(json), name: name)
        return (type, inference.registry)
    }

    @Test(arguments: [
        (["true", "false"], TypeExpression.bool),
        (["1", "-20"], .integer(.unspecified)),
        (["1", "2.5"], .double),
        (["1e3"], .double),
        (["\"a\"", "\"b\""], .string),
        (["\"2009-05-27\"", "\"2009-05-27T17:37:38.123+02:00\""], .dateTime),
        (["\"2009-05-27\"", "\"yesterday\""], .string),
        (["null", "3"], .integer(.unspecified)),
        (["null"], .unknown),
        (["1", "\"1\""], .object),
        (["[1, 2]", "[3]"], .array(.integer(.unspecified))),
        (["[]"], .array(nil)),
        (["[[true]]"], .array(.array(.bool))),
    ])
    func scalarAndArrayValues(texts: [String], expected: TypeExpression) throws {
        let (type, registry) = try infer(texts)
        #expect(type == expected)
        #expect(registry.definitions.isEmpty)
    }

    @Test func noValuesIsUnknown() throws {
        let (type, _) = try infer([])
        #expect(type == .unknown)
    }

    @Test func objectsBecomeNamedTypesWithPropertiesInFirstSeenOrder() throws {
        let (type, registry) = try infer([#"{"B": 1, "A": "x"}"#, #"{"C": null, "A": "y", "B": 2.5}"#])
        #expect(type == .named("Thing"))
        let thing = try #require(registry["Thing"])
        #expect(thing.origin == .inferred)
        #expect(thing.locations == [at(5, 1)])
        #expect(thing.properties.map(\.name) == ["B", "A", "C"])
        #expect(thing.properties.map(\.type) == [.double, .string, .object])
        #expect(thing.properties.allSatisfy { $0.isInferred })
    }

    @Test func nestedObjectsAreNamedAfterTheirPath() throws {
        let (type, registry) = try infer([#"{"created_by": {"Id": 1}, "Items": [{"Name": "n"}]}"#])
        #expect(type == .named("Thing"))
        #expect(registry["Thing"]?.properties.map(\.type) == [.named("ThingCreatedBy"), .array(.named("ThingItemsItem"))])
        #expect(registry["ThingCreatedBy"]?.properties.map(\.name) == ["Id"])
        #expect(registry["ThingItemsItem"]?.properties.map(\.name) == ["Name"])
    }

    @Test func takenNamesGetANumber() throws {
        var registry = TypeRegistry()
        registry.set(TypeDefinition(name: "Thing", description: "", properties: [], origin: .documented, locations: []))
        registry.set(TypeDefinition(name: "Thing2", description: "", properties: [], origin: .documented, locations: []))
        let (type, result) = try infer([#"{"A": 1}"#], registry: registry)
        #expect(type == .named("Thing3"))
        #expect(result["Thing3"]?.properties.map(\.name) == ["A"])
        #expect(result["Thing"]?.properties.isEmpty == true)
    }

    @Test func keysTabledAsObjectElsewhereAreDictionaries() throws {
        var registry = TypeRegistry()
        var diagnostics = Diagnostics()
        registry.merge("Other", description: "",
                       properties: [PropertyFact(name: "FieldProperties", type: .object, description: "", location: at(1, 1))],
                       at: at(1, 1), diagnostics: &diagnostics)
        let (type, result) = try infer([#"{"FieldProperties": {"fieldName": {"FieldLength": 4}}, "Other": {"X": 1}}"#],
                                       registry: registry)
        #expect(type == .named("Thing"))
        #expect(result["Thing"]?.properties.map(\.type) == [.object, .named("ThingOther")])
        #expect(result["ThingFieldProperties"] == nil)
    }

    @Test func freshNameCountsFromTwo() {
        var registry = TypeRegistry()
        #expect(registry.freshName("Body") == "Body")
        registry.set(TypeDefinition(name: "Body", description: "", properties: [], origin: .inferred, locations: []))
        #expect(registry.freshName("Body") == "Body2")
    }
}
