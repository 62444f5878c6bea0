import MarkdownBlocks
import Testing
@testable import Doc2SwiftCore

/// Pages that write the endpoint as `## URL` and `## Method` sections, with `| Name | Description |
/// Example | Type |` parameter tables and `| Type | Value | Description |` header tables.
@Suite struct EndpointSectionsTests {
    static let page = """
    ---
    post_title: 'Post Things'
    layout: api_doc
    ---
    # Post Things

    Creates things.

    ## URL

    `https://{{HOST}}/er/things/{thingId}?v={version}`

    ## Method

    <div class="post">POST</div>

    ## Versions Supported
    1.0 (Default)
    1.1

    ## URL Path Parameters

    |Name|Description|Example|Type|
    |---|---|---|---|
    |**thingId** <br>*required*|Thing id|/things/x|string|

    ## URL Query Parameters

    |Name|Description|Example|Type|
    |---|---|---|---|
    |**v** <br>*optional*|Service Version|/things?v=1.1|String|
    |**includeSystemData** <br>*optional*|Flag|/things?includeSystemData=true|Boolean|

    ## Request Header Parameters

    |Type|Value|Description|
    |---|---|---|
    |**Authorization** <br>*required*|Bearer {access_token}|IMS access token|
    |**async** <br>*required*|false| Boolean|
    |**collection** |{collection}|String|

    ## Errors

    |Error|Description|
    |---|---|
    |400|Bad Request|
    """

    @Test func urlAndMethodSectionsMakeTheEndpoint() throws {
        let (page, diagnostics) = facts(Self.page)
        let endpoint = try #require(page.endpoint)
        #expect(endpoint.method == "POST")
        #expect(endpoint.path == "/er/things/{thingId}")
        #expect(endpoint.templateQueryNames == ["v"])
        #expect(endpoint.templateQueryValues == ["{version}"])
        #expect(endpoint.location == at(11, 1))
        #expect(page.title == "Post Things")
        #expect(page.summary == "Creates things.")
        #expect(messages(diagnostics) == [
            "Test.md:11:1: note: host 'https://{{HOST}}' is the client's base URL; the request builder produces "
                + "the path /er/things/{thingId}",
            "Test.md:17:1: note: 'v' takes the values listed under 'Versions Supported' (1.0, 1.1); typed as an "
                + "open enumeration",
        ])
    }

    @Test func parameterTablesAndHeaderValueTables() {
        let (page, _) = facts(Self.page)
        let summary = page.parameters.map { "\($0.place.rawValue) \($0.name) \($0.type.displayName) \($0.isRequired)" }
        #expect(summary == [
            "path thingId string true",
            "query v Enum: 1.0, 1.1 false",
            "query includeSystemData bool false",
            "header Authorization string true",
            "header async bool true",
            "header collection string false",
        ])
        #expect(page.parameters[1].description == "Service Version Default: 1.0.")
        #expect(page.parameters[3].description == "IMS access token Example: `Bearer {access_token}`.")
        #expect(page.parameters[4].description == "Example: `false`.")
        #expect(page.responses.map(\.status) == [400])
    }

    @Test func theMethodBlockTextWinsOverItsClass() {
        let (page, diagnostics) = facts("""
        # Delete

        ## URL

        https://{{HOST}}/things
        https://{{HOST}}/others

        ## Method

        <div class="delete">GET</div>
        """)
        #expect(page.endpoint?.method == "GET")
        #expect(page.endpoint?.path == "/things")
        #expect(page.alternativeEndpoints.map { $0.method + " " + $0.path } == ["GET /others"])
        #expect(messages(diagnostics, .warning) == [
            "Test.md:10:1: warning: method block says GET but its class is 'delete'; the text GET is used",
        ])
    }

    /// Two URLs for one method: two operations sharing the page's tables, each with the sample
    /// requests sent to its path; the responses stay with the first.
    @Test func aFurtherURLIsAnOperationOfItsOwn() throws {
        let text = """
        # GET Relationship

        ## URL

        `https://{{HOST}}/er/relationships/{relationshipId}?v={version}`
        `https://{{HOST}}/er/types/{relationshipType}/relationships/{relationshipId}?v=1.1`

        ## Method

        <div class="get">GET</div>

        ## URL Path Parameters

        |Name|Description|Example|Type|
        |---|---|---|---|
        |**relationshipId** <br>*required*|Relation id|x|string|

        ## Sample Request

        ```
        curl -X GET 'https://{{HOST}}/er/relationships/R1?v=1.1'
        ```

        ```
        curl -X GET 'https://{{HOST}}/er/types/T1/relationships/R1?v=1.1'
        ```

        ## Sample Response

        ```json
        {"id": "R1"}
        ```
        """
        let (pages, diagnostics) = PageExtractor().extractAll(BlockReader.read(text, file: "Test.md"),
                                                             relativePath: "API/Test.md", api: "API")
        #expect(pages.map { $0.endpoint.map { $0.method + " " + $0.path } } == [
            "GET /er/relationships/{relationshipId}", "GET /er/types/{relationshipType}/relationships/{relationshipId}",
        ])
        #expect(pages.map { $0.sampleRequests.map(\.target) } == [
            ["/er/relationships/R1?v=1.1"], ["/er/types/T1/relationships/R1?v=1.1"],
        ])
        #expect(pages.map(\.sampleResponses.count) == [1, 0])
        #expect(pages[1].operationID == "GetErTypesRelationshipTypeRelationshipsRelationshipId")
        #expect(pages[1].parameters.filter { $0.place == .path }.map(\.name) == ["relationshipId", "relationshipType"])
        #expect(pages[1].endpoint?.templateQueryValues == ["1.1"])
        #expect(messages(diagnostics, .warning).contains(
            "Test.md:6:1: warning: path placeholder '{relationshipType}' of the further URL has no row in a path "
                + "parameter table; typed as String"))
    }

    @Test func templateQueryNamesWithoutARowBecomeParameters() {
        let (page, diagnostics) = facts("""
        # Things

        ## URL

        `https://{{HOST}}/things?v=1.1`

        ## Method

        GET
        """)
        #expect(page.parameters.map(\.name) == ["v"])
        #expect(page.parameters[0].description == "The URL template gives `v=1.1`.")
        #expect(messages(diagnostics, .warning) == [
            "Test.md:5:1: warning: query parameter 'v' is in the URL template (v=1.1) but in no parameter table; "
                + "added as an optional string",
        ])
    }

    @Test func aMissingMethodSectionIsWarned() {
        let (page, diagnostics) = facts("""
        # Things

        ## URL

        `https://{{HOST}}/things`
        """)
        #expect(page.endpoint?.method == "GET")
        #expect(messages(diagnostics, .warning) == [
            "Test.md:5:1: warning: no method section and no sample request to take the method from; GET is assumed",
        ])
    }

    @Test func supportedValuesThatFitNoParameterAreWarned() {
        let (_, diagnostics) = facts("""
        # Things

        ## URL

        `https://{{HOST}}/things`

        ## Method

        GET

        ## Versions Supported
        1.0
        """)
        #expect(messages(diagnostics, .warning) == [
            "Test.md:11:1: warning: 'Versions Supported' lists 1.0, but no query parameter mentions 'version'; "
                + "the values are not used",
        ])
    }

    @Test func bodyAndResponseParameterTablesAreProperties() throws {
        let (page, _) = facts("""
        # Things

        ## Request Body Parameters

        |Name|Description|Schema|
        |---|---|---|
        |id|The id|string|

        ## Response Body Parameters

        |Name|Description|Type|
        |---|---|---|
        |count|How many|integer|
        """)
        let request = try #require(page.requestBody)
        #expect(request.parameterName == nil)
        #expect(request.properties.map(\.name) == ["id"])
        let response = try #require(page.responseBody)
        #expect(response.properties.map { "\($0.name) \($0.type.displayName)" } == ["count integer"])
    }

    @Test func errorTablesWithACodeColumnUseTheNumbers() {
        let (page, _) = facts("""
        # Things

        ## Errors

        |Error|Code|Description|
        |---|---|---|
        |Bad Request|400|Malformed|
        |Forbidden|403|No access|
        """)
        #expect(page.responses.map(\.status) == [400, 403])
    }
}
