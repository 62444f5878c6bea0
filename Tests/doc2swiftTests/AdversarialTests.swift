import Foundation
import SeededRandom
import Testing

/// Hostile and broken pages (`Fixtures/Adversarial/<case>/*.md`, one API each): `doc2swift generate`
/// must not crash, must print exactly the located diagnostics listed here, must write Swift that
/// type-checks, and must never turn doc text into code.
@Suite struct AdversarialTests {
    /// One fixture folder and what generating it must print.
    struct Case: Sendable, CustomTestStringConvertible {
        /// The folder under `Fixtures/Adversarial`, also used as the API name.
        var name: String
        /// Every diagnostic line, in order, with paths relative to the run's folder.
        var diagnostics: [String]
        var testDescription: String { name }
    }

    static let fixtures = CLIRunner.repositoryRoot.appendingPathComponent("Tests/doc2swiftTests/Fixtures/Adversarial")

    static let cases: [Case] = [
        Case(name: "Keywords", diagnostics: [
            "in/Keywords/class.md:54:3: warning: type 'self' is referenced but never documented, and no sample shows it; "
                + "typed as JSONValue",
        ]),
        Case(name: "Names", diagnostics: [
            "in/Names/names-case.md:3:1: warning: page id 'names_post' differs only in case from 'Names_Post' at "
                + "in/Names/names.md:3:1, so both would be named 'PostRequest'; this operation is named 'PostRequest2' "
                + "(file 'Operations/PostRequest2.swift') instead; give the pages ids that differ in more than case and punctuation",
            "in/Names/names.md:18:1: warning: table row has an empty name cell; row skipped",
        ]),
        Case(name: "Injection", diagnostics: [
            "in/Injection/inject.md:25:27: warning: NUL byte (1 in this page) in the text; left out of generated comments, "
                + "remove it from the page",
        ]),
        Case(name: "FileNames", diagnostics: [
            "in/FileNames/absolute.md:3:1: warning: page id '/tmp/absolute' looks like an absolute file path; no file or "
                + "folder is named after it: the operation is named 'TmpAbsoluteRequest', from the id's letters and "
                + "digits; write the id as a plain name (letters, digits, '_')",
            "in/FileNames/case2.md:3:1: warning: page id 'thing_get' differs only in case from 'Thing_Get' at "
                + "in/FileNames/case1.md:3:1, so both would be named 'GetRequest'; this operation is named 'GetRequest2' "
                + "(file 'Operations/GetRequest2.swift') instead; give the pages ids that differ in more than case and punctuation",
            "in/FileNames/dotdot.md:3:1: warning: page id '../../escape' looks like a file path that climbs out of its "
                + "folder ('..'); no file or folder is named after it: the operation is named 'EscapeRequest', from the "
                + "id's letters and digits; write the id as a plain name (letters, digits, '_')",
            "in/FileNames/reserved.md:3:1: warning: page id 'aux' is the Windows device name AUX, which no file may be "
                + "named; no file is named after the id: the operation is named 'AuxRequest'; give the page a "
                + "descriptive id",
            "in/FileNames/reserved.md:14:1: warning: type 'aux' is named 'Aux', but AUX is a Windows device name, which no "
                + "file may be named: its file is 'Models/Aux+Model.swift' instead of 'Models/Aux.swift'; rename the type "
                + "with 'typeNames' in doc2swift-config.json",
            "in/FileNames/reserved2.md:3:1: warning: page id 'COM1' is the Windows device name COM1, which no file may "
                + "be named; no file is named after the id: the operation is named 'COM1Request'; give the page a "
                + "descriptive id",
            "in/FileNames/slash.md:3:1: warning: page id 'a/b/c' looks like a file path ('/' or '\\' separates "
                + "folders); no file or folder is named after it: the operation is named 'ABCRequest', from the id's "
                + "letters and digits; write the id as a plain name (letters, digits, '_')",
        ]),
        Case(name: "Tables", diagnostics: [
            "in/Tables/tables.md:18:1: warning: table row has 2 cells but the header has 3; missing cells read as empty",
            "in/Tables/tables.md:19:1: warning: table row has 5 cells but the header has 3; the extra cells are read as part of the last column",
            "in/Tables/tables.md:20:1: warning: table row has 4 cells but the header has 3; the extra cells are read as part of the last column",
            "in/Tables/tables.md:21:1: warning: table row has 1 cells but the header has 3; missing cells read as empty",
            "in/Tables/tables.md:28:1: warning: table row has 2 cells but the header has 3; missing cells read as empty",
            "in/Tables/tables.md:29:1: warning: table row has 4 cells but the header has 3; the extra cells are read as part of the last column",
            "in/Tables/tables.md:30:1: warning: table row has an empty name cell; row skipped",
            "in/Tables/tables.md:36:1: warning: table row has 1 cells but the header has 2; missing cells read as empty",
            "in/Tables/tables.md:37:3: warning: status 'abc' is not an HTTP status code; row skipped",
        ]),
        Case(name: "Unclosed", diagnostics: [
            "in/Unclosed/fence.md:20:1: warning: code fence opened here is never closed; read to end of file",
            "in/Unclosed/fence.md:20:1: warning: sample block is not closed; read to the end of the file",
            "in/Unclosed/frontmatter.md:1:1: warning: front matter is not closed; read as text",
        ]),
        Case(name: "BadSamples", diagnostics: [
            "in/BadSamples/samples.md:45:19: warning: sample body is not valid JSON (expected ',' or ']' after array element, "
                + "found end of input); sample not tested",
            "in/BadSamples/samples.md:48:1: warning: sample request does not match the docs: $.count: a string where the "
                + "docs say int32 (documented at in/BadSamples/samples.md:16:3); sample not tested",
            "in/BadSamples/samples.md:59:58: warning: sample body is not valid JSON (trailing ',' before '}' is not "
                + "allowed); sample not tested",
        ]),
        Case(name: "Cycles", diagnostics: [
            "in/Cycles/cycle.md:30:3: warning: type 'NodeA' is referenced but never documented, and no sample shows it; "
                + "typed as JSONValue",
        ]),
    ]

    /// Text smuggled into the fixtures' descriptions and samples; wherever it shows up in generated
    /// Swift it must be inside a comment or a string literal's JSON line, never code.
    static let smuggled = ["injected", "exit(", "let hidden", "import Darwin"]

    @Test(arguments: cases)
    func generatesTypeCheckingSwiftWithLocatedDiagnostics(_ fixture: Case) throws {
        let root = try HostileRunner.stage(fixture: Self.fixtures.appendingPathComponent(fixture.name), api: fixture.name)
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try HostileRunner.run(["generate", "in", "--output", "out", "--package", "P\(fixture.name)", "-q"],
                                           in: root)
        #expect(!result.signaled, "doc2swift crashed: \(result.stderr)")
        #expect(result.status == 0)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines == fixture.diagnostics)
        let output = root.appendingPathComponent("out")
        Self.expectNoSmuggledCode(in: output)
        Self.expectSafeFileNames(in: root)
        #expect(try HostileRunner.typecheck(module: "\(fixture.name)API", in: output) == "")
    }

    /// Keyword, symbol, duplicate and unicode names keep their wire names in the property table.
    @Test func oddNamesKeepTheirWireNames() throws {
        let root = try HostileRunner.stage(fixture: Self.fixtures.appendingPathComponent("Names"), api: "Names")
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try HostileRunner.run(["generate", "in", "--output", "out", "-q"], in: root)
        let model = String(decoding: FileManager.default.contents(
            atPath: root.appendingPathComponent("out/Sources/NamesAPI/Models/PostBody.swift").path) ?? Data(), as: UTF8.self)
        for wire in ["\"123\"", "\"$%&\"", "\"userId\"", "\"UserId\"", "\"user_id\"", "\"USERID\"", "\"😀\"", "\"שלום\"",
                     "\"a\u{200B}b\"", "\"\\u{202E}evil\""] {
            #expect(model.contains("WireProperty(\(wire), optional:"), "wire name \(wire) missing")
        }
    }

    /// Page titles and ids with `../`, `/`, absolute paths and reserved device names: every file
    /// lands inside the output folder, with a name that is unique ignoring case and not reserved.
    static func expectSafeFileNames(in root: URL) {
        #expect(CLIRunner.files(under: root).allSatisfy { $0.hasPrefix("in/") || $0.hasPrefix("out/") })
        let paths = CLIRunner.files(under: root.appendingPathComponent("out"))
        #expect(Set(paths.map { $0.lowercased() }).count == paths.count, "names clash ignoring case: \(paths)")
        let reserved: Set<String> = ["con", "prn", "aux", "nul", "com1", "com2", "com3", "lpt1", "lpt2", "lpt3"]
        for path in paths {
            for component in path.split(separator: "/") {
                let stem = component.split(separator: ".").first.map { $0.lowercased() } ?? ""
                #expect(!reserved.contains(stem), "reserved file name in \(path)")
            }
        }
        let siblings = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        #expect(siblings.sorted() == ["in", "out"], "left behind: \(siblings)")
    }

    /// Every generated line mentioning smuggled text is a comment or a JSON line of a sample
    /// literal (which starts with a quote, a brace or a bracket), and no sample line starts a
    /// compiler directive.
    static func expectNoSmuggledCode(in output: URL) {
        for (path, text) in HostileRunner.generatedSwift(under: output) {
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let trimmed = line.drop { $0 == " " }
                guard smuggled.contains(where: { line.contains($0) }) else { continue }
                let isComment = trimmed.hasPrefix("//")
                let isSampleLine = path.hasPrefix("Tests/") && (trimmed.first.map { "\"{[".contains($0) } ?? false)
                #expect(isComment || isSampleLine, "doc text became code in \(path): \(line)")
            }
            #expect(!text.contains("\n#if false"), "a directive from the docs reached \(path)")
        }
    }

    /// A page of binary garbage and one with invalid UTF-8 (made at test time): a located warning
    /// each, no crash, and Swift that type-checks.
    @Test func binaryGarbageAndInvalidUTF8() throws {
        let root = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("in/Binary")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var generator = SplitMix64(seed: 5)
        try Data((0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next()) })
            .write(to: folder.appendingPathComponent("garbage.md"))
        let page = "---\ntitle: POST Binary\nid: Binary_Post\n---\n\n# POST Binary\n\n```http\nPOST /api/v1/binary\n```\n\n"
            + "## Request Body: Binary\n\n| Property Name | Type | Description |\n|---|---|---|\n"
        try (Data(page.utf8) + Data([0x7C, 0x20, 0x6E, 0xFF, 0x61, 0x20, 0x7C, 0x20]) + Data("string | Bad ".utf8)
            + Data([0xC0, 0xAF, 0xED, 0xA0, 0x80]) + Data(" bytes. |\n| ok | string | Fine. |\n".utf8))
            .write(to: folder.appendingPathComponent("invalid.md"))
        let result = try HostileRunner.run(["generate", "in", "--output", "out", "-q"], in: root)
        #expect(!result.signaled)
        #expect(result.status == 0)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("in/Binary/garbage.md:") && $0.contains(": warning: invalid UTF-8 (") })
        #expect(lines.contains("in/Binary/invalid.md:16:4: warning: invalid UTF-8 (6 sequences) replaced with U+FFFD; "
            + "first one here"), "\(lines)")
        #expect(try HostileRunner.typecheck(module: "BinaryAPI", in: root.appendingPathComponent("out")) == "")
    }

    /// Pages shaped to make naive parsing quadratic (each once took minutes): 200,000 unclosed `[`
    /// in a paragraph, a body table of 5,000 rows each naming an undocumented type, and 10,000
    /// query parameters. Each must finish, with its diagnostics, well inside the time limit.
    @Test(arguments: [
        ("brackets", String(repeating: "[", count: 200_000) + "\n"),
        ("types", "## Request Body: Wide\n\n| Property Name | Type | Description |\n|---|---|---|\n"
            + (0..<5_000).map { "| p\($0) | Undocumented\($0) | d |\n" }.joined()),
        ("parameters", "| Parameter Name | Type | Description |\n|---|---|---|\n"
            + (0..<10_000).map { "| q\($0) | int32 | d |\n" }.joined()),
    ])
    func pagesBuiltToBeSlowFinish(name: String, body: String) throws {
        let root = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("in/Slow")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let page = "---\ntitle: POST Slow\nid: Slow_Post\n---\n\n# POST Slow\n\n```http\nPOST /api/v1/slow\n```\n\n" + body
        try Data(page.utf8).write(to: folder.appendingPathComponent("\(name).md"))
        let result = try HostileRunner.run(["generate", "in", "--output", "out", "-q"], in: root, timeout: 60)
        #expect(!result.signaled, "killed after \(result.seconds) s")
        #expect(result.status == 0, "\(result.stderr.prefix(2_000))")
    }

    /// A 10 MB page holding a 10,000-row table, made at test time: generated in bounded time and
    /// memory, every row a property, and the generated module built (`swift build`, debug, cold,
    /// warnings as errors) within `tenThousandRowBuildBound` seconds.
    @Test func tenMegabytePageWithTenThousandRows() throws {
        let root = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("in/Big")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var page = "---\ntitle: POST Big\nid: Big_Post\n---\n\n# POST Big\n\n```http\nPOST /api/v1/big\n```\n\n"
        page += "## Request Body: Big\n\n| Property Name | Type | Description |\n|---|---|---|\n"
        for row in 0..<10_000 { page += "| field\(row) | int32 | Field number \(row). |\n" }
        page += "\n## Response: object\n\n| Response | Description |\n|---|---|\n| 200 | OK. |\n\n## Notes\n\n"
        let paragraph = String(repeating: "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ", count: 20) + "\n\n"
        page += String(repeating: paragraph, count: (10_000_000 - page.utf8.count) / paragraph.utf8.count + 1)
        #expect(page.utf8.count >= 10_000_000)
        try Data(page.utf8).write(to: folder.appendingPathComponent("big.md"))
        let result = try HostileRunner.run(["generate", "in", "--output", "out", "--package", "BigSDK", "-q"], in: root,
                                           timeout: 100)
        #expect(!result.signaled)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.seconds < 90)
        let model = String(decoding: FileManager.default.contents(
            atPath: root.appendingPathComponent("out/Sources/BigAPI/Models/PostBody.swift").path) ?? Data(), as: UTF8.self)
        #expect(model.contains("public var field9999: Int32?"))
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        let peakBytes = Int(usage.ru_maxrss) * 1024
        #else
        getrusage(RUSAGE_CHILDREN, &usage)
        let peakBytes = Int(usage.ru_maxrss)
        #endif
        #expect(peakBytes < 2_000_000_000, "a child used \(peakBytes) bytes")

        // Built, not only generated: the model is split into parts of 64 (`ModelContext`), so its
        // build time grows linearly.
        let swift = try #require(RequiredPropertiesPackageTests.swift, "no swift driver next to swiftc")
        let out = root.appendingPathComponent("out")
        let built = try HostileRunner.run(["build", "--scratch-path", out.appendingPathComponent(".build").path,
                                           "-Xswiftc", "-warnings-as-errors"],
                                          in: out, executable: swift, timeout: Self.tenThousandRowBuildBound + 60)
        #expect(!built.signaled, "killed after \(built.seconds) s")
        #expect(built.status == 0, "\(built.stdout.suffix(4_000))\n\(built.stderr.suffix(2_000))")
        #expect(!built.stdout.contains("warning:") && !built.stderr.contains("warning:"), "\(built.stdout.suffix(4_000))")
        #expect(built.seconds < Self.tenThousandRowBuildBound, "swift build took \(built.seconds) s")
    }

    /// Wall seconds the 10,000-property module may take to build. Measured on a shared 2-core
    /// machine (debug, cold): 159 CPU s and 229 s wall at load average 6; the bound leaves room for
    /// the other tests that `swift test` runs at the same time.
    static let tenThousandRowBuildBound: Double = 600
}

