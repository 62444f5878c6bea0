public import Doc2SwiftCore
public import Foundation

/// Finds the reference pages under an input folder and loads include targets, never reading
/// outside that folder.
public struct InputScanner: Sendable {
    public let root: URL
    /// The root as the user wrote it, for diagnostics.
    public let displayRoot: String

    /// The root with symbolic links resolved, computed once rather than per file.
    let resolvedRoot: String

    public init(inputDirectory: String) {
        root = URL(fileURLWithPath: inputDirectory).standardizedFileURL
        displayRoot = inputDirectory.hasSuffix("/") ? String(inputDirectory.dropLast()) : inputDirectory
        resolvedRoot = FileBytes.realPath(root.path) ?? root.path
    }

    /// The file name endings of a page, lower case: every markdown flavour vendors publish.
    public static let pageExtensions = ["md", "markdown", "mdx"]

    /// Every page under the root (recursively; a file ending in one of `pageExtensions`), with its
    /// API: the first folder below the root, or `singleAPI` for all of them. Sorted by path. A page
    /// that cannot be used (a link leading outside the root, a page outside any API folder, an
    /// unreadable file) is left out with a diagnostic saying why, never silently.
    /// - Parameter readingContents: false lists the pages with empty `data`, for a parse that
    ///   loads each page with `contents(of:)` only while it is parsed.
    /// - Throws: `ScanError` when the root is not a folder, or when it holds no page that can be
    ///   used: generating from nothing would only write an empty package. The message says what
    ///   the folder holds instead (`found 12 .rst files`) or why every page was skipped.
    public func scan(singleAPI: String?, readingContents: Bool = true) throws -> (pages: [InputPage], skipped: Diagnostics) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ScanError(message: "input folder '\(displayRoot)' does not exist or is not a folder")
        }
        var pages: [InputPage] = []
        var skipped = Diagnostics()
        var otherFiles: [String] = []
        for entry in DirectoryWalk.entries(under: root.path) {
            guard Self.isPage(entry.relativePath) else {
                otherFiles.append(entry.relativePath)
                continue
            }
            let location = SourceLocation(file: displayRoot + "/" + entry.relativePath, line: 1, column: 1)
            guard let relative = entry.isLink
                ? relativePath(of: root.appendingPathComponent(entry.relativePath))
                : unlinkedRelativePath(entry.relativePath) else {
                skipped.warning("symbolic link leads outside the input folder '\(displayRoot)' (or nowhere); page "
                    + "skipped; copy the page into the folder to use it", at: location)
                continue
            }
            let components = relative.split(separator: "/")
            let api: String
            if let singleAPI { api = singleAPI } else {
                guard components.count >= 2 else {
                    skipped.warning("page is directly in the input folder, so it belongs to no API; page skipped; "
                        + "move it into '\(displayRoot)/<API>/' or pass --api NAME to read the folder as one API",
                        at: location)
                    continue
                }
                api = String(components[0])
            }
            let data: Data
            if readingContents {
                guard let read = FileBytes.contents(root.path + "/" + entry.relativePath) else {
                    skipped.error("cannot read the page; check its permissions (or remove it)", at: location)
                    continue
                }
                data = read
            } else {
                data = Data()
            }
            pages.append(InputPage(displayPath: displayRoot + "/" + relative, relativePath: relative, api: api, data: data))
        }
        guard !pages.isEmpty else {
            throw ScanError(message: noPagesMessage(otherFiles: otherFiles, skipped: skipped))
        }
        return (pages.sorted { $0.relativePath < $1.relativePath }, skipped)
    }

    /// Why a scan found nothing to read: every page was skipped (the first reason), or what the
    /// folder holds instead of pages, by file name ending, most common first.
    func noPagesMessage(otherFiles: [String], skipped: Diagnostics) -> String {
        let kinds = Self.pageExtensions.map { "." + $0 }
        let wanted = kinds.dropLast().joined(separator: ", ") + " or " + kinds[kinds.count - 1]
        if let first = skipped.sorted.first {
            let count = skipped.sorted.count
            return "no page under '\(displayRoot)' can be read: \(count) \(count == 1 ? "page was" : "pages were") "
                + "skipped; the first: \(first.description)"
        }
        guard !otherFiles.isEmpty else {
            return "no \(wanted) pages under '\(displayRoot)': it holds no files; pass the folder that holds the "
                + "reference pages"
        }
        var counts: [String: Int] = [:]
        for path in otherFiles { counts[Self.fileKind(path), default: 0] += 1 }
        // Most common first; then by ending, with files that have none last.
        let ranked = counts.sorted { left, right in
            left.value != right.value ? left.value > right.value
                : (left.key.isEmpty ? 1 : 0, left.key) < (right.key.isEmpty ? 1 : 0, right.key)
        }
        var parts = ranked.prefix(3).map { kind, count in
            kind.isEmpty ? "\(count) \(count == 1 ? "file" : "files") without an extension"
                : "\(count) \(kind) \(count == 1 ? "file" : "files")"
        }
        let rest = ranked.dropFirst(3).reduce(0) { $0 + $1.value }
        if rest > 0 { parts.append("\(rest) other \(rest == 1 ? "file" : "files")") }
        let found = parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + " and " + parts[parts.count - 1]
        return "no \(wanted) pages under '\(displayRoot)'; found \(found); doc2swift reads markdown reference pages "
            + "only (rename them, or pass the folder that holds them)"
    }

    /// `.rst` for `docs/a.RST`: the lower-cased name ending after the last dot, or "" when there is
    /// none (`Makefile`, `.gitignore`).
    static func fileKind(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[dot...].lowercased()
    }

    /// The pages `scan(singleAPI:readingContents:)` finds, without the reasons for skipped files.
    public func pages(singleAPI: String?, readingContents: Bool = true) throws -> [InputPage] {
        try scan(singleAPI: singleAPI, readingContents: readingContents).pages
    }

    /// The bytes of a page listed by `pages(singleAPI:readingContents:)`; nil when it cannot be read.
    public func contents(of page: InputPage) -> Data? {
        FileBytes.contents(resolvedRoot + "/" + page.relativePath)
    }

    /// Whether a file is a page: its name ends in `.md`, `.markdown` or `.mdx` (any case) after at
    /// least one character.
    static func isPage(_ path: String) -> Bool {
        let name = (path.split(separator: "/").last ?? "").lowercased()
        return pageExtensions.contains { name.count > $0.count + 1 && name.hasSuffix("." + $0) }
    }

    /// The path of `url` relative to the root, or nil when it resolves outside it (or not at all).
    public func relativePath(of url: URL) -> String? {
        guard let resolved = FileBytes.realPath(url.path), resolved.hasPrefix(resolvedRoot + "/") else { return nil }
        return String(resolved.dropFirst(resolvedRoot.count + 1))
    }

    /// `relativePath(of:)` for a file that is not a link, found by walking real folders from the
    /// root: it only needs resolving when the root itself lies behind a link.
    func unlinkedRelativePath(_ relative: String) -> String? {
        guard root.path == resolvedRoot else { return relativePath(of: root.appendingPathComponent(relative)) }
        return relative
    }

    /// Loads an include target given relative to the root; nil when missing or outside the root.
    public var includeLoader: PageExtractor.IncludeLoader {
        let root = self.root
        let resolvedRoot = self.resolvedRoot
        return { relative in
            guard let resolved = FileBytes.realPath(root.appendingPathComponent(relative).path),
                  resolved.hasPrefix(resolvedRoot + "/"), let data = FileBytes.contents(resolved) else { return nil }
            return String(decoding: data, as: UTF8.self)
        }
    }
}

/// The input folder cannot be read.
public struct ScanError: Error {
    public var message: String
}
