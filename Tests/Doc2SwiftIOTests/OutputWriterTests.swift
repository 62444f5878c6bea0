import Doc2SwiftCore
@testable import Doc2SwiftIO
import Foundation
import Testing

/// Minimal writes, removal of stale files, and paths that would leave the output folder.
@Suite struct OutputWriterTests {
    @Test(arguments: ["a.swift", "Sources/M/a.swift", "a/.hidden", "a/...", "x..y/z"])
    func acceptsPathsInsideTheFolder(path: String) {
        #expect(OutputWriter.isContained(path))
    }

    @Test(arguments: ["", "/abs", "a//b", "a/", "./a", "a/./b", "../a", "a/../b", "a/..", "a\\b", "a\u{0}b"])
    func rejectsPathsThatLeaveTheFolder(path: String) {
        #expect(!OutputWriter.isContained(path))
        #expect(throws: WriteError.self) { try OutputWriter.validate(path) }
    }

    @Test func writesOnlyChangedFilesAndRemovesStaleOnes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = OutputWriter(directory: folder.url.appendingPathComponent("out"))
        let first = [OutputFile(path: "A/a.swift", contents: "a"), OutputFile(path: "A/b.swift", contents: "b")]
        let plan = try writer.plan(first)
        #expect(plan.written == ["A/a.swift", "A/b.swift"])
        try writer.write(first)
        #expect(folder.read("out/A/a.swift") == "a")
        #expect(try writer.plan(first).isEmpty)

        let second = [OutputFile(path: "A/a.swift", contents: "a"), OutputFile(path: "C/c.swift", contents: "cé")]
        let next = try writer.plan(second)
        #expect(next.written == ["C/c.swift"])
        #expect(next.removed == ["A/b.swift"])
        #expect(next.unchanged == 1)
        try writer.write(second)
        #expect(folder.read("out/C/c.swift") == "cé")
        #expect(folder.read("out/A/b.swift") == nil)
        #expect(folder.read("out/.doc2swift-manifest") == "A/a.swift\nC/c.swift\n")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/out/C/.c.swift.partial"))
    }

    @Test func aFileOfTheSameSizeButOtherBytesIsRewritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = OutputWriter(directory: folder.url)
        try writer.write([OutputFile(path: "a.swift", contents: "abc")])
        #expect(try writer.plan([OutputFile(path: "a.swift", contents: "abd")]).written == ["a.swift"])
    }

    @Test func refusesAForeignNonEmptyFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("mine", to: "notes.txt")
        let writer = OutputWriter(directory: folder.url)
        let files = [OutputFile(path: "a.swift", contents: "a")]
        #expect(throws: WriteError.self) { try writer.write(files) }
    }
}
