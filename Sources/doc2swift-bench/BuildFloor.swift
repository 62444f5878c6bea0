import Foundation

/// What a cold `swift build` costs before any generated code: a target whose one file declares
/// nothing but imports what the generated code imports.
///
/// Every module row includes this cost, and so does the generator's module, so a ratio of two
/// small builds says more about the floor than about the code. The benchmark prints the floors
/// beside the rows, and the ratio of the costs above them, so that a target such as "0.2× the
/// generator's time" can be checked against what no generated code can go below.
enum BuildFloor {
    /// The floor of doc2swift's modules: one file importing Foundation, built the way
    /// `CompileBenchmark.build` builds a generated package (manifest compiled first, untimed).
    struct Floor {
        /// The first build in a fresh scratch path: it also compiles the clang modules Foundation's
        /// C layers rest on into the scratch path's module cache, once for every target.
        var cold: CommandTimer.Measurement
        /// The same target rebuilt with that cache filled: what a module pays for itself.
        var warm: CommandTimer.Measurement
    }

    static func foundation(log: (String) -> Void) throws -> Floor {
        let folder = try TemporaryFolder("floor")
        defer { folder.remove() }
        let package = folder.appending("package")
        try write(manifest: """
            // swift-tools-version:6.0
            import PackageDescription

            let package = Package(
                name: "Floor",
                platforms: [.macOS(.v13)],
                targets: [.target(name: "Floor")]
            )

            """, source: emptySource(imports: ["Foundation"]), target: "Floor", to: package)
        let scratch = folder.appending("scratch")
        defer { CompileBenchmark.removeLockFiles(of: scratch.path) }
        _ = try CompileBenchmark.checked(
            CommandTimer.run(["swift", "package", "--scratch-path", scratch.path, "describe"], in: package),
            "swift package describe of the empty package", log: log)
        log("floor: swift build of one empty file importing Foundation (debug, cold)")
        let cold = try CompileBenchmark.checked(
            CommandTimer.run(["swift", "build", "--scratch-path", scratch.path], in: package),
            "swift build of the empty package", log: log)
        // The target's objects and module go; the module cache stays.
        let debug = scratch.appendingPathComponent("debug")
        for built in ["Floor.build", "Modules"] {
            try? FileManager.default.removeItem(at: debug.appendingPathComponent(built))
        }
        let warm = try CompileBenchmark.checked(
            CommandTimer.run(["swift", "build", "--scratch-path", scratch.path], in: package),
            "swift build of the empty package, module cache filled", log: log)
        log("floor: \(ResultTable.fixed(cold.wall, 1)) s, CPU \(CompileBenchmark.cpu(cold)) s; with the module cache "
            + "filled \(ResultTable.fixed(warm.wall, 1)) s, CPU \(CompileBenchmark.cpu(warm)) s")
        return Floor(cold: cold, warm: warm)
    }

    /// Fills `scratch`'s module cache for `package` without building its code: every target
    /// under `Sources` is built once as one empty file importing Foundation, then the real
    /// sources come back. The generator's module is timed after its runtime's build has done
    /// the same, so both sides are timed on a filled cache.
    static func warmUp(package: URL, scratch: String, in folder: TemporaryFolder, log: (String) -> Void) throws {
        let sources = package.appendingPathComponent("Sources")
        let held = folder.appending("held-sources")
        let targets = try FileManager.default.contentsOfDirectory(atPath: sources.path).sorted()
        try FileManager.default.moveItem(at: sources, to: held)
        defer {
            try? FileManager.default.removeItem(at: sources)
            try? FileManager.default.moveItem(at: held, to: sources)
        }
        for target in targets {
            let placeholder = sources.appendingPathComponent(target)
            try FileManager.default.createDirectory(at: placeholder, withIntermediateDirectories: true)
            try Data(emptySource(imports: ["Foundation"]).utf8).write(to: placeholder.appendingPathComponent("Empty.swift"))
        }
        _ = try CompileBenchmark.checked(
            CommandTimer.run(["swift", "build", "--scratch-path", scratch], in: package),
            "swift build of the package's targets as empty files (module cache)", log: log)
    }

    /// A file that imports `modules` and declares one empty type, so the module is not empty.
    static func emptySource(imports modules: [String]) -> String {
        modules.map { "import \($0)\n" }.joined() + "\npublic struct Empty: Sendable {}\n"
    }

    /// Writes `Package.swift` and `Sources/<target>/Empty.swift` into `package`.
    static func write(manifest: String, source: String, target: String, to package: URL) throws {
        let sources = package.appendingPathComponent("Sources").appendingPathComponent(target)
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        try Data(manifest.utf8).write(to: package.appendingPathComponent("Package.swift"))
        try Data(source.utf8).write(to: sources.appendingPathComponent("Empty.swift"))
    }
}
