import MarkdownBlocks
import Testing
@testable import Doc2SwiftCore

/// `## Example` sections whose `### Request` holds a curl command and whose `### Response` holds
/// bare JSON without a status line.
@Suite struct ExampleSectionTests {
    static let page = """
    # Post Things

    ## URL

    `https://{{HOST}}/er/things?v={version}`

    ## Method

    <div class="post">POST</div>

    ## Example 1

    ###  Request

    ```json

    curl -X POST \\
      'https://{{HOST}}/er/things?v=1.1' \\
      -H 'ercollectionid: Docs' \\
      -d '{
    \t"id": "a"
    }'

    ```

    ### Response

    ```json
    {"status": {"code": "201"}}
    ```

    ## Errors

    |Error|Description|
    |---|---|
    |201|Created|
    |400|Bad Request|
    """

    @Test func curlRequestAndBareResponse() throws {
        let (page, diagnostics) = facts(Self.page)
        let request = try #require(page.sampleRequests.first)
        #expect(page.sampleRequests.count == 1)
        #expect(request.method == "POST")
        #expect(request.target == "/er/things?v=1.1")
        #expect(request.headers == [SampleHeader(name: "ercollectionid", value: "Docs")])
        #expect(request.body == "{\n\t\"id\": \"a\"\n}")
        #expect(request.bodyLocation == at(20, 7))
        #expect(request.location == at(15, 1))
        let response = try #require(page.sampleResponses.first)
        #expect(response.status == 201)
        #expect(response.isStatusAssumed)
        #expect(response.body == "{\"status\": {\"code\": \"201\"}}")
        #expect(response.bodyLocation == at(29, 1))
        #expect(messages(diagnostics, .note).contains(
            "Test.md:28:1: note: sample response has no status line; read as 201 (the first documented success status)"))
        #expect(messages(diagnostics, .warning) == [
            "Test.md:5:1: warning: query parameter 'v' is in the URL template (v={version}) but in no parameter "
                + "table; added as an optional string",
        ])
    }

    @Test func theRequestBodyIsInferredWhenNoSectionDocumentsIt() throws {
        let (page, diagnostics) = facts(Self.page)
        let body = try #require(page.requestBody)
        #expect(body.hasTable == false)
        #expect(body.location == at(20, 7))
        #expect(messages(diagnostics, .note).contains(
            "Test.md:15:1: note: no request body section, but the sample request sends a body; its type is inferred "
                + "from the sample request(s)"))
    }

    @Test func withoutSuccessStatusesBareResponsesAre200() {
        let (page, diagnostics) = facts("""
        # Things

        ## Example

        ```json
        [1]
        ```

        ## Errors

        |Error|Description|
        |---|---|
        |400|Bad Request|
        """)
        #expect(page.sampleResponses.map(\.status) == [200])
        #expect(messages(diagnostics, .note) == [
            "Test.md:5:1: note: sample response has no status line; read as 200 (no success status is documented)",
        ])
    }

    @Test func aJSONBlockRepeatingTheCurlBodyIsNoted() {
        let (page, diagnostics) = facts("""
        # Things

        ## URL

        https://h/things

        ## Method

        POST

        ## Example

        ### Request

        ```shell
        curl -XPOST -d '[{"a": 1}]' 'https://h/things'
        ```
        ```json
        [ { "a": 1 } ]
        ```
        """)
        #expect(page.sampleRequests.count == 1)
        #expect(messages(diagnostics, .note).contains(
            "Test.md:18:1: note: JSON block repeats the body of the sample request at line 15; skipped"))
    }

    @Test func aBodyWithoutCurlIsARequestToTheEndpointWhoseHeadersAreNotCompared() throws {
        let (page, diagnostics) = facts("""
        # Things

        ## URL

        https://h/things/{id}

        ## Method

        PUT

        ### Example

        ### Request

        ```json
        {"a": 1}
        ```

        ### Response

        ```json
        {"ok": true}
        ```
        """)
        let request = try #require(page.sampleRequests.first)
        #expect(request.isBodyOnly)
        #expect(request.method == "PUT")
        #expect(request.target == "/things/{id}")
        #expect(page.sampleResponses.map(\.status) == [200])
        #expect(messages(diagnostics, .note).contains(
            "Test.md:15:1: note: JSON block in a request section shows only a body; read as a PUT /things/{id} "
                + "request whose headers are not compared"))
    }

    @Test func unreadableAndEmptySampleBlocksAreWarned() {
        let (page, diagnostics) = facts("""
        # Things

        ## Example

        ### Request

        ```shell
        ```

        ```shell
        curl -X GET 'https://h/x?a=b \\
          -H 'a: b'
        ```

        ```shell
        curl 'https://h/x?$filter=name eq 'x''
        ```
        """)
        #expect(page.sampleRequests.isEmpty)
        #expect(messages(diagnostics, .warning) == [
            "Test.md:7:1: warning: sample block is empty; skipped",
            "Test.md:10:1: warning: curl command cannot be read: the single quote opened at line 2, column 11 of the "
                + "command is never closed; sample skipped",
            "Test.md:15:1: warning: curl command's URL 'https://h/x?$filter=name eq x' holds blanks (quotes inside it "
                + "end the quoting around it); sample skipped",
        ])
    }
}
