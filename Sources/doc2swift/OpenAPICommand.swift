import Doc2SwiftCore
import Doc2SwiftIO
import Foundation

/// `doc2swift openapi`: the recovered schema of every API as an OpenAPI 3.1 document.
///
/// Where documents go: `--output` ending in `.json` is one file (the input must hold exactly one
/// API), any other `--output` is a folder holding `<API>.openapi.json` per API, and without
/// `--output` the single API's document is printed. A file is only rewritten when its bytes
/// change, and nothing else in the folder is touched.
enum OpenAPICommand {
    static func run(_ arguments: CommandLineArguments) -> Int32 {
        let (settings, configDiagnostics) = Settings.resolve(arguments)
        if configDiagnostics.hasErrors {
            report(configDiagnostics, notes: true)
            return ExitCode.failure
        }
        let scanner = InputScanner(inputDirectory: arguments.inputDirectory)
        let pipeline: GeneratorPipeline
        let pages: [InputPage]
        var diagnostics = configDiagnostics
        do {
            let scan = try scanner.scan(singleAPI: settings.apiName)
            pages = scan.pages
            diagnostics.append(contentsOf: scan.skipped)
            // Only the parse and schema stages run; the pipeline needs templates all the same.
            // Samples are checked against the Swift `generate` would write, so that both report alike.
            pipeline = GeneratorPipeline(
                extractor: PageExtractor(includeLoader: scanner.includeLoader),
                builder: SchemaBuilder(requiredProperties: settings.options.requiredProperties), translator: Translator(),
                templates: try TemplateLibrary(), typeMappings: settings.typeMappings,
                typeMappingsLocation: settings.configLocation)
        } catch let error as ScanError {
            printError("doc2swift: error: \(error.message)")
            return ExitCode.failure
        } catch {
            printError("doc2swift: error: \(error)")
            return ExitCode.failure
        }
        let (facts, parseDiagnostics) = pipeline.parse(pages)
        let (schemas, schemaDiagnostics) = pipeline.buildSchemas(facts)
        let exports = schemas.map { OpenAPIExporter().export($0) }
        diagnostics.append(contentsOf: parseDiagnostics)
        diagnostics.append(contentsOf: schemaDiagnostics)
        exports.forEach { diagnostics.append(contentsOf: $0.diagnostics) }
        report(diagnostics, notes: arguments.verbose)

        let targets: [(export: OpenAPIExport, path: String?)]
        switch destinations(for: exports, output: arguments.outputDirectory) {
        case .success(let found): targets = found
        case .failure(let error):
            printError("doc2swift: error: \(error.message)")
            return ExitCode.failure
        }
        if diagnostics.hasErrors || (settings.strict && diagnostics.warningCount > 0) {
            printError("doc2swift: error: export failed; nothing was written")
            return ExitCode.failure
        }
        for (export, path) in targets {
            guard let path else {
                print(export.text, terminator: "")
                continue
            }
            do {
                let written = try writeIfChanged(export.text, to: path)
                if !arguments.quiet {
                    printError("doc2swift: \(path): \(export.api), \(export.operationCount) operations, "
                        + "\(export.schemaCount) schemas (\(written ? "written" : "unchanged"))")
                }
            } catch {
                printError("doc2swift: error: writing '\(path)' failed: \(error.localizedDescription)")
                return ExitCode.failure
            }
        }
        return ExitCode.success
    }

    /// An output that cannot take the documents.
    struct DestinationError: Error {
        var message: String
    }

    /// The file each document goes to; a nil path means standard output.
    static func destinations(for exports: [OpenAPIExport], output: String?)
        -> Result<[(export: OpenAPIExport, path: String?)], DestinationError> {
        let names = exports.map(\.api).joined(separator: ", ")
        guard let output else {
            guard exports.count == 1 else {
                return .failure(DestinationError(message: "\(exports.count) APIs found (\(names)); pass "
                    + "'--output <folder>' for one document each, or '--api NAME' to read the folder as one API"))
            }
            return .success([(exports[0], nil)])
        }
        if output.lowercased().hasSuffix(".json") {
            guard exports.count == 1 else {
                return .failure(DestinationError(message: "'--output \(output)' is one file but \(exports.count) APIs "
                    + "were found (\(names)); give a folder instead, or '--api NAME'"))
            }
            return .success([(exports[0], output)])
        }
        let folder = output.hasSuffix("/") ? String(output.dropLast()) : output
        return .success(exports.map { ($0, folder + "/" + $0.fileName) })
    }

    /// Writes `text` to `path` unless the file already holds exactly these bytes; returns whether it wrote.
    /// The file is replaced atomically, so a reader never sees half a document.
    static func writeIfChanged(_ text: String, to path: String) throws -> Bool {
        let data = Data(text.utf8)
        if FileManager.default.contents(atPath: path) == data { return false }
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url, options: .atomic)
        return true
    }
}
