import Foundation
import Testing

/// Output is replaced as a whole: unchanged files keep their modification time, stale files go,
/// nothing outside the output folder is touched, and a run killed midway leaves the previous
/// output intact.
@Suite struct WriteSafetyTests {
    /// A page for operation `index` whose description carries `version`.
    static func page(_ index: Int, version: Int) -> String {
        """
        ---
        title: GET Thing\(index)
        id: GetThing\(index)
        ---

        # GET Thing\(index)

        ```http
        GET /api/v1/thing\(index)/{id}
        ```

        Gets thing \(index), version \(version).

        | Path Part | Type | Description |
        |-----------|------|-------------|
        | id | int32 | The id. **Required** |

        ## Response: Thing\(index)

        | Response | Description |
        |----------------|-------------|
        | 200 | OK. |

        Response body: Thing\(index)

        | Property Name | Type |  Description |
        |----------------|------|--------------|
        | name | string | Name, version \(version). |
        | count | int32 | Count. |

        """
    }

    /// Writes `count` pages of `version` into `folder/API`.
    static func writePages(_ count: Int, version: Int, to folder: URL) throws {
        let api = folder.appendingPathComponent("API")
        try FileManager.default.createDirectory(at: api, withIntermediateDirectories: true)
        for index in 0..<count {
            try Data(page(index, version: version).utf8).write(to: api.appendingPathComponent("thing\(index).md"))
        }
    }

    static func modificationDate(_ url: URL) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
    }

    @Test func unchangedFilesKeepTheirTimeAndStaleFilesGo() throws {
        let root = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in")
        try Self.writePages(3, version: 1, to: input)
        let sentinel = root.appendingPathComponent("sentinel.txt")
        try Data("mine".utf8).write(to: sentinel)
        #expect(try HostileRunner.run(["generate", "in", "--output", "out", "-q"], in: root).status == 0)
        let output = root.appendingPathComponent("out")
        let old = Date(timeIntervalSince1970: 1_000_000_000)
        for path in CLIRunner.files(under: output) {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: output.appendingPathComponent(path).path)
        }
        try Data(Self.page(1, version: 2).utf8).write(to: input.appendingPathComponent("API/thing1.md"))
        try FileManager.default.removeItem(at: input.appendingPathComponent("API/thing2.md"))
        let result = try HostileRunner.run(["generate", "in", "--output", "out"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        let files = CLIRunner.files(under: output)
        #expect(!files.contains { $0.contains("Thing2") }, "stale files of the removed page remain")
        let touched = files.filter { Self.modificationDate(output.appendingPathComponent($0)) != old }
        // Only the edited page's files and the files listing every operation (client, manifest) change.
        #expect(touched.allSatisfy { $0.contains("Thing1") || $0.contains("/Client/") || $0 == ".doc2swift-manifest" },
                "rewritten: \(touched)")
        #expect(files.filter { $0.contains("Thing0") }.count >= 2)
        #expect(touched.contains { $0.contains("Thing1") })
        #expect(try String(contentsOf: sentinel, encoding: .utf8) == "mine")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["in", "out", "sentinel.txt"])
    }

    /// Files stream into the staging folder as they render; a template error on a later file must
    /// still leave the previous output exactly as it was, and no staging folder behind.
    @Test func aTemplateErrorMidwayLeavesThePreviousOutput() throws {
        let root = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.writePages(30, version: 1, to: root.appendingPathComponent("in"))
        #expect(try HostileRunner.run(["generate", "in", "--output", "out", "-q"], in: root).status == 0)
        let output = root.appendingPathComponent("out")
        let before = DeterminismTests.snapshot(output)
        try Self.writePages(30, version: 2, to: root.appendingPathComponent("in"))
        let templates = root.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        // Files render in path order: the client and the models (changed) first, then the
        // operations' `+Client` files, which fail.
        try Data("{{header}}\n{{noSuchKey}}\n".utf8).write(to: templates.appendingPathComponent("ClientOperation.mustache"))
        let failed = try HostileRunner.run(["generate", "in", "--output", "out", "--templates", "templates", "-q"], in: root)
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("templates/ClientOperation.mustache:2:1: error: unknown key 'noSuchKey'"), "\(failed.stderr)")
        #expect(failed.stderr.contains("'out' was left unchanged"))
        #expect(DeterminismTests.snapshot(output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".out.") }
        #expect(leftovers.isEmpty, "left behind: \(leftovers)")
    }

    @Test func runKilledMidwayLeavesThePreviousOutput() throws {
        let root = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in")
        let pages = 400
        try Self.writePages(pages, version: 1, to: input)
        #expect(try HostileRunner.run(["generate", "in", "--output", "out", "-q"], in: root).status == 0)
        let output = root.appendingPathComponent("out")
        let before = DeterminismTests.snapshot(output)
        try Self.writePages(pages, version: 2, to: input)
        // Reference output for version 2, generated elsewhere.
        #expect(try HostileRunner.run(["generate", "in", "--output", "reference", "-q"], in: root).status == 0)
        let after = DeterminismTests.snapshot(root.appendingPathComponent("reference"))
        #expect(before != after)
        var killedBeforeTheEnd = 0
        for delay in [0.05, 0.2, 0.4, 0.7, 1.0, 1.5] {
            let process = Process()
            process.executableURL = CLIRunner.executable
            process.arguments = ["generate", "in", "--output", "out", "-q"]
            process.currentDirectoryURL = root
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            if process.isRunning { killedBeforeTheEnd += 1 }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = DeterminismTests.snapshot(output)
            if now.isEmpty {
                // Killed between the two renames: the previous output waits beside it as a backup.
                let backup = root.appendingPathComponent(".out.doc2swift-old")
                let kept = DeterminismTests.snapshot(backup)
                #expect(kept == before || kept == after, "backup is a mix after a kill at \(delay) s")
            } else {
                #expect(now == before || now == after, "output is a mix after a kill at \(delay) s")
            }
            // Go back to the previous output for the next attempt (a rerun also puts a backup back).
            if now != before {
                try Self.writePages(pages, version: 1, to: input)
                #expect(try HostileRunner.run(["generate", "in", "--output", "out", "-q"], in: root).status == 0)
                #expect(DeterminismTests.snapshot(output) == before)
                try Self.writePages(pages, version: 2, to: input)
            }
        }
        #expect(killedBeforeTheEnd > 0, "every run finished before it could be killed")
        let rerun = try HostileRunner.run(["generate", "in", "--output", "out", "-q"], in: root)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(DeterminismTests.snapshot(output) == after)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".out.") }
        #expect(leftovers.isEmpty, "left behind: \(leftovers)")
    }

    @Test func exitCodesSeparateWarningsFromFailure() throws {
        let root = try HostileRunner.stage(fixture: AdversarialTests.fixtures.appendingPathComponent("Tables"), api: "Tables")
        defer { try? FileManager.default.removeItem(at: root) }
        let warned = try HostileRunner.run(["generate", "in", "--output", "out", "-q"], in: root)
        #expect(warned.status == 0)
        #expect(warned.stderr.contains(": warning: "))
        let strict = try HostileRunner.run(["generate", "in", "--output", "strict", "--strict", "-q"], in: root)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("in/Tables/tables.md:18:1: error: table row has 2 cells but the header has 3"))
        #expect(!strict.stderr.contains(": warning: "), "--strict reports every warning as an error")
        #expect(strict.stderr.contains("doc2swift: error: generation failed (9 errors above; fix them in the pages, "
            + "config or templates named (--strict counts warnings as errors), or drop --strict); 'strict' was left unchanged"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("strict").path))
        let missing = try HostileRunner.run(["generate", "nowhere", "--output", "out", "-q"], in: root)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("doc2swift: error: input folder 'nowhere' does not exist or is not a folder"))
        try FileManager.default.createDirectory(at: root.appendingPathComponent("foreign"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: root.appendingPathComponent("foreign/keep.txt"))
        let foreign = try HostileRunner.run(["generate", "in", "--output", "foreign", "-q"], in: root)
        #expect(foreign.status == 1)
        #expect(foreign.stderr.contains("choose an empty or new folder"))
        #expect(CLIRunner.files(under: root.appendingPathComponent("foreign")) == ["keep.txt"])
    }
}
