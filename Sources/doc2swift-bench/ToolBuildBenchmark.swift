import Foundation

/// `--tool-build`: clean debug and release builds of the `doc2swift` executable, each with a
/// fresh scratch path so nothing is reused from earlier builds.
enum ToolBuildBenchmark {
    static func run(packageRoot: URL, log: (String) -> Void) throws -> [(String, CommandTimer.Measurement)] {
        var rows: [(String, CommandTimer.Measurement)] = []
        for configuration in ["debug", "release"] {
            let scratch = try TemporaryFolder("tool-\(configuration)")
            defer {
                scratch.remove()
                CompileBenchmark.removeLockFiles(of: scratch.url.path)
            }
            log("tool build: \(configuration), clean")
            let measurement = try CommandTimer.run(
                ["swift", "build", "-c", configuration, "--product", "doc2swift", "--scratch-path", scratch.url.path],
                in: packageRoot)
            if measurement.status != 0 {
                log(String(measurement.log.suffix(4_000)))
                throw BenchError(message: "\(configuration) build of doc2swift failed")
            }
            rows.append((configuration, measurement))
        }
        return rows
    }

    static func render(_ rows: [(String, CommandTimer.Measurement)]) -> String {
        var lines = ["## Clean build of the doc2swift executable", ""]
        lines += ResultTable.table(["configuration", "wall s", "peak memory MB", "measured as"], rows.map { name, measurement in
            [name, ResultTable.fixed(measurement.wall, 1),
             measurement.peakMemory.map { ResultTable.fixed(Double($0) / 1e6, 0) } ?? "n/a", measurement.memorySource]
        })
        return lines.joined(separator: "\n")
    }
}
