import Foundation

/// `doc2swift-bench`: times generation on synthetic corpora made from the real pages.
/// Progress goes to stderr, tables to stdout.

func log(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

func benchmark(_ options: BenchOptions) throws {
    if let size = options.one {
        guard let input = options.input else { throw BenchError(message: "--one needs --input") }
        let result = try SizeMeasurement.run(size: size, input: input, output: options.output,
                                                 regenerate: options.regenerate)
        let encoder = JSONEncoder()
        FileHandle.standardOutput.write(try encoder.encode(result))
        return
    }
    let corpora = try CorpusSelection.load(from: options.corpusRoot, log: log)
    if let (size, folder) = options.writeCorpus {
        let written = try SyntheticCorpus.write(pages: size, from: corpora, to: folder)
        log("wrote \(written.pages) pages (\(written.bytes) bytes) to \(folder.path)")
        return
    }
    if let (operations, folder) = options.writeOperations {
        let corpus = try BaseCorpus.load(options.corpusRoot.appendingPathComponent(options.operationsFolder))
        let written = try OperationCorpus.write(operations: operations, from: corpus, to: folder)
        log("wrote \(written.pages) pages of \(corpus.name) and its copies, \(written.operations) operations, to \(folder.path)")
        return
    }
    if !options.compileOnly {
        var results: [SizeResult] = []
        var folders: [TemporaryFolder] = []
        defer { folders.forEach { $0.remove() } }
        for size in options.sizes {
            folders.append(try TemporaryFolder("size\(size)"))
            results.append(try SizeBenchmark.run(size: size, corpora: corpora, in: folders[folders.count - 1],
                                                 regenerate: options.regenerate, log: log))
        }
        print(ResultTable.render(results))
    }
    if options.compile {
        let anchor = try options.anchor.map { try AnchorGenerator.prepare(checkout: $0, log: log) }
        let plan = CompileBenchmark.Plan(
            seeds: options.packageRoot.appendingPathComponent("Input"),
            folders: options.compileFolders.map { options.corpusRoot.appendingPathComponent($0) },
            syntheticPages: options.compilePages, wideSizes: options.wideSizes,
            wideParameterSizes: options.wideParameterSizes, operations: options.compileOperations,
            operationsSource: options.corpusRoot.appendingPathComponent(options.operationsFolder), anchor: anchor)
        print("\n" + CompileBenchmark.render(try CompileBenchmark.run(plan, corpora: corpora, log: log)))
    }
    if options.toolBuild {
        print("\n" + ToolBuildBenchmark.render(try ToolBuildBenchmark.run(packageRoot: options.packageRoot, log: log)))
    }
}

do {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.contains("--help") || arguments.contains("-h") {
        print(BenchOptions.usage)
        exit(0)
    }
    try benchmark(try BenchOptions.parse(arguments))
} catch let error as BenchOptions.UsageError {
    log("doc2swift-bench: error: \(error.message)\n\(BenchOptions.usage)")
    exit(64)
} catch {
    log("doc2swift-bench: error: \(error)")
    exit(1)
}
