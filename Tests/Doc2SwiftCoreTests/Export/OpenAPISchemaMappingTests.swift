import OrderedJSON
import Testing
@testable import Doc2SwiftCore

/// How the docs' types become JSON Schema, one type at a time.
@Suite struct OpenAPISchemaMappingTests {
    let names = OpenAPIComponentNames(names: ["Associate", "Tëam", "T_am"])

    func schema(_ type: TypeExpression) -> String {
        JSONWriter.compact(OpenAPIJSON.sortingKeys(OpenAPISchemaMapping.schema(for: type, names: names)))
    }

    @Test(arguments: [
        (TypeExpression.string, #"{"type":"string"}"#),
        (.integer(.unspecified), #"{"type":"integer"}"#),
        (.integer(.int32), #"{"format":"int32","type":"integer"}"#),
        (.integer(.int64), #"{"format":"int64","type":"integer"}"#),
        (.double, #"{"format":"double","type":"number"}"#),
        (.bool, #"{"type":"boolean"}"#),
        (.dateTime, #"{"format":"date-time","type":"string"}"#),
        (.bytes, #"{"contentEncoding":"base64","type":"string"}"#),
        (.object, #"{"additionalProperties":true,"type":"object"}"#),
        (.unknown, #"{"additionalProperties":true,"type":"object"}"#),
    ])
    func scalars(type: TypeExpression, expected: String) {
        #expect(schema(type) == expected)
    }

    @Test func enumKeepsDocumentedOrder() {
        #expect(schema(.enumeration(["Unknown", "Active", "Closed"]))
            == #"{"enum":["Unknown","Active","Closed"],"type":"string"}"#)
    }

    @Test func integerValuesAreIntegerEnumsWithTheirNamesAndFlagsAreIntegers() {
        #expect(schema(.integerEnumeration([NamedValue(name: "GUILD_TEXT", value: 0), NamedValue(name: "DM", value: 1)]))
            == #"{"enum":[0,1],"type":"integer","x-enum-varnames":["GUILD_TEXT","DM"]}"#)
        #expect(schema(.flags([NamedValue(name: "PINNED", value: 2, written: "1 << 1")]))
            == #"{"type":"integer","x-doc2swift-flags":{"PINNED":2}}"#)
    }

    /// Null joins a plain type's `type` list; a reference or an enumeration is `anyOf` itself and
    /// `enum: [null]`, which swift-openapi-generator reads without a warning (it skips `type: null`
    /// branches and rejects `null` inside an integer `enum`).
    @Test func nullableSchemas() {
        func nullable(_ type: TypeExpression) -> String {
            JSONWriter.compact(OpenAPIJSON.sortingKeys(OpenAPISchemaMapping.nullable(
                OpenAPISchemaMapping.schema(for: type, names: names))))
        }
        #expect(nullable(.string) == #"{"type":["string","null"]}"#)
        #expect(nullable(.integer(.int32)) == #"{"format":"int32","type":["integer","null"]}"#)
        #expect(nullable(.named("Associate"))
            == ##"{"anyOf":[{"$ref":"#/components/schemas/Associate"},{"enum":[null]}]}"##)
        #expect(nullable(.integerEnumeration([NamedValue(name: "A", value: 1)]))
            == #"{"anyOf":[{"enum":[1],"type":"integer","x-enum-varnames":["A"]},{"enum":[null]}]}"#)
        #expect(nullable(.enumeration(["a"])) == #"{"anyOf":[{"enum":["a"],"type":"string"},{"enum":[null]}]}"#)
    }

    @Test func unionsAreOneOfTheirMembers() {
        #expect(schema(.union([.integer(.unspecified), .object]))
            == #"{"oneOf":[{"type":"integer"},{"additionalProperties":true,"type":"object"}]}"#)
    }

    @Test func arrays() {
        #expect(schema(.array(nil)) == #"{"type":"array"}"#)
        #expect(schema(.array(.dateTime)) == #"{"items":{"format":"date-time","type":"string"},"type":"array"}"#)
        #expect(schema(.array(.named("Associate"))) == ##"{"items":{"$ref":"#/components/schemas/Associate"},"type":"array"}"##)
    }

    @Test func namedTypesAreReferencesWithAllowedKeys() {
        #expect(schema(.named("Associate")) == ##"{"$ref":"#/components/schemas/Associate"}"##)
        // Non-ASCII letters are not allowed in component keys; the clash with T_am is resolved by name order.
        #expect(names.key(for: "T_am") == "T_am")
        #expect(names.key(for: "Tëam") == "T_am_2")
        #expect(OpenAPIComponentNames.sanitized("Foo Bar/Baz") == "Foo_Bar_Baz")
    }

    @Test func propertyCarriesDescriptionInferredFlagAndSource() {
        let documented = OpenAPIFixtures.property("CreatedBy", .named("Associate"), description: "Who created it. ")
        #expect(JSONWriter.compact(OpenAPIJSON.sortingKeys(OpenAPISchemaMapping.schema(for: documented, names: names)))
            == ##"{"$ref":"#/components/schemas/Associate","description":"Who created it.","x-doc2swift-source":"Page.md:31"}"##)
        let inferred = OpenAPIFixtures.property("Rank", .integer(.unspecified), inferred: true)
        #expect(JSONWriter.compact(OpenAPIJSON.sortingKeys(OpenAPISchemaMapping.schema(for: inferred, names: names)))
            == #"{"type":"integer","x-doc2swift-inferred":true,"x-doc2swift-source":"Page.md:31"}"#)
    }

    @Test func typeDefinitionIsAnObjectWithTitleAndOrigin() {
        let definition = OpenAPIFixtures.type("Associate", [
            OpenAPIFixtures.property("Name", .string),
            OpenAPIFixtures.property("Name", .integer(.int32)),
        ], origin: .inferred)
        let node = OpenAPISchemaMapping.schema(for: definition, names: names)
        #expect(node["type"]?.stringValue == "object")
        #expect(node["title"]?.stringValue == "Associate")
        #expect(node["description"]?.stringValue == "A Associate.")
        #expect(node[OpenAPISchemaMapping.inferredKey] == .bool(true))
        #expect(node[OpenAPISchemaMapping.sourceKey]?.stringValue == "Page.md:30")
        // The first definition of a property wins, as a JSON object cannot hold a key twice.
        #expect(node["properties"]?.members?.count == 1)
        #expect(node["properties"]?["Name"]?["type"]?.stringValue == "string")
        #expect(node["required"] == nil)
    }

    @Test func documentedTypeHasNoInferredFlagAndEmptyTypeNoProperties() {
        let node = OpenAPISchemaMapping.schema(for: OpenAPIFixtures.type("Empty", []), names: names)
        #expect(node[OpenAPISchemaMapping.inferredKey] == nil)
        #expect(node["properties"] == nil)
    }

    @Test func undefinedReferencesGetAPlaceholderComponent() {
        let operation = OpenAPIFixtures.operation(path: "/things", body: .named("Missing"))
        let export = OpenAPIFixtures.export([operation])
        #expect(export.document["components"]?["schemas"]?["Missing"]?[OpenAPISchemaMapping.inferredKey] == .bool(true))
        #expect(OpenAPIFixtures.problems(in: export.document) == [])
        #expect(export.diagnostics.all.map(\.message)
            == ["API: type 'Missing' is referenced but never defined; exported as an open object"])
    }

    @Test func keysAreSortedByScalarValue() {
        let node = JSONNode.object([
            JSONMember(key: "b", value: .object([JSONMember(key: "z", value: .null), JSONMember(key: "Z", value: .null)])),
            JSONMember(key: "a", value: .array([.object([JSONMember(key: "y", value: .null), JSONMember(key: "x", value: .null)])])),
        ])
        #expect(JSONWriter.compact(OpenAPIJSON.sortingKeys(node)) == #"{"a":[{"x":null,"y":null}],"b":{"Z":null,"z":null}}"#)
        #expect(OpenAPIJSON.text(of: node) == "{\n  \"a\": [\n    {\n      \"x\": null,\n      \"y\": null\n    }\n  ],\n"
            + "  \"b\": {\n    \"Z\": null,\n    \"z\": null\n  }\n}\n")
    }
}
