import Foundation
import PackagePlugin

/// Generates a target's SDK from the markdown reference pages inside it, at build time.
///
/// Applied to a library target, it generates models and request builders from the target's own
/// `.md`, `.markdown` and `.mdx` pages; applied to a test target without pages, it generates the sample tests of the first
/// target it depends on that has pages. One build command runs `doc2swift`; its inputs are the
/// pages, the config and any `.mustache` overrides, and its outputs are named from the page list
/// alone (`PluginOutputNames`), so SwiftPM re-runs it only when one of those files changes.
@main struct Doc2SwiftBuildPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let isTest = target.kind == .test
        guard let docs = Self.docsTarget(for: target, lookInDependencies: isTest) else {
            Diagnostics.warning("doc2swift: target '\(target.name)' has no .md, .markdown or .mdx reference pages; "
                + "nothing generated")
            return []
        }
        let root = docs.directoryURL.standardizedFileURL
        let files = docs.sourceFiles.map(\.url)
        let pages = files.filter(Self.isPage)
        let relative = pages.map { String($0.standardizedFileURL.path.dropFirst(root.path.count + 1)) }
        let config = files.filter { $0.lastPathComponent == "doc2swift-config.json" }
        let templates = files.filter { $0.pathExtension == "mustache" }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("GeneratedSources")
        var arguments = [
            "generate", root.path, "--api", docs.name, "--module-name", docs.name,
            "--output", output.path, "--layout", isTest ? "plugin-tests" : "plugin-sources", "--quiet",
        ]
        if let config = config.first { arguments += ["--config", config.path] }
        return [
            .buildCommand(
                displayName: "doc2swift: generating \(isTest ? "sample tests" : "SDK") for \(target.name) from \(pages.count) pages",
                executable: try context.tool(named: "doc2swift").url,
                arguments: arguments,
                inputFiles: pages + config + templates,
                outputFiles: PluginOutputNames.outputFiles(relative, tests: isTest)
                    .map { output.appendingPathComponent($0) }
            ),
        ]
    }

    /// The target whose pages to read: this one, or for a test target the first dependency with pages.
    static func docsTarget(for target: SourceModuleTarget, lookInDependencies: Bool) -> SourceModuleTarget? {
        if hasPages(target) { return target }
        guard lookInDependencies else { return nil }
        for dependency in target.dependencies {
            if case .target(let candidate) = dependency, let module = candidate as? SourceModuleTarget, hasPages(module) {
                return module
            }
        }
        return nil
    }

    static func hasPages(_ target: SourceModuleTarget) -> Bool {
        target.sourceFiles.contains { isPage($0.url) }
    }

    /// A page is what the generator's input scan reads: `.md`, `.markdown` or `.mdx`, any case.
    static func isPage(_ url: URL) -> Bool {
        ["md", "markdown", "mdx"].contains(url.pathExtension.lowercased())
    }
}
