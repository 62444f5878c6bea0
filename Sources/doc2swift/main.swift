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
    // Config problems, then input files that were passed over: reported with the pages' diagnostics.
    var (settings, setupDiagnostics) = Settings.resolve(arguments)
    if setupDiagnostics.hasErrors {
        report(setupDiagnostics, notes: true)
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
    let streams = arguments.outputDirectory != nil && [.generate, .check].contains(arguments.command)
    let pages: [InputPage]
    do {
        // Generating into a folder reads each page only while parsing it.
        let scan = try scanner.scan(singleAPI: settings.apiName, readingContents: !streams)
        pages = scan.pages
        setupDiagnostics.append(contentsOf: scan.skipped)
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
        builder: SchemaBuilder(requiredProperties: options.requiredProperties),
        translator: Translator(options: options, sourceRoot: scanner.displayRoot),
        templates: templates, typeMappings: settings.typeMappings, typeMappingsLocation: settings.configLocation)
    if streams, let output = arguments.outputDirectory {
        return write(pages, from: scanner, with: pipeline, to: output, settings: settings, arguments: arguments,
                     setupDiagnostics: setupDiagnostics, stampInputs: stampInputs)
    }
    var result = pipeline.run(pages)
    result.diagnostics.append(contentsOf: setupDiagnostics)
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
    let diagnostics = settings.strict ? result.diagnostics.warningsAsErrors : result.diagnostics
    report(diagnostics, notes: arguments.verbose)
    return diagnostics.hasErrors ? ExitCode.failure : ExitCode.success
}

/// `generate` and `check` with an output folder: parses and merges every page, then renders a
/// batch of files at a time straight into the staged output, so generated text is never all in
/// memory. Nothing in the folder changes unless every stage succeeds.
func write(_ pages: [InputPage], from scanner: InputScanner, with pipeline: GeneratorPipeline, to output: String,
           settings: Settings, arguments: CommandLineArguments, setupDiagnostics: Diagnostics,
           stampInputs: String?) -> Int32 {
    var (facts, parseDiagnostics) = pipeline.parse(pages) { scanner.contents(of: $0) }
    let (schemas, schemaDiagnostics) = pipeline.buildSchemas(facts)
    // Facts are large (every table cell and sample of every page); keep only what is printed
    // and the page list, and let them go before rendering.
    let summaries = arguments.quiet ? [] : CoverageReport.summaries(facts: facts, schemas: schemas).map(\.line)
    let pagesByAPI = GeneratorPipeline.pageFiles(facts)
    facts = []
    var diagnostics = setupDiagnostics
    diagnostics.append(contentsOf: parseDiagnostics)
    diagnostics.append(contentsOf: schemaDiagnostics)
    if settings.strict { diagnostics = diagnostics.warningsAsErrors }
    /// Reports the diagnostics and why the folder was left alone.
    func fail() -> Int32 {
        report(diagnostics, notes: arguments.verbose)
        let reason = "\(diagnostics.errorCount) errors above; fix them in the pages, config or templates named"
            + (settings.strict ? " (--strict counts warnings as errors), or drop --strict" : "")
        printError("doc2swift: error: generation failed (\(reason)); '\(output)' was left unchanged")
        return ExitCode.failure
    }
    if diagnostics.hasErrors { return fail() }
    let writer = OutputWriter(directory: URL(fileURLWithPath: output).standardizedFileURL)
    let staged: StagedOutput
    do {
        staged = try StagedOutput(writer: writer, checkOnly: arguments.command == .check)
        var rendered = try pipeline.render(schemas, pages: pagesByAPI) { file in
            if settings.wants(file.path) { try staged.add(file) }
        }
        if let packageName = arguments.packageName {
            try staged.add(PackageManifest.file(name: packageName, schemas: schemas, options: settings.options))
        }
        if settings.strict { rendered = rendered.warningsAsErrors }
        diagnostics.append(contentsOf: rendered)
    } catch {
        return writeFailed(error, output: output)
    }
    if diagnostics.hasErrors {
        staged.abandon()
        return fail()
    }
    report(diagnostics, notes: arguments.verbose)
    do {
        if arguments.command == .generate { GenerationStamp.remove(in: writer.directory) }
        let plan = try staged.finish()
        if arguments.command == .check {
            guard plan.isEmpty else {
                for path in plan.written { printError("\(output)/\(path): error: stale; run 'doc2swift generate'") }
                for path in plan.removed { printError("\(output)/\(path): error: no longer generated; run 'doc2swift generate'") }
                return ExitCode.failure
            }
            if !arguments.quiet { printError("doc2swift: \(output) is up to date (\(plan.unchanged) files)") }
            return ExitCode.success
        }
        let counts = "\(diagnostics.warningCount) warnings, \(diagnostics.errorCount) errors"
        if !arguments.quiet {
            summaries.forEach(printError)
            printError("doc2swift: wrote \(plan.written.count) files, removed \(plan.removed.count), "
                + "\(plan.unchanged) unchanged; \(counts)")
        }
        if let stampInputs {
            // What a re-run that finds every file unchanged prints; a failed stamp only costs speed.
            let unchanged = arguments.quiet ? [] : ["doc2swift: wrote 0 files, removed 0, \(staged.paths.count) unchanged; \(counts)"]
            try? GenerationStamp.record(inputs: stampInputs, report: reportLines(diagnostics, notes: arguments.verbose)
                + summaries + unchanged, paths: staged.paths, in: writer.directory)
        }
        return ExitCode.success
    } catch {
        staged.abandon()
        return writeFailed(error, output: output)
    }
}

/// Reports a failure to write the output folder.
func writeFailed(_ error: any Error, output: String) -> Int32 {
    if let error = error as? WriteError {
        printError("doc2swift: error: \(error.message)")
    } else {
        printError("doc2swift: error: writing '\(output)' failed: \(error)")
    }
    return ExitCode.failure
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
