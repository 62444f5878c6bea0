import Foundation
import PackagePlugin

/// Regenerates committed sources from reference pages in place:
/// `swift package --allow-writing-to-package-directory generate-code-from-docs [--input Input] [--output Generated] [--check] [doc2swift options…]`.
/// With `--check` it only reports stale files and fails when there are any.
@main struct Doc2SwiftCommandPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let check = extractor.extractFlag(named: "check") > 0
        let input = extractor.extractOption(named: "input").last ?? "Input"
        let output = extractor.extractOption(named: "output").last ?? "Generated"
        let process = Process()
        process.executableURL = try context.tool(named: "doc2swift").url
        process.arguments = [check ? "check" : "generate", input, "--output", output] + extractor.remainingArguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            Diagnostics.error("doc2swift \(check ? "check" : "generate") failed with exit code \(process.terminationStatus)")
            throw CommandFailed(status: process.terminationStatus)
        }
    }
}

/// The generator reported errors (already printed) or a stale folder.
struct CommandFailed: Error, CustomStringConvertible {
    var status: Int32
    var description: String { "doc2swift exited with \(status)" }
}
