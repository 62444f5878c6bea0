import Foundation

/// Writes a corpus of a given page count by replicating the real pages.
///
/// Copy `n` of every page lives under `<api>/c<n>/` with every collected name suffixed
/// `Copy<n>` (copy 0 is the original), so relative include links still resolve inside a copy
/// and each copy adds operations and types rather than duplicates.
enum SyntheticCorpus {
    struct Written {
        var pages = 0
        var bytes = 0
    }

    static func write(pages count: Int, from corpora: [BaseCorpus], to root: URL) throws -> Written {
        let manager = FileManager.default
        var written = Written()
        var copy = 0
        while written.pages < count {
            let suffix = copy == 0 ? [] : Array("Copy\(copy)".utf8)
            for corpus in corpora {
                for page in corpus.pages where written.pages < count {
                    let url = root.appendingPathComponent(corpus.name).appendingPathComponent("c\(copy)")
                        .appendingPathComponent(page.path(suffix: suffix))
                    try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    let text = page.text(suffix: suffix)
                    try Data(text).write(to: url)
                    written.pages += 1
                    written.bytes += text.count
                }
            }
            copy += 1
        }
        return written
    }
}
