import Doc2SwiftCore
import Doc2SwiftIO
import Foundation

/// One `doc2swift generate <input> --output <output>` done in-process, stage by stage, the way
/// the CLI does it, with each stage timed.
struct GenerationRun {
    /// Seconds spent in each stage.
    struct StageTimes: Codable {
        var read = 0.0
        var parse = 0.0
        var schema = 0.0
        var render = 0.0
        /// Sorting and formatting diagnostics and summaries, as the CLI prints them.
        var report = 0.0
        var write = 0.0

        var total: Double { read + parse + schema + render + report + write }

        /// Stage names and times, in pipeline order.
        var named: [(String, Double)] {
            [("read", read), ("parse", parse), ("schema", schema), ("render", render), ("report", report), ("write", write)]
        }
    }

    struct Outcome {
        var times: StageTimes
        /// CPU seconds of every thread, per stage.
        var cpu: StageTimes
        var pages: Int
        var operations: Int
        var types: Int
        var filesGenerated: Int
        var filesWritten: Int
        var warnings: Int
        var errors: Int
        /// Size of what the CLI would print to stderr.
        var reportBytes: Int
        /// FNV-1a over every generated path and text, to compare runs.
        var digest: UInt64
    }

    var input: URL
    var output: URL
    /// `--package NAME`: also write a `Package.swift`.
    var packageName: String?

    func run() throws -> Outcome {
        var times = StageTimes()
        var cpu = StageTimes()
        var clock = Stopwatch()
        let scanner = InputScanner(inputDirectory: input.path)
        let pages = try scanner.pages(singleAPI: nil)
        times.read = clock.lap()
        cpu.read = clock.lastCPU

        let options = GenerationOptions()
        let pipeline = GeneratorPipeline(
            extractor: PageExtractor(includeLoader: scanner.includeLoader),
            translator: Translator(options: options, sourceRoot: scanner.displayRoot),
            templates: try TemplateLibrary())
        let (facts, parseDiagnostics) = pipeline.parse(pages)
        times.parse = clock.lap()
        cpu.parse = clock.lastCPU
        let (schemas, schemaDiagnostics) = pipeline.buildSchemas(facts)
        times.schema = clock.lap()
        cpu.schema = clock.lastCPU
        let pagesByAPI = Dictionary(grouping: facts, by: \.api).mapValues { $0.map(\.file) }
        var (files, renderDiagnostics) = pipeline.render(schemas, pages: pagesByAPI)
        if let packageName {
            files.append(PackageManifest.file(name: packageName, schemas: schemas, options: options))
        }
        times.render = clock.lap()
        cpu.render = clock.lastCPU

        var diagnostics = parseDiagnostics
        diagnostics.append(contentsOf: schemaDiagnostics)
        diagnostics.append(contentsOf: renderDiagnostics)
        let printed = Self.reportText(diagnostics, facts: facts, schemas: schemas)
        times.report = clock.lap()
        cpu.report = clock.lastCPU

        let writer = OutputWriter(directory: output.standardizedFileURL)
        let plan = try writer.plan(files)
        try writer.write(files, plan: plan)
        times.write = clock.lap()
        cpu.write = clock.lastCPU

        return Outcome(
            times: times, cpu: cpu, pages: pages.count,
            operations: schemas.reduce(0) { $0 + $1.operations.count },
            types: schemas.reduce(0) { $0 + $1.types.count },
            filesGenerated: files.count, filesWritten: plan.written.count,
            warnings: diagnostics.warningCount, errors: diagnostics.errorCount, reportBytes: printed.utf8.count,
            digest: Self.digest(files))
    }

    /// What the CLI prints to stderr after a run (warnings and errors, then one summary per API).
    static func reportText(_ diagnostics: Diagnostics, facts: [PageFacts], schemas: [APISchema]) -> String {
        var lines = diagnostics.sorted.filter { $0.severity != .note }.map(\.description)
        lines += CoverageReport.summaries(facts: facts, schemas: schemas).map(\.line)
        lines.append("\(diagnostics.warningCount) warnings, \(diagnostics.errorCount) errors")
        return lines.joined(separator: "\n")
    }

    static func digest(_ files: [OutputFile]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for file in files {
            for byte in file.path.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            hash = (hash ^ 0) &* 0x100_0000_01b3
            for byte in file.contents.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        return hash
    }
}
