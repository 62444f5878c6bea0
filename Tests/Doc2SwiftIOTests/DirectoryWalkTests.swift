@testable import Doc2SwiftIO
import Foundation
import Testing

/// The walk lists every non-folder entry, hidden ones included, and marks links without following them.
@Suite struct DirectoryWalkTests {
    @Test func listsFilesAndLinks() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("", to: "a.md")
        try folder.write("", to: "x/.hidden")
        try folder.write("", to: "x/y/z.txt")
        try folder.write("", to: "elsewhere/o.md")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/x/link", withDestinationPath: folder.path + "/elsewhere")
        let entries = DirectoryWalk.entries(under: folder.path).sorted { $0.relativePath < $1.relativePath }
        #expect(entries.map(\.relativePath) == ["a.md", "elsewhere/o.md", "x/.hidden", "x/link", "x/y/z.txt"])
        #expect(entries.map(\.isLink) == [false, false, false, true, false])
    }

    @Test func aMissingFolderHasNoEntries() {
        #expect(DirectoryWalk.entries(under: "/nonexistent/doc2swift").isEmpty)
    }
}
