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
    /// - Parameter definitionTables: tables read as type definitions, which the walk passes over.
    public func extract(_ document: MarkdownDocument, relativePath: String, api: String,
                        definitionTables: Set<SourceLocation> = []) -> (PageFacts, Diagnostics) {
        var walk = PageWalk(facts: PageFacts(file: document.file, relativePath: relativePath, api: api,
                                             location: SourceLocation(file: document.file, line: 1, column: 1)),
                            includeLoader: includeLoader)
        walk.definitionTables = definitionTables
        for issue in document.issues {
            walk.diagnostics.append(Diagnostic(Diagnostic.Severity(issue.severity), issue.message, at: issue.location))
        }
        for block in document.blocks { walk.visit(block) }
        walk.finish()
        return (walk.facts, walk.diagnostics)
    }
}

extension FrontMatter {
    /// The first entry for `key`, with its location.
    func first(_ key: String) -> Entry? { entries.first { $0.key == key } }
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
    /// The level of the examples heading whose subheadings name samples; nil outside one.
    var examplesLevel: Int?
    /// The endpoint as `## URL` and `## Method` sections write it, combined in `finish`.
    var endpointParts = EndpointParts()
    /// Values listed under headings like `## Versions Supported`, applied in `finish`.
    var supportedValues: [SupportedValues] = []
    /// What a page without tables says about its action (stated values, the parameter list).
    var actionParts = ActionParts()
    /// JSON blocks that are samples only if the page turns out to document an action.
    var looseSamples: [LooseSample] = []
    /// The bold label that opened the current section, if a label did; its text is noted once.
    var sectionLabel: (label: String, textNoted: Bool)?
    /// Where the operation id, the front-matter title and the first `#` heading are written.
    var operationIDLocation: SourceLocation?
    var titleLocation: SourceLocation?
    var headingLocation: SourceLocation?
    /// Set when the blocks are one operation's section of a page with several (see `extractAll`).
    var scope: OperationScope?
    /// Tables the page's type definitions are read from (`TypeDefinitionReader`), which are no
    /// stray property tables.
    var definitionTables: Set<SourceLocation> = []
    /// True while the current sample section was opened by a label paragraph (`Example response:`).
    var sampleLabelOpen = false
    /// The status a label gave the samples below it (`> 404 Response`), while that label is open.
    var labelledStatus: Int?
    /// The text under an operation section's `Response` heading (what it returns, in prose).
    var responseText: [String] = []
    /// What the operation's prose says it returns through a link (`Returns that [Stage
    /// instance](#…-object)`), read from the raw text since the plain text has lost the link.
    var returnedLinks: [(type: TypeExpression, link: TypeLink)] = []

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
        if facts.operationID == nil, let entry = frontMatter.first("uid") ?? frontMatter.first("id") {
            facts.operationID = entry.value
            operationIDLocation = entry.location
        }
        if facts.title == nil, let entry = frontMatter.first("title") ?? frontMatter.first("post_title") {
            facts.title = entry.value
            titleLocation = entry.location
        }
        if let uid = facts.operationID, uid.hasPrefix("tag-") { facts.isIndexPage = true }
    }

    mutating func readHeading(_ heading: Heading) {
        sampleLabelOpen = false
        labelledStatus = nil
        if heading.level == 1 && !sawH1 {
            sawH1 = true
            headingLocation = heading.location
            if facts.title == nil { facts.title = InlineText.plain(heading.text) }
            section = .description
            return
        }
        sectionLabel = nil
        // `### Example` followed by `### Request` at the same level still names samples.
        let inExamples = examplesLevel.map { heading.level >= $0 } ?? false
        let classified = (scope != nil ? Self.operationSection(InlineText.plain(heading.text)) : nil)
            ?? PageSection.classify(InlineText.plain(heading.text), inExamples: inExamples)
        if let level = examplesLevel, heading.level <= level, !isSampleSection(classified) { examplesLevel = nil }
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
        case .examples:
            section = classified
            examplesLevel = heading.level
        case .supportedValues(let subject):
            section = classified
            supportedValues.append(SupportedValues(subject: subject, heading: InlineText.plain(heading.text),
                                                   location: heading.location))
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
        let raw = paragraph.text.trimmingBlanks()
        if let include = IncludeDirective(raw, at: paragraph.location) {
            readInclude(include)
            return
        }
        // `[!INCLUDE [permissions-table](../includes/x.md)]`: shared text of the site (permissions,
        // cloud notes, intros), which the pages do not hold; no description, and no sample.
        if raw.lowercased().hasPrefix("[!include"), raw.hasSuffix(")]") {
            diagnostics.note("include of shared text ('\(raw)') is not part of the page's text; skipped",
                             at: paragraph.location)
            return
        }
        // Older pages write `Response body: object` as a paragraph instead of a heading.
        if raw.lowercased().hasPrefix("response body:") {
            section = .responseBody(declaredType: "")
            setResponseBody(String(raw.dropFirst("response body:".count)).trimmingBlanks(),
                            at: paragraph.location)
            return
        }
        if scope != nil {
            if let returned = Self.returnedLink(in: raw, at: paragraph.location) { returnedLinks.append(returned) }
            if let label = Self.sampleLabel(raw) {
                section = label
                sampleLabelOpen = true
                labelledStatus = nil
                return
            }
            if let status = Self.statusLabel(raw) {
                section = .sampleResponse
                sampleLabelOpen = true
                labelledStatus = status
                return
            }
            // The text after a labelled sample goes on describing the operation.
            if sampleLabelOpen, isSampleSection(section) { section = .other("") }
            sampleLabelOpen = false
            labelledStatus = nil
        }
        var lines = paragraph.lines[...]
        if let first = lines.first, let label = BoldLabel(first.text), readBoldLabel(label, at: first.location) {
            lines = lines.dropFirst()
            guard !lines.isEmpty else { return }
        }
        let text = InlineText.plain(lines.map(\.text).joined(separator: "\n"))
        switch section {
        case .description where Self.isNavigationTrail(raw):
            diagnostics.note("navigation links (a breadcrumb trail) are not part of the description; skipped",
                             at: paragraph.location)
        case .description, .other:
            summaryParagraphs.append(text)
        case .requestBody:
            if facts.requestBody?.description.isEmpty == true { facts.requestBody?.description = text }
        case .response:
            // Under `## Response:` the text describes the statuses ("OK"), unless the heading itself
            // named the body's type (`## Response: object`), in which case it describes that body.
            if facts.responseBody?.description.isEmpty == true { facts.responseBody?.description = text }
            if scope != nil { responseText.append(text) }
        case .responseBody:
            if facts.responseBody == nil {
                facts.responseBody = BodyFact(parameterName: nil, declaredType: .unknown, description: text,
                                              properties: [], hasTable: false, location: paragraph.location)
            } else if facts.responseBody?.description.isEmpty == true {
                facts.responseBody?.description = text
            }
        case .sampleRequest, .sampleResponse:
            if let label = sectionLabel {
                // Pages structured by bold labels explain their samples (and list response fields) in prose.
                if !label.textNoted {
                    diagnostics.note("text under '\(label.label)' is not a sample; skipped (and any further text "
                        + "there)", at: lines.first?.location)
                    sectionLabel?.textNoted = true
                }
            } else {
                // Pages of many operations put tab labels, include lines and notes among samples.
                diagnostics.append(Diagnostic(scope == nil ? .warning : .note,
                    "text in a sample section is not a sample; skipped", at: lines.first?.location))
            }
        case .pathParameters, .queryParameters, .requestHeaders, .statuses, .examples:
            break // Explanatory text around tables and samples repeats what they show.
        case .url:
            for line in lines { readURL(line.text, at: line.location) }
        case .method:
            readMethod(text, declaredClass: nil, at: paragraph.location)
        case .supportedValues:
            for line in lines { readSupportedValue(line.text, at: line.location) }
        case .parameterList:
            for line in lines {
                actionParts.list.read(ParameterListReader.Line(text: line.text, location: line.location, isInListItem: false))
            }
        }
    }

    mutating func readList(_ list: ListBlock) {
        if let scope, readPayloadList(list, scope: scope) { return }
        switch section {
        case .parameterList:
            for item in list.items {
                for (offset, line) in item.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    var location = item.location
                    location.line += offset
                    actionParts.list.read(ParameterListReader.Line(text: String(line), location: location, isInListItem: true))
                }
            }
            return
        case .supportedValues:
            for item in list.items { readSupportedValue(item.text, at: item.location) }
            return
        default:
            break
        }
        // `- `name` (string, required): …` under a parameter heading: the table it stands for.
        if isParameterSection(section), let table = BulletParameterList.table(list) {
            readTable(table)
            return
        }
        let links = list.items.filter { $0.text.hasPrefix("[") && $0.text.contains("](") }
        linkBullets += links.count
        if section == .description || isOther(section) {
            summaryParagraphs.append(list.items.map { "- " + InlineText.plain($0.text) }.joined(separator: "\n"))
        }
    }

    mutating func readHTML(_ html: HTMLBlock) {
        // MDX `import`/`export` lines, JSX tag lines and `{…}` expressions are page code, not text.
        guard html.syntax == .html else { return }
        let text = InlineText.plain(html.text)
        if section == .method {
            readMethod(text, declaredClass: HTMLAttribute.value(of: "class", in: html.text), at: html.location)
            return
        }
        if !text.isEmpty && (section == .description || isOther(section)) { summaryParagraphs.append(text) }
    }

    /// Completes the facts once every block has been seen.
    mutating func finish() {
        facts.summary = summaryParagraphs.filter { !$0.isEmpty }.joined(separator: "\n\n")
        finishEndpoint()
        finishAction()
        if scope != nil { finishOperationSection() }
        assumeResponseStatuses()
        addTemplateQueryParameters()
        applySupportedValues()
        inferRequestBodyFromSamples()
        if facts.endpoint == nil && (facts.isIndexPage || linkBullets > 0) { facts.isIndexPage = true }
        reconcilePathParameters()
        facts.nameLocation = operationIDLocation ?? titleLocation ?? headingLocation
        checkOperationID()
    }

    /// `[Home](…) &raquo; [Relations](…) &raquo; Create Relations`: two or more links joined by
    /// separators, possibly ending in the page's own name.
    static func isNavigationTrail(_ raw: String) -> Bool {
        // Most paragraphs are no trail, and a trail starts with a link: skip the rest unless the
        // text starts with `[` (or an entity, which may decode to one, or a non-ASCII space).
        guard let first = raw.utf8.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }),
              first == UInt8(ascii: "[") || first == UInt8(ascii: "&") || first >= 0x80 else { return false }
        let decoded = HTMLEntities.decode(raw)
        let characters = Array(decoded)
        // The next `]` and `)` at or after each position, so that finding links stays linear
        // however many unclosed `[` a hostile paragraph holds.
        var nextClose = [Int](repeating: characters.count, count: characters.count + 1)
        var nextParen = [Int](repeating: characters.count, count: characters.count + 1)
        for index in characters.indices.reversed() {
            nextClose[index] = characters[index] == "]" ? index : nextClose[index + 1]
            nextParen[index] = characters[index] == ")" ? index : nextParen[index + 1]
        }
        var links = 0
        var rest = ""
        var index = 0
        while index < characters.count {
            if characters[index] == "[" {
                let close = nextClose[index]
                if close + 1 < characters.count, characters[close + 1] == "(", nextParen[close] < characters.count {
                    links += 1
                    index = nextParen[close] + 1
                    continue
                }
            }
            rest.append(characters[index])
            index += 1
        }
        let separators: Set<Character> = ["»", "›", ">", "/", "|", "\\"]
        let pieces = rest.split { separators.contains($0) }.map { $0.trimmingBlanksAndNewlines() }
        let separatorCount = rest.filter { separators.contains($0) }.count
        // The trail may end in the current page's name as plain text.
        let plainPieces = pieces.filter { !$0.isEmpty }
        return decoded.trimmingBlanks().hasPrefix("[")
            && links >= 2 && separatorCount >= links - 1 && plainPieces.count <= 1
            && plainPieces.allSatisfy { !$0.contains(".") && $0.count < 80 }
    }

    /// Whether a parameter table under `section` would be read: a heading that names parameters,
    /// fields or a body (`Query Parameters`, `Parameters`, `JSON Params`, `Request Body`).
    func isParameterSection(_ section: PageSection) -> Bool {
        switch section {
        case .pathParameters, .queryParameters, .requestHeaders, .requestBody: true
        case .other(let heading): Self.operationSection(heading) != nil
        default: false
        }
    }

    func isOther(_ section: PageSection) -> Bool {
        if case .other = section { return true }
        return false
    }

    func isSampleSection(_ section: PageSection) -> Bool {
        section == .sampleRequest || section == .sampleResponse
    }
}
