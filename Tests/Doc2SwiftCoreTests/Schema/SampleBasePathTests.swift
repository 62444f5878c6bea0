import Testing
@testable import Doc2SwiftCore

/// Samples written against the server's base URL are compared below it.
@Suite struct SampleBasePathTests {
    func sample(_ target: String) -> SampleRequest {
        SampleRequest(method: "GET", target: target, headers: [], body: nil, bodyLocation: nil, location: at(1, 1))
    }

    @Test func hostAndBasePathAreTakenOff() throws {
        let (stripped, base) = try #require(SampleBasePath.strip(
            sample("https://graph.example.com/v1.0/me/todo/lists/AAM=?$top=2"), template: "/me/todo/lists/{id}"))
        #expect(stripped.target == "/me/todo/lists/AAM=?$top=2")
        #expect(base == "https://graph.example.com/v1.0")
    }

    @Test func basePathWithoutHost() throws {
        let (stripped, base) = try #require(SampleBasePath.strip(sample("/api/v4/projects/5/labels"),
                                                                  template: "/projects/{id}/labels"))
        #expect(stripped.target == "/projects/5/labels")
        #expect(base == "/api/v4")
    }

    @Test func fittingAndUnfittingSamplesAreLeftAlone() {
        #expect(SampleBasePath.strip(sample("/projects/5/labels"), template: "/projects/{id}/labels") == nil)
        #expect(SampleBasePath.strip(sample("/other/5"), template: "/projects/{id}/labels") == nil)
        // A placeholder is never part of a base path.
        #expect(SampleBasePath.strip(sample("/{tenant}/projects/5/labels"), template: "/projects/{id}/labels") == nil)
    }
}
