@testable import Doc2SwiftCore
import Foundation
import Testing

@Suite struct PluginOutputNamesTests {
    /// The build plugin cannot import the core, so it carries a copy of the naming rule.
    @Test func pluginCopyIsIdentical() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let core = try String(contentsOf: root.appendingPathComponent(
            "Sources/Doc2SwiftCore/Layout/PluginOutputNames.swift"), encoding: .utf8)
        let plugin = try String(contentsOf: root.appendingPathComponent(
            "Plugins/Doc2SwiftBuildPlugin/PluginOutputNames.swift"), encoding: .utf8)
        #expect(core == plugin, "copy Sources/Doc2SwiftCore/Layout/PluginOutputNames.swift over the plugin's copy")
    }

    @Test func keysAreSafeAndUniqueIgnoringCase() {
        let keys = PluginOutputNames.pageKeys([
            "docs/Contact.md", "docs/contact.md", "a b/ü.MD", "docs/Contact.markdown.md", ".md",
        ])
        #expect(keys["docs/Contact.md"] == "docs_Contact")
        #expect(keys["docs/contact.md"] == "docs_contact_2")
        #expect(keys["a b/ü.MD"] == "a_b__")
        #expect(keys["docs/Contact.markdown.md"] == "docs_Contact_markdown")
        #expect(keys[".md"] == "page")
    }

    @Test func outputFilesAreKnownFromThePageListAlone() {
        #expect(PluginOutputNames.outputFiles(["b.md", "a.md"], tests: false)
            == ["a.swift", "b.swift"] + PluginOutputNames.sourceSupportFiles)
        #expect(PluginOutputNames.outputFiles(["a.md"], tests: true)
            == ["aTests.swift", "Doc2Swift+ExampleTests.swift", "Doc2Swift+JSONEquivalence.swift", "Doc2Swift+ReplaySupport.swift",
                "Doc2Swift+SampleSuite.swift"])
    }
}
