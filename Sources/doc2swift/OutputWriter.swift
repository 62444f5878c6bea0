import Doc2SwiftCore
import Foundation

/// Writes generated files into the output folder: only files whose bytes change are written,
/// files from an earlier run that are no longer generated are removed, and nothing outside the
/// folder is touched. A manifest records what the tool owns there.
struct OutputWriter {
    static let manifestName = ".doc2swift-manifest"

    let directory: URL

    /// What a run would do to the folder.
    struct Plan: Equatable {
        var written: [String] = []
        var removed: [String] = []
        var unchanged = 0
        var isEmpty: Bool { written.isEmpty && removed.isEmpty }
    }

    /// Compares the wanted files with the folder's content.
    func plan(_ files: [OutputFile]) throws -> Plan {
        var plan = Plan()
        for file in files {
            try Self.validate(file.path)
            let url = directory.appendingPathComponent(file.path)
            if let existing = FileManager.default.contents(atPath: url.path), existing == Data(file.contents.utf8) {
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
    func write(_ files: [OutputFile], plan: Plan) throws {
        let manager = FileManager.default
        if manager.fileExists(atPath: directory.path), try !previouslyOwned() {
            let contents = try manager.contentsOfDirectory(atPath: directory.path)
            if !contents.isEmpty {
                throw WriteError(message: "output folder '\(directory.path)' is not empty and was not written by "
                    + "doc2swift (no \(Self.manifestName)); choose an empty or new folder")
            }
        }
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
        for path in plan.written {
            let url = directory.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let staging = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).partial")
            try Data((byPath[path] ?? "").utf8).write(to: staging)
            if manager.fileExists(atPath: url.path) { try manager.removeItem(at: url) }
            try manager.moveItem(at: staging, to: url)
        }
        for path in plan.removed {
            try Self.validate(path)
            let url = directory.appendingPathComponent(path)
            if manager.fileExists(atPath: url.path) { try manager.removeItem(at: url) }
            removeEmptyParents(of: url)
        }
        let manifest = files.map(\.path).sorted().joined(separator: "\n") + "\n"
        let manifestURL = directory.appendingPathComponent(Self.manifestName)
        if manager.contents(atPath: manifestURL.path) != Data(manifest.utf8) {
            try manager.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(manifest.utf8).write(to: manifestURL, options: .atomic)
        }
    }

    /// Paths listed by the last run's manifest.
    func previousManifest() throws -> [String] {
        let url = directory.appendingPathComponent(Self.manifestName)
        guard let data = FileManager.default.contents(atPath: url.path) else { return [] }
        let paths = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        // A tampered manifest must not make the tool delete files outside its folder.
        return paths.filter { (try? Self.validate($0)) != nil }
    }

    func previouslyOwned() throws -> Bool {
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
    static func validate(_ path: String) throws {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.hasPrefix("/"), !path.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }),
              !path.contains("\\"), !path.contains("\0") else {
            throw WriteError(message: "refusing to write '\(path)': it would leave the output folder")
        }
    }
}

/// The output folder cannot be written.
struct WriteError: Error {
    var message: String
}
