import Testing
@testable import Doc2SwiftCore

/// Bodies that no table documents are typed from the samples, and bare sample responses get a
/// status the operation documents.
@Suite struct SampleBodiesTests {
    static let page = """
    # Post Things

    ## URL

    `https://{{HOST}}/things?v={version}`

    ## Method

    <div class="post">POST</div>

    ## Versions Supported
    1.0 (Default)

    ## URL Query Parameters

    |Name|Description|Example|Type|
    |---|---|---|---|
    |**v** <br>*optional*|Service Version|v=1.0|String|

    ## Request Header Parameters

    |Type|Value|Description|
    |---|---|---|
    |**async** <br>*required*|false|Boolean|

    ## Example

    ### Request

    ```shell
    curl -X POST 'https://{{HOST}}/things?v=1.1' -H 'async: false' -d '[{"id": "a", "size": 1.5}]'
    ```

    ### Response

    ```json
    {"status": {"code": "201"}, "data": {"ids": ["a"], "at": "2024-01-02T03:04:05Z", "next": null}}
    ```

    ## Errors

    |Error|Description|
    |---|---|
    |400|Bad Request|
    """

    @Test func bodiesAreInferredAndTheSuccessStatusAdded() throws {
        let (built, diagnostics) = schema(Self.page)
        let operation = try #require(built.operations.first)
        #expect(operation.requestBody?.type == .array(.named("TestBodyItem")))
        #expect(built.type(named: "TestBodyItem")?.properties.map { "\($0.name) \($0.type.displayName)" } == [
            "id string", "size double",
        ])
        #expect(operation.responses.map(\.status) == [200, 400])
        #expect(operation.responses[0].body == .named("TestResponseBody"))
        #expect(built.type(named: "TestResponseBodyData")?.properties.map { "\($0.name) \($0.type.displayName)" } == [
            "ids array of string", "at date-time", "next object",
        ])
        #expect(operation.requestSamples.map(\.untestedReason) == [nil])
        #expect(operation.responseSamples.map(\.untestedReason) == [nil])
        #expect(messages(diagnostics, .warning) == [])
        #expect(messages(diagnostics, .note).contains(
            "Test.md:36:1: note: no success status is documented; 200 is added for the sample response(s) without a "
                + "status line"))
        #expect(messages(diagnostics, .note).contains(
            "Test.md:37:1: note: response 200 has no documented body, but 1 sample(s) show one; its type is inferred "
                + "from them"))
        #expect(messages(diagnostics, .note).contains(
            "Test.md:37:1: note: sample values for 'TestResponseBodyDataNext' are all null; its type is left to the "
                + "docs or JSONValue"))
    }

    @Test func parametersFromVersionsAndHeaderTables() throws {
        let (built, _) = schema(Self.page)
        let parameters = try #require(built.operations.first?.parameters)
        #expect(parameters.map { "\($0.place.rawValue) \($0.name) \($0.type.displayName)" } == [
            "query v Enum: 1.0", "header async bool",
        ])
    }

    @Test func mixedSampleValuesAreNoted() {
        var inference = SampleInference(registry: TypeRegistry(), location: at(1, 1))
        #expect(inference.infer([.number("1"), .string("x")], name: "Thing") == .object)
        #expect(inference.infer([.number("1"), .number("2.5")], name: "Size") == .double)
        #expect(inference.notes.map(\.description) == [
            "Test.md:1:1: note: sample values for 'Thing' are of different kinds (number, string); typed as JSONValue",
        ])
    }
}
