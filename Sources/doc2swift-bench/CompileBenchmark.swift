import Doc2SwiftIO
import Foundation

/// `--compile`: the cold debug build of modules generated from the 3,000-page synthetic corpus and
/// from the real pages, each written with `--package` and built with a fresh scratch path.
enum CompileBenchmark {
    struct Row {
        var label: String
        var pages: Int
        var swiftFiles: Int
        var sourceLines: Int
        var measurement: CommandTimer.Measurement
    }

    static func run(corpora: [BaseCorpus], log: (String) -> Void) throws -> [Row] {
        let realPages = corpora.reduce(0) { $0 + $1.pages.count }
        return [
            try build(label: "real corpus", pages: realPages, corpora: corpora, log: log),
            try build(label: "synthetic", pages: 3_000, corpora: corpora, log: log),
        ]
    }

    /// Generates a package from `pages` pages (copy 0 alone is the real corpus) and builds it.
    static func build(label: String, pages: Int, corpora: [BaseCorpus], log: (String) -> Void) throws -> Row {
        let folder = try TemporaryFolder("compile\(pages)")
        defer { folder.remove() }
        let input = folder.appending("input")
        let output = folder.appending("package")
        _ = try SyntheticCorpus.write(pages: pages, from: corpora, to: input)
        var generation = GenerationRun(input: input, output: output, packageName: "BenchCompile")
        generation.usesStamp = false
        _ = try generation.run()
        GenerationStamp.remove(in: output.standardizedFileURL)
        let (files, lines) = try swiftSourceSize(output.appendingPathComponent("Sources"))
        log("compile: \(label), \(pages) pages: \(files) Swift files, \(lines) lines; swift build (debug, cold)")
        let scratch = folder.appending("scratch").path
        defer { removeLockFiles(of: scratch) }
        let measurement = try CommandTimer.run(["swift", "build", "--scratch-path", scratch], in: output)
        if measurement.status != 0 {
            log(String(measurement.log.suffix(4_000)))
            throw BenchError(message: "swift build of the \(label) module failed")
        }
        return Row(label: label, pages: pages, swiftFiles: files, sourceLines: lines, measurement: measurement)
    }

    /// SwiftPM leaves lock files for a scratch path in the temporary folder
    /// (`/tmp/_tmp_x_scratch.lock`, `…_workspace-state.json.lock`); they go with the scratch path.
    static func removeLockFiles(of scratch: String) {
        let temporary = FileManager.default.temporaryDirectory.path
        let prefix = scratch.replacingOccurrences(of: "/", with: "_")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? [] where name.hasPrefix(prefix) {
            try? FileManager.default.removeItem(atPath: temporary + "/" + name)
        }
    }

    static func swiftSourceSize(_ folder: URL) throws -> (files: Int, lines: Int) {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            throw BenchError(message: "cannot read \(folder.path)")
        }
        var files = 0
        var lines = 0
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            files += 1
            lines += (FileManager.default.contents(atPath: url.path) ?? Data()).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        }
        return (files, lines)
    }

    static func render(_ rows: [Row]) -> String {
        var lines = ["## Cold debug compile of generated modules (swift build, module targets)", ""]
        lines += ResultTable.table(
            ["corpus", "pages", "Swift files", "lines", "wall s", "peak memory MB", "measured as"],
            rows.map { row in
                [row.label, ResultTable.count(row.pages), ResultTable.count(row.swiftFiles), ResultTable.count(row.sourceLines),
                 ResultTable.fixed(row.measurement.wall, 1),
                 row.measurement.peakMemory.map { ResultTable.fixed(Double($0) / 1e6, 0) } ?? "n/a",
                 row.measurement.memorySource]
            })
        return lines.joined(separator: "\n")
    }
}
