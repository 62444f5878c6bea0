import Doc2SwiftCore
import Foundation

/// Chooses which real API folders the synthetic corpora replicate: every known folder whose
/// pages yield at least one operation today (SuperOffice at least), so that a format the
/// generator cannot read yet does not pad the page count with pages that cost nothing.
enum CorpusSelection {
    static let folders = ["superoffice", "apollo-er", "onoffice"]

    static func load(from root: URL, log: (String) -> Void) throws -> [BaseCorpus] {
        var chosen: [BaseCorpus] = []
        for folder in folders {
            let url = root.appendingPathComponent(folder)
            guard FileManager.default.fileExists(atPath: url.path) else {
                log("corpus: \(folder) not found under \(root.path); skipped")
                continue
            }
            let corpus = try BaseCorpus.load(url)
            let operations = try operationCount(corpus)
            if operations > 0 {
                log("corpus: \(folder): \(corpus.pages.count) pages, \(operations) operations; replicated")
                chosen.append(corpus)
            } else {
                log("corpus: \(folder): \(corpus.pages.count) pages, no operation extracted; not replicated")
            }
        }
        guard !chosen.isEmpty else { throw BenchError(message: "no usable corpus under \(root.path)") }
        return chosen
    }

    /// The operations the generator finds in the real pages, parsed in memory.
    static func operationCount(_ corpus: BaseCorpus) throws -> Int {
        let pages = corpus.pages.map { page in
            let path = corpus.name + "/" + page.path
            return InputPage(displayPath: path, relativePath: path, api: corpus.name, data: Data(page.bytes))
        }
        let texts = Dictionary(uniqueKeysWithValues: pages.map { ($0.relativePath, String(decoding: $0.data, as: UTF8.self)) })
        let pipeline = GeneratorPipeline(extractor: PageExtractor(includeLoader: { texts[$0] }),
                                         translator: Translator(), templates: try TemplateLibrary())
        let (facts, _) = pipeline.parse(pages)
        let (schemas, _) = pipeline.buildSchemas(facts)
        return schemas.reduce(0) { $0 + $1.operations.count }
    }
}
