import Foundation

/// JSON sample bodies pulled out of the shared reference pages, for corpus tests.
enum FencedSamples {
    /// One fenced block's JSON candidate.
    struct Sample {
        /// The page, relative to the shared folder, and the 1-based line of the opening fence.
        var origin: String
        /// The candidate JSON text.
        var body: String
    }

    /// The shared folder (`../shared` beside the package root), or `nil` when it is absent.
    ///
    /// Found from this file's resolved path rather than the working directory, so the tests work from any
    /// package that links this folder.
    ///
    /// - Parameter filePath: This source file's path; symlinks are resolved to find the real package root.
    /// - Returns: The folder's URL, or `nil`.
    static func sharedDirectory(filePath: String = #filePath) -> URL? {
        let packageRoot = URL(fileURLWithPath: filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent()  // OrderedJSONTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()
        let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: shared.path, isDirectory: &isDirectory), isDirectory.boolValue
        else { return nil }
        return shared
    }

    /// Every markdown page under `seeds/` and `corpus/` of the shared folder, sorted by path.
    ///
    /// - Parameter shared: The shared folder.
    /// - Returns: Paths relative to `shared`.
    static func markdownPages(in shared: URL) -> [String] {
        var pages: [String] = []
        for folder in ["seeds", "corpus"] {
            let root = shared.appendingPathComponent(folder)
            guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { continue }
            while let relative = enumerator.nextObject() as? String {
                if relative.hasSuffix(".md") { pages.append(folder + "/" + relative) }
            }
        }
        return pages.sorted()
    }

    /// The JSON candidates of one page: bodies of ```json fences, and of ```http! / ```http_ fences the part
    /// after the first blank line (the HTTP headers come first).
    ///
    /// - Parameters:
    ///   - markdown: The page text.
    ///   - page: The page's name, for `origin`.
    /// - Returns: Non-blank candidates in page order.
    static func samples(in markdown: String, page: String) -> [Sample] {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        var samples: [Sample] = []
        var index = 0
        while index < lines.count {
            guard let fence = openingFence(lines[index]) else {
                index += 1
                continue
            }
            let openingLine = index + 1
            var content: [String] = []
            index += 1
            while index < lines.count, !isClosingFence(lines[index], marker: fence.marker) {
                content.append(String(lines[index].dropLeadingSpaces(upTo: fence.indent)))
                index += 1
            }
            index += 1
            if fence.info == "http!" || fence.info == "http_" {
                guard let blank = content.firstIndex(where: { $0.allSatisfy(\.isWhitespace) }) else { continue }
                content = Array(content[(blank + 1)...])
            } else if fence.info != "json" {
                continue
            }
            let body = content.joined(separator: "\n")
            if !body.allSatisfy(\.isWhitespace) {
                samples.append(Sample(origin: "\(page):\(openingLine)", body: body))
            }
        }
        return samples
    }

    /// The marker, indentation and info word of a CommonMark opening fence, or `nil` if `line` is not one.
    ///
    /// - Parameter line: One line of markdown.
    /// - Returns: The fence's properties.
    static func openingFence(_ line: String) -> (marker: String, indent: Int, info: String)? {
        let indent = line.prefix(while: { $0 == " " }).count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard let first = rest.first, first == "`" || first == "~" else { return nil }
        let marker = rest.prefix(while: { $0 == first })
        guard marker.count >= 3 else { return nil }
        let info = rest.dropFirst(marker.count).trimmingCharacters(in: .whitespaces)
        let word = info.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? ""
        return (String(marker), indent, word)
    }

    /// Whether `line` closes a fence opened with `marker`.
    ///
    /// - Parameters:
    ///   - line: One line of markdown.
    ///   - marker: The opening fence's backticks or tildes.
    /// - Returns: `true` for at least as many of the same character, indented at most 3, then only spaces.
    static func isClosingFence(_ line: String, marker: String) -> Bool {
        let indent = line.prefix(while: { $0 == " " }).count
        guard indent <= 3, let character = marker.first else { return false }
        let rest = line.dropFirst(indent)
        let run = rest.prefix(while: { $0 == character })
        return run.count >= marker.count && rest.dropFirst(run.count).allSatisfy(\.isWhitespace)
    }
}

extension String {
    /// The line without up to `count` leading spaces (a fence's own indentation).
    ///
    /// - Parameter count: The most spaces to remove.
    /// - Returns: The remaining text.
    func dropLeadingSpaces(upTo count: Int) -> Substring {
        let spaces = prefix(while: { $0 == " " }).count
        return dropFirst(min(spaces, count))
    }
}
