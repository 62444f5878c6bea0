import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import OnOfficeAPI
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

private let tenant = URL(string: "https://api.example.com/") ?? URL(fileURLWithPath: "/")

/// onOffice's pages describe no authentication: the client has none, and the hooks carry it.
@Suite struct OnOfficeClientTests {
    @Test func credentialsGoThroughTheHooks() async throws {
        let transport = StubTransport(status: 200)
        let client = OnOfficeClient(
            baseURL: URL(string: "https://api.example.com/api/stable/api.php") ?? tenant,
            additionalHeaders: [APIRequest.Header(name: "X-Token", value: "token")], transport: transport,
            prepareRequest: { request in
                var request = request
                request.headers.append(APIRequest.Header(name: "X-HMAC", value: String(request.body?.count ?? 0)))
                return request
            })
        let response = try await client.onofficeCreateRelations(
            resourceid: "", identifier: "", parameters: OnofficeCreateRelationsParameters(parentid: [1], childid: [2]))
        #expect(response == .ok)
        let request = try await transport.onlyRequest()
        #expect(request.url?.absoluteString == "https://api.example.com/api/stable/api.php/")
        #expect(request.value(forHTTPHeaderField: "X-Token") == "token")
        #expect(request.value(forHTTPHeaderField: "X-HMAC") == String(request.httpBody?.count ?? -1))
    }
}

