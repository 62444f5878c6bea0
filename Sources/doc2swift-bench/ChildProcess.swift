import Foundation

/// Runs another program and collects its standard output; its standard error passes through.
enum ChildProcess {
    struct Failure: Error, CustomStringConvertible {
        var command: String
        var status: Int32
        var description: String { "\(command) exited with status \(status)" }
    }

    /// This benchmark's own executable, to measure each size in a fresh process.
    static var benchExecutable: URL {
        Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
    }

    static func output(of executable: URL, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        // Read before waiting, so a full pipe cannot block the child.
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(command: ([executable.path] + arguments).joined(separator: " "), status: process.terminationStatus)
        }
        return data
    }
}
