public import Doc2SwiftCore
import Foundation

/// An output folder being replaced one file at a time, as files are rendered, so that a run never
/// holds every generated file in memory.
///
/// Each added file is compared with the folder's copy. Until the first file that differs, nothing
/// is written; from then on the new tree grows in a sibling staging folder (unchanged files
/// hard-linked, so they keep their modification time) and `finish()` swaps it in with two
/// renames. `abandon()` (or a crash) before `finish()` leaves the folder exactly as it was.
/// Used from one thread.
public final class StagedOutput {
    public let writer: OutputWriter
    /// Compare only: `finish()` reports what would change and never writes.
    public let checkOnly: Bool
    private(set) public var plan = OutputWriter.Plan()
    /// Every path added, in order.
    private(set) public var paths: [String] = []
    private var wanted: Set<String> = []
    /// Unchanged files seen before the staging folder existed; carried over when it is created.
    private var unchangedBeforeStaging: [String] = []
    private var staging: String?
    private var folders: Set<String> = []

    /// Prepares to replace `writer`'s folder: puts back a previous run's interrupted swap and
    /// refuses a non-empty folder that doc2swift did not write.
    public init(writer: OutputWriter, checkOnly: Bool = false) throws {
        self.writer = writer
        self.checkOnly = checkOnly
        guard !checkOnly else { return }
        let manager = FileManager.default
        try writer.recoverInterruptedSwap()
        if manager.fileExists(atPath: writer.directory.path), try !writer.previouslyOwned(),
           !(try manager.contentsOfDirectory(atPath: writer.directory.path)).isEmpty {
            throw WriteError(message: "output folder '\(writer.directory.path)' is not empty and was not written by "
                + "doc2swift (no \(OutputWriter.manifestName)); choose an empty or new folder")
        }
    }

    /// Adds one generated file. A path added twice keeps its last text.
    public func add(_ file: OutputFile) throws {
        try OutputWriter.validate(file.path)
        let isNew = wanted.insert(file.path).inserted
        if isNew { paths.append(file.path) }
        if FileBytes.matches(writer.fullPath(file.path), file.contents) {
            plan.unchanged += 1
            guard !checkOnly else { return }
            if let staging {
                try place(file.path, in: staging, replacing: !isNew) { target in
                    try OutputWriter.carry(writer.fullPath(file.path), to: target, isLink: false)
                }
            } else if isNew {
                unchangedBeforeStaging.append(file.path)
            }
            return
        }
        plan.written.append(file.path)
        guard !checkOnly else { return }
        let staging = try startStaging()
        try place(file.path, in: staging, replacing: !isNew) { target in try FileBytes.write(file.contents, to: target) }
    }

    /// Removes what earlier runs generated and this one did not, writes the manifest and swaps the
    /// new tree in; nothing is written when every file was unchanged. Returns what changed.
    @discardableResult
    public func finish() throws -> OutputWriter.Plan {
        plan.removed = try writer.previousManifest().filter { !wanted.contains($0) }.sorted()
        guard !checkOnly else { return plan }
        let manifest = paths.sorted().joined(separator: "\n") + "\n"
        let manifestPath = writer.fullPath(OutputWriter.manifestName)
        if staging == nil, plan.isEmpty, FileBytes.matches(manifestPath, manifest) { return plan }
        do {
            let staging = try startStaging()
            // Files in the folder that no run generated (the user's own) move over unchanged.
            let removed = Set(plan.removed)
            if FileManager.default.fileExists(atPath: writer.directory.path) {
                for entry in DirectoryWalk.entries(under: writer.directory.path)
                where !wanted.contains(entry.relativePath) && !removed.contains(entry.relativePath)
                    && entry.relativePath != OutputWriter.manifestName {
                    try place(entry.relativePath, in: staging) { target in
                        try OutputWriter.carry(writer.fullPath(entry.relativePath), to: target, isLink: entry.isLink)
                    }
                }
            }
            try FileBytes.write(manifest, to: staging + "/" + OutputWriter.manifestName)
        } catch {
            abandon()
            throw error
        }
        try writer.swapIn(staging!)
        staging = nil
        return plan
    }

    /// Drops the staging folder; the output folder stays as it was.
    public func abandon() {
        if let staging { try? FileManager.default.removeItem(atPath: staging) }
        staging = nil
    }

    /// The staging folder, created (with the unchanged files seen so far) on first use.
    private func startStaging() throws -> String {
        if let staging { return staging }
        let manager = FileManager.default
        let folder = writer.siblingPath("new")
        if manager.fileExists(atPath: folder) { try manager.removeItem(atPath: folder) }
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        staging = folder
        folders = [folder]
        for path in unchangedBeforeStaging {
            try place(path, in: folder) { target in
                try OutputWriter.carry(writer.fullPath(path), to: target, isLink: false)
            }
        }
        unchangedBeforeStaging = []
        return folder
    }

    /// Creates the folders above `relative` inside the staging tree once, removes the entry an
    /// earlier `add` of the same path made (a hard link must never be written through), then lets
    /// `make` create the entry.
    private func place(_ relative: String, in staging: String, replacing: Bool = false,
                       _ make: (String) throws -> Void) throws {
        let target = staging + "/" + relative
        let (folder, _) = OutputWriter.split(target)
        if folders.insert(folder).inserted {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        if replacing { unlink(target) }
        try make(target)
    }
}
