import Foundation

/// The real pages of one API folder of the corpus, ready to be replicated.
struct BaseCorpus {
    /// The folder's name, used as the API name of its copies (`superoffice`).
    var name: String
    /// The pages, sorted by path.
    var pages: [PageTemplate]

    /// Files in a corpus folder's root that describe the folder rather than the API.
    static let folderNotes: Set<String> = ["NOTES.md", "README.md"]

    /// Loads every `.md` page under `folder` and marks the names each copy renames.
    static func load(_ folder: URL) throws -> BaseCorpus {
        let root = folder.standardizedFileURL.resolvingSymlinksInPath()
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw BenchError(message: "cannot read \(folder.path)")
        }
        var files: [(path: String, bytes: [UInt8])] = []
        for case let url as URL in enumerator where url.pathExtension.lowercased() == "md" {
            let resolved = url.standardizedFileURL.resolvingSymlinksInPath().path
            guard resolved.hasPrefix(root.path + "/") else { continue }
            let relative = String(resolved.dropFirst(root.path.count + 1))
            if folderNotes.contains(relative) { continue }
            guard let data = FileManager.default.contents(atPath: resolved) else { continue }
            files.append((relative, Array(data)))
        }
        files.sort { $0.path < $1.path }
        let names = RenameSet.collect(files)
        let pages = files.map { PageTemplate(path: $0.path, bytes: $0.bytes, renaming: names) }
        return BaseCorpus(name: root.lastPathComponent, pages: pages)
    }
}

/// A failure that ends the benchmark with a message.
struct BenchError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
