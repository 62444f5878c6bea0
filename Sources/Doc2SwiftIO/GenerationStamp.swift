import Dispatch
import Doc2SwiftCore
public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a successful `generate` run read and wrote, so that a re-run with nothing changed can
/// skip generation and replay what the run printed.
///
/// Regenerating costs as much as the first run; proving nothing changed costs one read of the
/// inputs and one `stat` per output. The digest covers every file under the input folder (pages,
/// include targets, config), any extra inputs (template folder, config elsewhere), the command
/// line, the working folder and the executable itself, so a new build of the tool regenerates.
/// An output edited or deleted since the stamp was written also makes the run regenerate.
///
/// Stamps live in the user's cache folder (`~/.cache/doc2swift/stamps/`, one per output folder),
/// not in the output folder: that folder is often committed, and a stamp is machine state.
public struct GenerationStamp: Equatable, Sendable {
    static let header = "doc2swift-stamp 1"

    /// Digest of everything the run read.
    public var inputs: String
    /// The output folder the stamp is about (absolute).
    public var folder: String
    /// What the run printed to standard error, line by line.
    public var report: [String]
    /// Each file the run left in the folder, as it was when the run ended.
    public var outputs: [OutputState]

    public init(inputs: String, folder: String, report: [String], outputs: [OutputState]) {
        self.inputs = inputs
        self.folder = folder
        self.report = report
        self.outputs = outputs
    }

    /// Digest of the inputs of a run: the command line, the working folder, the executable and
    /// the files at `paths` (folders are read recursively, in path order; missing paths count too).
    public static func inputDigest(arguments: [String], paths: [String]) -> String {
        var hasher = StableHasher()
        hasher.combine(header)
        for argument in arguments { hasher.combine(argument) }
        hasher.combine(FileManager.default.currentDirectoryPath)
        hasher.combine(FileState.executableIdentity)
        for path in paths {
            hasher.combine(path)
            for (relative, digest) in fileDigests(under: path) {
                hasher.combine(relative)
                hasher.combine(digest)
            }
        }
        return hasher.finalize()
    }

    /// The digest of every file under `path` (or of `path` itself), sorted by relative path.
    static func fileDigests(under path: String) -> [(String, String)] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return [("", "missing")] }
        let relatives = isFolder.boolValue ? DirectoryWalk.entries(under: path).map(\.relativePath).sorted() : [""]
        let digests = ParallelMap.map(relatives) { relative -> String in
            let file = relative.isEmpty ? path : path + "/" + relative
            var hasher = StableHasher()
            if let data = FileBytes.contents(file) {
                data.withUnsafeBytes { hasher.combine($0) }
            } else {
                hasher.combine("unreadable")
            }
            return hasher.finalize()
        }
        return Array(zip(relatives, digests))
    }

    /// The stamp of the output folder `directory` when it matches `inputs` and every output is as
    /// it was left; nil otherwise.
    public static func current(matching inputs: String, in directory: URL) -> GenerationStamp? {
        guard let data = FileBytes.contents(location(for: directory)),
              let stamp = GenerationStamp(text: String(decoding: data, as: UTF8.self)),
              stamp.inputs == inputs, stamp.folder == directory.path else { return nil }
        for output in stamp.outputs where FileState(path: directory.path + "/" + output.path) != output.state {
            return nil
        }
        return stamp
    }

    /// Writes the stamp after a successful run; `paths` are the generated files (relative to `directory`).
    public static func record(inputs: String, report: [String], paths: [String], in directory: URL) throws {
        let outputs = (paths + [OutputWriter.manifestName]).sorted().map { path in
            OutputState(path: path, state: FileState(path: directory.path + "/" + path))
        }
        let stamp = GenerationStamp(inputs: inputs, folder: directory.path, report: report, outputs: outputs)
        let target = location(for: directory)
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try FileBytes.write(stamp.text, to: target + ".partial")
        try FileBytes.replace(target, with: target + ".partial")
    }

    /// Removes a stamp (before writing, so that a run that fails half-way never leaves a stale one).
    public static func remove(in directory: URL) {
        unlink(location(for: directory))
    }

    /// Where the stamp of an output folder is kept: named by a digest of the folder's path.
    static func location(for directory: URL) -> String {
        var hasher = StableHasher()
        hasher.combine(directory.path)
        return cacheFolder + "/" + hasher.finalize()
    }

    /// `$XDG_CACHE_HOME/doc2swift/stamps`, else `~/.cache/…` (`~/Library/Caches/…` on macOS).
    static let cacheFolder: String = {
        let environment = ProcessInfo.processInfo.environment
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { return cache + "/doc2swift/stamps" }
        #if canImport(Darwin)
        let base = FileManager.default.homeDirectoryForCurrentUser.path + "/Library/Caches"
        #else
        let base = FileManager.default.homeDirectoryForCurrentUser.path + "/.cache"
        #endif
        return base + "/doc2swift/stamps"
    }()

    /// The stamp's file format: a header, the digest, the report lines, then one line per output.
    var text: String {
        var lines = [Self.header, "inputs \(inputs)", "folder \(folder)", "report \(report.count)"]
        lines += report.map { $0.replacingOccurrences(of: "\n", with: " ") }
        lines.append("outputs \(outputs.count)")
        lines += outputs.map { "\($0.state.size)\t\($0.state.modified)\t\($0.path)" }
        return lines.joined(separator: "\n") + "\n"
    }

    init?(text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard lines.popFirst() == Substring(Self.header),
              let inputs = lines.popFirst()?.dropPrefix("inputs "),
              let folder = lines.popFirst()?.dropPrefix("folder "),
              let reportCount = lines.popFirst()?.dropPrefix("report ").flatMap({ Int($0) }),
              reportCount >= 0, lines.count > reportCount else { return nil }
        report = lines.prefix(reportCount).map(String.init)
        lines = lines.dropFirst(reportCount)
        guard let outputCount = lines.popFirst()?.dropPrefix("outputs ").flatMap({ Int($0) }),
              outputCount >= 0, lines.count >= outputCount else { return nil }
        var outputs: [OutputState] = []
        for line in lines.prefix(outputCount) {
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3, let size = Int(fields[0]), let modified = Int64(fields[1]) else { return nil }
            outputs.append(OutputState(path: String(fields[2]), state: FileState(size: size, modified: modified)))
        }
        self.inputs = String(inputs)
        self.folder = String(folder)
        self.outputs = outputs
    }
}

/// One output file of a stamped run.
public struct OutputState: Equatable, Sendable {
    public var path: String
    public var state: FileState
}

extension Substring {
    /// The rest after `prefix`, or nil when the text does not start with it.
    func dropPrefix(_ prefix: String) -> Substring? {
        hasPrefix(prefix) ? dropFirst(prefix.count) : nil
    }
}
