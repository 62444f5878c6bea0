import MarkdownBlocks
import Testing
@testable import Doc2SwiftCore

/// Each endpoint form the recognisers know, and the look-alikes they must refuse.
@Suite struct EndpointRecognizerTests {
    func keys(_ line: String) -> [String]? {
        EndpointRecognizer.line(line, form: .paragraph, at: at(1, 1))?.map(\.key)
    }

    @Test(arguments: [
        ("GET /projects/:id/labels", "GET /projects/{id}/labels"),
        ("GET /archive/:ref:format", "GET /archive/{ref}{format}"),
        ("GET /users/{id|userPrincipalName}/todo", "GET /users/{id}/todo"),
        ("GET /users/{id | userPrincipalName}/todo", "GET /users/{id}/todo"),
        ("GET /channels/{channel.id#DOCS_RESOURCES_CHANNEL/channel-object}", "GET /channels/{channel_id}"),
        ("GET http://example.com/kittens/<ID>", "GET /kittens/{ID}"),
        ("POST https://graph.example.com/v1.0/me/todo/lists", "POST /v1.0/me/todo/lists"),
        ("GET /avatar?email=admin@example.com", "GET /avatar"),
        ("GET /x/", "GET /x"),
        ("GET/issues/resolutions", "GET /issues/resolutions"),
        ("PUT \\contacts", "PUT /contacts"),
        ("`GET /tasks/{task_id}`", "GET /tasks/{task_id}"),
        ("GET activities/{id}", "GET /activities/{id}"),
        ("POST /x/{progression_id/auto}", "POST /x/{progression_id}/auto"),
    ])
    func oneDeclaration(_ line: String, _ key: String) {
        let text = line.hasPrefix("`") ? String(line.dropFirst().dropLast()) : line
        #expect(keys(text) == [key])
    }

    @Test func bracketedAndBarredMethodsDeclareOneOperationEach() {
        #expect(keys("[PUT|POST] /filters/{id}") == ["PUT /filters/{id}", "POST /filters/{id}"])
        #expect(keys("PUT|POST /filters/{id}") == ["PUT /filters/{id}", "POST /filters/{id}"])
        #expect(keys("[PUT | POST] /periods/{id}/close") == ["PUT /periods/{id}/close", "POST /periods/{id}/close"])
        #expect(keys("PUT | POST /x") == nil)
    }

    @Test(arguments: ["POST Relation", "Get /x", "GET /x HTTP/1.1", "GET the list of /x", "GETTER /x", "GET"])
    func notADeclaration(_ line: String) {
        #expect(keys(line) == nil)
    }

    @Test func labelContinuedByADeclarationDeclares() throws {
        let document = BlockReader.read("> Sample Request:\n`GET /issues/{id}/tasks`\n", file: testFile)
        guard case .paragraph(let paragraph) = document.blocks.first else { Issue.record("no paragraph"); return }
        #expect(EndpointRecognizer.paragraph(paragraph)?.map(\.key) == ["GET /issues/{id}/tasks"])
        let prose = BlockReader.read("See the list below.\n`GET /issues`\n", file: testFile)
        guard case .paragraph(let other) = prose.blocks.first else { Issue.record("no paragraph"); return }
        #expect(EndpointRecognizer.paragraph(other) == nil)
    }

    @Test func queryOfTheDeclarationIsKept() throws {
        let declaration = try #require(EndpointRecognizer.line("GET /avatar?email=a@b.c&size=2", form: .codeLine,
                                                                at: at(1, 1))?.first)
        #expect(declaration.query.map(\.name) == ["email", "size"])
        #expect(declaration.query.map(\.value) == ["a@b.c", "2"])
    }

    @Test func fencedBlockOfMethodLinesAndHeaders() throws {
        let document = BlockReader.read("```\nGET /a\nPOST /b\nAccept: application/json\n```\n", file: testFile)
        guard case .code(let code) = document.blocks.first else { Issue.record("no code block"); return }
        let found = try #require(EndpointRecognizer.code(code))
        #expect(found.map(\.key) == ["GET /a", "POST /b"])
        #expect(found.map(\.location.line) == [2, 3])
    }

    @Test(arguments: [
        "```http\nPOST /a HTTP/1.1\nContent-Type: application/json\n\n{}\n```\n",
        "```http\nPOST /a\n\n{\"a\": 1}\n```\n",
        "```shell\nGET /a\n```\n",
        "```\ncurl -X GET /a\n```\n",
    ])
    func samplesAreNoDeclarations(_ markdown: String) {
        let document = BlockReader.read(markdown, file: testFile)
        guard case .code(let code) = document.blocks.first else { Issue.record("no code block"); return }
        #expect(EndpointRecognizer.code(code) == nil)
    }

    @Test func headingForms() {
        func read(_ text: String) -> HeadingEndpoint? { HeadingEndpoint.read(text, at: at(1, 1)) }
        if case .declarations(let found, let title) = read("Get Channel % GET /channels/{channel.id#X/y}") {
            #expect(found.map(\.key) == ["GET /channels/{channel_id}"])
            #expect(title == "Get Channel")
        } else { Issue.record("percent form not read") }
        if case .declarations(let found, let title) = read("Create a Note [POST /notes]") {
            #expect(found.map(\.key) == ["POST /notes"])
            #expect(title == "Create a Note")
        } else { Issue.record("bracketed declaration not read") }
        if case .declarations(let found, _) = read("GET /message") {
            #expect(found.map(\.key) == ["GET /message"])
        } else { Issue.record("bare declaration not read") }
        #expect(read("Retrieve a Note [GET]") == .methods(["GET"], title: "Retrieve a Note"))
        #expect(read("GET") == .methods(["GET"], title: ""))
        #expect(read("Note [/notes/{id}]") == .resource(path: "/notes/{id}"))
        #expect(read("Notes [/notes{?limit}]") == .resource(path: "/notes{?limit}"))
        #expect(read("/message") == .resource(path: "/message"))
        #expect(read("Get") == nil)
        #expect(read("POST Relation") == nil)
        #expect(read("Links [see here]") == nil)
    }

    @Test func operationNames() {
        #expect(OperationNaming.id(title: "Create a label") == "CreateLabel")
        #expect(OperationNaming.id(title: "Get Channel") == "GetChannel")
        #expect(OperationNaming.id(title: "List the repository's tags") == "ListRepositorySTags")
        #expect(OperationNaming.id(method: "GET", path: "/repos/{owner}/{repo}/branches") == "GetReposOwnerRepoBranches")
        #expect(OperationNaming.id(title: "Ünïcode only ✓") == "NCodeOnly")
    }

    @Test func requiredColumnCells() {
        #expect(TableRowReader.requiredCell("yes") == true)
        #expect(TableRowReader.requiredCell("Yes") == true)
        #expect(TableRowReader.requiredCell("true") == true)
        #expect(TableRowReader.requiredCell("no") == false)
        #expect(TableRowReader.requiredCell("false") == false)
        #expect(TableRowReader.requiredCell("Yes, if `title` is not provided") == false)
        #expect(TableRowReader.requiredCell("sometimes") == false)
        #expect(TableRowReader.requiredCell("") == nil)
    }

    @Test func optionalNameMarkers() {
        #expect(TableRowReader.splitNameCell("position?") == ("position", false))
        #expect(TableRowReader.splitNameCell("`nick?`") == ("nick", false))
        #expect(TableRowReader.splitNameCell("name") == ("name", nil))
    }

    /// A table that marks optional members with `?` says the unmarked ones are always present.
    @Test func unmarkedRowsOfATableWithOptionalMarksAreRequired() throws {
        func rows(_ markdown: String) throws -> ([Bool?], [String]) {
            let document = BlockReader.read(markdown, file: testFile)
            guard case .table(let table)? = document.blocks.first(where: {
                if case .table = $0 { return true }
                return false
            }), case .properties(let columns) = TableKind.classify(table) else {
                Issue.record("no property table")
                return ([], [])
            }
            var diagnostics = Diagnostics()
            let cells = TableRowReader(table: table, columns: columns).rows(into: &diagnostics)
            return (cells.map(\.markedRequired), messages(diagnostics))
        }
        let (marked, notes) = try rows("""
        | Field | Type | Description |
        |---|---|---|
        | id | snowflake | the id |
        | nick? | ?string | the nickname |
        | roles | array of snowflakes | the roles |
        """)
        #expect(marked == [true, false, true])
        #expect(notes == ["Test.md:1:1: note: the table marks optional members with '?'; its 2 other row(s) are read "
            + "as required"])
        let (unmarked, none) = try rows("""
        | Field | Type | Description |
        |---|---|---|
        | id | snowflake | the id |
        | roles | array of snowflakes | the roles |
        """)
        #expect(unmarked == [nil, nil])
        #expect(none.isEmpty)
    }

    @Test func sampleLabels() {
        #expect(PageWalk.sampleLabel("Example request:") == .sampleRequest)
        #expect(PageWalk.sampleLabel("> Sample Request:") == .sampleRequest)
        #expect(PageWalk.sampleLabel("Example response if tag is unsigned:") == .sampleResponse)
        #expect(PageWalk.sampleLabel("> The above command returns JSON structured like this:") == .sampleResponse)
        #expect(PageWalk.sampleLabel("Parameters:") == nil)
        #expect(PageWalk.sampleLabel("For example, the request below returns a list") == nil)
    }

    @Test func statusesStatedInProse() {
        #expect(PageWalk.statedStatus(in: "this method returns a `201 Created` response code")! == (201, "Created"))
        #expect(PageWalk.statedStatus(in: "Responds with 204 No Content if deleted.")! == (204, "No Content"))
        #expect(PageWalk.statedStatus(in: "Limit is 100 items per page.") == nil)
    }
}

/// API Blueprint payload and parameter lists.
@Suite struct PayloadListTests {
    @Test func parameterEntries() {
        let entry = PayloadList.parameter("id: 1 (number, required) - The id.", at: at(1, 1))
        #expect(entry == PayloadList.ParameterEntry(name: "id", example: "1", type: "number", isRequired: true,
                                                    description: "The id.", location: at(1, 1)))
        let optional = PayloadList.parameter("limit (number, optional) - How many.", at: at(2, 1))
        #expect(optional?.isRequired == false)
        #expect(optional?.example == nil)
        #expect(PayloadList.parameter("id (string)\n\nThe id, as an indented paragraph.", at: at(3, 1))?.description
            == "The id, as an indented paragraph.")
        #expect(PayloadList.parameter("two words (string)", at: at(4, 1)) == nil)
    }

    @Test func keywords() {
        #expect(PayloadList.keyword("Request (application/json)") == .request(mediaType: "application/json"))
        #expect(PayloadList.keyword("Request Update JSON Message (application/json)\n\n{}")
            == .request(mediaType: "application/json"))
        #expect(PayloadList.keyword("Response 201 (application/json)") == .response(status: 201, mediaType: "application/json"))
        #expect(PayloadList.keyword("Response 204") == .response(status: 204, mediaType: nil))
        #expect(PayloadList.keyword("Response") == nil)
        #expect(PayloadList.keyword("Parameters") == .parameters)
        #expect(PayloadList.keyword("[Previous: Responses](05.md)") == nil)
    }

    @Test func inlineAttributesTypeTheirPayload() throws {
        let page = """
        ## Coupon [/coupons/{id}]

        ### Retrieve a Coupon [GET]

        + Response 200 (application/json)

            + Attributes (object)
                + id: 250FF (string, required)
                + created: 1415203908 (number) - Time stamp
                    + Default: 0
                + redeem_by (number) - Date after which the coupon can no longer be redeemed

            + Body

                    {"id": "250FF", "created": 1415203908, "redeem_by": null}
        """
        let document = BlockReader.read(page, file: testFile)
        let (pages, _) = PageExtractor().extractAll(document, relativePath: "API/\(testFile)", api: "API")
        let body = try #require(pages.first?.responseBody)
        #expect(body.hasTable)
        #expect(body.properties.map(\.name) == ["id", "created", "redeem_by"])
        #expect(body.properties.map(\.type) == [.string, .integer(.unspecified), .double])
        #expect(body.properties.map(\.isRequired) == [true, nil, nil])
        // The body is still the operation's sample.
        #expect(pages.first?.sampleResponses.count == 1)
    }
}

/// The byte-level first looks that keep the recognisers off the hot path: each must let every
/// declaration through (or the recognisers would miss it) and stop ordinary text.
@Suite struct RecogniserFirstLookTests {
    @Test(arguments: ["GET /x", "  `POST /x`", "[PUT|POST] /x", "GET/x", "DELETE", "OPTIONS /", "\n\nPATCH /x"])
    func declarationsPass(_ text: String) {
        #expect(EndpointRecognizer.mayStartWithMethod(text))
    }

    @Test(arguments: ["Gets the list", "Post a message", "GETTER /x", "`get /x`", "", "HTTP/1.1 200 OK"])
    func proseStops(_ text: String) {
        #expect(!EndpointRecognizer.mayStartWithMethod(text))
    }

    @Test func canonicalPathsSkipNormalising() {
        for path in ["/api/v1/Relation/{id}", "/", "/a-b/c.d/{x_1}"] {
            #expect(PathTemplate.isCanonical(path), "\(path)")
            #expect(PathTemplate.normalise(path)?.path == path)
        }
        for path in ["/x/", "/x/:id", "/x/{a|b}", "/x?y=1", "/x/<ID>", "x/y", "/x/{}", "/x/{a.b}", "/é"] {
            #expect(!PathTemplate.isCanonical(path), "\(path)")
        }
    }

    @Test func headingFirstLook() {
        #expect(EndpointRecognizer.mayHoldDeclaration("Retrieve a Note [GET]"))
        #expect(EndpointRecognizer.mayHoldDeclaration("Note [/notes/{id}]"))
        #expect(!EndpointRecognizer.mayHoldDeclaration("Request Body: newEntity"))
        #expect(!EndpointRecognizer.mayHoldDeclaration("API Reference"))
    }

    /// The byte path and the general path agree on what one word is.
    @Test(arguments: [
        ("/x", "/x"),
        ("/users/{id | upn}/x", "/users/{id|upn}/x"),
        ("/x HTTP/1.1", nil),
        ("/x {a b}", nil),
        ("/x\r", "/x"),
        ("/caf\u{E9}/x", "/caf\u{E9}/x"),
        ("/x\u{A0}HTTP/1.1", nil),
        ("", nil),
    ] as [(String, String?)])
    func onlyWord(text: String, expected: String?) {
        #expect(EndpointRecognizer.onlyWord(Substring(text)) == expected)
        #expect(EndpointRecognizer.slowOnlyWord(Substring(text)) == expected)
    }
}
