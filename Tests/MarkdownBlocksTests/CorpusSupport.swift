import Foundation
import MarkdownBlocks

/// Finds and reads the shared corpus of real reference pages (`../shared/corpus` next to the package).
enum Corpus {
    /// The corpus directory, or nil when it is not there (the corpus tests are then skipped).
    static let directory: URL? = {
        // The test sources may be reached through a symlinked scratch package; resolve to the real package.
        let source = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        let packageRoot = source.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            packageRoot.appendingPathComponent("../shared/corpus").standardizedFileURL,
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
                .appendingPathComponent("../shared/corpus").standardizedFileURL,
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }
    }()

    /// The seed pages (`../shared/seeds`), or nil when absent.
    static let seeds: URL? = directory.map {
        $0.deletingLastPathComponent().appendingPathComponent("seeds")
    }.flatMap { FileManager.default.fileExists(atPath: $0.path) ? $0 : nil }

    /// Every `.md` file below `directory`, sorted by path.
    static func markdownFiles(in directory: URL) -> [URL] {
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        var files: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if url.pathExtension == "md" { files.append(url) }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// One corpus page read from disk.
    struct Page {
        /// The page's path, as given to the reader.
        let path: String
        /// The raw bytes.
        let data: Data
        /// The reader's result.
        let document: MarkdownDocument
    }

    /// Every corpus page, read once and shared by all corpus tests.
    static let pages: [Page] = {
        guard let directory else { return [] }
        return markdownFiles(in: directory).map { url in
            let data = (try? Data(contentsOf: url)) ?? Data()
            return Page(path: url.path, data: data, document: BlockReader.read(data: data, file: url.path))
        }
    }()

    /// The pages whose path contains `fragment`.
    static func pages(containing fragment: String) -> [Page] {
        pages.filter { $0.path.contains(fragment) }
    }
}
