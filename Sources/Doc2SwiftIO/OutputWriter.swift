public import Doc2SwiftCore
public import Foundation

/// Writes generated files into the output folder: only files whose bytes change are written,
/// files from an earlier run that are no longer generated are removed, and nothing outside the
/// folder is touched. A manifest records what the tool owns there.
public struct OutputWriter: Sendable {
    public static let manifestName = ".doc2swift-manifest"

    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// What a run would do to the folder.
    public struct Plan: Equatable, Sendable {
        public var written: [String] = []
        public var removed: [String] = []
        public var unchanged = 0
        public var isEmpty: Bool { written.isEmpty && removed.isEmpty }
    }

    /// Compares the wanted files with the folder's content.
    public func plan(_ files: [OutputFile]) throws -> Plan {
        var plan = Plan()
        for file in files {
            try Self.validate(file.path)
            if FileBytes.matches(fullPath(file.path), file.contents) {
                plan.unchanged += 1
            } else {
                plan.written.append(file.path)
            }
        }
        let wanted = Set(files.map(\.path))
        plan.removed = try previousManifest().filter { !wanted.contains($0) }.sorted()
        return plan
    }

    /// Applies the plan: changed files are staged next to their target and renamed into place,
    /// so a reader never sees a half-written file.
    public func write(_ files: [OutputFile], plan: Plan) throws {
        let manager = FileManager.default
        if manager.fileExists(atPath: directory.path), try !previouslyOwned() {
            let contents = try manager.contentsOfDirectory(atPath: directory.path)
            if !contents.isEmpty {
                throw WriteError(message: "output folder '\(directory.path)' is not empty and was not written by "
                    + "doc2swift (no \(Self.manifestName)); choose an empty or new folder")
            }
        }
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
        var folders = Set<String>()
        for path in plan.written {
            let (folder, name) = Self.split(fullPath(path))
            if folders.insert(folder).inserted {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            let staging = folder + "/." + name + ".partial"
            try FileBytes.write(byPath[path] ?? "", to: staging)
            try FileBytes.replace(folder + "/" + name, with: staging)
        }
        for path in plan.removed {
            try Self.validate(path)
            let url = directory.appendingPathComponent(path)
            if manager.fileExists(atPath: url.path) { try manager.removeItem(at: url) }
            removeEmptyParents(of: url)
        }
        let manifest = files.map(\.path).sorted().joined(separator: "\n") + "\n"
        let manifestURL = directory.appendingPathComponent(Self.manifestName)
        if !FileBytes.matches(manifestURL.path, manifest) {
            try manager.createDirectory(at: directory, withIntermediateDirectories: true)
            let staging = directory.appendingPathComponent(Self.manifestName + ".partial").path
            try FileBytes.write(manifest, to: staging)
            try FileBytes.replace(manifestURL.path, with: staging)
        }
    }

    /// `path` (relative, validated) inside the output folder.
    func fullPath(_ path: String) -> String { directory.path + "/" + path }

    /// `a/b/c.swift` → (`a/b`, `c.swift`).
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        return (String(path[..<slash]), String(path[path.index(after: slash)...]))
    }

    /// Paths listed by the last run's manifest.
    public func previousManifest() throws -> [String] {
        let url = directory.appendingPathComponent(Self.manifestName)
        guard let data = FileManager.default.contents(atPath: url.path) else { return [] }
        let paths = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        // A tampered manifest must not make the tool delete files outside its folder.
        return paths.filter(Self.isContained)
    }

    public func previouslyOwned() throws -> Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent(Self.manifestName).path)
    }

    /// Removes folders left empty inside the output folder.
    func removeEmptyParents(of url: URL) {
        var parent = url.deletingLastPathComponent()
        while parent.path.hasPrefix(directory.path + "/"),
              let contents = try? FileManager.default.contentsOfDirectory(atPath: parent.path), contents.isEmpty {
            try? FileManager.default.removeItem(at: parent)
            parent = parent.deletingLastPathComponent()
        }
    }

    /// A generated path must be relative and stay inside the output folder.
    public static func validate(_ path: String) throws {
        guard isContained(path) else {
            throw WriteError(message: "refusing to write '\(path)': it would leave the output folder")
        }
    }

    /// True for a relative path of non-empty components, none `.` or `..`, with no backslash or
    /// NUL. One pass over the bytes: it runs for every generated file and every manifest line.
    static func isContained(_ path: String) -> Bool {
        var length = 0
        var dots = 0
        /// A component is empty (leading, doubled or trailing `/`), `.` or `..`.
        func componentIsBad() -> Bool { length == 0 || (length == dots && dots <= 2) }
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "/"):
                if componentIsBad() { return false }
                length = 0
                dots = 0
            case UInt8(ascii: "\\"), 0:
                return false
            default:
                length += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return !componentIsBad()
    }
}

/// The output folder cannot be written.
public struct WriteError: Error {
    public var message: String
}
