import Foundation
import Testing

/// `doc2swift-bench`'s command line, run as a process like the CLI: wrong options stop it with an
/// actionable message and exit code 64 before anything is measured, and `--write-operations` writes
/// the API that `--compile-operations` builds, cut at the page that reaches the count.
@Suite struct BenchCommandLineTests {
    /// The benchmark executable next to `doc2swift` in the build folder.
    static var executable: URL {
        CLIRunner.executable.deletingLastPathComponent().appendingPathComponent("doc2swift-bench")
    }

    static func run(_ arguments: [String]) throws -> HostileRunner.Outcome {
        try HostileRunner.run(arguments, in: CLIRunner.repositoryRoot, executable: executable, timeout: 600)
    }

    @Test(arguments: [
        (["--anchor", "/tmp/x"], "--anchor compares compile times: add --compile or --compile-only"),
        (["--sizes", "0"], "--sizes takes positive page counts separated by commas, not '0'"),
        (["--compile-pages", "-1"], "--compile-pages needs a page count (0 to skip)"),
        (["--compile-operations", "many"], "--compile-operations needs an operation count (0 to skip)"),
        (["--wide"], "--wide needs a value"),
        (["--frobnicate"], "unknown argument '--frobnicate'"),
    ])
    func wrongOptionsStopWithAMessage(arguments: [String], message: String) throws {
        let outcome = try Self.run(arguments)
        #expect(outcome.status == 64, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("doc2swift-bench: error: \(message)"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("Usage: doc2swift-bench"))
        #expect(outcome.stdout.isEmpty, "nothing is measured")
    }

    @Test func helpPrintsTheUsageAndSucceeds() throws {
        let outcome = try Self.run(["--help"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("--compile-operations N"))
        #expect(outcome.stdout.contains("--anchor PATH"))
    }

    /// The README says 110 operations are SuperOffice's 99 pages and 46 of its first copy.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: CLIRunner.repositoryRoot
        .deletingLastPathComponent().appendingPathComponent("shared/corpus/superoffice").path),
        "needs ../shared/corpus"))
    func writeOperationsCutsTheAPIAtTheCount() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try Self.run(["--write-operations", "110", folder.appendingPathComponent("api").path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("wrote 145 pages of superoffice and its copies, 110 operations"), "\(outcome.stderr)")
        let schema = try CLIRunner.run(["schema", folder.appendingPathComponent("api").path])
        #expect(schema.status == 0, "\(schema.stderr)")
        let apis = try #require(try JSONSerialization.jsonObject(with: Data(schema.stdout.utf8)) as? [[String: Any]])
        #expect(apis.count == 1, "one API, so one module")
        #expect((apis.first?["operations"] as? [Any])?.count == 110)
    }
}
