import Foundation

/// Runs a build command and measures its wall time and peak memory.
///
/// Peak memory comes from GNU `/usr/bin/time -v` (the largest single process of the build, which
/// for `swift build` is the biggest compiler job) when it exists, and otherwise from polling `ps`
/// for the summed RSS of the command's process tree.
enum CommandTimer {
    struct Measurement {
        var wall: Double
        /// User plus system CPU seconds of the command and the children it waited for (the
        /// compiler jobs), from GNU time; nil without it. Unlike wall time, it does not grow when
        /// other work shares the cores.
        var cpu: Double?
        /// Bytes; nil when it could not be measured.
        var peakMemory: Int?
        /// How `peakMemory` was measured.
        var memorySource: String
        var status: Int32
        /// The command's combined output, for failures.
        var log: String
    }

    static let gnuTime = "/usr/bin/time"

    static func run(_ arguments: [String], in directory: URL) throws -> Measurement {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("doc2swift-bench-log-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: log) }
        let useTime = hasGNUTime
        let process = Process()
        process.executableURL = URL(fileURLWithPath: useTime ? gnuTime : "/usr/bin/env")
        process.arguments = useTime ? ["-v", "-o", log.path + ".time", "--"] + arguments : arguments
        process.currentDirectoryURL = directory
        guard FileManager.default.createFile(atPath: log.path, contents: nil) else {
            throw BenchError(message: "cannot create \(log.path)")
        }
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        var clock = Stopwatch()
        try process.run()
        let polled = useTime ? nil : TreeMemoryPoller.peak(of: process)
        process.waitUntilExit()
        let wall = clock.lap()
        try handle.close()
        let output = String(decoding: FileManager.default.contents(atPath: log.path) ?? Data(), as: UTF8.self)
        var peak = polled
        var cpu: Double?
        if useTime {
            let timeReport = String(decoding: FileManager.default.contents(atPath: log.path + ".time") ?? Data(), as: UTF8.self)
            try? FileManager.default.removeItem(atPath: log.path + ".time")
            peak = maximumResidentKilobytes(in: timeReport).map { $0 * 1024 }
            cpu = cpuSeconds(in: timeReport)
        }
        return Measurement(wall: wall, cpu: cpu, peakMemory: peak,
                           memorySource: useTime ? "largest process (/usr/bin/time -v)" : "process tree (polled)",
                           status: process.terminationStatus, log: output)
    }

    /// Whether `/usr/bin/time` is GNU time (it understands `-v`).
    static let hasGNUTime: Bool = {
        guard FileManager.default.isExecutableFile(atPath: gnuTime) else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: gnuTime)
        process.arguments = ["-v", "true"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        guard (try? process.run()) != nil else { return false }
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus == 0 && text.contains("Maximum resident set size")
    }()

    /// `User time (seconds)` plus `System time (seconds)` of a `time -v` report.
    static func cpuSeconds(in report: String) -> Double? {
        var total: Double?
        for line in report.split(separator: "\n")
        where line.contains("User time (seconds)") || line.contains("System time (seconds)") {
            guard let value = line.split(separator: ":").last.flatMap({ Double($0.trimmingCharacters(in: .whitespaces)) })
            else { return nil }
            total = (total ?? 0) + value
        }
        return total
    }

    static func maximumResidentKilobytes(in report: String) -> Int? {
        for line in report.split(separator: "\n") where line.contains("Maximum resident set size") {
            return line.split(separator: ":").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        }
        return nil
    }
}

/// Samples the summed RSS of a process and its descendants until it exits.
enum TreeMemoryPoller {
    static func peak(of process: Process) -> Int? {
        var peak: Int?
        while process.isRunning {
            if let sample = treeResidentBytes(root: process.processIdentifier) { peak = max(peak ?? 0, sample) }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return peak
    }

    /// `ps -A -o pid=,ppid=,rss=` summed over `root`'s tree, in bytes.
    static func treeResidentBytes(root: Int32) -> Int? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/ps")
        process.arguments = ["-A", "-o", "pid=,ppid=,rss="]
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return nil }
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        var children: [Int32: [Int32]] = [:]
        var rss: [Int32: Int] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count == 3, let pid = Int32(fields[0]), let parent = Int32(fields[1]), let kilobytes = Int(fields[2])
            else { continue }
            children[parent, default: []].append(pid)
            rss[pid] = kilobytes
        }
        var total = 0
        var stack = [root]
        while let pid = stack.popLast() {
            total += rss[pid] ?? 0
            stack += children[pid] ?? []
        }
        return total * 1024
    }
}
