import OrderedJSON
import Testing
@testable import Doc2SwiftCore

/// In `documented` mode a property the docs mark required and not nullable is non-optional in
/// Swift, so a sample that leaves it out or gives it `null` would not decode: it becomes a located
/// warning naming both places, and no test. In the default mode the same samples are tested.
@Suite struct RequiredPropertiesConformanceTests {
    static let registry: TypeRegistry = {
        var registry = TypeRegistry()
        var diagnostics = Diagnostics()
        func fact(_ name: String, _ type: TypeExpression, line: Int, required: Bool?, nullable: Bool? = nil) -> PropertyFact {
            var fact = PropertyFact(name: name, type: type, description: "", location: at(line, 3))
            fact.isRequired = required
            fact.isNullable = nullable
            return fact
        }
        registry.merge("Order", description: "", properties: [
            fact("id", .integer(.int32), line: 1, required: true),
            fact("note", .string, line: 2, required: true, nullable: true),
            fact("customer", .named("Customer"), line: 3, required: nil),
            fact("items", .array(.named("Customer")), line: 4, required: false),
        ], at: at(1, 1), diagnostics: &diagnostics)
        registry.merge("Customer", description: "", properties: [
            fact("name", .string, line: 10, required: true),
            fact("email", .string, line: 11, required: nil),
        ], at: at(10, 1), diagnostics: &diagnostics)
        return registry
    }()

    func problem(_ text: String, _ mode: RequiredProperties) throws -> String? {
        SampleConformance(registry: Self.registry, requiredProperties: mode)
            .problem(try JSONParser.parse(text), .named("Order"))?.warningText
    }

    @Test func samplesThatGiveEveryRequiredValueFit() throws {
        let complete = #"{"id": 1, "note": null, "customer": {"name": "Ann"}, "items": [{"name": "Bo", "email": null}]}"#
        #expect(try problem(complete, .documented) == nil)
        #expect(try problem(#"{"id": 1}"#, .documented) == nil)
    }

    @Test func aMissingOrNullRequiredValueIsAProblemInDocumentedModeOnly() throws {
        let cases = [
            (#"{"note": "x"}"#, "$.id: required property 'id' is missing (documented at Test.md:1:3)"),
            (#"{"id": null}"#, "$.id: null, but property 'id' is required and not nullable (documented at Test.md:1:3)"),
            (#"{"id": 1, "customer": {"email": "a@b"}}"#,
             "$.customer.name: required property 'name' is missing (documented at Test.md:10:3)"),
            (#"{"id": 1, "items": [{"name": "a"}, {"name": null}]}"#,
             "$.items[1].name: null, but property 'name' is required and not nullable (documented at Test.md:10:3)"),
        ]
        for (sample, expected) in cases {
            #expect(try problem(sample, .documented) == expected)
            #expect(try problem(sample, .optional) == nil)
        }
    }

    /// A page whose table requires `Id` and whose samples leave it out, give it null, and give it.
    static let page = """
        ---
        uid: v1Thing_GetThing
        ---

        ```http
        GET /api/v1/Thing
        ```

        | Response | Description |
        |----------------|-------------|
        | 200 | OK |

        ### Response body: Thing

        | Property Name | Type | Required | Description |
        |----------------|------|----------|-------------|
        | Id | int32 | yes | The id. |
        | Name | string | no | The name. |

        ## Sample response

        ```http_
        HTTP/1.1 200 OK

        { "Name": "no id" }
        ```

        ```http_
        HTTP/1.1 200 OK

        { "Id": null }
        ```

        ```http_
        HTTP/1.1 200 OK

        { "Id": 1 }
        ```
        """

    func build(_ mode: RequiredProperties) throws -> (Operation, [String]) {
        let (pageFacts, _) = facts(Self.page)
        let (built, diagnostics) = SchemaBuilder(requiredProperties: mode).build(api: "API", pages: [pageFacts])
        return (try #require(built.operations.first), messages(diagnostics, .warning))
    }

    @Test func theSchemaStageWarnsAndLeavesSuchSamplesUntested() throws {
        let (operation, warnings) = try build(.documented)
        #expect(warnings == [
            "Test.md:22:1: warning: sample response does not match the docs: $.Id: required property 'Id' is missing "
                + "(documented at Test.md:17:3); sample not tested",
            "Test.md:28:1: warning: sample response does not match the docs: $.Id: null, but property 'Id' is required "
                + "and not nullable (documented at Test.md:17:3); sample not tested",
        ])
        #expect(operation.responseSamples.map(\.untestedReason) == [
            "$.Id: required property 'Id' is missing", "$.Id: null, but property 'Id' is required and not nullable", nil,
        ])
    }

    @Test func byDefaultTheSameSamplesAreTested() throws {
        let (operation, warnings) = try build(.optional)
        #expect(warnings == [])
        #expect(operation.responseSamples.map(\.untestedReason) == [nil, nil, nil])
    }
}
