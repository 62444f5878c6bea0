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

    /// Writes `files` without ever leaving a half-written folder (see `StagedOutput`): the complete
    /// new tree is built in a sibling folder, then swapped in. A run killed before the swap leaves
    /// the old folder as it was; one killed between the renames leaves a backup that the next run
    /// puts back before doing anything else. Returns what changed.
    @discardableResult
    public func write(_ files: [OutputFile]) throws -> Plan {
        let output = try StagedOutput(writer: self)
        do {
            for file in files { try output.add(file) }
            return try output.finish()
        } catch {
            output.abandon()
            throw error
        }
    }

    /// The sibling folder `.<name>.doc2swift-<suffix>` next to the output folder, used for staging
    /// (`new`) and for the previous tree during the swap (`old`).
    func siblingPath(_ suffix: String) -> String {
        let parent = swapTarget.deletingLastPathComponent().path
        return (parent == "/" ? "" : parent) + "/." + swapTarget.lastPathComponent + ".doc2swift-" + suffix
    }

    /// The folder the swap renames: the output folder with symbolic links resolved, so a linked
    /// output folder stays a link to a folder that is replaced.
    var swapTarget: URL { directory.resolvingSymlinksInPath() }

    /// Moves the staged tree into place: output → backup, staging → output, backup removed.
    func swapIn(_ staging: String) throws {
        let manager = FileManager.default
        let backup = siblingPath("old")
        if manager.fileExists(atPath: backup) { try manager.removeItem(atPath: backup) }
        let target = swapTarget.path
        let hadOutput = manager.fileExists(atPath: target)
        if hadOutput { try FileBytes.replace(backup, with: target) }
        do {
            try FileBytes.replace(target, with: staging)
        } catch {
            if hadOutput { try? FileBytes.replace(target, with: backup) }
            throw error
        }
        if hadOutput { try? manager.removeItem(atPath: backup) }
    }

    /// Undoes what a run killed during `swapIn` left behind: a backup without an output folder is
    /// the previous output and goes back; a backup next to an output folder, and any staging
    /// folder, are leftovers and are removed.
    public func recoverInterruptedSwap() throws {
        let manager = FileManager.default
        let backup = siblingPath("old")
        if manager.fileExists(atPath: backup) {
            if manager.fileExists(atPath: swapTarget.path) {
                try manager.removeItem(atPath: backup)
            } else {
                try FileBytes.replace(swapTarget.path, with: backup)
            }
        }
        let staging = siblingPath("new")
        if manager.fileExists(atPath: staging) { try manager.removeItem(atPath: staging) }
    }

    /// Puts an existing file (or symbolic link) into the staging tree: a hard link keeps its bytes and
    /// modification time without copying; a copy with the old modification time where links fail.
    static func carry(_ source: String, to target: String, isLink: Bool) throws {
        let manager = FileManager.default
        if isLink {
            try manager.createSymbolicLink(atPath: target, withDestinationPath: manager.destinationOfSymbolicLink(atPath: source))
            return
        }
        if (try? manager.linkItem(atPath: source, toPath: target)) != nil { return }
        try manager.copyItem(atPath: source, toPath: target)
        if let date = try manager.attributesOfItem(atPath: source)[.modificationDate] {
            try manager.setAttributes([.modificationDate: date], ofItemAtPath: target)
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
