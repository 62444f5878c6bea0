import OrderedJSON
import Testing
@testable import Doc2SwiftCore

/// Operations, parameters, bodies, responses, samples and paths in the OpenAPI document.
@Suite struct OpenAPIOperationTests {
    typealias F = OpenAPIFixtures

    /// The single operation of a one-operation export.
    func only(_ export: OpenAPIExport) throws -> JSONNode {
        let path = try #require(export.document["paths"]?.members?.first)
        return try #require(path.value.members?.first?.value)
    }

    @Test func parametersCarryPlaceRequirednessEnumAndArrayStyle() throws {
        let operation = F.operation(parameters: [
            F.parameter("id", .path, .integer(.int32), required: false, description: "The id."),
            F.parameter("state", .query, .enumeration(["Open", "Closed"]), required: true),
            F.parameter("ids", .query, .array(.integer(.int64))),
            F.parameter("since", .header, .dateTime),
        ])
        let parameters = try #require(only(F.export([operation]))["parameters"]?.elements)
        #expect(parameters.map { $0["name"]?.stringValue } == ["id", "state", "ids", "since"])
        #expect(parameters.map { $0["in"]?.stringValue } == ["path", "query", "query", "header"])
        // A path parameter is always required, whatever its row says.
        #expect(parameters.map { $0["required"] } == [.bool(true), .bool(true), .bool(false), .bool(false)])
        #expect(parameters[0]["description"]?.stringValue == "The id.")
        #expect(parameters[0]["schema"]?["format"]?.stringValue == "int32")
        #expect(parameters[1]["schema"]?["enum"]?.elements == [.string("Open"), .string("Closed")])
        #expect(parameters[2]["schema"]?["items"]?["format"]?.stringValue == "int64")
        #expect(parameters[2]["explode"] == .bool(false))
        #expect(parameters[3]["schema"]?["format"]?.stringValue == "date-time")
        #expect(parameters[3]["explode"] == nil)
        #expect(parameters[0][OpenAPISchemaMapping.sourceKey]?.stringValue == "Page.md:10")
    }

    @Test func requestBodyReferencesItsComponentAndHoldsSamples() throws {
        let operation = F.operation(method: "POST", path: "/things", body: .named("Thing"), requests: [
            F.request("POST", "/things", body: #"{"b": 1, "a": [true]}"#),
            F.request("POST", "/things", body: "not json"),
            F.request("POST", "/things", body: #"{"a": []}"#, line: 50),
        ])
        let export = F.export([operation], types: [F.type("Thing", [F.property("a", .array(.bool))])])
        let node = try only(export)
        let body = try #require(node["requestBody"])
        #expect(body["required"] == .bool(true))
        #expect(body["description"]?.stringValue == "The thing.")
        #expect(body["x-codegen-request-body-name"]?.stringValue == "entity")
        let content = try #require(body["content"]?["application/json"])
        #expect(content["schema"]?["$ref"]?.stringValue == "#/components/schemas/Thing")
        let examples = try #require(content["examples"])
        #expect(examples.members?.map(\.key) == ["sample1", "sample3"])
        #expect(JSONWriter.compact(OpenAPIJSON.sortingKeys(try #require(examples["sample1"])))
            == #"{"summary":"POST /things","value":{"a":[true],"b":1},"x-doc2swift-source":"Page.md:41"}"#)
        // The sample that is not JSON keeps its text in the sample list instead.
        let list = try #require(node[OpenAPISamples.samplesKey]?.elements)
        #expect(list.map { $0["example"]?.stringValue } == ["sample1", nil, "sample3"])
        #expect(list[1]["body"]?.stringValue == "not json")
        #expect(list[1]["untested"]?.stringValue == "its body is not valid JSON")
        #expect(OpenAPIFixtures.problems(in: export.document) == [])
    }

    @Test func fixedEnvelopeMembersAreConstants() throws {
        var operation = F.operation(method: "POST", path: "/", body: .named("Envelope"))
        operation.requestBody?.envelope = BodyEnvelope(members: [
            EnvelopeMember(name: "actionid", type: .string, fixedValue: "urn:action:read", description: "Fixed."),
            EnvelopeMember(name: "version", type: .integer(.int32), fixedValue: "2", description: "Fixed."),
            EnvelopeMember(name: "parameters", type: .object, fixedValue: nil, description: "The caller's."),
        ])
        let export = F.export([operation], types: [F.type("Envelope", [F.property("actionid", .string)])])
        let schema = try #require(only(export)["requestBody"]?["content"]?["application/json"]?["schema"])
        #expect(JSONWriter.compact(OpenAPIJSON.sortingKeys(schema)) == ##"{"$ref":"#/components/schemas/Envelope","##
            + ##""properties":{"actionid":{"const":"urn:action:read"},"version":{"const":2}}}"##)
    }

    @Test func bytesBodiesTravelAsOctetStreams() throws {
        let operation = F.operation(method: "PUT", path: "/image", body: .bytes,
                                    responses: [Response(status: 200, description: "The image.", body: .bytes)])
        let node = try only(F.export([operation]))
        #expect(node["requestBody"]?["content"]?["application/octet-stream"]?["schema"]?["contentMediaType"]?.stringValue
            == "application/octet-stream")
        #expect(node["responses"]?["200"]?["content"]?["application/octet-stream"] != nil)
    }

    @Test func responsesPerStatusWithBodiesAndSamples() throws {
        let operation = F.operation(path: "/things", responses: [
            Response(status: 200, description: "The thing.", body: .array(.named("Thing"))),
            Response(status: 204, description: "", body: nil),
            Response(status: 400, description: "Bad request.", body: nil),
        ], responsesShown: [
            F.response(200, body: #"[{"a": []}]"#),
            F.response(400, "Bad Request", body: #"{"error": "no"}"#, line: 70),
            F.response(404, "Not Found", line: 80),
            F.response(200, body: "[]", line: 90),
        ])
        let export = F.export([operation], types: [F.type("Thing", [F.property("a", .array(nil))])])
        let responses = try #require(only(export)["responses"])
        #expect(responses.members?.map(\.key) == ["200", "204", "400", "404"])
        let ok = try #require(responses["200"]?["content"]?["application/json"])
        #expect(ok["schema"]?["items"]?["$ref"]?.stringValue == "#/components/schemas/Thing")
        #expect(ok["examples"]?.members?.map(\.key) == ["sample1", "sample4"])
        #expect(ok["examples"]?["sample1"]?["summary"]?.stringValue == "200 OK")
        // A status without a description still needs one.
        #expect(responses["204"]?["description"]?.stringValue == "HTTP 204")
        #expect(responses["204"]?["content"] == nil)
        // An error body the docs give no type for is shown, without a schema.
        let bad = try #require(responses["400"]?["content"]?["application/json"])
        #expect(bad["schema"] == nil)
        #expect(bad["examples"]?["sample2"]?["value"]?["error"]?.stringValue == "no")
        // A status only a sample shows is added and marked.
        #expect(responses["404"]?["description"]?.stringValue == "Not Found")
        #expect(responses["404"]?[OpenAPISchemaMapping.inferredKey] == .bool(true))
        #expect(OpenAPIFixtures.problems(in: export.document) == [])
    }

    @Test func bodilessSamplesStayInTheSampleList() throws {
        let operation = F.operation(method: "DELETE", path: "/things",
                                    responses: [Response(status: 204, description: "Deleted.", body: nil)],
                                    responsesShown: [F.response(204, "No Content", body: "null"),
                                                     F.response(409, "Conflict", body: "null", line: 70)])
        let node = try only(F.export([operation]))
        #expect(node["responses"]?["204"]?["content"] == nil)
        #expect(node["responses"]?["409"]?["content"] == nil)
        #expect(node["responses"]?["409"]?[OpenAPISchemaMapping.inferredKey] == .bool(true))
        let list = try #require(node[OpenAPISamples.samplesKey]?.elements)
        #expect(list.map { $0["body"]?.stringValue } == ["null", "null"])
        #expect(list.map { $0["response"]?.stringValue } == ["204 No Content", "409 Conflict"])
    }

    @Test func operationWithoutResponsesGetsADefault() throws {
        let node = try only(F.export([F.operation(path: "/things", responses: [])]))
        #expect(node["responses"]?["default"]?["description"]?.stringValue == "The docs document no response.")
    }

    @Test func unkeyableStatusIsLeftOutWithAWarning() throws {
        let export = F.export([F.operation(path: "/things", responses: [
            Response(status: 200, description: "OK", body: nil), Response(status: 999, description: "?", body: nil),
        ])])
        #expect(try only(export)["responses"]?.members?.map(\.key) == ["200"])
        #expect(export.diagnostics.all.map(\.description)
            == ["Page.md:1:1: warning: status 999 is not an HTTP status; left out of the OpenAPI document"])
    }

    @Test func parameterExamplesComeFromRequestSamples() throws {
        let operation = F.operation(parameters: [
            F.parameter("id", .path, .integer(.int32), required: true),
            F.parameter("ids", .query, .array(.integer(.unspecified))),
            F.parameter("$select", .query, .string),
            F.parameter("Accept-Language", .header, .string),
            F.parameter("flag", .query, .bool),
        ], requests: [
            F.request("GET", "/things/42?ids=1,2&$select=a%2Cb&flag=TRUE",
                      headers: [SampleHeader(name: "accept-language", value: "en")]),
            F.request("GET", "/things/{id}?ids={ids}", line: 50),
        ])
        let parameters = try #require(only(F.export([operation]))["parameters"]?.elements)
        let values = parameters.map { $0["examples"]?["sample1"]?["value"] }
        #expect(values == [.number("42"), .array([.number("1"), .number("2")]), .string("a,b"), .string("en"), .bool(true)])
        #expect(parameters[0]["examples"]?["sample1"]?["summary"]?.stringValue == "GET /things/42?ids=1,2&$select=a%2Cb&flag=TRUE")
        // The second sample only names its values, so it gives no examples.
        #expect(parameters.allSatisfy { $0["examples"]?["sample2"] == nil })
    }

    @Test func summaryPrefersAMeaningfulTitle() {
        var operation = F.operation()
        #expect(OpenAPIOperationMapping.summary(of: operation) == "Gets a thing.")
        operation.title = "DEL Person/{id}"
        #expect(OpenAPIOperationMapping.summary(of: operation) == "Gets a thing.")
        operation.title = "Post Relationships (Synchronously)"
        #expect(OpenAPIOperationMapping.summary(of: operation) == "Post Relationships (Synchronously)")
        operation.title = ""
        operation.summary = ""
        #expect(OpenAPIOperationMapping.summary(of: operation) == "GetThing")
    }

    @Test func descriptionIsLeftOutWhenItOnlyRepeatsTheSummary() throws {
        var operation = F.operation(path: "/things")
        #expect(try only(F.export([operation]))["description"]?.stringValue == "Gets a thing.\n\nMore about it.")
        operation.summary = "Gets a thing."
        #expect(try only(F.export([operation]))["description"] == nil)
    }

    @Test func placeholdersAndPathParametersAreReconciled() throws {
        let operation = F.operation(path: "/things/{id}/parts/{part}", parameters: [
            F.parameter("id", .path, .integer(.int32), required: true),
            F.parameter("owner", .path, .string, line: 12),
        ])
        let export = F.export([operation])
        let node = try only(export)
        let parameters = try #require(node["parameters"]?.elements)
        #expect(parameters.map { $0["name"]?.stringValue } == ["part", "id"])
        #expect(parameters[0][OpenAPISchemaMapping.inferredKey] == .bool(true))
        #expect(node[OpenAPIOperationMapping.unmatchedParametersKey]?[0]?["name"]?.stringValue == "owner")
        #expect(export.diagnostics.sorted.map(\.description) == [
            "Page.md:1:1: note: path placeholder '{part}' has no parameter row; exported as a required string path parameter",
            "Page.md:12:1: warning: path parameter 'owner' does not occur in the path '/things/{id}/parts/{part}'; "
                + "exported under x-doc2swift-unmatched-parameters",
        ])
        #expect(OpenAPIFixtures.problems(in: export.document) == [])
    }

    @Test func fullURLsBecomeServersWithVariables() throws {
        let export = F.export([
            F.operation(id: "A", path: "https://{{HOST}}/apollo/er/relationships?v={version}", parameters: [
                F.parameter("v", .query, .string),
            ], requests: [F.request("GET", "https://{{HOST}}/apollo/er/relationships?v=1.1")]),
            F.operation(id: "B", path: "https://{{HOST}}/apollo/er/entities/{{id}}"),
        ])
        let document = export.document
        #expect(document["paths"]?.members?.map(\.key) == ["/apollo/er/entities/{id}", "/apollo/er/relationships"])
        let server = try #require(document["servers"]?[0])
        #expect(server["url"]?.stringValue == "https://{HOST}")
        #expect(server["variables"]?["HOST"]?["default"]?.stringValue == "HOST")
        // One server for the whole API: operations do not repeat it.
        #expect(document["paths"]?["/apollo/er/relationships"]?["get"]?["servers"] == nil)
        #expect(document["paths"]?["/apollo/er/relationships"]?["get"]?["parameters"]?[0]?["examples"]?["sample1"]?["value"]
            == .string("1.1"))
        #expect(OpenAPIFixtures.problems(in: document) == [])
    }

    @Test func severalServersAreGivenPerOperation() throws {
        let document = F.export([
            F.operation(id: "A", path: "https://a.example.com/x"),
            F.operation(id: "B", path: "https://b.example.com/y"),
        ]).document
        #expect(document["servers"]?.elements?.count == 2)
        #expect(document["paths"]?["/x"]?["get"]?["servers"]?[0]?["url"]?.stringValue == "https://a.example.com")
    }

    @Test func operationsSharingMethodAndPathAreKeptApartByFragments() throws {
        let export = F.export([
            F.operation(id: "First", method: "POST", path: "/"),
            F.operation(id: "Second", method: "POST", path: "/"),
            F.operation(id: "Third", method: "COPY", path: "/"),
            F.operation(id: "Fourth", path: "/"),
        ])
        let paths = try #require(export.document["paths"])
        #expect(paths.members?.map(\.key) == ["/", "/#First", "/#Second"])
        #expect(paths["/"]?["get"]?["operationId"]?.stringValue == "Fourth")
        #expect(paths["/#First"]?["post"]?["operationId"]?.stringValue == "First")
        #expect(paths["/#Second"]?["post"]?["operationId"]?.stringValue == "Second")
        #expect(export.operationCount == 3)
        #expect(export.diagnostics.sorted.map(\.message) == [
            "POST / is documented by 2 operations; this one is exported at '/#First'",
            "POST / is documented by 2 operations; this one is exported at '/#Second'",
            "method COPY has no place in OpenAPI 3.1; operation 'Third' left out of the OpenAPI document",
        ])
        #expect(OpenAPIFixtures.problems(in: export.document) == [])
    }

    @Test func emptyAPIIsAValidSkeleton() {
        let export = F.export([])
        #expect(export.text == """
            {
              "info": {
                "description": "Recovered by doc2swift from the API markdown reference pages: 0 operations, 0 types (0 inferred \
            from samples). Schemas, properties and responses marked `x-doc2swift-inferred` come from sample JSON rather than a \
            documented table; `x-doc2swift-source` gives the page and line each item was read from.",
                "title": "API",
                "version": "unversioned"
              },
              "openapi": "3.1.0",
              "paths": {}
            }

            """)
    }
}
