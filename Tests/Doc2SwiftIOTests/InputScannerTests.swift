import Doc2SwiftCore
@testable import Doc2SwiftIO
import Foundation
import Testing

/// Pages are found per API folder, hidden files count, and links never reach outside the root.
@Suite struct InputScannerTests {
    @Test func findsPagesPerAPIFolderSorted() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("# b", to: "in/Two/b.md")
        try folder.write("# a", to: "in/One/deep/a.MD")
        try folder.write("# root", to: "in/root.md")
        try folder.write("not a page", to: "in/One/notes.txt")
        try folder.write("# hidden", to: "in/One/.hidden.md")
        try folder.write("", to: "in/One/.md")
        let pages = try InputScanner(inputDirectory: folder.path + "/in").pages(singleAPI: nil)
        #expect(pages.map(\.relativePath) == ["One/.hidden.md", "One/deep/a.MD", "Two/b.md"])
        #expect(pages.map(\.api) == ["One", "One", "Two"])
        #expect(pages[2].displayPath == folder.path + "/in/Two/b.md")
        #expect(String(decoding: pages[2].data, as: UTF8.self) == "# b")
    }

    /// Listing without reading leaves `data` empty; `contents(of:)` reads the page, through a
    /// linked root too, and the pipeline reports a page that vanished before it was parsed.
    @Test func pagesListedWithoutContentsAreReadOnDemand() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("# a", to: "in/One/a.md")
        try folder.write("# b", to: "in/One/b.md")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/linked", withDestinationPath: folder.path + "/in")
        for root in ["/in", "/linked"] {
            let scanner = InputScanner(inputDirectory: folder.path + root)
            let pages = try scanner.pages(singleAPI: nil, readingContents: false)
            #expect(pages.map(\.data) == [Data(), Data()])
            #expect(pages.map { scanner.contents(of: $0).map { String(decoding: $0, as: UTF8.self) } } == ["# a", "# b"])
        }
        let scanner = InputScanner(inputDirectory: folder.path + "/in")
        let pages = try scanner.pages(singleAPI: nil, readingContents: false)
        try FileManager.default.removeItem(atPath: folder.path + "/in/One/b.md")
        let pipeline = GeneratorPipeline(extractor: PageExtractor(), translator: Translator(), templates: try TemplateLibrary())
        let (facts, diagnostics) = pipeline.parse(pages) { scanner.contents(of: $0) }
        #expect(facts.map(\.title) == ["a", nil])
        #expect(diagnostics.sorted.map(\.description) == [folder.path + "/in/One/b.md:1:1: error: cannot read the page "
            + "(was it removed or made unreadable while generating?); run again"])
    }

    @Test func singleAPIIncludesPagesInTheRoot() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("# root", to: "in/root.md")
        let pages = try InputScanner(inputDirectory: folder.path + "/in/").pages(singleAPI: "X")
        #expect(pages.map(\.relativePath) == ["root.md"])
        #expect(pages[0].displayPath == folder.path + "/in/root.md")
    }

    @Test func linksInsideTheRootAreReadAndLinksOutsideAreSkipped() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("# secret", to: "outside/secret.md")
        try folder.write("# a", to: "in/API/a.md")
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: folder.path + "/in/API/leak.md", withDestinationPath: folder.path + "/outside/secret.md")
        try manager.createSymbolicLink(atPath: folder.path + "/in/API/linked", withDestinationPath: folder.path + "/outside")
        try manager.createSymbolicLink(atPath: folder.path + "/in/API/alias.md", withDestinationPath: folder.path + "/in/API/a.md")
        let (pages, skipped) = try InputScanner(inputDirectory: folder.path + "/in").scan(singleAPI: nil)
        // A link inside the root is read under its target's path, as before; a linked folder is not
        // walked into.
        #expect(pages.map(\.relativePath) == ["API/a.md", "API/a.md"])
        #expect(skipped.sorted.map(\.description) == [
            folder.path + "/in/API/leak.md:1:1: warning: symbolic link leads outside the input folder '"
                + folder.path + "/in' (or nowhere); page skipped; copy the page into the folder to use it",
        ])
    }

    /// Files passed over are reported: a page outside any API folder, and an unreadable page
    /// (an error: its operations would silently be missing).
    @Test func skippedPagesAreReported() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("# root", to: "in/root.md")
        try folder.write("# a", to: "in/API/a.md")
        try folder.write("# locked", to: "in/API/locked.md")
        let scanner = InputScanner(inputDirectory: folder.path + "/in")
        let (pages, skipped) = try scanner.scan(singleAPI: nil)
        #expect(pages.map(\.relativePath) == ["API/a.md", "API/locked.md"])
        #expect(skipped.sorted.map(\.description) == [
            folder.path + "/in/root.md:1:1: warning: page is directly in the input folder, so it belongs to no API; page "
                + "skipped; move it into '" + folder.path + "/in/<API>/' or pass --api NAME to read the folder as one API",
        ])
        // A directory where a page should be cannot be read, whoever runs the test.
        try FileManager.default.removeItem(atPath: folder.path + "/in/API/locked.md")
        try FileManager.default.createDirectory(atPath: folder.path + "/in/API/locked.md/x", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/in/API/dir.md", withDestinationPath: folder.path + "/in/API/locked.md")
        let again = try scanner.scan(singleAPI: nil)
        #expect(again.pages.map(\.relativePath) == ["API/a.md"])
        #expect(again.skipped.sorted.filter { $0.severity == .error }.map(\.description) == [
            folder.path + "/in/API/dir.md:1:1: error: cannot read the page; check its permissions (or remove it)",
        ])
    }

    @Test func aRootBehindALinkIsRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("# a", to: "real/API/a.md")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/link", withDestinationPath: folder.path + "/real")
        let pages = try InputScanner(inputDirectory: folder.path + "/link").pages(singleAPI: nil)
        #expect(pages.map(\.relativePath) == ["API/a.md"])
    }

    @Test func missingInputIsAnError() {
        #expect(throws: ScanError.self) { try InputScanner(inputDirectory: "/nonexistent/doc2swift").pages(singleAPI: nil) }
    }

    /// Every markdown flavour vendors publish is a page, in any case; look-alikes are not.
    @Test func markdownAndMDXPagesAreRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in ["a.md", "a.mdx", "b.markdown", "c.MDX", "d.Markdown", "e.mdown", "f.md.txt", "g.mdxx", ".mdx", ".markdown"] {
            try folder.write("# \(name)", to: "in/API/" + name)
        }
        let pages = try InputScanner(inputDirectory: folder.path + "/in").pages(singleAPI: nil)
        #expect(pages.map(\.relativePath) == ["API/a.md", "API/a.mdx", "API/b.markdown", "API/c.MDX", "API/d.Markdown"])
        #expect(pages.map { String(decoding: $0.data, as: UTF8.self) } == ["# a.md", "# a.mdx", "# b.markdown", "# c.MDX",
                                                                         "# d.Markdown"])
    }

    /// An input with nothing to read is an error that says what the folder holds instead, never an
    /// empty list that would generate a package without a target.
    @Test func anInputWithoutPagesSaysWhatItFound() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.path + "/empty/API", withIntermediateDirectories: true)
        for index in 1...3 { try folder.write("Title\n=====", to: "rst/API/page\(index).rst") }
        try folder.write("notes", to: "rst/API/notes.txt")
        try folder.write("", to: "rst/API/Makefile")
        for (index, ending) in ["json", "yml", "html", "css"].enumerated() {
            try folder.write("", to: "mixed/API/\(index).\(ending)")
        }
        try folder.write("", to: "mixed/API/more.json")
        try folder.write("# root", to: "flat/root.md")
        func message(_ root: String, singleAPI: String? = nil) -> String? {
            do {
                _ = try InputScanner(inputDirectory: folder.path + "/" + root).scan(singleAPI: singleAPI)
                return nil
            } catch let error as ScanError {
                return error.message
            } catch {
                return "\(error)"
            }
        }
        #expect(message("empty") == "no .md, .markdown or .mdx pages under '\(folder.path)/empty': it holds no files; "
            + "pass the folder that holds the reference pages")
        #expect(message("empty/API", singleAPI: "API") == "no .md, .markdown or .mdx pages under '\(folder.path)/empty/API': "
            + "it holds no files; pass the folder that holds the reference pages")
        #expect(message("rst") == "no .md, .markdown or .mdx pages under '\(folder.path)/rst'; found 3 .rst files, "
            + "1 .txt file and 1 file without an extension; doc2swift reads markdown reference pages only (rename them, "
            + "or pass the folder that holds them)")
        #expect(message("mixed") == "no .md, .markdown or .mdx pages under '\(folder.path)/mixed'; found 2 .json files, "
            + "1 .css file, 1 .html file and 1 other file; doc2swift reads markdown reference pages only (rename them, "
            + "or pass the folder that holds them)")
        // Pages that are all skipped: the first reason, which says what to do.
        #expect(message("flat") == "no page under '\(folder.path)/flat' can be read: 1 page was skipped; the first: "
            + folder.path + "/flat/root.md:1:1: warning: page is directly in the input folder, so it belongs to no API; "
            + "page skipped; move it into '" + folder.path + "/flat/<API>/' or pass --api NAME to read the folder as one API")
        #expect(message("flat", singleAPI: "X") == nil)
    }

    @Test func includeLoaderStaysInsideTheRoot() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("included", to: "in/API/samples/x.md")
        try folder.write("secret", to: "secret.md")
        let loader = InputScanner(inputDirectory: folder.path + "/in").includeLoader
        #expect(loader("API/samples/x.md") == "included")
        #expect(loader("API/../API/samples/x.md") == "included")
        #expect(loader("../secret.md") == nil)
        #expect(loader("API/missing.md") == nil)
    }
}
