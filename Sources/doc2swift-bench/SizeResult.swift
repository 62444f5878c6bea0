/// What measuring one corpus size found; the child process prints it as JSON for the parent.
struct SizeResult: Codable {
    var pages: Int
    var markdownBytes: Int
    var operations: Int
    var types: Int
    var warnings: Int
    var filesGenerated: Int
    var filesWritten: Int
    var wall: Double
    var stages: GenerationRun.StageTimes
    /// CPU seconds per stage, all threads.
    var stagesCPU: GenerationRun.StageTimes
    /// Resident MB when each stage of the full run ended.
    var residentAfter: GenerationRun.StageTimes
    var rerunWall: Double
    var rerunStages: GenerationRun.StageTimes
    var rerunCPU: Double
    var rerunFilesWritten: Int
    /// A second full generation into the unchanged folder (stamp ignored): what a re-run costs
    /// without the stamp, and a check that output is deterministic.
    /// Nil with `--no-regenerate`.
    var regenerateWall: Double?
    var regenerateStages: GenerationRun.StageTimes?
    var regenerateFilesWritten: Int?
    /// Peak resident set size of the measuring process, in bytes.
    var peakRSS: Int
    /// Output digest (hex); equal digests mean byte-identical output.
    var digest: String

    var megabytes: Double { Double(markdownBytes) / 1e6 }
    var pagesPerSecond: Double { Double(pages) / wall }
    var megabytesPerSecond: Double { megabytes / wall }
    var rerunShare: Double { rerunWall / wall }
    var regenerateShare: Double? { regenerateWall.map { $0 / wall } }
}
