import Foundation
import MarkdownBlocks
import Mustache
import OrderedJSON
import SeededRandom
import Testing
@testable import Doc2SwiftCore

/// Deterministic mutation fuzzing of the markdown reader, the page extractor, the JSON sample
/// parser and the template engine, seeded with real pages and templates.
///
/// Each target runs for `DOC2SWIFT_FUZZ_SECONDS` seconds (default 1, so CI stays quick);
/// `DOC2SWIFT_FUZZ_TARGET` picks one target, `DOC2SWIFT_FUZZ_SEED` the seed. A crash ends the
/// process (the script reports it); an input running longer than `DOC2SWIFT_FUZZ_TIMEOUT` seconds
/// (default 10) is written to the temporary folder and counted as a hang. Each target prints
/// `fuzz <target>: <n> executions, <c> crashes, <h> hangs`.
@Suite struct MutationFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let seconds = environment["DOC2SWIFT_FUZZ_SECONDS"].flatMap(Double.init) ?? 1
    static let perInputTimeout = environment["DOC2SWIFT_FUZZ_TIMEOUT"].flatMap(Double.init) ?? 10
    static let seed = environment["DOC2SWIFT_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x5EED_D0C5

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Real pages: `Input/`, `../shared/seeds` and up to 60 corpus pages, plus the adversarial fixtures.
    static let pages: [[UInt8]] = {
        var urls: [URL] = []
        let shared = repository.deletingLastPathComponent().appendingPathComponent("shared")
        for (folder, limit) in [(repository.appendingPathComponent("Input"), 100),
                                (repository.appendingPathComponent("Tests/doc2swiftTests/Fixtures/Adversarial"), 100),
                                (shared.appendingPathComponent("seeds"), 100), (shared.appendingPathComponent("corpus"), 60)] {
            let found = (FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? [])
                .filter { $0.pathExtension == "md" }.map(\.path).sorted().prefix(limit)
            urls += found.map(URL.init(fileURLWithPath:))
        }
        let loaded = urls.compactMap { FileManager.default.contents(atPath: $0.path).map { [UInt8]($0) } }
        return loaded.isEmpty ? [Array("# T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n".utf8)] : loaded
    }()

    /// JSON samples: the bodies of the seed pages' code fences that start with `{` or `[`.
    static let jsonSamples: [[UInt8]] = {
        var samples: [[UInt8]] = [Array(#"{"a": [1, 2.5e3, true, null, "x\u00e9\n"], "b": {}}"#.utf8)]
        for page in pages.prefix(40) {
            for part in String(decoding: page, as: UTF8.self).components(separatedBy: "```").enumerated()
            where part.offset % 2 == 1 {
                if let start = part.element.firstIndex(where: { $0 == "{" || $0 == "[" }) {
                    samples.append(Array(part.element[start...].utf8))
                }
            }
        }
        return samples
    }()

    /// The default templates and a few hand-written ones.
    static let templateSources: [[UInt8]] = {
        let folder = repository.appendingPathComponent("Templates")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".mustache") }.sorted()
        return files.compactMap { FileManager.default.contents(atPath: folder.appendingPathComponent($0).path).map { [UInt8]($0) } }
            + [Array("{{#items}}{{name}}{{^last}}, {{/last}}{{/items}}{{! note }}{{> other}}".utf8)]
    }()

    /// Fragments inserted by the mutator: markdown, HTML, JSON and Mustache syntax.
    static let fragments: [[UInt8]] = [
        "|", "| ", "`", "```", "~~~", "#", "## ", "{{", "}}", "{{#", "{{/", "{{^", "{{>", "{{!", "{{{", "}}}", "{{=<% %>=}}",
        "&#", "&#x", "&amp", "&lt;", "&#1114112;", "\n", "\r\n", "---\n", "\"", "\\", "[", "]", "{", "}", ":", ",",
        "<div>", "</", "<!--", "-->", "**", "*", "_", "1. ", "- ", "\u{0}", "\u{FEFF}", "e\u{301}", "𝄞", "9e999", "-0",
        "\\u", "\\ud800", "null", "true",
    ].map { Array($0.utf8) }

    /// One random change to `input`: a byte flip, an inserted fragment, a deletion, a duplicated
    /// slice or a truncation.
    static func mutate(_ input: inout [UInt8], _ generator: inout SplitMix64) {
        let position = input.isEmpty ? 0 : Int(generator.next() % UInt64(input.count + 1))
        switch generator.next() % 6 {
        case 0 where !input.isEmpty:
            input[min(position, input.count - 1)] ^= UInt8(1 << (generator.next() % 8))
        case 1, 2:
            input.insert(contentsOf: fragments[Int(generator.next() % UInt64(fragments.count))], at: position)
        case 3 where !input.isEmpty:
            let end = min(input.count, position + Int(generator.next() % 16) + 1)
            input.removeSubrange(min(position, end)..<end)
        case 4 where !input.isEmpty:
            let start = Int(generator.next() % UInt64(input.count))
            let slice = Array(input[start..<min(input.count, start + Int(generator.next() % 64) + 1)])
            if input.count < 400_000 { input.insert(contentsOf: slice, at: position) }
        default:
            input.removeSubrange(min(position, input.count)...)
        }
    }

    /// Watches the running input and aborts with it saved when it outlives the per-input timeout.
    final class Watchdog: @unchecked Sendable {
        private let lock = NSLock()
        private var started: Date?
        private var input: [UInt8] = []
        private var stopped = false
        let target: String

        init(target: String, timeout: Double) {
            self.target = target
            let thread = Thread { [weak self] in
                while let self, !self.isStopped {
                    Thread.sleep(forTimeInterval: 0.25)
                    self.check(timeout)
                }
            }
            thread.start()
        }

        var isStopped: Bool { lock.withLock { stopped } }
        func stop() { lock.withLock { stopped = true } }
        func begin(_ bytes: [UInt8]) { lock.withLock { started = Date(); input = bytes } }
        func end() { lock.withLock { started = nil } }

        private func check(_ timeout: Double) {
            let hung: [UInt8]? = lock.withLock {
                guard let started, Date().timeIntervalSince(started) > timeout else { return nil }
                return input
            }
            guard let hung else { return }
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("doc2swift-fuzz-hang-\(target).bin")
            try? Data(hung).write(to: file)
            FileHandle.standardError.write(Data("fuzz \(target): HANG, input saved to \(file.path)\n".utf8))
            abort()
        }
    }

    /// Runs `body` on mutations of `seeds` until the time budget is spent.
    /// - Returns: the number of executions.
    @discardableResult
    static func fuzz(_ target: String, seeds: [[UInt8]], _ body: ([UInt8]) -> Void) -> Int {
        if let only = environment["DOC2SWIFT_FUZZ_TARGET"], only != target { return 0 }
        var generator = SplitMix64(seed: seed ^ UInt64(truncatingIfNeeded: target.hashValueStable))
        let watchdog = Watchdog(target: target, timeout: perInputTimeout)
        defer { watchdog.stop() }
        let deadline = Date().addingTimeInterval(seconds)
        var executions = 0
        while executions % 64 != 0 || Date() < deadline {
            var input = seeds[Int(generator.next() % UInt64(seeds.count))]
            for _ in 0...(generator.next() % 8) { mutate(&input, &generator) }
            watchdog.begin(input)
            body(input)
            watchdog.end()
            executions += 1
        }
        print("fuzz \(target): \(executions) executions, 0 crashes, 0 hangs")
        return executions
    }

    /// Saves the input that broke an invariant to the temporary folder, then stops the process.
    static func fail(_ target: String, _ message: String, input: [UInt8]) -> Never {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("doc2swift-fuzz-failure-\(target).bin")
        try? Data(input).write(to: file)
        preconditionFailure("fuzz \(target): \(message); input saved to \(file.path)")
    }

    @Test func markdownReader() {
        let runs = Self.fuzz("markdown", seeds: Self.pages) { bytes in
            let document = BlockReader.read(data: Data(bytes), file: "F.md")
            // Lines end at LF, CRLF or a lone CR.
            var lines = 1
            for (index, byte) in bytes.enumerated()
            where byte == 10 || (byte == 13 && (index + 1 == bytes.count || bytes[index + 1] != 10)) {
                lines += 1
            }
            for issue in document.issues where issue.location.line < 1 || issue.location.line > lines {
                Self.fail("markdown", "issue at line \(issue.location.line) of a \(lines)-line page", input: bytes)
            }
        }
        #expect(runs > 0 || Self.environment["DOC2SWIFT_FUZZ_TARGET"] != nil)
    }

    @Test func pageExtractor() {
        let extractor = PageExtractor()
        Self.fuzz("extractor", seeds: Self.pages) { bytes in
            let document = BlockReader.read(data: Data(bytes), file: "F/p.md")
            let (pages, _) = extractor.extractAll(document, relativePath: "F/p.md", api: "F")
            _ = SchemaBuilder().build(api: "F", pages: pages)
        }
    }

    @Test func jsonSampleParser() {
        Self.fuzz("json", seeds: Self.jsonSamples) { bytes in
            let text = String(decoding: bytes, as: UTF8.self)
            if let node = try? JSONParser.parse(text) {
                // What parsed once parses again from its own compact form.
                if (try? JSONParser.parse(node.description)) == nil {
                    Self.fail("json", "its compact form does not parse", input: bytes)
                }
            }
        }
    }

    @Test func templateEngine() {
        let context: TemplateValue = ["name": "n", "items": [["name": "a", "last": false], ["name": "b", "last": true]],
                                      "flag": true, "text": "x */ \"\"\" \\("]
        Self.fuzz("mustache", seeds: Self.templateSources) { bytes in
            guard let template = try? Template(name: "t", source: String(decoding: bytes, as: UTF8.self)) else { return }
            _ = try? TemplateSet(templates: [template]).render("t", context: context)
        }
    }
}

extension String {
    /// A hash that is the same in every process (unlike `hashValue`), for per-target seeds.
    var hashValueStable: UInt64 {
        utf8.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 }
    }
}
