import Doc2SwiftCore
import Foundation

/// One API of about N operations made from one real folder: its pages, then renamed copies of
/// them (as the synthetic corpora make them, `c<n>/` and `Copy<n>`), cut at the first page count
/// whose operations reach N. All pages sit under one API folder, so they make one module.
enum OperationCorpus {
    struct Written {
        var pages = 0
        var operations = 0
    }

    static func write(operations target: Int, from corpus: BaseCorpus, to root: URL) throws -> Written {
        guard !corpus.pages.isEmpty else { throw BenchError(message: "\(corpus.name) has no pages") }
        let library = try TemplateLibrary()
        // Pages in order of copies; add whole copies until the target is reached, then cut back.
        var pages: [InputPage] = []
        var copy = 0
        while try operationCount(pages, library: library) < target {
            guard copy < 1_000 else { throw BenchError(message: "\(corpus.name) yields too few operations") }
            pages += copyPages(corpus, copy: copy)
            copy += 1
        }
        // The smallest prefix with at least `target` operations (operation counts grow with pages).
        var low = 1
        var high = pages.count
        while low < high {
            let middle = (low + high) / 2
            if try operationCount(Array(pages[..<middle]), library: library) >= target { high = middle } else { low = middle + 1 }
        }
        let chosen = Array(pages[..<low])
        for page in chosen {
            let url = root.appendingPathComponent(page.relativePath)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try page.data.write(to: url)
        }
        return Written(pages: chosen.count, operations: try operationCount(chosen, library: library))
    }

    /// Copy `copy` of every page of `corpus` as input pages of the API `corpus.name`.
    static func copyPages(_ corpus: BaseCorpus, copy: Int) -> [InputPage] {
        let suffix = copy == 0 ? [] : Array("Copy\(copy)".utf8)
        return corpus.pages.map { page in
            let path = corpus.name + "/c\(copy)/" + page.path(suffix: suffix)
            return InputPage(displayPath: path, relativePath: path, api: corpus.name, data: Data(page.text(suffix: suffix)))
        }
    }

    /// The operations the generator finds in `pages`, parsed in memory.
    static func operationCount(_ pages: [InputPage], library: TemplateLibrary) throws -> Int {
        guard !pages.isEmpty else { return 0 }
        let texts = Dictionary(uniqueKeysWithValues: pages.map { ($0.relativePath, String(decoding: $0.data, as: UTF8.self)) })
        let pipeline = GeneratorPipeline(extractor: PageExtractor(includeLoader: { texts[$0] }),
                                         translator: Translator(), templates: library)
        let (facts, _) = pipeline.parse(pages)
        let (schemas, _) = pipeline.buildSchemas(facts)
        return schemas.reduce(0) { $0 + $1.operations.count }
    }
}
