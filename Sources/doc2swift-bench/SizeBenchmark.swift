import Foundation

/// Parent side of one corpus size: writes the synthetic corpus, measures it in a child process,
/// and removes everything it wrote.
enum SizeBenchmark {
    static func run(size: Int, corpora: [BaseCorpus], log: (String) -> Void) throws -> SizeResult {
        let folder = try TemporaryFolder("size\(size)")
        defer { folder.remove() }
        let input = folder.appending("input")
        let written = try SyntheticCorpus.write(pages: size, from: corpora, to: input)
        log("size \(size): wrote \(written.pages) pages (\(String(format: "%.1f", Double(written.bytes) / 1e6)) MB); measuring")
        let data = try ChildProcess.output(of: ChildProcess.benchExecutable,
                                           ["--one", String(size), "--input", input.path])
        return try JSONDecoder().decode(SizeResult.self, from: data)
    }
}
