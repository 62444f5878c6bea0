import Foundation
import Testing

/// The same pages give byte-identical output whatever order the files were created in and however
/// many threads the pipeline may use.
@Suite struct DeterminismTests {
    /// The real inputs plus two adversarial APIs, copied file by file in the given order.
    static func makeInput(at root: URL, reversed: Bool) throws {
        let sources: [(URL, String)] = [
            (CLIRunner.repositoryRoot.appendingPathComponent("Input"), ""),
            (AdversarialTests.fixtures.appendingPathComponent("Names"), "Names/"),
            (AdversarialTests.fixtures.appendingPathComponent("FileNames"), "FileNames/"),
        ]
        var copies: [(URL, URL)] = []
        for (folder, prefix) in sources {
            for path in CLIRunner.files(under: folder) where path.hasSuffix(".md") {
                copies.append((folder.appendingPathComponent(path), root.appendingPathComponent(prefix + path)))
            }
        }
        for (source, target) in reversed ? copies.reversed() : copies {
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: source, to: target)
        }
    }

    /// Every file under `folder` with its bytes.
    static func snapshot(_ folder: URL) -> [String: Data] {
        Dictionary(uniqueKeysWithValues: CLIRunner.files(under: folder).map {
            ($0, FileManager.default.contents(atPath: folder.appendingPathComponent($0).path) ?? Data())
        })
    }

    @Test func outputDoesNotDependOnFileOrderOrThreads() throws {
        let root = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.makeInput(at: root.appendingPathComponent("a"), reversed: false)
        try Self.makeInput(at: root.appendingPathComponent("b"), reversed: true)
        let runs: [(input: String, output: String, threads: String?)] = [
            ("a", "out1", nil), ("a", "out2", nil), ("b", "out3", nil), ("a", "out4", "1"), ("b", "out5", "3"),
        ]
        var snapshots: [[String: Data]] = []
        for run in runs {
            let result = try HostileRunner.run(["generate", run.input, "--output", run.output, "--package", "Same", "-q"],
                                               in: root, environment: run.threads.map { ["DOC2SWIFT_THREADS": $0] } ?? [:])
            #expect(result.status == 0, "\(result.stderr)")
            snapshots.append(Self.snapshot(root.appendingPathComponent(run.output)))
        }
        #expect(snapshots[0].count > 20)
        for (index, snapshot) in snapshots.enumerated().dropFirst() {
            #expect(snapshot.keys.sorted() == snapshots[0].keys.sorted(), "run \(index) wrote other files")
            let differing = snapshot.keys.filter { snapshot[$0] != snapshots[0][$0] }.sorted()
            #expect(differing.isEmpty, "run \(index) differs in \(differing)")
        }
    }
}
