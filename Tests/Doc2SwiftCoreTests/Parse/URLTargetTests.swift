import Testing
@testable import Doc2SwiftCore

@Suite struct URLTargetTests {
    @Test func schemeAndHostAreDroppedPlaceholdersKept() throws {
        let url = try #require(URLTarget("https://{{HOST}}/apollo/er/entities/{entityId}?v={version}"))
        #expect(url.host == "https://{{HOST}}")
        #expect(url.target == "/apollo/er/entities/{entityId}?v={version}")
        #expect(url.path == "/apollo/er/entities/{entityId}")
        #expect(url.query.map(\.name) == ["v"])
        #expect(url.query.map(\.value) == ["{version}"])
    }

    @Test func hostWithoutSchemeOrPathOnly() {
        #expect(URLTarget("{{HOST}}/items?a=1&b")?.target == "/items?a=1&b")
        #expect(URLTarget("{{HOST}}/items?a=1&b")?.query.map(\.value) == ["1", ""])
        #expect(URLTarget("/items")?.host == "")
        #expect(URLTarget("http://localhost:8080")?.target == "/")
        #expect(URLTarget("http://h/x#part")?.target == "/x")
    }

    @Test func proseIsNoURL() {
        #expect(URLTarget("see the docs") == nil)
        #expect(URLTarget("  ") == nil)
    }
}
