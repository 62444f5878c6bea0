import Doc2SwiftIO
import Foundation

/// `--compile`: the cold debug build of generated code, module and tests apart.
///
/// Each input is generated with `--package` into a fresh folder and built with a fresh scratch
/// path: first `swift package describe` (untimed: it compiles the manifest) and a build of the
/// package with one empty file per target (untimed: it fills the clang module cache Foundation
/// needs, which a user's package fills once for all its targets, see ``BuildFloor``), then
/// `swift build` (the modules alone, cold), then `swift build --build-tests` (the test targets on
/// top of the built modules, plus the test runner's link). The inputs are the seed APIs (`Input/`), real
/// corpus folders, one API cut to N operations, a synthetic corpus, one page whose type has N
/// properties, and one page whose request has N query parameters. With an anchor
/// (`--anchor`), the seeds, the folders and the cut API are also exported as OpenAPI and built by
/// swift-openapi-generator's code, in the same folder, right after doc2swift's.
enum CompileBenchmark {
    /// What to build.
    struct Plan {
        /// `Input/` of the checkout (the seed APIs), or nil to skip.
        var seeds: URL?
        /// Real corpus folders, each generated and built on its own.
        var folders: [URL] = []
        /// Page count of the synthetic corpus made from `corpora`; 0 skips it.
        var syntheticPages = 0
        /// Property counts of the wide-type page.
        var wideSizes: [Int] = []
        /// Query parameter counts of the wide-request page.
        var wideParameterSizes: [Int] = []
        /// Operations of the API cut from `operationsSource` (0 skips it).
        var operations = 0
        var operationsSource: URL?
        /// swift-openapi-generator, to build the same APIs side by side; nil skips it.
        var anchor: AnchorGenerator?
    }

    struct Row {
        var label: String
        var pages: Int
        var module: CodeSize
        var tests: CodeSize
        var moduleBuild: CommandTimer.Measurement
        var testBuild: CommandTimer.Measurement
        /// Property count for wide-type rows (or parameter count for wide-request rows), to print their ratio.
        var properties: Int?
        /// What `properties` counts: "properties" or "query parameters".
        var sizeUnit = "properties"
        /// The operation count asked for, for the API cut to N operations.
        var operationsTarget: Int?
        /// The same input built from swift-openapi-generator's code.
        var anchor: AnchorGenerator.Build?
    }

    struct CodeSize {
        var files = 0
        var lines = 0
    }

    /// The rows, and the floors they are built on.
    struct Report {
        var rows: [Row] = []
        /// One empty file importing Foundation (``BuildFloor``).
        var floor: BuildFloor.Floor?
        /// One empty file importing OpenAPIRuntime, with the runtime built; with `--anchor` only.
        var anchorFloor: CommandTimer.Measurement?
    }

    static func run(_ plan: Plan, corpora: [BaseCorpus], log: (String) -> Void) throws -> Report {
        var report = Report()
        report.floor = try BuildFloor.foundation(log: log)
        report.anchorFloor = try plan.anchor?.floor(log: log)
        report.rows = try runRows(plan, corpora: corpora, log: log)
        return report
    }

    static func runRows(_ plan: Plan, corpora: [BaseCorpus], log: (String) -> Void) throws -> [Row] {
        var rows: [Row] = []
        if let seeds = plan.seeds {
            rows.append(try build(label: "seeds (Input/)", anchor: plan.anchor, log: log) { try copyPages(from: seeds, to: $0) })
        }
        for folder in plan.folders {
            rows.append(try build(label: folder.lastPathComponent, anchor: plan.anchor, log: log) { input in
                let api = input.appendingPathComponent(folder.lastPathComponent)
                try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: folder, to: api)
                return try pageCount(api)
            })
        }
        if plan.operations > 0, let source = plan.operationsSource {
            let corpus = try BaseCorpus.load(source)
            var row = try build(label: "\(corpus.name) and copies, \(plan.operations) operations", anchor: plan.anchor,
                                log: log) { input in
                let written = try OperationCorpus.write(operations: plan.operations, from: corpus, to: input)
                log("compile: \(corpus.name) and its copies cut to \(written.pages) pages, \(written.operations) operations")
                return written.pages
            }
            row.operationsTarget = plan.operations
            rows.append(row)
        }
        if plan.syntheticPages > 0 {
            rows.append(try build(label: "synthetic", log: log) { input in
                try SyntheticCorpus.write(pages: plan.syntheticPages, from: corpora, to: input).pages
            })
        }
        for size in plan.wideSizes {
            var row = try build(label: "one type, \(ResultTable.count(size)) properties", log: log) { input in
                let api = input.appendingPathComponent("Wide")
                try FileManager.default.createDirectory(at: api, withIntermediateDirectories: true)
                try Data(WidePage.markdown(properties: size).utf8).write(to: api.appendingPathComponent("wide.md"))
                return 1
            }
            row.properties = size
            rows.append(row)
        }
        for size in plan.wideParameterSizes {
            var row = try build(label: "one request, \(ResultTable.count(size)) query parameters", log: log) { input in
                let api = input.appendingPathComponent("Wide")
                try FileManager.default.createDirectory(at: api, withIntermediateDirectories: true)
                try Data(WidePage.requestMarkdown(queryParameters: size).utf8)
                    .write(to: api.appendingPathComponent("wide-request.md"))
                return 1
            }
            row.properties = size
            row.sizeUnit = "query parameters"
            rows.append(row)
        }
        return rows
    }

    /// Writes an input folder with `writeInput` (which returns its page count), generates a
    /// package from it and builds the modules, then the tests.
    static func build(label: String, anchor: AnchorGenerator? = nil, log: (String) -> Void,
                      writeInput: (URL) throws -> Int) throws -> Row {
        let folder = try TemporaryFolder("compile")
        defer { folder.remove() }
        let input = folder.appending("input")
        let output = folder.appending("package")
        let pages = try writeInput(input)
        var generation = GenerationRun(input: input, output: output, packageName: "BenchCompile")
        generation.usesStamp = false
        _ = try generation.run()
        GenerationStamp.remove(in: output.standardizedFileURL)
        let module = try swiftSourceSize(output.appendingPathComponent("Sources"))
        let tests = try swiftSourceSize(output.appendingPathComponent("Tests"))
        log("compile: \(label): \(pages) pages; modules \(module.files) files, \(module.lines) lines; "
            + "tests \(tests.files) files, \(tests.lines) lines")
        let scratch = folder.appending("scratch").path
        defer { removeLockFiles(of: scratch) }
        _ = try CommandTimer.run(["swift", "package", "--scratch-path", scratch, "describe"], in: output)
        try BuildFloor.warmUp(package: output, scratch: scratch, in: folder, log: log)
        log("compile: \(label): swift build (debug, cold, module cache filled)")
        let moduleBuild = try checked(CommandTimer.run(["swift", "build", "--scratch-path", scratch], in: output),
                                      "swift build of the \(label) modules", log: log)
        log("compile: \(label): \(ResultTable.fixed(moduleBuild.wall, 1)) s, CPU \(cpu(moduleBuild)) s; swift build --build-tests")
        let testBuild = try checked(
            CommandTimer.run(["swift", "build", "--build-tests", "--scratch-path", scratch], in: output),
            "swift build --build-tests of the \(label) tests", log: log)
        log("compile: \(label): \(ResultTable.fixed(testBuild.wall, 1)) s, CPU \(cpu(testBuild)) s")
        var row = Row(label: label, pages: pages, module: module, tests: tests, moduleBuild: moduleBuild, testBuild: testBuild)
        row.anchor = try anchor?.build(input: input, label: label, in: folder, log: log)
        return row
    }

    static func checked(_ measurement: CommandTimer.Measurement, _ what: String,
                        log: (String) -> Void) throws -> CommandTimer.Measurement {
        guard measurement.status == 0 else {
            log(String(measurement.log.suffix(4_000)))
            throw BenchError(message: "\(what) failed")
        }
        return measurement
    }

    /// Copies every API folder of `source` (the seeds' `Input/`) into `input`; returns the page count.
    static func copyPages(from source: URL, to input: URL) throws -> Int {
        try FileManager.default.copyItem(at: source, to: input)
        return try pageCount(input)
    }

    static func pageCount(_ folder: URL) throws -> Int {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            throw BenchError(message: "cannot read \(folder.path)")
        }
        var count = 0
        for case let url as URL in enumerator where ["md", "markdown", "mdx"].contains(url.pathExtension.lowercased())
            && !BaseCorpus.folderNotes.contains(url.lastPathComponent) {
            count += 1
        }
        return count
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

    static func swiftSourceSize(_ folder: URL) throws -> CodeSize {
        guard FileManager.default.fileExists(atPath: folder.path) else { return CodeSize() }
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            throw BenchError(message: "cannot read \(folder.path)")
        }
        var size = CodeSize()
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            size.files += 1
            size.lines += (FileManager.default.contents(atPath: url.path) ?? Data()).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        }
        return size
    }

    static func render(_ report: Report) -> String {
        let rows = report.rows
        var lines = ["## Cold debug build of generated code (swift build, then swift build --build-tests)", ""]
        lines.append("Machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, load average "
            + "\(loadAverage()) at the end. Tests are built on top of the built modules. CPU is user + system "
            + "seconds of the build and its compiler jobs (GNU time), which other work on the machine inflates "
            + "less than wall time; ratios use CPU when measured.")
        if let floor = report.floor {
            lines.append("")
            lines.append("Floor: a target of one empty file importing Foundation builds in "
                + "\(ResultTable.fixed(floor.cold.wall, 1)) s (CPU \(cpu(floor.cold)) s) in a fresh scratch path, "
                + "which also fills its clang module cache for every target, and in "
                + "\(ResultTable.fixed(floor.warm.wall, 1)) s (CPU \(cpu(floor.warm)) s) once that cache is filled. "
                + "Module builds are timed on a filled cache: an untimed build of the same package with one empty "
                + "file per target comes first, as the generator's runtime build comes before its module.")
        }
        lines.append("")
        lines += ResultTable.table(
            ["input", "pages", "module lines", "test lines", "module wall s", "module CPU s", "tests wall s",
             "tests CPU s", "tests / module", "peak MB"],
            rows.map { row in
                [row.label, ResultTable.count(row.pages), ResultTable.count(row.module.lines),
                 ResultTable.count(row.tests.lines),
                 ResultTable.fixed(row.moduleBuild.wall, 1), cpu(row.moduleBuild),
                 ResultTable.fixed(row.testBuild.wall, 1), cpu(row.testBuild),
                 ResultTable.fixed(seconds(row.testBuild) / max(seconds(row.moduleBuild), 0.001), 2),
                 [row.moduleBuild.peakMemory, row.testBuild.peakMemory].compactMap { $0 }.max()
                     .map { ResultTable.fixed(Double($0) / 1e6, 0) } ?? "n/a"]
            })
        for unit in ["properties", "query parameters"] {
            let wide = rows.filter { $0.properties != nil && $0.sizeUnit == unit }
            guard wide.count > 1 else { continue }
            lines += ["", "Module build time against the \(unit == "properties" ? "type's" : "request's") size "
                + "(\(unit); linear: the time ratio equals the size ratio):", ""]
            var ratios: [[String]] = []
            for (smaller, larger) in zip(wide, wide.dropFirst()) {
                let sizeRatio = Double(larger.properties ?? 0) / Double(max(smaller.properties ?? 1, 1))
                ratios.append(["t(\(ResultTable.count(larger.properties ?? 0))) / t(\(ResultTable.count(smaller.properties ?? 0)))",
                               ResultTable.fixed(sizeRatio, 1),
                               ResultTable.fixed(seconds(larger.moduleBuild) / max(seconds(smaller.moduleBuild), 0.001), 2),
                               ResultTable.fixed(seconds(larger.testBuild) / max(seconds(smaller.testBuild), 0.001), 2)])
            }
            lines += ResultTable.table(["ratio", "size ratio", "module time ratio", "tests time ratio"], ratios)
        }
        lines += renderAnchor(rows, floor: report.floor?.warm, anchorFloor: report.anchorFloor)
        return lines.joined(separator: "\n")
    }

    /// The side-by-side table of `--anchor`, the issue's targets, and the generator's warnings.
    static func renderAnchor(_ rows: [Row], floor: CommandTimer.Measurement? = nil,
                             anchorFloor: CommandTimer.Measurement? = nil) -> [String] {
        let anchored = rows.filter { $0.anchor != nil }
        guard !anchored.isEmpty else { return [] }
        var lines = ["", "## Side by side with swift-openapi-generator (--anchor), cold debug builds", "",
                     "The same pages: doc2swift's package, and swift-openapi-generator's Types.swift and Client.swift "
                     + "generated from `doc2swift openapi`'s document. The generator's module is built after its runtime "
                     + "(swift-openapi-runtime and swift-http-types, timed apart), so its time is the generated code's "
                     + "alone; doc2swift's module includes its own support files, and is timed after its module cache "
                     + "is filled. Ratios use CPU seconds.", ""]
        lines += ResultTable.table(
            ["input", "operations", "d2s module s", "d2s tests s", "tests / module", "generator lines",
             "generator module s", "runtime s", "d2s / generator", "generator warnings"],
            anchored.map { row in
                let anchor = row.anchor!
                return [row.label, ResultTable.count(anchor.operations),
                        ResultTable.fixed(row.moduleBuild.wall, 1) + " (" + cpu(row.moduleBuild) + ")",
                        ResultTable.fixed(row.testBuild.wall, 1) + " (" + cpu(row.testBuild) + ")",
                        ResultTable.fixed(seconds(row.testBuild) / max(seconds(row.moduleBuild), 0.001), 2),
                        ResultTable.count(anchor.code.lines),
                        anchor.failure == nil
                            ? ResultTable.fixed(anchor.moduleBuild.wall, 1) + " (" + cpu(anchor.moduleBuild) + ")" : "failed",
                        ResultTable.fixed(anchor.runtimeBuild.wall, 1) + " (" + cpu(anchor.runtimeBuild) + ")",
                        anchor.failure == nil
                            ? ResultTable.fixed(seconds(row.moduleBuild) / max(seconds(anchor.moduleBuild), 0.001), 2) : "–",
                        ResultTable.count(anchor.warnings.count)]
            })
        lines += ["", "Times are wall seconds (CPU seconds in brackets); d2s = doc2swift."]
        if let anchorFloor {
            lines.append("The generator's floor: a target of one empty file importing OpenAPIRuntime, built after the "
                + "runtime, takes \(ResultTable.fixed(anchorFloor.wall, 1)) s (CPU \(cpu(anchorFloor)) s).")
        }
        for row in anchored {
            if let failure = row.anchor!.failure { lines.append("\(row.label): the generator's module did not build: \(failure)") }
        }
        lines += ["", "Targets (issue 19):", ""]
        for row in anchored where row.operationsTarget != nil && row.anchor!.failure == nil {
            let ratio = seconds(row.moduleBuild) / max(seconds(row.anchor!.moduleBuild), 0.001)
            let tests = seconds(row.testBuild) / max(seconds(row.moduleBuild), 0.001)
            lines.append("- [\(ratio <= 0.2 ? "x" : " ")] \(row.label): module ≤ 0.2× swift-openapi-generator's: "
                + "\(ResultTable.fixed(ratio, 2))×")
            lines.append("- [\(tests <= 1 ? "x" : " ")] \(row.label): tests ≤ the module's time: "
                + "\(ResultTable.fixed(tests, 2))×")
            lines += floorLines(doc2swift: row.moduleBuild, generator: row.anchor!.moduleBuild,
                                floor: floor, anchorFloor: anchorFloor)
        }
        let warnings = anchored.flatMap { row in row.anchor!.warnings.map { (row.label, $0) } }
        lines.append("- [\(warnings.isEmpty ? "x" : " ")] swift-openapi-generator warns about nothing in the exports: "
            + "\(warnings.count) warnings")
        let kinds = Dictionary(grouping: warnings) { warningKind($0.1) }
        for kind in kinds.keys.sorted() {
            let inputs = Set(kinds[kind]!.map(\.0)).sorted().joined(separator: ", ")
            lines.append("  - \(kinds[kind]!.count)× \(kind) (\(inputs))")
        }
        return lines
    }

    /// What the 0.2× target leaves once the floor is paid, and the ratio of the two modules' costs
    /// above their floors.
    static func floorLines(doc2swift: CommandTimer.Measurement, generator: CommandTimer.Measurement,
                           floor: CommandTimer.Measurement?, anchorFloor: CommandTimer.Measurement?) -> [String] {
        guard let floor else { return [] }
        let budget = 0.2 * seconds(generator)
        var lines = ["  - 0.2× the generator's module is \(ResultTable.fixed(budget, 1)) s; the floor alone (an empty "
            + "file importing Foundation, module cache filled) is \(ResultTable.fixed(seconds(floor), 1)) s, leaving \(ResultTable.fixed(budget - seconds(floor), 1)) s "
            + "for all of doc2swift's code"]
        if let anchorFloor {
            let ours = seconds(doc2swift) - seconds(floor)
            let theirs = seconds(generator) - seconds(anchorFloor)
            lines.append("  - above each floor: doc2swift \(ResultTable.fixed(ours, 1)) s, the generator "
                + "\(ResultTable.fixed(theirs, 1)) s: \(ResultTable.fixed(ours / max(theirs, 0.001), 2))×")
        }
        return lines
    }

    /// A generator warning without its location: `warning: Schema "null" is not supported, …`.
    static func warningKind(_ line: String) -> String {
        var text = Substring(line)
        if let start = text.range(of: "warning:") { text = text[start.upperBound...] }
        if let context = text.range(of: " [context:") { text = text[..<context.lowerBound] }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// CPU seconds when measured, else wall seconds: what ratios compare.
    static func seconds(_ measurement: CommandTimer.Measurement) -> Double { measurement.cpu ?? measurement.wall }

    static func cpu(_ measurement: CommandTimer.Measurement) -> String {
        measurement.cpu.map { ResultTable.fixed($0, 1) } ?? "n/a"
    }

    /// The 1-minute load average from `/proc/loadavg`, to show when other work shared the machine.
    static func loadAverage() -> String {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "n/a" }
        return text.split(separator: " ").first.map(String.init) ?? "n/a"
    }
}
