import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SuperOfficeAPI
import Testing

/// A transport that answers from memory and keeps every request it was given.
private actor StubTransport: HTTPTransport {
    private let answer: @Sendable (URLRequest) async throws -> HTTPResponse
    /// The requests sent, in order.
    private(set) var requests: [URLRequest] = []

    init(_ answer: @escaping @Sendable (URLRequest) async throws -> HTTPResponse) {
        self.answer = answer
    }

    /// A transport that always answers `status` with `body`.
    init(status: Int, body: String = "") {
        self.init { _ in HTTPResponse(status: status, body: Data(body.utf8)) }
    }

    func send(_ request: URLRequest) async throws -> HTTPResponse {
        requests.append(request)
        return try await answer(request)
    }

    /// The only request sent.
    func onlyRequest() throws -> URLRequest {
        try #require(requests.count == 1, "expected one request, got \(requests.count)")
        return requests[0]
    }
}

private let tenant = URL(string: "https://sod.example.com/Cust12345/") ?? URL(fileURLWithPath: "/")
private let relation = ContactRelationEntity(sourceContactId: 1, destinationContactId: 2, comment: "partner")
private let savedRelationJSON = #"{"RelationId": 7, "Comment": "partner", "CreatedBy": {"Rank": 3}}"#

/// The generated SuperOffice client: credentials, header precedence, typed responses and errors.
@Suite struct SuperOfficeClientTests {
    @Test func credentialsBecomeTheDocumentedAuthorizationValues() {
        typealias Authentication = SuperOfficeClient.Authentication
        // The docs' own sample: `Authorization: Basic dGplMDpUamUw`.
        #expect(Authentication.basic(username: "tje0", password: "Tje0").headerValue == "Basic dGplMDpUamUw")
        #expect(Authentication.soTicket("7T:abc").headerValue == "SoTicket 7T:abc")
        #expect(Authentication.bearer("token").headerValue == "Bearer token")
        #expect(Authentication.custom(scheme: "Negotiate", credentials: "xyz").headerValue == "Negotiate xyz")
        #expect(Authentication.bearer("token").headerName == "Authorization")
    }

    @Test func clientHeadersAreAddedUnlessTheRequestSetsThem() async throws {
        let transport = StubTransport(status: 200, body: savedRelationJSON)
        let client = SuperOfficeClient(
            baseURL: tenant, authentication: .bearer("token"),
            defaultHeaders: .init(acceptLanguage: "en", soLanguage: "sv"),
            additionalHeaders: [APIRequest.Header(name: "X-Trace", value: "42")], transport: transport)
        let builder = PutContactRelationEntityRequest(id: 42, body: relation, acceptLanguage: "de")
        _ = try await client.send(builder)
        let request = try await transport.onlyRequest()
        #expect(request.url?.absoluteString == "https://sod.example.com/Cust12345/api/v1/Relation/42")
        #expect(request.httpMethod == "PUT")
        #expect(request.value(forHTTPHeaderField: "Authorization") == "Bearer token")
        #expect(request.value(forHTTPHeaderField: "Accept-Language") == "de")
        #expect(request.value(forHTTPHeaderField: "SO-Language") == "sv")
        #expect(request.value(forHTTPHeaderField: "X-Trace") == "42")
        #expect(request.value(forHTTPHeaderField: "Content-Type") == "application/json")
    }

    @Test func aRequestsOwnAuthorizationWins() async throws {
        let client = SuperOfficeClient(baseURL: tenant, authentication: .bearer("client"))
        let builder = PostContactRelationEntityRequest(body: relation, authorization: "SoTicket per-call")
        let prepared = try await client.prepared(try builder.makeRequest())
        #expect(prepared.header("Authorization") == "SoTicket per-call")
        #expect(prepared.headers.filter { $0.name == "Authorization" }.count == 1)
    }

    @Test func prepareRequestSeesTheFinishedRequest() async throws {
        let transport = StubTransport(status: 200, body: savedRelationJSON)
        let client = SuperOfficeClient(
            baseURL: tenant, authentication: .basic(username: "tje0", password: "Tje0"), transport: transport,
            prepareRequest: { request in
                var request = request
                let signed = request.header("Authorization") ?? "unsigned"
                request.headers.append(APIRequest.Header(name: "X-Signature", value: "sig(\(signed))"))
                return request
            })
        _ = try await client.postContactRelationEntity(body: relation)
        let request = try await transport.onlyRequest()
        #expect(request.value(forHTTPHeaderField: "X-Signature") == "sig(Basic dGplMDpUamUw)")
    }

    @Test func conditionalHeaderIsAnHTTPDateAndItsStatusATypedCase() async throws {
        let transport = StubTransport(status: 412)
        let client = SuperOfficeClient(baseURL: tenant, transport: transport)
        let response = try await client.putContactRelationEntity(
            id: 7, body: relation, ifUnmodifiedSince: Date(timeIntervalSince1970: 784_111_777))
        #expect(response == .preconditionFailed)
        let request = try await transport.onlyRequest()
        #expect(request.value(forHTTPHeaderField: "If-Unmodified-Since") == "Sun, 06 Nov 1994 08:49:37 GMT")
    }

    @Test func documentedBodyDecodesIntoItsCase() async throws {
        let client = SuperOfficeClient(baseURL: tenant, transport: StubTransport(status: 200, body: savedRelationJSON))
        let response = try await client.putContactRelationEntity(id: 7, body: relation)
        guard case .ok(let saved) = response else {
            Issue.record("expected .ok, got \(response)")
            return
        }
        #expect(saved.relationId == 7)
        #expect(saved.createdBy?.rank == 3)
    }

    @Test func undocumentedStatusIsAResponseNotAnError() async throws {
        let client = SuperOfficeClient(baseURL: tenant, transport: StubTransport(status: 418, body: "teapot"))
        let response = try await client.putContactRelationEntity(id: 7, body: relation)
        #expect(response == .undocumented(status: 418, body: Data("teapot".utf8)))
    }

    @Test func bodyThatDoesNotDecodeNamesStatusBodyAndPath() async throws {
        let body = #"{"RelationId": 7, "CreatedBy": {"Rank": "high"}}"#
        let client = SuperOfficeClient(baseURL: tenant, transport: StubTransport(status: 200, body: body))
        do {
            _ = try await client.putContactRelationEntity(id: 7, body: relation)
            Issue.record("expected a decoding failure")
        } catch let error as APIClientError {
            guard case .decodingFailed = error else {
                Issue.record("expected .decodingFailed, got \(error)")
                return
            }
            #expect(error.operationID == PutContactRelationEntityRequest.operationID)
            #expect(error.status == 200)
            #expect(error.bodyText == body)
            #expect(error.codingPath == "$.CreatedBy.Rank")
            #expect(error.description.contains("$.CreatedBy.Rank"))
        }
    }

    @Test func bodyOfTheWrongKindFailsAtTheRoot() async throws {
        let client = SuperOfficeClient(baseURL: tenant, transport: StubTransport(status: 200, body: "[1, 2]"))
        do {
            _ = try await client.putContactRelationEntity(id: 7, body: relation)
            Issue.record("expected a decoding failure")
        } catch let error as APIClientError {
            #expect(error.codingPath == "$")
        }
    }

    @Test func timeoutIsEnforcedByTheClient() async throws {
        let slow = StubTransport { _ in
            try await Task.sleep(nanoseconds: 3_600_000_000_000)
            return HTTPResponse(status: 200)
        }
        let client = SuperOfficeClient(baseURL: tenant, timeout: 0.2, transport: slow)
        let start = Date()
        do {
            _ = try await client.putContactRelationEntity(id: 7, body: relation)
            Issue.record("expected a time-out")
        } catch APIClientError.timedOut(let operationID, let timeout) {
            #expect(operationID == PutContactRelationEntityRequest.operationID)
            #expect(timeout == 0.2)
        }
        // Far below the stub's hour. Other tests block the shared test threads with child
        // processes for up to a minute on a two-core machine, so the bound leaves room for that.
        #expect(Date().timeIntervalSince(start) < 600)
    }

    @Test func perCallTimeoutOverridesTheClients() async throws {
        let slow = StubTransport { _ in
            try await Task.sleep(nanoseconds: 3_600_000_000_000)
            return HTTPResponse(status: 200)
        }
        let client = SuperOfficeClient(baseURL: tenant, timeout: 60, transport: slow)
        await #expect(throws: APIClientError.self) {
            _ = try await client.send(PutContactRelationEntityRequest(id: 7, body: relation), timeout: 0.2)
        }
    }

    @Test func cancellingTheTaskThrowsCancellationError() async throws {
        let slow = StubTransport { _ in
            try await Task.sleep(nanoseconds: 3_600_000_000_000)
            return HTTPResponse(status: 200)
        }
        let client = SuperOfficeClient(baseURL: tenant, transport: slow)
        let start = Date()
        let call = Task { try await client.putContactRelationEntity(id: 7, body: relation) }
        try await Task.sleep(nanoseconds: 100_000_000)
        call.cancel()
        let result = await call.result
        guard case .failure(let error) = result else {
            Issue.record("expected CancellationError, got \(result)")
            return
        }
        #expect(error is CancellationError)
        // Far below the stub's hour. Other tests block the shared test threads with child
        // processes for up to a minute on a two-core machine, so the bound leaves room for that.
        #expect(Date().timeIntervalSince(start) < 600)
    }

    @Test func transportFailuresAreWrapped() async throws {
        let failing = StubTransport { _ in throw URLError(.cannotConnectToHost) }
        let client = SuperOfficeClient(baseURL: tenant, transport: failing)
        do {
            _ = try await client.postContactRelationEntity(body: relation)
            Issue.record("expected a transport failure")
        } catch APIClientError.transportFailed(let operationID, let underlying) {
            #expect(operationID == PostContactRelationEntityRequest.operationID)
            #expect((underlying as? URLError)?.code == .cannotConnectToHost)
        }
    }

    @Test func refusedConnectionOverARealSocketIsATransportFailure() async throws {
        // Port 1 on loopback is closed on any machine these tests run on.
        let closed = URL(string: "http://127.0.0.1:1/") ?? tenant
        let client = SuperOfficeClient(baseURL: closed, timeout: 10)
        await #expect(throws: APIClientError.self) {
            _ = try await client.postContactRelationEntity(body: relation)
        }
    }

    /// The README's example, compiled and run against a stub.
    @Test func readmeExampleHandlesEveryCase() async throws {
        for (status, expected) in [(200, "saved relation 7"), (400, "no entity in the body"),
                                   (412, "changed since If-Unmodified-Since"), (500, "status 500 is not in the docs")] {
            let client = SuperOfficeClient(
                baseURL: tenant,
                authentication: .basic(username: "tje0", password: "Tje0"),
                defaultHeaders: .init(accept: "application/json", acceptLanguage: "en"),
                timeout: 30,
                transport: StubTransport(status: status, body: status == 200 ? savedRelationJSON : "")
            )
            let lastSeen = Date(timeIntervalSince1970: 1_700_000_000)
            let message: String
            switch try await client.putContactRelationEntity(id: 42, body: relation, ifUnmodifiedSince: lastSeen) {
            case .ok(let saved): message = "saved relation \(saved.relationId ?? 0)"
            case .badRequest: message = "no entity in the body"
            case .preconditionFailed: message = "changed since If-Unmodified-Since"
            case .undocumented(let status, _): message = "status \(status) is not in the docs"
            }
            #expect(message == expected)
        }
    }
}

/// `HTTPDate` writes RFC 9110 IMF-fixdates without a formatter.
@Suite struct HTTPDateTests {
    @Test(arguments: [
        (0.0, "Thu, 01 Jan 1970 00:00:00 GMT"),
        (784_111_777.0, "Sun, 06 Nov 1994 08:49:37 GMT"),
        (784_111_777.999, "Sun, 06 Nov 1994 08:49:37 GMT"),
        (-1.0, "Wed, 31 Dec 1969 23:59:59 GMT"),
        (951_782_400.0, "Tue, 29 Feb 2000 00:00:00 GMT"),
        (-62_135_596_800.0, "Mon, 01 Jan 0001 00:00:00 GMT"),
        (1e15, "Fri, 31 Dec 9999 23:59:59 GMT"),
    ])
    func formats(seconds: Double, expected: String) {
        #expect(HTTPDate.format(Date(timeIntervalSince1970: seconds)) == expected)
    }
}
