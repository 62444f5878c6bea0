import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs `doc2swift` and the compiler for the hostile-input tests: with an environment, a working
/// folder and a time limit, telling a normal exit from a signal.
enum HostileRunner {
    /// What a finished (or killed) process left behind.
    struct Outcome {
        /// The exit status, or the signal number when `signaled`.
        var status: Int32
        /// True when the process ended by a signal (a crash or a kill).
        var signaled: Bool
        var stdout: String
        var stderr: String
        /// Wall-clock seconds the process ran.
        var seconds: Double
    }

    /// Runs `executable arguments…` in `directory` and waits for it.
    /// - Parameters:
    ///   - executable: the program; the built `doc2swift` by default.
    ///   - environment: variables added to this process's environment.
    /// - Returns: the outcome; the process is killed when it outlives `timeout` seconds.
    static func run(_ arguments: [String], in directory: URL, executable: URL = CLIRunner.executable,
                    environment: [String: String] = [:], timeout: Double = 120) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let start = Date()
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        // Both pipes are drained at once: a child filling one pipe's buffer while the other is
        // being read would otherwise wait forever.
        let errorRead = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var errData = Data()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            errorRead.signal()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        errorRead.wait()
        process.waitUntilExit()
        watchdog.cancel()
        return Outcome(status: process.terminationStatus, signaled: process.terminationReason == .uncaughtSignal,
                       stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
                       seconds: Date().timeIntervalSince(start))
    }

    /// The Swift compiler: `$SWIFTC`, `xcrun --find swiftc` on macOS, or `swiftc` on the `PATH`.
    static let swiftc: URL? = {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["SWIFTC"] { return URL(fileURLWithPath: explicit) }
        #if os(macOS)
        if let found = try? run(["--find", "swiftc"], in: URL(fileURLWithPath: "/"),
                                executable: URL(fileURLWithPath: "/usr/bin/xcrun"), timeout: 30),
           found.status == 0 {
            return URL(fileURLWithPath: found.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        #endif
        for folder in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("swiftc")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    /// Type-checks a generated module: its `Sources/<module>/**.swift` are compiled into a module
    /// interface, then (on Linux, where `Testing` needs no extra search paths) its sample tests are
    /// type-checked against it.
    /// - Returns: the compiler's complaints; empty when everything type-checks.
    static func typecheck(module: String, in output: URL) throws -> String {
        guard let swiftc else { return "" }
        let sources = swiftFiles(under: output.appendingPathComponent("Sources/\(module)"))
        let interfaces = output.appendingPathComponent(".typecheck")
        try FileManager.default.createDirectory(at: interfaces, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: interfaces) }
        let emitted = try run(["-emit-module", "-parse-as-library", "-module-name", module, "-emit-module-path",
                               interfaces.appendingPathComponent("\(module).swiftmodule").path] + sources,
                              in: output, executable: swiftc)
        guard emitted.status == 0, !emitted.signaled else { return "\(module): " + emitted.stderr }
        #if os(Linux)
        let tests = swiftFiles(under: output.appendingPathComponent("Tests/\(module)Tests"))
        if !tests.isEmpty {
            let checked = try run(["-typecheck", "-I", interfaces.path] + tests, in: output, executable: swiftc)
            guard checked.status == 0, !checked.signaled else { return "\(module)Tests: " + checked.stderr }
        }
        #endif
        return emitted.stderr.contains("warning:") ? emitted.stderr : ""
    }

    /// Every `.swift` file under `folder`, sorted.
    static func swiftFiles(under folder: URL) -> [String] {
        CLIRunner.files(under: folder).filter { $0.hasSuffix(".swift") }.map { folder.appendingPathComponent($0).path }
    }

    /// The text of every generated Swift file under `folder`, by path relative to it.
    static func generatedSwift(under folder: URL) -> [(path: String, text: String)] {
        CLIRunner.files(under: folder).filter { $0.hasSuffix(".swift") }.map { path in
            (path, String(decoding: FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) ?? Data(),
                          as: UTF8.self))
        }
    }

    /// Copies a folder of fixture pages to `input/<api>` inside a new temporary folder.
    /// - Returns: the temporary folder (removed by the caller).
    static func stage(fixture: URL, api: String) throws -> URL {
        let root = try CLIRunner.temporaryDirectory()
        try FileManager.default.createDirectory(at: root.appendingPathComponent("in"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixture, to: root.appendingPathComponent("in/\(api)"))
        return root
    }
}
