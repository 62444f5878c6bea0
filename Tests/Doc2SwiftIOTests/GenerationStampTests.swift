@testable import Doc2SwiftIO
import Foundation
import Testing

/// A stamp replays only while inputs, command line and outputs are exactly as they were, and
/// never leaves a file in the output folder.
@Suite struct GenerationStampTests {
    @Test func textRoundTrips() throws {
        let stamp = GenerationStamp(
            inputs: "abc", folder: "/tmp/out put", report: ["a: warning: x", "", "summary"],
            outputs: [OutputState(path: "A/a b.swift", state: FileState(size: 3, modified: 1_700_000_000_123_456_789))])
        #expect(GenerationStamp(text: stamp.text) == stamp)
        #expect(GenerationStamp(text: "doc2swift-stamp 0\n") == nil)
        #expect(GenerationStamp(text: String(stamp.text.dropLast(20))) == nil)
    }

    @Test func digestFollowsContentPathsAndArguments() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("one", to: "in/API/a.md")
        let digest = { GenerationStamp.inputDigest(arguments: ["generate"], paths: [folder.path + "/in"]) }
        let first = digest()
        #expect(digest() == first)
        try folder.write("two", to: "in/API/a.md")
        let second = digest()
        #expect(second != first)
        try folder.write("", to: "in/API/new.txt")
        #expect(digest() != second)
        #expect(GenerationStamp.inputDigest(arguments: ["generate", "-v"], paths: [folder.path + "/in"]) != digest())
        #expect(GenerationStamp.inputDigest(arguments: ["generate"], paths: [folder.path + "/missing"])
            != GenerationStamp.inputDigest(arguments: ["generate"], paths: [folder.path + "/in"]))
    }

    @Test func replaysUntilAnOutputChanges() throws {
        let folder = try TemporaryFolder()
        defer {
            GenerationStamp.remove(in: folder.url.appendingPathComponent("out"))
            folder.remove()
        }
        try folder.write("a", to: "out/a.swift")
        try folder.write("a.swift\n", to: "out/.doc2swift-manifest")
        try GenerationStamp.record(inputs: "digest", report: ["summary"], paths: ["a.swift"], in: folder.url.appendingPathComponent("out"))
        let out = folder.url.appendingPathComponent("out")
        #expect(GenerationStamp.current(matching: "digest", in: out)?.report == ["summary"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == [".doc2swift-manifest", "a.swift"])
        #expect(GenerationStamp.current(matching: "other", in: out) == nil)
        try folder.write("edited", to: "out/a.swift")
        #expect(GenerationStamp.current(matching: "digest", in: out) == nil)
        GenerationStamp.remove(in: out)
        #expect(!FileManager.default.fileExists(atPath: GenerationStamp.location(for: out)))
    }
}
