import Foundation
import Testing

/// The gathered sample suite (`DocsSampleTests`) reports each sample as its own test case and a
/// failing sample at its place in the docs, as the per-operation tests did: a generated package
/// whose tables are then made wrong (as a doc2swift bug would) must fail with located messages.
@Suite struct SampleSuitePackageTests {
    @Test func aWrongSampleFailsAsItsOwnLocatedTestCase() throws {
        let root = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("in/Relations")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let page = try String(contentsOf: CLIRunner.repositoryRoot.appendingPathComponent(
            "Input/SuperOffice/superoffice-post-relation.md"), encoding: .utf8)
        try page.write(to: folder.appendingPathComponent("relation.md"), atomically: true, encoding: .utf8)
        let generated = try HostileRunner.run(["generate", "in", "--output", "out", "--package", "RelationsSDK", "-q"],
                                              in: root)
        #expect(generated.status == 0, "\(generated.stderr)")
        let out = root.appendingPathComponent("out")
        let testFolder = out.appendingPathComponent("Tests/RelationsAPITests")
        let tables = try #require(FileManager.default.contentsOfDirectory(atPath: testFolder.path)
            .first { $0.hasSuffix("RequestTests.swift") }, "no sample tests were written")
        let tablesFile = testFolder.appendingPathComponent(tables)
        var text = try String(contentsOf: tablesFile, encoding: .utf8)
        // The response must now decode to another case, and the request must go elsewhere.
        #expect(text.contains("decodesTo: \"ok\""))
        text = text.replacingOccurrences(of: "decodesTo: \"ok\"", with: "decodesTo: \"gone\"")
        #expect(text.contains("path: \"/api/v1/"))
        text = text.replacingOccurrences(of: "path: \"/api/v1/", with: "path: \"/api/v2/")
        try text.write(to: tablesFile, atomically: true, encoding: .utf8)

        let swift = try #require(GeneratedPackage.swift, "no swift driver next to swiftc")
        let tested = try HostileRunner.run(["test", "--scratch-path", out.appendingPathComponent(".build").path],
                                           in: out, executable: swift, timeout: 900)
        #expect(tested.status != 0, "the wrong samples passed:\n\(tested.stdout)")
        let output = tested.stdout + tested.stderr
        // Each failure names the sample's place in the docs, in its own test case.
        #expect(output.contains("relation.md:139: sample response 200: expected .gone, got .ok"), "\(output)")
        #expect(output.contains("relation.md:108: sample request: path: expected /api/v2/"), "\(output)")
        // Swift Testing names the failing case by its argument, the sample's description.
        #expect(output.contains("sample → sample response 200 at Relations/relation.md:139"), "\(output)")
    }
}
