import Mustache
import Testing
@testable import Doc2SwiftCore

/// The client a module gets: authentication and default headers read from the header tables,
/// one method per operation, typed conditional headers, and the replay tests' exchanges.
@Suite struct ClientContextTests {
    func parameter(_ name: String, _ place: ParameterPlace = .header, _ type: TypeExpression = .string,
                   required: Bool = false, description: String = "") -> ParameterFact {
        ParameterFact(name: name, place: place, type: type, isRequired: required, description: description,
                      location: at(3, 1))
    }

    func operation(_ id: String, parameters: [ParameterFact] = [], responses: [Response]? = nil,
                   summary: String = "") -> Operation {
        Operation(
            id: id, title: id, summary: summary, method: "GET", path: "/api/v1/\(id)",
            parameters: parameters.map(Parameter.init), requestBody: nil,
            responses: responses ?? [Response(status: 200, description: "OK", body: nil)],
            requestSamples: [], responseSamples: [], location: at(1, 1))
    }

    func client(_ operations: [Operation]) -> ClientModel {
        let schema = APISchema(name: "Shop", operations: operations, types: [])
        return ClientModel(schema: schema, naming: ModuleNaming(schema: schema))
    }

    // MARK: - Authentication

    @Test func schemesComeFromTheQuotedWordsOfASchemeSentence() {
        #expect(ClientModel.schemes(in: "Supports 'Basic', 'SoTicket' and 'Bearer' schemes, depending on installation type.")
            == ["Basic", "SoTicket", "Bearer"])
    }

    @Test func schemesComeFromAnExampleValue() {
        #expect(ClientModel.schemes(in: "Example: `Bearer {access_token}`.") == ["Bearer"])
        #expect(ClientModel.schemes(in: "Use HTTP Basic authentication.") == ["Basic"])
        // Quoted words are schemes only in a sentence about schemes.
        #expect(ClientModel.schemes(in: "Send 'json' or 'xml'.").isEmpty)
        #expect(ClientModel.schemes(in: "A basically opaque value.").isEmpty)
    }

    @Test func authorizationSchemesBecomeCasesAndSamplesAddTheirs() {
        var sampled = operation("Get", parameters: [
            parameter("Authorization", description: "Supports 'Basic' and 'Bearer' schemes."),
        ])
        sampled.requestSamples = [RequestSample(
            sample: SampleRequest(method: "GET", target: "/api/v1/Get",
                                  headers: [SampleHeader(name: "Authorization", value: "Token abc")],
                                  body: nil, bodyLocation: nil, location: at(9, 1)),
            json: nil, untestedReason: nil)]
        let model = client([sampled])
        #expect(model.credentials.map(\.caseName) == ["basic", "bearer", "token"])
        #expect(model.credentials.first?.isBasic == true)
        #expect(model.schemeHeader == "Authorization")
        #expect(!model.authenticationIsRequired)
    }

    @Test func challengeSchemesAreLeftOut() {
        let model = client([operation("Get", parameters: [
            parameter("Authorization", description: "Supports 'Digest', 'NTLM' and 'Bearer' schemes."),
        ])])
        #expect(model.credentials.map(\.caseName) == ["bearer"])
    }

    @Test func requiredAuthorizationMakesTheClientRequireIt() {
        let model = client([operation("Get", parameters: [
            parameter("Authorization", required: true, description: "Example: `Bearer {access_token}`."),
        ])])
        #expect(model.authenticationIsRequired)
        let method = ClientOperationContext(
            builder: OperationContext(operation: operation("Get", parameters: [
                parameter("Authorization", required: true, description: "Example: `Bearer {access_token}`."),
            ]), swiftName: "GetRequest", naming: ModuleNaming(schema: APISchema(name: "Shop", operations: [], types: []))),
            client: model)
        #expect(method.parameters.isEmpty)
        #expect(method.arguments.map(\.expression) == ["self.authentication.headerValue"])
    }

    @Test func anAPIKeyHeaderIsACredential() {
        let model = client([operation("Get", parameters: [
            parameter("X-Api-Key", description: "Your API key."),
        ])])
        #expect(model.credentials.map(\.caseName) == ["xApiKey"])
        #expect(model.credentials.first?.scheme == nil)
        #expect(model.schemeHeader == nil)
    }

    @Test func pagesWithoutCredentialsGiveNoAuthentication() throws {
        let model = client([operation("Get", parameters: [parameter("X-Request-Id")])])
        #expect(!model.hasAuthentication)
        let context = model.value(common: [:])
        #expect(context["hasAuthentication"] == .bool(false))
        #expect(context["credentials"] == .list([]))
    }

    // MARK: - Default headers

    @Test func headersOnMostOperationsBecomeDefaults() {
        let language = parameter("Accept-Language", description: "Language.")
        let collection = parameter("ercollectionid", required: true)
        let paging = parameter("PageSize", description: "Page size")
        let model = client([
            operation("A", parameters: [language, collection, paging]),
            operation("B", parameters: [language, collection]),
            operation("C", parameters: [collection]),
            operation("D"),
        ])
        // Accept-Language: 2 of 4; ercollectionid: 3 of 4 and required; PageSize: 1 of 4.
        #expect(model.defaultHeaders.map(\.wireName) == ["Accept-Language", "ercollectionid"])
        #expect(model.defaultHeaders.map(\.isRequired) == [false, true])
    }

    @Test func aSingleOperationKeepsItsHeaders() {
        let model = client([operation("A", parameters: [parameter("async", required: true)])])
        #expect(model.defaultHeaders.isEmpty)
    }

    @Test func headersThatAreNotTextStayOnTheOperation() {
        let count = parameter("X-Count", .header, .integer(.int32))
        let model = client([operation("A", parameters: [count]), operation("B", parameters: [count])])
        #expect(model.defaultHeaders.isEmpty)
    }

    // MARK: - Methods

    @Test func methodNamesStepAroundTheClientsMembers() {
        let model = client([operation("v1Thing_Send"), operation("v1Thing_GetThing")])
        #expect(model.methodNames["v1Thing_Send"] == "send2")
        #expect(model.methodNames["v1Thing_GetThing"] == "getThing")
    }

    @Test func methodNamesKeepTheBuildersNumber() {
        #expect(ClientModel.methodBase("PutThingRequest") == "PutThing")
        #expect(ClientModel.methodBase("GetAllRequest2") == "GetAll2")
        #expect(ClientModel.methodBase("Request") == "Request")
    }

    @Test func enumParametersAreQualifiedOutsideTheBuilder() throws {
        let files = try renderedFiles(["""
        # GET Thing

        ```http
        GET /api/v1/Thing
        ```

        ## Query String Parameters

        | Parameter Name | Type |  Description |
        |----------------|------|--------------|
        | mode | Enum: Slim, Full | The mode. |
        """])
        let method = try #require(files["Sources/APIAPI/Operations/TestRequest+Client.swift"])
        #expect(method.contains("public func test(mode: TestRequest.Mode? = nil) async throws -> TestRequest.Response {"))
        #expect(method.contains("try await send(TestRequest(mode: mode))"))
        #expect(method.contains("extension TestRequest: APIOperation {}"))
    }

    // MARK: - Conditional requests

    @Test func a412NamingIfUnmodifiedSinceAddsADateHeader() throws {
        let operation = operation("Put", responses: [
            Response(status: 200, description: "Saved.", body: nil),
            Response(status: 412, description: "Update aborted because it has changed since the requested If-Unmodified-Since timestamp.",
                     body: nil),
        ])
        let headers = ConditionalHeaders.parameters(for: operation)
        #expect(headers.map(\.name) == ["If-Unmodified-Since"])
        #expect(headers.first?.type == .dateTime)
        let builder = OperationContext(operation: operation, swiftName: "PutRequest",
                                       naming: ModuleNaming(schema: APISchema(name: "Shop", operations: [], types: [])))
        let header = try #require(builder.parameters.first { $0.parameter.name == "If-Unmodified-Since" })
        #expect(header.swiftType == "Date")
        #expect(!header.isRequired)
        #expect(OperationContext.stringExpression(header) == "HTTPDate.format(ifUnmodifiedSince)")
    }

    @Test func entityTagHeadersAreStringsAndWholeWords() {
        let tagged = operation("Get", summary: "Send If-None-Match with the ETag to get 304.")
        #expect(ConditionalHeaders.parameters(for: tagged).map(\.name) == ["If-None-Match"])
        #expect(ConditionalHeaders.parameters(for: tagged).first?.type == .string)
        let other = operation("Get", summary: "The If-Match-Version header is something else.")
        #expect(ConditionalHeaders.parameters(for: other).isEmpty)
    }

    @Test func aTabledConditionalHeaderIsNotAddedTwice() {
        let tabled = operation("Get", parameters: [parameter("If-Modified-Since", .header, .dateTime)],
                               responses: [Response(status: 304, description: "Not changed since If-Modified-Since.", body: nil)])
        #expect(ConditionalHeaders.parameters(for: tabled).isEmpty)
    }

    // MARK: - Replay tests

    static let page = """
    # PUT Thing/{id}

    ```http
    PUT /api/v1/Thing/{id}
    ```

    | Path Part | Type | Description |
    |-----------|------|-------------|
    | id | int32 | The thing. **Required** |

    ## Request Headers

    | Parameter Name | Description |
    |----------------|-------------|
    | Authorization  | Supports 'Basic', 'SoTicket' and 'Bearer' schemes. |

    ## Request Body: entity

    | Property Name | Type |  Description |
    |----------------|------|--------------|
    | Name | string | The name. |

    ## Response: object

    | Response | Description |
    |----------------|-------------|
    | 200 | Thing saved. |
    | 412 | Changed since the requested If-Unmodified-Since timestamp. |

    Response body: object

    | Property Name | Type |  Description |
    |----------------|------|--------------|
    | Name | string | The name. |

    ## Sample Request

    ```http!
    PUT /api/v1/Thing/5
    Authorization: Basic dGplMDpUamUw
    Content-Type: application/json

    {
      "Name": "x"
    }
    ```

    ```http_
    HTTP/1.1 200 Thing saved.
    Content-Type: application/json

    {
      "Name": "y"
    }
    ```
    """

    @Test func theReplayTestRebuildsTheSampleThroughTheClient() throws {
        let files = try renderedFiles([Self.page])
        let replay = try #require(files["Tests/APIAPITests/Replay/TestRequestReplayTests.swift"])
        let lines = trimmedLines(replay)
        #expect(lines.contains("let replay = try ReplayServer.exchange(api: \"API\", operationID: \"Test\", "
            + "requestSample: 1, responseSample: 1)"))
        // Basic credentials are decoded back into the user name and password the client encodes.
        #expect(lines.contains("authentication: .basic(username: \"tje0\", password: \"Tje0\"),"))
        #expect(replay.contains("let response = try await client.test(id: 5, body: try JSONCoding.makeDecoder()"))
        #expect(lines.contains("guard case .ok(let value) = response else {"))
        // One case per exchange in the operation's table, run by the module's one replay test.
        #expect(lines.contains("enum TestRequestReplayTests {"))
        #expect(lines.contains("static let cases: [ReplayCase] = ["))
        #expect(!replay.contains("@Test") && !replay.contains("@Suite"))
        let support = try #require(files["Tests/APIAPITests/Support/ReplaySupport.swift"])
        #expect(trimmedLines(support).contains("TestRequestReplayTests.cases,"))
        #expect(support.contains("struct ReplayTests {"))
        #expect(support.contains("struct ReplayClientBehaviourTests {"))
        #expect(support.contains("responseSample: 0, status: 418, body: \"not in the docs\")"))
    }

    @Test func operationsWithoutSamplesGetNoReplayTests() throws {
        let files = try renderedFiles(["# GET Thing\n\n```http\nGET /api/v1/Thing\n```\n"])
        #expect(!files.keys.contains { $0.contains("/Replay/") })
        let support = try #require(files["Tests/APIAPITests/Support/ReplaySupport.swift"])
        #expect(!support.contains("ReplayClientBehaviourTests"))
        #expect(!support.contains("struct ReplayTests"))
    }
}
