import Doc2SwiftCore
import Doc2SwiftIO
import Foundation

/// The `doc2swift` command: argument parsing, file I/O and exit codes around `GeneratorPipeline`.
enum ExitCode {
    static let success: Int32 = 0
    static let failure: Int32 = 1
    static let usage: Int32 = 64
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

func run(_ arguments: CommandLineArguments) -> Int32 {
    let (settings, configDiagnostics) = Settings.resolve(arguments)
    if configDiagnostics.hasErrors {
        report(configDiagnostics, notes: true)
        return ExitCode.failure
    }
    // A `generate` whose inputs, command line and outputs are as the last successful run left
    // them replays that run's report instead of generating the same files again.
    let outputFolder = arguments.outputDirectory.map { URL(fileURLWithPath: $0).standardizedFileURL }
    let stampInputs = arguments.command == .generate && outputFolder != nil
        ? GenerationStamp.inputDigest(arguments: CommandLine.arguments, paths: [arguments.inputDirectory,
              settings.templatesDirectory, settings.configLocation?.file].compactMap { $0 })
        : nil
    if let stampInputs, let outputFolder, let stamp = GenerationStamp.current(matching: stampInputs, in: outputFolder) {
        stamp.report.forEach(printError)
        return ExitCode.success
    }
    let scanner = InputScanner(inputDirectory: arguments.inputDirectory)
    let pages: [InputPage]
    do {
        pages = try scanner.pages(singleAPI: settings.apiName)
    } catch let error as ScanError {
        printError("doc2swift: error: \(error.message)")
        return ExitCode.failure
    } catch {
        printError("doc2swift: error: \(error)")
        return ExitCode.failure
    }
    let templates: TemplateLibrary
    do {
        let overrides = try TemplateOverrides.load(settings.templatesDirectory)
        templates = try TemplateLibrary(overrides: overrides)
    } catch let diagnostic as Diagnostic {
        printError(diagnostic.description)
        return ExitCode.failure
    } catch {
        printError("doc2swift: error: \(error)")
        return ExitCode.failure
    }
    let options = settings.options
    let pipeline = GeneratorPipeline(
        extractor: PageExtractor(includeLoader: scanner.includeLoader),
        translator: Translator(options: options, sourceRoot: scanner.displayRoot),
        templates: templates, typeMappings: settings.typeMappings, typeMappingsLocation: settings.configLocation)
    var result = pipeline.run(pages)
    result.diagnostics.append(contentsOf: configDiagnostics)
    var files = result.files.filter { settings.wants($0.path) }
    if let packageName = arguments.packageName {
        files.append(PackageManifest.file(name: packageName, schemas: result.schemas, options: options))
    }
    switch arguments.command {
    case .schema:
        print(JSONOutput.encode(result.schemas))
    case .dumpContext:
        print(JSONOutput.contexts(pipeline.translatorContexts(result.schemas, facts: result.facts)))
    case .report:
        print(CoverageReport.render(facts: result.facts, schemas: result.schemas, diagnostics: result.diagnostics))
    case .generate, .check, .openapi:
        break
    }
    report(result.diagnostics, notes: arguments.verbose)
    let failed = result.diagnostics.hasErrors || (settings.strict && result.diagnostics.warningCount > 0)
    guard let output = arguments.outputDirectory, [.generate, .check].contains(arguments.command) else {
        return failed ? ExitCode.failure : ExitCode.success
    }
    if failed {
        let reason = result.diagnostics.hasErrors
            ? "\(result.diagnostics.errorCount) errors above; fix them in the pages, config or templates named"
            : "--strict counts the \(result.diagnostics.warningCount) warnings above as errors; fix them or drop --strict"
        printError("doc2swift: error: generation failed (\(reason)); '\(output)' was left unchanged")
        return ExitCode.failure
    }
    let writer = OutputWriter(directory: URL(fileURLWithPath: output).standardizedFileURL)
    do {
        let plan = try writer.plan(files)
        if arguments.command == .check {
            guard plan.isEmpty else {
                for path in plan.written { printError("\(output)/\(path): error: stale; run 'doc2swift generate'") }
                for path in plan.removed { printError("\(output)/\(path): error: no longer generated; run 'doc2swift generate'") }
                return ExitCode.failure
            }
            if !arguments.quiet { printError("doc2swift: \(output) is up to date (\(plan.unchanged) files)") }
            return ExitCode.success
        }
        GenerationStamp.remove(in: writer.directory)
        try writer.write(files, plan: plan)
        let summaries = arguments.quiet ? [] : CoverageReport.summaries(facts: result.facts, schemas: result.schemas).map(\.line)
        let counts = "\(result.diagnostics.warningCount) warnings, \(result.diagnostics.errorCount) errors"
        if !arguments.quiet {
            summaries.forEach(printError)
            printError("doc2swift: wrote \(plan.written.count) files, removed \(plan.removed.count), "
                + "\(plan.unchanged) unchanged; \(counts)")
        }
        if let stampInputs {
            // What a re-run that finds every file unchanged prints; a failed stamp only costs speed.
            let unchanged = arguments.quiet ? [] : ["doc2swift: wrote 0 files, removed 0, \(files.count) unchanged; \(counts)"]
            try? GenerationStamp.record(inputs: stampInputs, report: reportLines(result.diagnostics, notes: arguments.verbose)
                + summaries + unchanged, paths: files.map(\.path), in: writer.directory)
        }
        return ExitCode.success
    } catch let error as WriteError {
        printError("doc2swift: error: \(error.message)")
        return ExitCode.failure
    } catch {
        printError("doc2swift: error: writing '\(output)' failed: \(error)")
        return ExitCode.failure
    }
}

/// Prints diagnostics to stderr, sorted and de-duplicated.
func report(_ diagnostics: Diagnostics, notes: Bool) {
    reportLines(diagnostics, notes: notes).forEach(printError)
}

/// The lines `report` prints.
func reportLines(_ diagnostics: Diagnostics, notes: Bool) -> [String] {
    diagnostics.sorted.filter { notes || $0.severity != .note }.map(\.description)
}

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch try CommandLineArguments.parse(arguments) {
    case .help(let command):
        print(HelpText.help(for: command))
    case .version:
        print(HelpText.version)
    case .run(let parsed):
        exit(parsed.command == .openapi ? OpenAPICommand.run(parsed) : run(parsed))
    }
} catch {
    printError("doc2swift: error: \(error.message)")
    printError("Usage: doc2swift <command> <input-dir> [options]; see 'doc2swift --help'")
    exit(ExitCode.usage)
}
