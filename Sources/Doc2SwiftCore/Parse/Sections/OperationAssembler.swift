import Foundation
import MarkdownBlocks

/// Groups a page's endpoint declarations into operations by section scope.
///
/// An operation is the section that declares an endpoint: the heading that names it
/// (`## Get Channel % GET /x`), or, for a declaration in a block, the section around the block —
/// climbing past headings that only announce the declaration (`### HTTP Request`, `## URL`) to
/// the section they belong to. The operation runs to the next heading of the same or a higher
/// level; its subsections (parameters, examples, responses) belong to it, except subsections that
/// are operations of their own.
struct OperationAssembler {
    /// One declaration and the section that owns it.
    struct Found {
        var declaration: EndpointDeclaration
        /// The owning section's index in the outline; nil for the part of the page before any heading.
        var owner: Int?
        /// The operation's title from a heading that also declares (`Get Channel`), else nil.
        var title: String?
        /// The block that holds the declaration (left out when the operation's blocks are read).
        var blockIndex: Int
    }

    let outline: PageOutline
    var diagnostics = Diagnostics()
    /// `kind(of:inExamples:)`'s answers, by section index and context.
    private var kinds: [Int: PageSection] = [:]
    /// `isAnnouncing(_:)`'s answers, by section index.
    private var announcing: [Int: Bool] = [:]
    /// `isInSampleSection(_:)`'s answers, by section index (-1 for the part before any heading).
    private var inSamples: [Int: Bool] = [:]

    init(outline: PageOutline) {
        self.outline = outline
    }

    /// Every declaration of the page, in page order, each with its owning section. Repeats of a
    /// method and path already declared are noted and left out.
    mutating func declarations() -> [Found] {
        let candidates = candidates()
        // A heading that writes a method and path over a section whose blocks declare the endpoint
        // (`# GET /etc/passwd` above ```GET /api/v1/b```) is the operation's title: the blocks win.
        let ownersWithBlocks = Set(candidates.filter { $0.declaration.form != .heading }.compactMap(\.owner))
        var found: [Found] = []
        var seen: [String: SourceLocation] = [:]
        for candidate in candidates {
            let declaration = candidate.declaration
            if declaration.form == .heading, let owner = candidate.owner, ownersWithBlocks.contains(owner) {
                diagnostics.note("the heading's \(declaration.key) is read as the title of the operation its "
                    + "section declares in a block", at: declaration.location)
                continue
            }
            if let first = seen[declaration.key] {
                diagnostics.note("\(declaration.key) is declared again (first at line \(first.line)); "
                    + "read as the same operation", at: declaration.location)
                continue
            }
            seen[declaration.key] = declaration.location
            found.append(candidate)
        }
        return found
    }

    /// Every declaration of the page in page order, before repeats and heading titles are sorted out.
    mutating func candidates() -> [Found] {
        var found: [Found] = []
        for (index, block) in outline.blocks.enumerated() {
            let section = outline.owner[index]
            var candidates: [(EndpointDeclaration, Int?, String?)] = []
            switch block {
            case .heading(let heading):
                guard let section, outline.sections[section].headingIndex == index else { continue }
                switch HeadingEndpoint.read(heading.text, at: heading.location) {
                case .declarations(let declarations, let title):
                    candidates = declarations.map { ($0, section, title) }
                case .methods(let methods, let title):
                    guard let resource = resourcePath(above: section) else {
                        diagnostics.warning("heading names the method \(methods.joined(separator: "|")) but no heading "
                            + "above it names a path (`## Name [/path]`); no operation", at: heading.location)
                        continue
                    }
                    let declarations = EndpointRecognizer.declarations(methods: methods, target: resource,
                                                                        form: .heading, at: heading.location) ?? []
                    candidates = declarations.map { ($0, section, title) }
                case .resource, nil:
                    continue
                }
            // The recognisers reject almost every block at once; only a declaration asks which
            // section it sits in.
            case .code(let code):
                guard let declarations = EndpointRecognizer.code(code), !isInSampleSection(section) else { continue }
                candidates = declarations.map { ($0, operationOwner(of: section), nil) }
            case .paragraph(let paragraph):
                guard let declarations = EndpointRecognizer.paragraph(paragraph), !isInSampleSection(section)
                else { continue }
                candidates = declarations.map { ($0, operationOwner(of: section), nil) }
            default:
                continue
            }
            for (declaration, owner, title) in candidates {
                found.append(Found(declaration: declaration, owner: owner, title: title, blockIndex: index))
            }
        }
        return found
    }

    /// The path of the nearest heading above `section` that names a resource (`## Note [/notes/{id}]`).
    func resourcePath(above section: Int) -> String? {
        for ancestor in outline.ancestry(of: outline.sections[section].parent) {
            let heading = outline.sections[ancestor]
            guard case .heading(let block) = outline.blocks[heading.headingIndex] else { continue }
            if case .resource(let path) = HeadingEndpoint.read(block.text, at: block.location) { return path }
        }
        return nil
    }

    /// The section an in-block declaration belongs to: its own section, unless that section's
    /// heading only announces the declaration (`HTTP request`, `Endpoint`, `URL`).
    mutating func operationOwner(of section: Int?) -> Int? {
        var current = section
        while let index = current, isAnnouncing(index) {
            current = outline.sections[index].parent
        }
        return current
    }

    /// `isAnnouncingHeading` of a section's heading, read once per section.
    private mutating func isAnnouncing(_ index: Int) -> Bool {
        if let known = announcing[index] { return known }
        let answer = Self.isAnnouncingHeading(outline.sections[index].text)
        announcing[index] = answer
        return answer
    }

    /// Headings that say "the request is written below", not what the operation does.
    static func isAnnouncingHeading(_ text: String) -> Bool {
        switch PageSection.classify(text) {
        case .url, .method: return true
        default: break
        }
        let words = PageSection.words(text.lowercased())
        return !words.isEmpty && words.allSatisfy(announcingWords.contains)
    }

    static let announcingWords: Set<String> = ["http", "https", "request", "requests", "endpoint", "endpoints", "url",
                                               "uri", "method", "methods", "definition", "syntax", "route", "routes",
                                               "path", "api"]

    /// True when a section above the block holds samples (`## Example` → `### Request`), where
    /// request lines are samples rather than declarations.
    mutating func isInSampleSection(_ section: Int?) -> Bool {
        if let known = inSamples[section ?? -1] { return known }
        let answer = classifyIsInSampleSection(section)
        inSamples[section ?? -1] = answer
        return answer
    }

    private mutating func classifyIsInSampleSection(_ section: Int?) -> Bool {
        let chain = outline.ancestry(of: section)
        let underExamples = chain.contains { index in
            if case .examples = kind(of: index, inExamples: false) { return true }
            return false
        }
        return chain.contains { index in
            switch kind(of: index, inExamples: underExamples) {
            case .sampleRequest, .sampleResponse, .examples: return true
            default: return false
            }
        }
    }

    /// What a section's heading announces, classified once per section and context.
    private mutating func kind(of index: Int, inExamples: Bool) -> PageSection {
        let key = index * 2 + (inExamples ? 1 : 0)
        if let known = kinds[key] { return known }
        let kind = PageSection.classify(outline.sections[index].text, inExamples: inExamples)
        kinds[key] = kind
        return kind
    }

    /// The blocks an operation owned by `owner` reads: its section's span (or, for nil, the whole
    /// page), less the spans of other operations nested in it and the declaring blocks.
    func blocks(of owner: Int?, others: Set<Int?>, declaringBlocks: Set<Int>) -> [Block] {
        let span: Range<Int>
        if let owner {
            span = outline.sections[owner].span
        } else {
            span = 0..<outline.blocks.count
        }
        var excluded = declaringBlocks
        for case let other? in others where other != owner {
            let nested = outline.sections[other]
            guard span.contains(nested.headingIndex) else { continue }
            // A section an operation lives in is no operation nested in another.
            if let owner, outline.ancestry(of: owner).contains(other) { continue }
            excluded.insert(nested.headingIndex)
            for index in nested.span { excluded.insert(index) }
        }
        var result: [Block] = []
        for index in span where !excluded.contains(index) {
            if case .heading(let heading) = outline.blocks[index], PageOutline.isTabLabel(heading) { continue }
            result.append(outline.blocks[index])
        }
        return result
    }
}
