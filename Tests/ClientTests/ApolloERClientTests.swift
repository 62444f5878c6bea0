import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import ApolloERAPI
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

private let tenant = URL(string: "https://apollo.example.com/") ?? URL(fileURLWithPath: "/")

/// Apollo documents `Authorization: Bearer {access_token}` as required, so its client requires it.
@Suite struct ApolloERClientTests {
    @Test func requiredAuthorizationComesFromTheClient() async throws {
        let transport = StubTransport(status: 200, body: #"{"transactionId": "t-1"}"#)
        let client = ApolloERClient(baseURL: tenant, authentication: .bearer("ACCESS_TOKEN"), transport: transport)
        let response = try await client.apolloErPostRelationshipsSync(
            body: ApolloErPostRelationshipsSyncBody(id: "r-1"), v: .init(rawValue: "1.1"),
            ercollectionid: "TestER-DVDocs", async: "false")
        guard case .ok(let body) = response else {
            Issue.record("expected .ok, got \(response)")
            return
        }
        #expect(body.transactionId == "t-1")
        let request = try await transport.onlyRequest()
        #expect(request.value(forHTTPHeaderField: "Authorization") == "Bearer ACCESS_TOKEN")
        #expect(request.value(forHTTPHeaderField: "ercollectionid") == "TestER-DVDocs")
        #expect(request.url?.query == "v=1.1")
    }
}

