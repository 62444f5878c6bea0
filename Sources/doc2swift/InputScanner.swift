import Doc2SwiftCore
import Foundation

/// Finds the reference pages under an input folder and loads include targets, never reading
/// outside that folder.
struct InputScanner {
    let root: URL
    /// The root as the user wrote it, for diagnostics.
    let displayRoot: String

    init(inputDirectory: String) {
        root = URL(fileURLWithPath: inputDirectory).standardizedFileURL
        displayRoot = inputDirectory.hasSuffix("/") ? String(inputDirectory.dropLast()) : inputDirectory
    }

    /// Every `.md` file under the root (recursively), with its API: the first folder below the root,
    /// or `singleAPI` for all of them. Sorted by path; symbolic links leading outside the root are skipped.
    func pages(singleAPI: String?) throws -> [InputPage] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ScanError(message: "input folder '\(displayRoot)' does not exist or is not a folder")
        }
        guard let enumerator = manager.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        var pages: [InputPage] = []
        for case let url as URL in enumerator where url.pathExtension.lowercased() == "md" {
            guard let relative = relativePath(of: url) else { continue }
            let components = relative.split(separator: "/")
            let api: String
            if let singleAPI { api = singleAPI } else {
                guard components.count >= 2 else { continue } // Pages directly in the root belong to no API.
                api = String(components[0])
            }
            guard let data = try? Data(contentsOf: url) else { continue }
            pages.append(InputPage(displayPath: displayRoot + "/" + relative, relativePath: relative, api: api, data: data))
        }
        return pages.sorted { $0.relativePath < $1.relativePath }
    }

    /// The path of `url` relative to the root, or nil when it resolves outside it.
    func relativePath(of url: URL) -> String? {
        let resolved = url.resolvingSymlinksInPath().standardizedFileURL.path
        let rootPath = root.resolvingSymlinksInPath().path
        guard resolved.hasPrefix(rootPath + "/") else { return nil }
        return String(resolved.dropFirst(rootPath.count + 1))
    }

    /// Loads an include target given relative to the root; nil when missing or outside the root.
    var includeLoader: PageExtractor.IncludeLoader {
        let root = self.root
        return { relative in
            let url = root.appendingPathComponent(relative).standardizedFileURL
            let resolved = url.resolvingSymlinksInPath().path
            guard resolved.hasPrefix(root.resolvingSymlinksInPath().path + "/"),
                  let data = FileManager.default.contents(atPath: resolved) else { return nil }
            return String(decoding: data, as: UTF8.self)
        }
    }
}

/// The input folder cannot be read.
struct ScanError: Error {
    var message: String
}
