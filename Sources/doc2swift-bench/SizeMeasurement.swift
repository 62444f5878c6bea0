import Doc2SwiftIO
import Foundation

/// Child mode (`--one SIZE --input DIR`): one full generation into an empty folder, a re-run over
/// the unchanged input (replaying the stamp) and, unless told not to, a regeneration ignoring the
/// stamp; in a process of its own so its peak RSS is this size's.
enum SizeMeasurement {
    static func run(size: Int, input: URL, output: URL? = nil, regenerate: Bool = true) throws -> SizeResult {
        let output = output ?? input.deletingLastPathComponent().appendingPathComponent("output")
        let markdownBytes = try folderBytes(input)
        let generation = GenerationRun(input: input, output: output)
        // The stamp lives in the user's cache folder, not in the temporary output: remove it too.
        defer { GenerationStamp.remove(in: output.standardizedFileURL) }

        var clock = Stopwatch()
        let full = try generation.run()
        let wall = clock.lap()
        // The peak is monotonic: read now, it is the full run's, whatever the re-runs allocate.
        let peak = PeakMemory.bytes()
        let replay = try generation.run()
        let replayWall = clock.lap()
        var regenerated: GenerationRun.Outcome?
        var regenerateWall: Double?
        if regenerate {
            var regeneration = generation
            regeneration.usesStamp = false
            regenerated = try regeneration.run()
            regenerateWall = clock.lap()
            if regenerated?.digest != full.digest {
                throw BenchError(message: "a second generation produced different output: generation is not deterministic")
            }
        }
        guard replay.replayed else { throw BenchError(message: "the no-change re-run did not replay the stamp") }
        return SizeResult(
            pages: full.pages, markdownBytes: markdownBytes, operations: full.operations, types: full.types,
            warnings: full.warnings, filesGenerated: full.filesGenerated, filesWritten: full.filesWritten,
            wall: wall, stages: full.times, stagesCPU: full.cpu, residentAfter: full.residentAfter,
            rerunWall: replayWall, rerunStages: replay.times, rerunCPU: replay.cpu.total,
            rerunFilesWritten: replay.filesWritten,
            regenerateWall: regenerateWall, regenerateStages: regenerated?.times, regenerateFilesWritten: regenerated?.filesWritten,
            peakRSS: peak, digest: String(full.digest ?? 0, radix: 16))
    }

    /// Total size of the regular files under `folder` (folders have a size too, which is not markdown).
    static func folderBytes(_ folder: URL) throws -> Int {
        let keys: Set<URLResourceKey> = [.fileSizeKey, .isRegularFileKey]
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: Array(keys)) else {
            throw BenchError(message: "cannot read \(folder.path)")
        }
        var total = 0
        for case let url as URL in enumerator {
            guard let values = try? url.resourceValues(forKeys: keys), values.isRegularFile == true else { continue }
            total += values.fileSize ?? 0
        }
        return total
    }
}
