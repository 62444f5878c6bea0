import Dispatch
import Foundation
import MarkdownBlocks

/// The whole generator as one value: pages → facts → schema → contexts → files.
///
/// Each stage is a pure function of the previous stage's value; pages are parsed in parallel and
/// collected in input order, so the result never depends on the number of cores.
public struct GeneratorPipeline: Sendable {
    public var extractor: PageExtractor
    public var builder: SchemaBuilder
    public var translator: Translator
    public var templates: TemplateLibrary
    /// Docs type name → docs type name to use instead (a config's `typeMappings`).
    public var typeMappings: [String: String]
    /// Where the type mappings were written, for their diagnostics.
    public var typeMappingsLocation: SourceLocation?

    public init(extractor: PageExtractor, builder: SchemaBuilder = SchemaBuilder(), translator: Translator,
                templates: TemplateLibrary, typeMappings: [String: String] = [:],
                typeMappingsLocation: SourceLocation? = nil) {
        self.extractor = extractor
        self.builder = builder
        self.translator = translator
        self.templates = templates
        self.typeMappings = typeMappings
        self.typeMappingsLocation = typeMappingsLocation
    }

    /// What one run produced.
    public struct Result: Sendable {
        public var facts: [PageFacts]
        public var schemas: [APISchema]
        public var files: [OutputFile]
        public var diagnostics: Diagnostics
    }

    /// Parses every page into facts, in parallel, returning them in the pages' sorted order.
    /// - Parameter contents: a page's bytes; by default `page.data`. A caller that lists pages
    ///   without reading them passes a loader, so each page's bytes live only while it is parsed.
    ///   A page it cannot load (nil) is reported and yields facts with nothing in them.
    public func parse(_ pages: [InputPage], contents: @Sendable (InputPage) -> Data? = { $0.data })
        -> ([PageFacts], Diagnostics) {
        let sorted = pages.sorted { $0.relativePath < $1.relativePath }
        let results = ParallelMap.map(sorted) { page -> ([PageFacts], Diagnostics) in
            guard let data = contents(page) else {
                let (empty, _) = extractor.extract(BlockReader.read(data: Data(), file: page.displayPath),
                                                   relativePath: page.relativePath, api: page.api)
                let problem = Diagnostic.error("cannot read the page (was it removed or made unreadable while "
                    + "generating?); run again", at: SourceLocation(file: page.displayPath, line: 1, column: 1))
                return ([empty], Diagnostics([problem]))
            }
            let document = BlockReader.read(data: data, file: page.displayPath)
            return extractor.extractAll(document, relativePath: page.relativePath, api: page.api)
        }
        var diagnostics = Diagnostics()
        for result in results { diagnostics.append(contentsOf: result.1) }
        return (results.flatMap(\.0), diagnostics)
    }

    /// Merges facts into one schema per API, sorted by API name.
    public func buildSchemas(_ facts: [PageFacts]) -> ([APISchema], Diagnostics) {
        let apis = Dictionary(grouping: facts, by: \.api)
        var diagnostics = Diagnostics()
        var schemas: [APISchema] = []
        for api in apis.keys.sorted() {
            let (built, found) = builder.build(api: api, pages: apis[api] ?? [])
            let (schema, mapped) = TypeMapping.apply(typeMappings, to: built, configLocation: typeMappingsLocation)
            schemas.append(schema)
            diagnostics.append(contentsOf: found)
            diagnostics.append(contentsOf: mapped)
            diagnostics.append(contentsOf: translator.namingDiagnostics(schema, facts: apis[api] ?? []))
        }
        return (schemas, diagnostics)
    }

    /// Renders every file of every schema. A template error stops that file and is reported.
    /// Contexts that share a path (plugin layouts: several declarations of one page) are rendered
    /// in order and joined into one file.
    /// - Parameters:
    ///   - schemas: the APIs to render.
    ///   - pages: display paths of each API's pages, for layouts that give every page a file.
    public func render(_ schemas: [APISchema], pages: [String: [String]] = [:]) -> ([OutputFile], Diagnostics) {
        var files: [OutputFile] = []
        let diagnostics = render(schemas, pages: pages) { files.append($0) }
        return (files, diagnostics)
    }

    /// Renders as `render(_:pages:)` does, a batch of files at a time on all cores, handing each
    /// file to `emit` in the same order; only one batch of rendered text is held at once, so
    /// memory does not grow with the number of files. An error thrown by `emit` stops rendering.
    public func render<Failure: Error>(_ schemas: [APISchema], pages: [String: [String]] = [:], batchSize: Int = 256,
                                       emit: (OutputFile) throws(Failure) -> Void) throws(Failure) -> Diagnostics {
        let contexts = schemas.flatMap { translator.translate($0, pages: pages[$0.name] ?? []) }
        let batches = stride(from: 0, to: contexts.count, by: batchSize).map { start in
            Array(contexts[start..<min(start + batchSize, contexts.count)])
        }
        let templates = self.templates
        /// Renders one batch on all cores.
        @Sendable func renderBatch(_ batch: [FileContext]) -> [Swift.Result<OutputFile, Diagnostic>] {
            ParallelMap.map(batch) { context -> Swift.Result<OutputFile, Diagnostic> in
                do throws(Diagnostic) {
                    return .success(OutputFile(path: context.path, contents: try templates.render(context)))
                } catch {
                    return .failure(error)
                }
            }
        }
        var diagnostics = Diagnostics()
        var pending: OutputFile?
        // While one batch is handed to `emit` (which writes files: mostly waiting on the system),
        // the next one renders; at most two batches of text exist at once.
        var ahead = batches.first.map { first in AheadOf.start { renderBatch(first) } }
        for index in batches.indices {
            let rendered = ahead?.wait() ?? []
            ahead = index + 1 < batches.count ? AheadOf.start { [batch = batches[index + 1]] in renderBatch(batch) } : nil
            for result in rendered {
                switch result {
                case .success(let file):
                    if pending?.path == file.path {
                        pending?.contents += "\n" + file.contents
                    } else {
                        if let finished = pending {
                            do { try emit(finished) } catch { _ = ahead?.wait(); throw error }
                        }
                        pending = file
                    }
                case .failure(let diagnostic): diagnostics.append(diagnostic)
                }
            }
        }
        if let finished = pending { try emit(finished) }
        return diagnostics
    }

    /// Runs every stage.
    public func run(_ pages: [InputPage]) -> Result {
        let (facts, parseDiagnostics) = parse(pages)
        let (schemas, schemaDiagnostics) = buildSchemas(facts)
        let pagesByAPI = Self.pageFiles(facts)
        let (files, renderDiagnostics) = render(schemas, pages: pagesByAPI)
        var diagnostics = parseDiagnostics
        diagnostics.append(contentsOf: schemaDiagnostics)
        diagnostics.append(contentsOf: renderDiagnostics)
        return Result(facts: facts, schemas: schemas, files: files, diagnostics: diagnostics)
    }
}

extension GeneratorPipeline {
    /// Each API's page files, once each and in order (a page with several operations has several facts).
    public static func pageFiles(_ facts: [PageFacts]) -> [String: [String]] {
        Dictionary(grouping: facts, by: \.api).mapValues { pages in
            var seen = Set<String>()
            return pages.map(\.file).filter { seen.insert($0).inserted }
        }
    }
}

/// A value computed on another thread, waited for once.
final class AheadOf<Value: Sendable>: @unchecked Sendable {
    private var value: Value?
    private let done = DispatchSemaphore(value: 0)

    static func start(_ compute: @escaping @Sendable () -> Value) -> AheadOf {
        let ahead = AheadOf()
        DispatchQueue.global().async {
            ahead.value = compute()
            ahead.done.signal()
        }
        return ahead
    }

    /// The value, once computed; call at most once.
    func wait() -> Value {
        done.wait()
        return value!
    }
}
