import Foundation
import Testing

/// Whole-file golden tests: generating `Input/` must reproduce the committed `Generated/` byte for byte.
/// `DOC2SWIFT_RECORD=1 swift test --filter GoldenTests` rewrites `Generated/` (and fails, so a
/// recording run is never mistaken for a passing one).
@Suite struct GoldenTests {
    @Test func generatedFolderMatchesInput() throws {
        let root = CLIRunner.repositoryRoot
        if ProcessInfo.processInfo.environment["DOC2SWIFT_RECORD"] == "1" {
            let result = try CLIRunner.run(["generate", "Input", "--output", "Generated"])
            Issue.record("recorded Generated/ (exit \(result.status)); run again without DOC2SWIFT_RECORD")
            return
        }
        let output = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try CLIRunner.run(["generate", "Input", "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let fresh = CLIRunner.files(under: output)
        let committed = CLIRunner.files(under: root.appendingPathComponent("Generated"))
        #expect(fresh == committed, "file lists differ")
        for path in fresh where committed.contains(path) {
            let expected = try String(contentsOf: root.appendingPathComponent("Generated/\(path)"), encoding: .utf8)
            let actual = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
            if let difference = Self.firstDifference(expected, actual) {
                Issue.record("Generated/\(path) differs from a fresh generation:\n\(difference)")
            }
        }
    }

    /// The first differing line, with a line of context, or nil when equal.
    static func firstDifference(_ expected: String, _ actual: String) -> String? {
        guard expected != actual else { return nil }
        let lhs = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let rhs = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(lhs.count, rhs.count) {
            let left = index < lhs.count ? String(lhs[index]) : "<end of file>"
            let right = index < rhs.count ? String(rhs[index]) : "<end of file>"
            if left != right {
                return "line \(index + 1):\n- \(left)\n+ \(right)"
            }
        }
        return "files differ in line endings"
    }
}
