import Testing
@testable import Doc2SwiftCore

/// The request builder of an action page assembles the envelope from fixed values and its parameters.
@Suite struct AssembledBodyTests {
    @Test func theBuilderTakesThePassedMembersAndWritesTheFixedOnes() throws {
        let files = try renderedFiles([ActionEnvelopeTests.createPage])
        let builder = try #require(files["Sources/APIAPI/Operations/TestRequest.swift"])
        let lines = trimmedLines(builder)
        #expect(lines.contains("public init(resourceid: String, identifier: String, parameters: TestParameters) {"))
        #expect(lines.contains("public var parameters: TestParameters"))
        #expect(!lines.contains("public var body: TestEnvelope"))
        #expect(lines.contains("let body = TestEnvelope(actionid: \"urn:x:action:create\", resourceid: resourceid, "
            + "identifier: identifier, resourcetype: \"relation\", parameters: parameters)"))
    }

    @Test func theSampleTestPassesTheSamplesMembers() throws {
        let files = try renderedFiles([ActionEnvelopeTests.createPage])
        let tests = try #require(files["Tests/APIAPITests/TestRequestTests.swift"])
        #expect(tests.contains("try TestRequest(resourceid: \"\", identifier: \"\", parameters: try "
            + "JSONCoding.makeDecoder().decode(TestParameters.self, from: Data(#\"\"\""))
        #expect(tests.contains("method: \"POST\", path: \"/\""))
    }

    @Test func enumCasesOfAURNFamilyKeepTheirDistinguishingSegments() {
        #expect(EnumContext.readableNames([
            "urn:x:smart:2.5:relationTypes:estate:address:buyer",
            "urn:x:smart:2.5:relationTypes:estate:address:renter",
        ]) == ["estate address buyer", "estate address renter"])
        #expect(EnumContext.readableNames([
            "urn:x:smart:2.5:relationTypes:estate:address:buyer",
            "urn:x:smart:2.5:relationTypes:calendar:address",
        ]) == ["estate address buyer", "calendar address"])
        #expect(EnumContext.readableNames(["A", "a:b:c:x:y"]) == ["A", "x y"])
    }
}
