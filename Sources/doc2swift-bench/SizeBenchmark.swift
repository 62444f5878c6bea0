import Foundation

/// Parent side of one corpus size: writes the synthetic corpus into `folder` and measures it in a
/// child process. The caller removes the folder once every size is done: on ext4 without a
/// journal, creating files soon after deleting thousands is slow, which would bill one size's
/// cleanup to the next size's write stage.
enum SizeBenchmark {
    static func run(size: Int, corpora: [BaseCorpus], in folder: TemporaryFolder, regenerate: Bool,
                    log: (String) -> Void) throws -> SizeResult {
        let input = folder.appending("input")
        let written = try SyntheticCorpus.write(pages: size, from: corpora, to: input)
        log("size \(size): wrote \(written.pages) pages (\(String(format: "%.1f", Double(written.bytes) / 1e6)) MB); measuring")
        let data = try ChildProcess.output(of: ChildProcess.benchExecutable,
                                           ["--one", String(size), "--input", input.path]
                                               + (regenerate ? [] : ["--no-regenerate"]))
        return try JSONDecoder().decode(SizeResult.self, from: data)
    }
}
