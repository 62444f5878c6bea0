import Doc2SwiftCore
import Foundation
import Testing

/// The build plugin declares its outputs before the generator runs; the generator must then write
/// exactly those files, and compile-able ones, whatever the pages hold.
@Suite struct PluginLayoutTests {
    @Test(arguments: [(GenerationOptions.Layout.pluginSources, false), (.pluginTests, true)])
    func writesExactlyTheDeclaredFiles(layout: GenerationOptions.Layout, tests: Bool) throws {
        let output = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try CLIRunner.run(["generate", "Input", "--api", "All", "--module-name", "AllSDK",
                                        "--layout", layout.rawValue, "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let pages = CLIRunner.files(under: CLIRunner.repositoryRoot.appendingPathComponent("Input"))
            .filter { $0.hasSuffix(".md") }
        let written = CLIRunner.files(under: output).filter { !$0.hasPrefix(".") }
        #expect(written == PluginOutputNames.outputFiles(pages, tests: tests).sorted())
    }

    /// Types no page owns (the unions shared by properties) go to a support file the plugin declares.
    @Test(arguments: [GenerationOptions.Layout.pluginSources, .pluginTests])
    func unionsGoToADeclaredFile(layout: GenerationOptions.Layout) throws {
        let root = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in/Widgets")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data(DocumentedTypesPackageTests.page.utf8).write(to: input.appendingPathComponent("Widget.md"))
        let output = root.appendingPathComponent("out")
        let result = try CLIRunner.run(["generate", input.path, "--api", "Widgets", "--module-name", "WidgetsSDK",
                                        "--layout", layout.rawValue, "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let written = CLIRunner.files(under: output).filter { !$0.hasPrefix(".") }
        #expect(written == PluginOutputNames.outputFiles(["Widget.md"], tests: layout == .pluginTests).sorted())
        if layout == .pluginSources {
            let unions = try String(contentsOf: output.appendingPathComponent("Doc2Swift+Union.swift"), encoding: .utf8)
            #expect(unions.contains("public enum IntegerOrObject: Codable, Hashable, Sendable {"))
            // So do the models' shared equality, hashing and coding.
            let table = try String(contentsOf: output.appendingPathComponent("Doc2Swift+PropertyTable.swift"), encoding: .utf8)
            #expect(table.contains("protocol PropertyTableModel: Codable, Hashable, Sendable {"))
        }
    }

    @Test func configErrorsStopTheRunWithALocatedMessage() throws {
        let input = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: input) }
        try "{\n  \"moduleNme\": \"X\"\n}\n".write(to: input.appendingPathComponent("doc2swift-config.json"),
                                                  atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["schema", input.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("doc2swift-config.json:2:3: error: unknown config key 'moduleNme'; did you mean 'moduleName'?"),
                "\(result.stderr)")
    }

    @Test func configTypeNamesRenameGeneratedTypes() throws {
        let input = try CLIRunner.temporaryDirectory()
        let output = try CLIRunner.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: input)
            try? FileManager.default.removeItem(at: output)
        }
        let page = try String(contentsOf: CLIRunner.repositoryRoot.appendingPathComponent(
            "Input/SuperOffice/superoffice-post-relation.md"), encoding: .utf8)
        try page.write(to: input.appendingPathComponent("relation.md"), atomically: true, encoding: .utf8)
        try #"{"api": "Rel", "typeNames": {"ContactRelationEntityWithLinks": "ContactRelation"}, "accessModifier": "package"}"#
            .write(to: input.appendingPathComponent("doc2swift-config.json"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["generate", input.path, "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let model = try String(contentsOf: output.appendingPathComponent("Sources/RelAPI/Models/ContactRelation.swift"),
                               encoding: .utf8)
        #expect(model.contains("package struct ContactRelation: Codable, Hashable, Sendable, PropertyTableModel {"))
    }
}
