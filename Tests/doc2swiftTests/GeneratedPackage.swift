import Foundation
import Testing

/// A package `doc2swift generate --package` wrote, tested as its user would: `swift test` with
/// warnings as errors, in a scratch folder of its own.
enum GeneratedPackage {
    /// The `swift` driver next to `swiftc`.
    static var swift: URL? {
        HostileRunner.swiftc.map { $0.deletingLastPathComponent().appendingPathComponent("swift") }
            .flatMap { FileManager.default.isExecutableFile(atPath: $0.path) ? $0 : nil }
    }

    /// Runs the package's tests, recording an issue when they fail or the build prints a warning.
    static func test(_ package: URL, sourceLocation: SourceLocation = #_sourceLocation) throws -> HostileRunner.Outcome {
        let swift = try #require(Self.swift, "no swift driver next to swiftc", sourceLocation: sourceLocation)
        let tested = try HostileRunner.run(["test", "--scratch-path", package.appendingPathComponent(".build").path,
                                            "-Xswiftc", "-warnings-as-errors"],
                                           in: package, executable: swift, timeout: 900)
        #expect(tested.status == 0, "\(tested.stdout)\n\(tested.stderr)", sourceLocation: sourceLocation)
        #expect(!tested.stdout.contains("warning:") && !tested.stderr.contains("warning:"), "\(tested.stderr)",
                sourceLocation: sourceLocation)
        return tested
    }
}
