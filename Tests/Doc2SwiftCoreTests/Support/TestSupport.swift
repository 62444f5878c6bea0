import Foundation
import MarkdownBlocks
import Mustache
import Testing
@testable import Doc2SwiftCore

/// The file name a single test page is read as.
let testFile = "Test.md"

/// A location in `file` (by default `Test.md`).
func at(_ line: Int, _ column: Int, in file: String = testFile) -> MarkdownBlocks.SourceLocation {
    MarkdownBlocks.SourceLocation(file: file, line: line, column: column)
}

/// Reads `markdown` as `Test.md` of the API `API` and extracts its facts.
/// - Parameter includes: include targets by path relative to the input root (`API/samples/x.md`).
func facts(_ markdown: String, includes: [String: String] = [:]) -> (PageFacts, Diagnostics) {
    facts(markdown, file: testFile, includes: includes)
}

/// Reads `markdown` as `file` (relative path `API/<file>`) and extracts its facts.
func facts(_ markdown: String, file: String, includes: [String: String] = [:]) -> (PageFacts, Diagnostics) {
    let document = BlockReader.read(markdown, file: file)
    let extractor = PageExtractor(includeLoader: { path in includes[path] })
    return extractor.extract(document, relativePath: "API/\(file)", api: "API")
}

/// The file name of page `index` (0-based) of a multi-page test: `Page1.md`, `Page2.md`, ….
func pageFile(_ index: Int) -> String { "Page\(index + 1).md" }

/// Extracts every page (named `Page1.md`, `Page2.md`, … in order) and builds the schema of API `API`.
/// The diagnostics are those of extraction followed by those of the build.
func schema(_ pages: [String]) -> (APISchema, Diagnostics) {
    var diagnostics = Diagnostics()
    var all: [PageFacts] = []
    for (index, page) in pages.enumerated() {
        let (pageFacts, found) = facts(page, file: pageFile(index))
        all.append(pageFacts)
        diagnostics.append(contentsOf: found)
    }
    let (built, found) = SchemaBuilder().build(api: "API", pages: all)
    diagnostics.append(contentsOf: found)
    return (built, diagnostics)
}

/// The schema of a single page read as `Test.md`.
func schema(_ page: String) -> (APISchema, Diagnostics) {
    let (pageFacts, extracted) = facts(page)
    var diagnostics = extracted
    let (built, found) = SchemaBuilder().build(api: "API", pages: [pageFacts])
    diagnostics.append(contentsOf: found)
    return (built, diagnostics)
}

/// The diagnostics as printed: sorted, de-duplicated, `file:line:col: severity: message`.
func messages(_ diagnostics: Diagnostics) -> [String] {
    diagnostics.sorted.map(\.description)
}

/// The printed diagnostics of one severity.
func messages(_ diagnostics: Diagnostics, _ severity: Diagnostic.Severity) -> [String] {
    diagnostics.sorted.filter { $0.severity == severity }.map(\.description)
}

/// Renders every file of the pages' schema with the default templates, keyed by output path.
func renderedFiles(_ pages: [String]) throws -> [String: String] {
    let (built, _) = pages.count == 1 ? schema(pages[0]) : schema(pages)
    let library = try TemplateLibrary()
    var files: [String: String] = [:]
    for file in Translator().translate(built) {
        files[file.path] = try library.render(file)
    }
    return files
}

/// The lines of `text` with leading and trailing spaces removed, for assertions on key lines.
func trimmedLines(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.trimmingCharacters(in: .whitespaces) }
}

extension TemplateValue {
    /// The member `key` of an object value.
    subscript(key: String) -> TemplateValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The text of a string value.
    var text: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The items of a list value.
    var items: [TemplateValue]? {
        if case .list(let items) = self { return items }
        return nil
    }
}

/// Reads every page as the generator does (`extractAll`: sections, definitions, links) and builds
/// the schema of API `API`; the pages are named as given, under `API/`.
func schema(files pages: [(file: String, text: String)]) -> (APISchema, Diagnostics) {
    var diagnostics = Diagnostics()
    var facts: [PageFacts] = []
    for page in pages {
        let document = BlockReader.read(page.text, file: page.file)
        let (found, extracted) = PageExtractor().extractAll(document, relativePath: "API/\(page.file)", api: "API")
        facts += found
        diagnostics.append(contentsOf: extracted)
    }
    let (built, more) = SchemaBuilder().build(api: "API", pages: facts)
    diagnostics.append(contentsOf: more)
    return (built, diagnostics)
}
