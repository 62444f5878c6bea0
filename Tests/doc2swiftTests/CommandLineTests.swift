import Foundation
import Testing

/// The executable's contract: help, version, usage errors (64), diagnostics on stderr, exit codes,
/// minimal rewrites and staleness checks.
@Suite struct CommandLineTests {
    @Test func helpListsEveryCommand() throws {
        let result = try CLIRunner.run(["--help"])
        #expect(result.status == 0)
        for command in ["generate", "check", "schema", "report", "dump-context", "EXIT CODES", "DOC2SWIFT_THREADS"] {
            #expect(result.stdout.contains(command), "help lacks \(command)")
        }
    }

    @Test func versionPrintsAVersion() throws {
        let result = try CLIRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("doc2swift "))
    }

    @Test(arguments: [
        (["frobnicate"], "unknown command 'frobnicate'"),
        (["generate", "Input"], "'generate' needs '--output <dir>'"),
        (["generate", "Input", "--output"], "option '--output' needs a value"),
        (["schema", "Input", "--bogus"], "unknown option '--bogus'"),
        (["schema"], "missing <input-dir>"),
        (["schema", "Input", "--access", "open"], "'--access open' is not an access level"),
        (["schema", "Input", "--required-properties", "all"], "'--required-properties all' is not a mode"),
    ])
    func usageErrorsExit64(arguments: [String], message: String) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains("error: \(message)"), "\(result.stderr)")
    }

    @Test func missingInputFolderFails() throws {
        let result = try CLIRunner.run(["schema", "NoSuchFolder"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("input folder 'NoSuchFolder' does not exist"))
    }

    /// A folder with no page doc2swift can read fails (exit 1) and says what it holds instead; it
    /// never succeeds with a `Package.swift` that has no target.
    @Test(arguments: ["generate", "check", "schema", "report", "openapi"])
    func inputWithoutPagesFails(command: String) throws {
        let input = try CLIRunner.temporaryDirectory()
        let output = try CLIRunner.temporaryDirectory().appendingPathComponent("out")
        defer {
            try? FileManager.default.removeItem(at: input)
            try? FileManager.default.removeItem(at: output.deletingLastPathComponent())
        }
        for name in ["index.rst", "api.rst", "notes.txt"] {
            try "Title\n=====\n".write(to: input.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let writes = ["generate", "check"].contains(command)
        let result = try CLIRunner.run([command, input.path, "--api", "Docs"]
            + (writes ? ["--output", output.path, "--package", "DocsSDK"] : []))
        #expect(result.status == 1)
        #expect(result.stderr.contains("doc2swift: error: no .md, .markdown or .mdx pages under '\(input.path)'; found "
            + "2 .rst files and 1 .txt file"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("Package.swift").path))
        #expect(result.stdout.isEmpty)
    }

    @Test func emptyInputFolderFails() throws {
        let input = try CLIRunner.temporaryDirectory()
        let output = try CLIRunner.temporaryDirectory().appendingPathComponent("out")
        defer {
            try? FileManager.default.removeItem(at: input)
            try? FileManager.default.removeItem(at: output.deletingLastPathComponent())
        }
        let result = try CLIRunner.run(["generate", input.path, "--output", output.path, "--package", "X"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: no .md, .markdown or .mdx pages under '\(input.path)': it holds no files"),
                "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    /// `.markdown` and `.mdx` pages are read like `.md` ones, and the build plugin's one-file-per-page
    /// names stay unique when two pages differ only in their extension.
    @Test func markdownAndMDXPagesAreGeneratedUnderDistinctNames() throws {
        let input = try CLIRunner.temporaryDirectory()
        let output = try CLIRunner.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: input)
            try? FileManager.default.removeItem(at: output)
        }
        let page = { (name: String) in "# GET \(name)\n\n```http\nGET /api/\(name)\n```\n" }
        for (file, resource) in [("a.md", "Orders"), ("a.mdx", "Items"), ("b.markdown", "Carts")] {
            try page(resource).write(to: input.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        let schema = try CLIRunner.run(["schema", input.path, "--api", "Shop"])
        #expect(schema.status == 0, "\(schema.stderr)")
        let apis = try JSONSerialization.jsonObject(with: Data(schema.stdout.utf8)) as? [[String: Any]] ?? []
        let paths = apis.flatMap { ($0["operations"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String } }
        #expect(paths.sorted() == ["/api/Carts", "/api/Items", "/api/Orders"])
        let result = try CLIRunner.run(["generate", input.path, "--api", "Shop", "--module-name", "ShopSDK",
                                        "--layout", "plugin-sources", "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let pages = CLIRunner.files(under: output).filter { !$0.hasPrefix(".") && !$0.hasPrefix("Doc2Swift+") }
        #expect(pages == ["a.swift", "a_2.swift", "b.swift"])
    }

    @Test func diagnosticsAreLocatedAndSorted() throws {
        let result = try CLIRunner.run(["report", "Input"])
        #expect(result.status == 0)
        let lines = result.stderr.split(separator: "\n").filter { $0.contains(": warning: ") }
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(line.range(of: #"^Input/[^:]+\.md:\d+:\d+: warning: "#, options: .regularExpression) != nil, "\(line)")
        }
        #expect(result.stdout.contains("SuperOffice: 3 pages, 3 operations"))
    }

    @Test func secondRunRewritesNothingAndCheckPasses() throws {
        let output = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let first = try CLIRunner.run(["generate", "Input", "--output", output.path])
        #expect(first.status == 0)
        let model = output.appendingPathComponent("Sources/SuperOfficeAPI/Models/ContactRelationEntity.swift")
        let before = try FileManager.default.attributesOfItem(atPath: model.path)[.modificationDate] as? Date
        Thread.sleep(forTimeInterval: 0.05)
        let second = try CLIRunner.run(["generate", "Input", "--output", output.path])
        #expect(second.stderr.contains("wrote 0 files, removed 0"), "\(second.stderr)")
        let after = try FileManager.default.attributesOfItem(atPath: model.path)[.modificationDate] as? Date
        #expect(before == after)
        #expect(try CLIRunner.run(["check", "Input", "--output", output.path]).status == 0)

        try "// edited\n".write(to: model, atomically: true, encoding: .utf8)
        let stale = try CLIRunner.run(["check", "Input", "--output", output.path])
        #expect(stale.status == 1)
        #expect(stale.stderr.contains("ContactRelationEntity.swift: error: stale"))
    }

    @Test func refusesAFolderItDidNotWrite() throws {
        let output = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        try "keep me".write(to: output.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["generate", "Input", "--output", output.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("is not empty and was not written by doc2swift"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("notes.txt").path))
    }

    @Test func removesFilesOfRemovedPages() throws {
        let input = try CLIRunner.temporaryDirectory()
        let output = try CLIRunner.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: input)
            try? FileManager.default.removeItem(at: output)
        }
        let api = input.appendingPathComponent("Shop")
        try FileManager.default.createDirectory(at: api, withIntermediateDirectories: true)
        let page = { (name: String) in "# GET \(name)\n\n```http\nGET /api/\(name)\n```\n" }
        try page("Orders").write(to: api.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        try page("Items").write(to: api.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
        #expect(try CLIRunner.run(["generate", input.path, "--output", output.path]).status == 0)
        #expect(CLIRunner.files(under: output).contains("Sources/ShopAPI/Operations/BRequest.swift"))
        try FileManager.default.removeItem(at: api.appendingPathComponent("b.md"))
        let second = try CLIRunner.run(["generate", input.path, "--output", output.path])
        // The page's request builder and its client method.
        #expect(second.stderr.contains("removed 2"), "\(second.stderr)")
        #expect(!CLIRunner.files(under: output).contains("Sources/ShopAPI/Operations/BRequest.swift"))
        #expect(CLIRunner.files(under: output).contains("Sources/ShopAPI/Operations/ARequest.swift"))
    }

    @Test func strictTurnsWarningsIntoFailureAndWritesNothing() throws {
        let output = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try CLIRunner.run(["generate", "Input", "--output", output.path, "--strict"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("generation failed"))
        #expect(CLIRunner.files(under: output).isEmpty)
    }

    @Test func schemaAndContextAreJSON() throws {
        for command in ["schema", "dump-context"] {
            let result = try CLIRunner.run([command, "Input"])
            #expect(result.status == 0)
            let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
            #expect(json is [Any])
        }
    }
}
