import Doc2SwiftCore
@testable import Doc2SwiftIO
import Foundation
import Testing

/// Files added one at a time: no staging until something changes, last text wins, an abandoned
/// run leaves the folder as it was, and the user's own files survive the swap.
@Suite struct StagedOutputTests {
    static func inode(_ path: String) -> UInt64? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? NSNumber)?.uint64Value
    }

    @Test func anUnchangedRunCreatesNoStagingFolderAndKeepsEveryFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = OutputWriter(directory: folder.url.appendingPathComponent("out"))
        let files = (0..<5).map { OutputFile(path: "A/f\($0).swift", contents: "\($0)") }
        try writer.write(files)
        let before = Self.inode(folder.path + "/out/A/f3.swift")
        let staged = try StagedOutput(writer: writer)
        for file in files {
            try staged.add(file)
            #expect(!FileManager.default.fileExists(atPath: writer.siblingPath("new")), "staged before any change")
        }
        let plan = try staged.finish()
        #expect(plan.isEmpty)
        #expect(plan.unchanged == 5)
        #expect(Self.inode(folder.path + "/out/A/f3.swift") == before)
    }

    @Test func unchangedFilesSeenBeforeTheFirstChangeAreCarriedOver() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = OutputWriter(directory: folder.url.appendingPathComponent("out"))
        try writer.write([OutputFile(path: "a.swift", contents: "a"), OutputFile(path: "b.swift", contents: "b")])
        let kept = Self.inode(folder.path + "/out/a.swift")
        let staged = try StagedOutput(writer: writer)
        try staged.add(OutputFile(path: "a.swift", contents: "a"))
        try staged.add(OutputFile(path: "b.swift", contents: "B"))
        let plan = try staged.finish()
        #expect(plan.written == ["b.swift"])
        #expect(plan.unchanged == 1)
        #expect(folder.read("out/a.swift") == "a")
        #expect(folder.read("out/b.swift") == "B")
        #expect(Self.inode(folder.path + "/out/a.swift") == kept, "the unchanged file was rewritten")
    }

    @Test func aPathAddedTwiceKeepsItsLastTextWithoutWritingThroughALink() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = OutputWriter(directory: folder.url.appendingPathComponent("out"))
        try writer.write([OutputFile(path: "a.swift", contents: "old")])
        let staged = try StagedOutput(writer: writer)
        try staged.add(OutputFile(path: "z.swift", contents: "new file"))
        try staged.add(OutputFile(path: "a.swift", contents: "old"))
        // The staged `a.swift` is now a hard link to the live file; replacing it must not change it.
        try staged.add(OutputFile(path: "a.swift", contents: "newer"))
        #expect(folder.read("out/a.swift") == "old", "wrote through the hard link into the live folder")
        try staged.finish()
        #expect(folder.read("out/a.swift") == "newer")
        #expect(staged.paths == ["z.swift", "a.swift"])
        #expect(folder.read("out/.doc2swift-manifest") == "a.swift\nz.swift\n")
    }

    @Test func anAbandonedRunLeavesTheFolderAsItWas() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = OutputWriter(directory: folder.url.appendingPathComponent("out"))
        try writer.write([OutputFile(path: "a.swift", contents: "a")])
        let staged = try StagedOutput(writer: writer)
        try staged.add(OutputFile(path: "a.swift", contents: "changed"))
        try staged.add(OutputFile(path: "b.swift", contents: "b"))
        staged.abandon()
        #expect(folder.read("out/a.swift") == "a")
        #expect(folder.read("out/b.swift") == nil)
        #expect(!FileManager.default.fileExists(atPath: writer.siblingPath("new")))
    }

    @Test func checkOnlyComparesWithoutWriting() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = OutputWriter(directory: folder.url.appendingPathComponent("out"))
        try writer.write([OutputFile(path: "a.swift", contents: "a"), OutputFile(path: "gone.swift", contents: "g")])
        let staged = try StagedOutput(writer: writer, checkOnly: true)
        try staged.add(OutputFile(path: "a.swift", contents: "A"))
        let plan = try staged.finish()
        #expect(plan.written == ["a.swift"])
        #expect(plan.removed == ["gone.swift"])
        #expect(folder.read("out/a.swift") == "a")
        #expect(folder.read("out/gone.swift") == "g")
        #expect(!FileManager.default.fileExists(atPath: writer.siblingPath("new")))
    }

    @Test func theUsersOwnFilesSurviveAndStaleOnesGo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = OutputWriter(directory: folder.url.appendingPathComponent("out"))
        try writer.write([OutputFile(path: "a.swift", contents: "a"), OutputFile(path: "old/b.swift", contents: "b")])
        try folder.write("mine", to: "out/notes/mine.txt")
        let staged = try StagedOutput(writer: writer)
        try staged.add(OutputFile(path: "c.swift", contents: "c"))
        let plan = try staged.finish()
        #expect(plan.removed == ["a.swift", "old/b.swift"])
        #expect(folder.read("out/notes/mine.txt") == "mine")
        #expect(folder.read("out/a.swift") == nil)
        #expect(folder.read("out/c.swift") == "c")
    }

    @Test func aPathLeavingTheFolderIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let staged = try StagedOutput(writer: OutputWriter(directory: folder.url.appendingPathComponent("out")))
        #expect(throws: WriteError.self) { try staged.add(OutputFile(path: "../escape.swift", contents: "x")) }
        staged.abandon()
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/escape.swift"))
    }
}
