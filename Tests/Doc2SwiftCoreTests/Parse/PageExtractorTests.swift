import Testing
@testable import Doc2SwiftCore

@Suite struct PageExtractorTests {
    /// A REST page in the usual form: front matter, endpoint, path/query/header tables, body, statuses.
    static let getPage = """
    ---
    title: GET Thing/{id}
    uid: v1Thing_GetThing
    generated: true
    ---

    # GET Thing/{id}

    ```http
    GET /api/v1/Thing/{id}?v={version}
    ```

    Gets a thing.

    Calls the Thing agent service GetThing.

    | Path Part | Type | Description |
    |-----------|------|-------------|
    | id | int32 | The thing id. **Required** |

    ## Query String Parameters

    | Parameter Name | Type |  Description |
    |----------------|------|--------------|
    | $select | string |  Optional comma separated list of properties. |
    | mode | Enum: Slim, Wide, Full | **Required** The mode. |
    | since | date-time | Changed after. |

    ```http
    GET /api/v1/Other?$select=name
    ```

    ## Request Headers

    | Parameter Name | Description |
    |----------------|-------------|
    | Authorization  | Supports 'Basic'. |
    | SO-AppToken | The application token. |

    ## Response:

    OK

    | Response | Description |
    |----------------|-------------|
    | 200 | OK |
    | 404 | Not Found. |

    ### Response body: ThingWithLinks

    | Property Name | Type |  Description |
    |----------------|------|--------------|
    | ThingId | int32 | Primary key |
    | Name | string | The <see cref="T:X.IThingAgent">Thing Agent</see> name &amp; title |
    | _Links | object |  |
    """

    @Test func readsFrontMatterTitleAndEndpoint() throws {
        let (page, diagnostics) = facts(Self.getPage)
        #expect(messages(diagnostics) == [])
        #expect(page.title == "GET Thing/{id}")
        #expect(page.operationID == "v1Thing_GetThing")
        #expect(page.file == "Test.md")
        #expect(page.relativePath == "API/Test.md")
        #expect(page.api == "API")
        #expect(page.isIndexPage == false)
        let endpoint = try #require(page.endpoint)
        #expect(endpoint.method == "GET")
        #expect(endpoint.path == "/api/v1/Thing/{id}")
        #expect(endpoint.templateQueryNames == ["v"])
        #expect(endpoint.location == at(10, 1))
        #expect(endpoint.pathParameterNames == ["id"])
    }

    @Test func summaryIsTheDescriptionParagraphs() {
        let (page, _) = facts(Self.getPage)
        #expect(page.summary == "Gets a thing.\n\nCalls the Thing agent service GetThing.")
    }

    /// `[!INCLUDE [x](../includes/x.md)]` stands for the site's shared text, which the pages do not
    /// hold: neither description nor sample, with a note (a sample include is `[!include[…](…)]`).
    @Test func sharedTextIncludesAreNoDescription() {
        let (page, diagnostics) = facts("""
            # Update thing

            ```http
            PATCH /things/{id}
            ```

            Updates a thing.

            [!INCLUDE [national-cloud-support](../../includes/global-us.md)]

            ## Request body
            [!INCLUDE [table-intro](../../includes/update-property-table-intro.md)]

            |Property|Type|Description|
            |:---|:---|:---|
            |name|String|The name.|
            """)
        #expect(page.summary == "Updates a thing.")
        #expect(page.requestBody?.description == "")
        #expect(page.requestBody?.properties.map(\.name) == ["name"])
        #expect(messages(diagnostics).filter { $0.contains("include") } == [
            "Test.md:9:1: note: include of shared text ('[!INCLUDE [national-cloud-support](../../includes/global-us.md)]') "
                + "is not part of the page's text; skipped",
            "Test.md:12:1: note: include of shared text ('[!INCLUDE [table-intro](../../includes/update-property-table-intro.md)]') "
                + "is not part of the page's text; skipped",
        ])
    }

    @Test func readsParametersByPlaceWithRequiredMarkers() {
        let (page, _) = facts(Self.getPage)
        let summary = page.parameters.map { "\($0.place.rawValue) \($0.name) \($0.type.displayName) \($0.isRequired)" }
        #expect(summary == [
            "path id int32 true",
            "query $select string false",
            "query mode Enum: Slim, Wide, Full true",
            "query since date-time false",
            "header Authorization string false",
            "header SO-AppToken string false",
        ])
        #expect(page.parameters[0].description == "The thing id.")
        #expect(page.parameters[0].location == at(19, 3))
        #expect(page.parameters[1].description == "Optional comma separated list of properties.")
        #expect(page.parameters[2].description == "The mode.")
        #expect(page.parameters[4].description == "Supports 'Basic'.")
    }

    @Test func queryExampleBlockDoesNotReplaceTheEndpoint() {
        let (page, _) = facts(Self.getPage)
        #expect(page.endpoint?.path == "/api/v1/Thing/{id}")
    }

    @Test func readsStatusesAndResponseBody() throws {
        let (page, _) = facts(Self.getPage)
        #expect(page.responses.map(\.status) == [200, 404])
        #expect(page.responses.map(\.description) == ["OK", "Not Found."])
        #expect(page.responses[1].location == at(47, 3))
        let body = try #require(page.responseBody)
        #expect(body.declaredType == .named("ThingWithLinks"))
        #expect(body.hasTable)
        #expect(body.parameterName == nil)
        // "OK" under `## Response:` describes the status, not the body type.
        #expect(body.description.isEmpty)
        #expect(body.properties.map(\.name) == ["ThingId", "Name", "_Links"])
        #expect(body.properties.map(\.type) == [.integer(.int32), .string, .object])
        #expect(body.properties[2].location == at(55, 3))
    }

    @Test func tableCellMarkupAndEntitiesBecomePlainText() {
        let (page, _) = facts(Self.getPage)
        #expect(page.responseBody?.properties[1].description == "The Thing Agent name & title")
    }

    @Test func readsRequestBodyNameDescriptionAndTable() throws {
        let (page, diagnostics) = facts("""
        # POST Thing

        ```http
        POST /api/v1/Thing
        ```

        ## Request Body: newEntity 

        The ThingEntity to be saved. 

        | Property Name | Type |  Description |
        |----------------|------|--------------|
        | Count | Integer | How many. |
        | Owner | Associate | Who. |
        | Tags | Array |  |
        """)
        #expect(messages(diagnostics) == [])
        #expect(page.title == "POST Thing")
        #expect(page.operationID == nil)
        let body = try #require(page.requestBody)
        #expect(body.parameterName == "newEntity")
        #expect(body.description == "The ThingEntity to be saved.")
        #expect(body.hasTable)
        #expect(body.declaredType == .unknown)
        #expect(body.location == at(7, 1))
        #expect(body.properties.map(\.name) == ["Count", "Owner", "Tags"])
        #expect(body.properties.map(\.type) == [.integer(.unspecified), .named("Associate"), .array(nil)])
    }

    @Test func requestBodyWithoutTable() throws {
        let (page, _) = facts("""
        # POST Thing/Ids

        ```http
        POST /api/v1/Thing/Ids
        ```

        ## Request Body: ids 

        The ids to add. 

        ## Response:

        OK
        """)
        let body = try #require(page.requestBody)
        #expect(body.parameterName == "ids")
        #expect(body.description == "The ids to add.")
        #expect(body.hasTable == false)
        #expect(body.properties.isEmpty)
    }

    @Test(arguments: [
        ("## Response:bool", TypeExpression.bool),
        ("## Response:array", .array(nil)),
        ("## Response:int32", .integer(.int32)),
        ("## Response: object", .object),
        ("## Response:date-time", .dateTime),
    ])
    func responseHeadingCarriesTheBodyType(heading: String, type: TypeExpression) {
        let (page, diagnostics) = facts("""
        # GET Thing/Flag

        ```http
        GET /api/v1/Thing/Flag
        ```

        \(heading)

        OK

        | Response | Description |
        |----------------|-------------|
        | 200 | OK |
        """)
        #expect(messages(diagnostics) == [])
        #expect(page.responseBody?.declaredType == type)
        #expect(page.responseBody?.hasTable == false)
        #expect(page.responses.map(\.status) == [200])
    }

    @Test func responseBodyParagraphFormOfOlderPages() {
        let (page, _) = facts("""
        # GET Thing

        ```http
        GET /api/v1/Thing
        ```

        ## Response:

        Response body: object

        | Property Name | Type |  Description |
        |----------------|------|--------------|
        | A | string |  |
        """)
        #expect(page.responseBody?.declaredType == .object)
        #expect(page.responseBody?.properties.map(\.name) == ["A"])
        #expect(page.responseBody?.location == at(9, 1))
    }

    @Test func responseBodyTypeThatIsNoTypeNameIsWarned() {
        let (page, diagnostics) = facts("""
        # GET Thing

        ```http
        GET /api/v1/Thing
        ```

        ### Response body: list of things
        """)
        #expect(page.responseBody?.declaredType == .unknown)
        #expect(messages(diagnostics) == [
            "Test.md:7:1: warning: response body type 'list of things' is not a type name; read as untyped",
        ])
    }

    @Test func pathRowUnderAnotherNameIsPairedWithThePlaceholder() {
        let (page, diagnostics) = facts("""
        # GET Sale/{id}/IsNumberValid/{number}

        ```http
        GET /api/v1/Sale/{contactId}/IsNumberValid/{number}
        ```

        | Path Part | Type | Description |
        |-----------|------|-------------|
        | saleId | int32 | SaleId **Required** |
        | number | string | The number. **Required** |
        """)
        #expect(page.parameters.map(\.name) == ["contactId", "number"])
        #expect(page.parameters.map(\.type) == [.integer(.int32), .string])
        #expect(page.parameters.allSatisfy { $0.isRequired })
        #expect(messages(diagnostics) == [
            "Test.md:9:3: warning: path parameter 'saleId' is not in the path "
                + "/api/v1/Sale/{contactId}/IsNumberValid/{number}; read as '{contactId}', the placeholder at the same position",
        ])
    }

    @Test func placeholderWithoutRowBecomesRequiredString() {
        let (page, diagnostics) = facts("""
        # GET Thing/{id}/Part/{part}

        ```http
        GET /api/v1/Thing/{id}/Part/{part}
        ```

        | Path Part | Type | Description |
        |-----------|------|-------------|
        | id | int32 | The id. |
        """)
        #expect(page.parameters.map(\.name) == ["id", "part"])
        #expect(page.parameters.map(\.type) == [.integer(.int32), .string])
        #expect(page.parameters.map(\.isRequired) == [true, true])
        #expect(page.parameters[1].location == at(4, 1))
        #expect(messages(diagnostics) == [
            "Test.md:4:1: warning: path placeholder '{part}' has no row in a path parameter table; typed as String",
        ])
    }

    @Test func pathRowsThatCannotBePairedAreSkipped() {
        let (page, diagnostics) = facts("""
        # GET Thing

        ```http
        GET /api/v1/Thing
        ```

        | Path Part | Type | Description |
        |-----------|------|-------------|
        | id | int32 | The id. |
        """)
        #expect(page.parameters.isEmpty)
        #expect(messages(diagnostics) == [
            "Test.md:9:3: warning: path parameter 'id' is not in the path /api/v1/Thing; skipped",
        ])
    }

    @Test func inlineSamplesAreReadWithBodiesAndLocations() throws {
        let (page, diagnostics) = facts("""
        # POST Thing

        ```http
        POST /api/v1/Thing
        ```

        ## Sample request

        ```http!
        POST /api/v1/Thing?$select=name
        Authorization: Basic dGplMDpUamUw
        Content-Type: application/json; charset=utf-8

        {
          "Name": "A &amp; B"
        }
        ```

        ## Sample response

        ```http_
        HTTP/1.1 201 Thing created.
        Content-Type: application/json; charset=utf-8

        false
        ```
        """)
        #expect(messages(diagnostics) == [
            "Test.md:9:1: note: no request body section, but the sample request sends a body; its type is inferred "
                + "from the sample request(s)",
        ])
        #expect(page.requestBody?.hasTable == false)
        #expect(page.requestBody?.declaredType == .unknown)
        #expect(page.requestBody?.location == at(14, 1))
        let request = try #require(page.sampleRequests.first)
        #expect(page.sampleRequests.count == 1)
        #expect(request.method == "POST")
        #expect(request.target == "/api/v1/Thing?$select=name")
        #expect(request.path == "/api/v1/Thing")
        #expect(request.query.map(\.name) == ["$select"])
        #expect(request.query.map(\.value) == ["name"])
        #expect(request.headers.map(\.name) == ["Authorization", "Content-Type"])
        #expect(request.body == "{\n  \"Name\": \"A & B\"\n}")
        #expect(request.location == at(9, 1))
        #expect(request.bodyLocation == at(14, 1))
        let response = try #require(page.sampleResponses.first)
        #expect(response.status == 201)
        #expect(response.reason == "Thing created.")
        #expect(response.body == "false")
        #expect(response.bodyLocation == at(25, 1))
    }

    @Test func includedSamplesAreLoadedRelativeToThePage() throws {
        let included = """
        ```http_
        HTTP/1.1 200 OK
        Content-Type: application/json; charset=utf-8

        600
        ```
        """
        let (page, diagnostics) = facts("""
        # GET Thing/Count

        ```http
        GET /api/v1/Thing/Count
        ```

        ## Sample response

        [!include[sample response](samples/response/v1Thing_Count.md)]
        """, includes: ["API/samples/response/v1Thing_Count.md": included])
        #expect(messages(diagnostics) == [])
        let response = try #require(page.sampleResponses.first)
        #expect(response.status == 200)
        #expect(response.body == "600")
        #expect(response.location.file == "API/samples/response/v1Thing_Count.md")
        #expect(response.location.line == 1)
        #expect(response.bodyLocation?.line == 5)
    }

    @Test func includeProblemsAreWarnedAtTheDirective() {
        let (page, diagnostics) = facts("""
        # GET Thing

        ```http
        GET /api/v1/Thing
        ```

        ## Sample request

        [!include[sample request](../../../outside.md)]

        ## Sample response

        [!include[Sample response](missing.md)]

        [!include[sample response](empty.md)]
        """, includes: ["API/empty.md": "just text"])
        #expect(page.sampleRequests.isEmpty)
        #expect(page.sampleResponses.isEmpty)
        #expect(messages(diagnostics) == [
            "Test.md:9:1: warning: include target '../../../outside.md' lies outside the input folder; not read",
            "Test.md:13:1: warning: include target 'missing.md' does not exist; its sample is not tested",
            "Test.md:15:1: warning: include target 'empty.md' holds no code block; skipped",
        ])
    }

    @Test func sampleSectionProblemsAreWarned() {
        let (page, diagnostics) = facts("""
        # GET Thing

        ```http
        GET /api/v1/Thing
        ```

        ## Sample response

        Some words.

        ```http_
        Not a status line
        ```

        ```http_
        HTTP/1.1 200 OK

        {
        """)
        #expect(page.sampleResponses.map(\.status) == [200])
        #expect(messages(diagnostics) == [
            "Test.md:9:1: warning: text in a sample section is not a sample; skipped",
            "Test.md:11:1: warning: sample block is not an HTTP message (`POST /path`, `HTTP/1.1 200 OK`), "
                + "a curl command or JSON; skipped",
            "Test.md:15:1: warning: code fence opened here is never closed; read to end of file",
            "Test.md:15:1: warning: sample block is not closed; read to the end of the file",
        ])
    }

    @Test func tablesThatMeanNothingHereAreWarned() {
        let (page, diagnostics) = facts("""
        # GET Thing

        ```http
        GET /api/v1/Thing
        ```

        | Colour | Shade |
        |--------|-------|
        | red | dark |

        | Property Name | Type | Description |
        |---------------|------|-------------|
        | A | string | |

        | Parameter Name | Type | Description |
        |----------------|------|-------------|
        | top | int32 | How many. |
        """)
        #expect(page.parameters.map(\.name) == ["top"])
        #expect(page.parameters.map(\.place) == [.query])
        #expect(messages(diagnostics) == [
            "Test.md:7:1: warning: table with columns 'Colour | Shade' is not a parameter, property or status table; skipped",
            "Test.md:11:1: warning: property table outside a request or response body section; skipped",
            "Test.md:15:1: warning: parameter table outside a parameter section; read as query parameters",
        ])
    }

    @Test func raggedRowsAreRepairedWithAWarning() {
        let (page, diagnostics) = facts("""
        # GET Thing

        ```http
        GET /api/v1/Thing
        ```

        ## Query String Parameters

        | Parameter Name | Type |  Description |
        |----------------|------|--------------|
        | a | string |
        | b | string | one | two |
        |  | string | nameless |
        """)
        #expect(page.parameters.map(\.name) == ["a", "b"])
        #expect(page.parameters.map(\.description) == ["", "one | two"])
        #expect(messages(diagnostics) == [
            "Test.md:11:1: warning: table row has 2 cells but the header has 3; missing cells read as empty",
            "Test.md:12:1: warning: table row has 4 cells but the header has 3; the extra cells are read as part of the last column",
            "Test.md:13:1: warning: table row has an empty name cell; row skipped",
        ])
    }

    @Test func unknownTypeCellsAreWarnedAndDefaulted() {
        let (page, diagnostics) = facts("""
        # GET Thing

        ```http
        GET /api/v1/Thing
        ```

        ## Query String Parameters

        | Parameter Name | Type |  Description |
        |----------------|------|--------------|
        | since | some date! | Since. |

        ## Response:

        | Response | Description |
        |----------------|-------------|
        | 200 | OK |
        | 2xx | Other |

        ### Response body: Thing

        | Property Name | Type |  Description |
        |----------------|------|--------------|
        | When | a (date) |  |
        """)
        #expect(page.parameters.map(\.type) == [.string])
        #expect(page.responseBody?.properties.map(\.type) == [.unknown])
        #expect(page.responses.map(\.status) == [200])
        #expect(messages(diagnostics) == [
            "Test.md:11:11: warning: type 'some date!' is not a known type or type name; typed as string",
            "Test.md:18:3: warning: status '2xx' is not an HTTP status code; row skipped",
            "Test.md:24:10: warning: type 'a (date)' is not a known type or type name; typed as untyped JSON",
        ])
    }

    @Test func pseudoHeadingsStayInTheDescription() {
        let (page, _) = facts("""
        # GET Thing

        ```http
        GET /api/v1/Thing
        ```

        Reads a thing.

        ## Experimental: ##

        The Thing agent is experimental.

        - one
        - two
        """)
        #expect(page.summary == "Reads a thing.\n\nExperimental:\n\nThe Thing agent is experimental.\n\n- one\n- two")
    }

    @Test func tagUIDMakesAnIndexPage() {
        let (page, diagnostics) = facts("""
        ---
        title: TicketRelation
        uid: tag-TicketRelation
        ---

        # TicketRelation

        ```http
        /api/v1/TicketRelation
        ```
        """)
        #expect(page.isIndexPage)
        #expect(page.endpoint == nil)
        #expect(messages(diagnostics) == [])
    }

    @Test func linkBulletsWithoutEndpointMakeAnIndexPage() {
        let (page, _) = facts("""
        ---
        title: ContactRelation
        generated: true
        ---

        * [GET Relation/default](v1ContactRelationEntity_DefaultContactRelationEntity.md)
        * [POST Relation](v1ContactRelationEntity_PostContactRelationEntity.md)
        """)
        #expect(page.isIndexPage)
        #expect(page.operationID == nil)
        #expect(page.title == "ContactRelation")
    }

    @Test func idKeyIsTheOperationIDWhenThereIsNoUID() {
        let (page, _) = facts("""
        ---
        title: GET Thing
        id: thing-get
        ---
        """)
        #expect(page.operationID == "thing-get")
    }

    @Test func nameCellMarkersAndRequiredMarkers() {
        let (page, _) = facts("""
        # GET Thing

        ```http
        GET /api/v1/Thing
        ```

        ## Query String Parameters

        | Parameter Name | Type |  Description |
        |----------------|------|--------------|
        | `code` | string | (required) The code. |
        | **top** | int32 | The count. |
        """)
        #expect(page.parameters.map(\.name) == ["code", "top"])
        #expect(page.parameters.map(\.isRequired) == [true, false])
        #expect(page.parameters.map(\.description) == ["The code.", "The count."])
    }

    @Test
    func delAbbreviationIsReadAsDelete() {
        let (page, _) = facts("""
        # DEL Thing/{id}

        ```http
        DEL /api/v1/Thing/{id}
        ```
        """)
        #expect(page.endpoint?.method == "DELETE")
        #expect(page.endpoint?.path == "/api/v1/Thing/{id}")
    }

    @Test func deleteEndpointIsRead() {
        let (page, _) = facts("""
        # DEL Thing/{id}

        ```http
        delete /api/v1/Thing/{id}
        ```
        """)
        #expect(page.endpoint?.method == "DELETE")
        #expect(page.endpoint?.path == "/api/v1/Thing/{id}")
        #expect(page.title == "DEL Thing/{id}")
    }
}
