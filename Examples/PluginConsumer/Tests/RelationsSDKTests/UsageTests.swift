import Foundation
import RelationsSDK
import Testing

/// The generated SDK used as an app would use it.
@Suite struct UsageTests {
    @Test func buildsAnUpdateRequest() throws {
        let request = try PutContactRelationEntityRequest(
            id: 42, body: ContactRelationEntity(comment: "partner"), acceptLanguage: "en"
        ).makeRequest()
        #expect(request.method == "PUT")
        #expect(request.path == "/api/v1/Relation/42")
        #expect(request.header("Accept-Language") == "en")
        let url = request.urlRequest(baseURL: URL(string: "https://example.com/Cust1")!).url
        #expect(url?.absoluteString == "https://example.com/Cust1/api/v1/Relation/42")
    }

    @Test func decodesADocumentedStatus() throws {
        let body = Data(#"{"SourceContactName": "A", "DestinationContactName": "B"}"#.utf8)
        guard case .ok(let relation) = try PostContactRelationEntityRequest.decodeResponse(status: 200, body: body) else {
            Issue.record("expected .ok")
            return
        }
        #expect(relation.summary == "A → B")
    }
}
