import Foundation
import MarkdownBlocks

/// Turns one page's blocks into `PageFacts`: the page → facts stage of the pipeline.
///
/// The extractor walks blocks in order, tracking which section the last heading opened, and
/// reads tables by their columns and code blocks by their info string. Anything it cannot use is
/// reported with its location; nothing is dropped without a word.
public struct PageExtractor: Sendable {
    /// Loads the text of a DocFX include target, given its path relative to the input root
    /// (already normalised, never escaping the root). Nil when it does not exist.
    public typealias IncludeLoader = @Sendable (String) -> String?

    let includeLoader: IncludeLoader

    public init(includeLoader: @escaping IncludeLoader = { _ in nil }) {
        self.includeLoader = includeLoader
    }

    /// Extracts the facts of one page.
    /// - Parameters:
    ///   - document: the page's blocks as read by `BlockReader`.
    ///   - relativePath: the page's path relative to the input root.
    ///   - api: the API (input folder) the page belongs to.
    /// - Returns: the facts, and every diagnostic about the page.
    public func extract(_ document: MarkdownDocument, relativePath: String, api: String) -> (PageFacts, Diagnostics) {
        var walk = PageWalk(facts: PageFacts(file: document.file, relativePath: relativePath, api: api,
                                             location: SourceLocation(file: document.file, line: 1, column: 1)),
                            includeLoader: includeLoader)
        for issue in document.issues {
            walk.diagnostics.append(Diagnostic(Diagnostic.Severity(issue.severity), issue.message, at: issue.location))
        }
        for block in document.blocks { walk.visit(block) }
        walk.finish()
        return (walk.facts, walk.diagnostics)
    }
}

extension Diagnostic.Severity {
    init(_ severity: ReaderIssue.Severity) {
        switch severity {
        case .note: self = .note
        case .warning: self = .warning
        case .error: self = .error
        }
    }
}

/// The mutable state of one extraction; kept out of `PageExtractor` so the extractor stays a value.
struct PageWalk {
    var facts: PageFacts
    let includeLoader: PageExtractor.IncludeLoader
    var diagnostics = Diagnostics()
    var section: PageSection = .description
    var summaryParagraphs: [String] = []
    var sawH1 = false
    var linkBullets = 0

    /// Dispatches one block according to its kind and the current section.
    mutating func visit(_ block: Block) {
        switch block {
        case .frontMatter(let frontMatter): readFrontMatter(frontMatter)
        case .heading(let heading): readHeading(heading)
        case .paragraph(let paragraph): readParagraph(paragraph)
        case .table(let table): readTable(table)
        case .code(let code): readCode(code)
        case .list(let list): readList(list)
        case .html(let html): readHTML(html)
        case .thematicBreak: break
        }
    }

    mutating func readFrontMatter(_ frontMatter: FrontMatter) {
        // A page concatenated several times repeats its front matter; the first one counts.
        if facts.operationID == nil { facts.operationID = frontMatter["uid"] ?? frontMatter["id"] }
        if facts.title == nil { facts.title = frontMatter["title"] ?? frontMatter["post_title"] }
        if let uid = facts.operationID, uid.hasPrefix("tag-") { facts.isIndexPage = true }
    }

    mutating func readHeading(_ heading: Heading) {
        if heading.level == 1 && !sawH1 {
            sawH1 = true
            if facts.title == nil { facts.title = InlineText.plain(heading.text) }
            section = .description
            return
        }
        let classified = PageSection.classify(InlineText.plain(heading.text))
        switch classified {
        case .other(let text):
            // Pseudo-headings inside the description (`## Experimental: ##`) are description text.
            if section == .description || isOther(section) { summaryParagraphs.append(text) }
            section = isSampleSection(section) ? section : .other(text)
        case .requestBody(let name):
            section = classified
            facts.requestBody = BodyFact(parameterName: name, declaredType: .unknown, description: "",
                                         properties: [], hasTable: false, location: heading.location)
        case .response(let declared):
            section = classified
            if !declared.isEmpty { setResponseBody(declared, at: heading.location) }
        case .responseBody(let declared):
            section = classified
            setResponseBody(declared, at: heading.location)
        default:
            section = classified
        }
    }

    mutating func setResponseBody(_ declared: String, at location: SourceLocation) {
        let type = TypeExpression.parse(declared) ?? .unknown
        if TypeExpression.parse(declared) == nil {
            diagnostics.warning("response body type '\(declared)' is not a type name; read as untyped", at: location)
        }
        if var existing = facts.responseBody {
            if type != .unknown { existing.declaredType = type }
            facts.responseBody = existing
        } else {
            facts.responseBody = BodyFact(parameterName: nil, declaredType: type, description: "",
                                          properties: [], hasTable: false, location: location)
        }
    }

    mutating func readParagraph(_ paragraph: Paragraph) {
        let raw = paragraph.text.trimmingCharacters(in: .whitespaces)
        if let include = IncludeDirective(raw, at: paragraph.location) {
            readInclude(include)
            return
        }
        // Older pages write `Response body: object` as a paragraph instead of a heading.
        if raw.lowercased().hasPrefix("response body:") {
            section = .responseBody(declaredType: "")
            setResponseBody(String(raw.dropFirst("response body:".count)).trimmingCharacters(in: .whitespaces),
                            at: paragraph.location)
            return
        }
        let text = InlineText.plain(raw)
        switch section {
        case .description, .other:
            summaryParagraphs.append(text)
        case .requestBody:
            if facts.requestBody?.description.isEmpty == true { facts.requestBody?.description = text }
        case .response, .responseBody:
            if facts.responseBody == nil {
                facts.responseBody = BodyFact(parameterName: nil, declaredType: .unknown, description: text,
                                              properties: [], hasTable: false, location: paragraph.location)
            } else if facts.responseBody?.description.isEmpty == true {
                facts.responseBody?.description = text
            }
        case .sampleRequest, .sampleResponse:
            diagnostics.warning("text in a sample section is not a sample; skipped", at: paragraph.location)
        case .pathParameters, .queryParameters, .requestHeaders:
            break // Explanatory text around parameter tables repeats the table.
        }
    }

    mutating func readList(_ list: ListBlock) {
        let links = list.items.filter { $0.text.hasPrefix("[") && $0.text.contains("](") }
        linkBullets += links.count
        if section == .description || isOther(section) {
            summaryParagraphs.append(list.items.map { "- " + InlineText.plain($0.text) }.joined(separator: "\n"))
        }
    }

    mutating func readHTML(_ html: HTMLBlock) {
        let text = InlineText.plain(html.text)
        if !text.isEmpty && (section == .description || isOther(section)) { summaryParagraphs.append(text) }
    }

    /// Completes the facts once every block has been seen.
    mutating func finish() {
        facts.summary = summaryParagraphs.filter { !$0.isEmpty }.joined(separator: "\n\n")
        if facts.endpoint == nil && (facts.isIndexPage || linkBullets > 0) { facts.isIndexPage = true }
        reconcilePathParameters()
    }

    func isOther(_ section: PageSection) -> Bool {
        if case .other = section { return true }
        return false
    }

    func isSampleSection(_ section: PageSection) -> Bool {
        section == .sampleRequest || section == .sampleResponse
    }
}
