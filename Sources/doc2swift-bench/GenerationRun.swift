import Doc2SwiftCore
import Doc2SwiftIO
import Foundation

/// One `doc2swift generate <input> --output <output>` done in-process, stage by stage, the way
/// the CLI does it, with each stage timed.
struct GenerationRun {
    /// Seconds spent in each stage.
    struct StageTimes: Codable {
        /// Digesting the inputs and checking the output folder's stamp; recording it after writing.
        var stamp = 0.0
        var read = 0.0
        var parse = 0.0
        var schema = 0.0
        var render = 0.0
        /// Sorting and formatting diagnostics and summaries, as the CLI prints them.
        var report = 0.0
        var write = 0.0

        var total: Double { stamp + read + parse + schema + render + report + write }

        /// Stage names and times, in pipeline order.
        var named: [(String, Double)] {
            [("stamp", stamp), ("read", read), ("parse", parse), ("schema", schema), ("render", render),
             ("report", report), ("write", write)]
        }
    }

    struct Outcome {
        var times: StageTimes
        /// CPU seconds of every thread, per stage.
        var cpu: StageTimes
        /// Resident memory (MB) when each stage ended; zero where `/proc` is missing.
        var residentAfter: StageTimes
        /// True when the stamp matched and nothing was generated.
        var replayed: Bool
        var pages: Int
        var operations: Int
        var types: Int
        var filesGenerated: Int
        var filesWritten: Int
        var warnings: Int
        var errors: Int
        /// Size of what the CLI would print to stderr.
        var reportBytes: Int
        /// FNV-1a over every generated path and text, to compare runs; nil when replayed.
        var digest: UInt64?
    }

    var input: URL
    var output: URL
    /// `--package NAME`: also write a `Package.swift`.
    var packageName: String?
    /// Whether to replay a matching stamp, as `doc2swift generate` does; false regenerates.
    var usesStamp = true

    /// The command line the run stands for; part of the stamp's digest, as in the CLI.
    var arguments: [String] {
        ["doc2swift", "generate", input.path, "--output", output.path] + (packageName.map { ["--package", $0] } ?? [])
    }

    func run() throws -> Outcome {
        var times = StageTimes()
        var cpu = StageTimes()
        var resident = StageTimes()
        var clock = Stopwatch()
        let folder = output.standardizedFileURL
        let inputs = GenerationStamp.inputDigest(arguments: arguments, paths: [input.path])
        let stamp = usesStamp ? GenerationStamp.current(matching: inputs, in: folder) : nil
        times.stamp = clock.lap()
        cpu.stamp = clock.lastCPU
        resident.stamp = PeakMemory.residentMegabytes()
        if let stamp {
            return Outcome(times: times, cpu: cpu, residentAfter: resident, replayed: true, pages: 0, operations: 0, types: 0,
                           filesGenerated: stamp.outputs.count - 1, filesWritten: 0, warnings: 0, errors: 0,
                           reportBytes: stamp.report.joined(separator: "\n").utf8.count, digest: nil)
        }

        let scanner = InputScanner(inputDirectory: input.path)
        let pages = try scanner.pages(singleAPI: nil, readingContents: false)
        times.read = clock.lap()
        cpu.read = clock.lastCPU
        resident.read = PeakMemory.residentMegabytes()

        let options = GenerationOptions()
        let pipeline = GeneratorPipeline(
            extractor: PageExtractor(includeLoader: scanner.includeLoader),
            translator: Translator(options: options, sourceRoot: scanner.displayRoot),
            templates: try TemplateLibrary())
        var (facts, parseDiagnostics) = pipeline.parse(pages) { scanner.contents(of: $0) }
        times.parse = clock.lap()
        cpu.parse = clock.lastCPU
        resident.parse = PeakMemory.residentMegabytes()
        let (schemas, schemaDiagnostics) = pipeline.buildSchemas(facts)
        // As the CLI does: what is printed and the page list are taken, then the facts let go.
        let summaries = CoverageReport.summaries(facts: facts, schemas: schemas).map(\.line)
        let pagesByAPI = GeneratorPipeline.pageFiles(facts)
        facts = []
        times.schema = clock.lap()
        cpu.schema = clock.lastCPU
        resident.schema = PeakMemory.residentMegabytes()
        // Rendering streams into the staged output as the CLI does: render and write share the
        // clock of `render`, and `write` is the swap that puts the tree in place.
        let writer = OutputWriter(directory: folder)
        let staged = try StagedOutput(writer: writer)
        var digest = Digest()
        let renderDiagnostics = try pipeline.render(schemas, pages: pagesByAPI) { file in
            digest.add(file)
            try staged.add(file)
        }
        if let packageName {
            let file = PackageManifest.file(name: packageName, schemas: schemas, options: options)
            digest.add(file)
            try staged.add(file)
        }
        times.render = clock.lap()
        cpu.render = clock.lastCPU
        resident.render = PeakMemory.residentMegabytes()

        var diagnostics = parseDiagnostics
        diagnostics.append(contentsOf: schemaDiagnostics)
        diagnostics.append(contentsOf: renderDiagnostics)
        let printed = Self.reportLines(diagnostics, summaries: summaries, files: staged.paths.count)
        times.report = clock.lap()
        cpu.report = clock.lastCPU
        resident.report = PeakMemory.residentMegabytes()

        GenerationStamp.remove(in: folder)
        let plan = try staged.finish()
        times.write = clock.lap()
        cpu.write = clock.lastCPU
        resident.write = PeakMemory.residentMegabytes()
        try GenerationStamp.record(inputs: inputs, report: printed, paths: staged.paths, in: folder)
        times.stamp += clock.lap()
        cpu.stamp += clock.lastCPU

        return Outcome(
            times: times, cpu: cpu, residentAfter: resident, replayed: false, pages: pages.count,
            operations: schemas.reduce(0) { $0 + $1.operations.count },
            types: schemas.reduce(0) { $0 + $1.types.count },
            filesGenerated: staged.paths.count, filesWritten: plan.written.count,
            warnings: diagnostics.warningCount, errors: diagnostics.errorCount,
            reportBytes: printed.joined(separator: "\n").utf8.count, digest: digest.value)
    }

    /// What the CLI prints to stderr after a run (warnings and errors, one summary per API, the
    /// final count as a no-change re-run prints it), which a replay prints again.
    static func reportLines(_ diagnostics: Diagnostics, summaries: [String], files: Int) -> [String] {
        var lines = diagnostics.sorted.filter { $0.severity != .note }.map(\.description)
        lines += summaries
        lines.append("doc2swift: wrote 0 files, removed 0, \(files) unchanged; "
            + "\(diagnostics.warningCount) warnings, \(diagnostics.errorCount) errors")
        return lines
    }

    /// FNV-1a over generated paths and texts, fed one file at a time.
    struct Digest {
        private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func add(_ file: OutputFile) {
            for byte in file.path.utf8 { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
            value = (value ^ 0) &* 0x100_0000_01b3
            for byte in file.contents.utf8 { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
    }
}
