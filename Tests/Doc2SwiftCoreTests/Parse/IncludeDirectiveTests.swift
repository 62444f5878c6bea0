import Testing
@testable import Doc2SwiftCore

@Suite struct IncludeDirectiveTests {
    @Test func recognisesTheDirectiveAndItsTarget() throws {
        let directive = try #require(IncludeDirective(
            "[!include[sample request](../../samples/rest/request/v1Thing_Get.md)]", at: at(3, 1)))
        #expect(directive.target == "../../samples/rest/request/v1Thing_Get.md")
        #expect(directive.location == at(3, 1))
    }

    @Test func capitalisedLabelAndSpacesInTheTarget() throws {
        let directive = try #require(IncludeDirective("[!include[Sample response]( ../x.md )]", at: at(1, 1)))
        #expect(directive.target == "../x.md")
    }

    @Test(arguments: [
        "[sample](x.md)",
        "[!include[sample](x.md)] trailing",
        "see [!include[sample](x.md)]",
        "[!include[sample]]",
        "plain text",
    ])
    func otherTextIsNoDirective(text: String) {
        #expect(IncludeDirective(text, at: at(1, 1)) == nil)
    }

    func resolve(_ target: String, from page: String) -> String? {
        IncludeDirective("[!include[x](\(target))]", at: at(1, 1))?.resolved(from: page)
    }

    @Test func resolvesAgainstThePageFolder() {
        #expect(resolve("../../samples/rest/request/x.md", from: "SuperOffice/docs/rest/Thing/v1Thing.md")
            == "SuperOffice/docs/samples/rest/request/x.md")
        #expect(resolve("./x.md", from: "API/rest/page.md") == "API/rest/x.md")
        #expect(resolve("sub//x.md", from: "API/page.md") == "API/sub/x.md")
        #expect(resolve("../x.md", from: "API/page.md") == "x.md")
    }

    @Test func targetsOutsideTheRootOrAbsoluteAreRefused() {
        #expect(resolve("../../x.md", from: "API/page.md") == nil)
        #expect(resolve("../x.md", from: "page.md") == nil)
        #expect(resolve("/etc/passwd", from: "API/page.md") == nil)
        #expect(resolve("..\\x.md", from: "API/page.md") == nil)
        #expect(resolve("https://example.com/x.md", from: "API/page.md") == nil)
    }
}
