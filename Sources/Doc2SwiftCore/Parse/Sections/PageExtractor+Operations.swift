import Foundation
import MarkdownBlocks

extension PageExtractor {
    /// Extracts every operation a page documents.
    ///
    /// Pages that declare one endpoint in the form the single-operation reader knows (or an
    /// action, or nothing) are read whole by it, exactly as before. A page that declares several
    /// endpoints, or declares one in a form only the section recognisers find, is split: every
    /// declaration becomes the facts of one operation, read from the blocks of its section.
    /// - Parameters:
    ///   - document: the page's blocks as read by `BlockReader`.
    ///   - relativePath: the page's path relative to the input root.
    ///   - api: the API (input folder) the page belongs to.
    /// - Returns: one facts value per operation (at least one, so the page is always accounted
    ///   for), and every diagnostic about the page.
    public func extractAll(_ document: MarkdownDocument, relativePath: String, api: String)
        -> ([PageFacts], Diagnostics) {
        let outline = PageOutline(blocks: document.blocks)
        var assembler = OperationAssembler(outline: outline)
        let found = assembler.declarations()
        let keys = Set(found.map(\.declaration.key))
        // Only a page with at most one declaration may be one the whole-page reader knows; a page
        // with several is split without reading it whole first.
        let owners = Set(found.map(\.owner))
        var definitionReader = TypeDefinitionReader(outline: outline, pageTitle: Self.pageTitle(document, outline),
                                                    operationSections: Set(owners.compactMap { $0 }))
        let definitions = definitionReader.definitions()
        if keys.count <= 1 {
            var (whole, wholeDiagnostics) = extract(document, relativePath: relativePath, api: api,
                                                    definitionTables: definitionReader.tableLocations)
            let readsWhole = found.isEmpty || whole.action != nil
                || whole.endpoint.map { $0.method + " " + $0.path } == keys.first
            if readsWhole {
                whole.typeDefinitions = definitions
                whole.typeLinks = TypeLink.links(in: document.blocks) + whole.typeLinks
                wholeDiagnostics.append(contentsOf: definitionReader.diagnostics)
                let (operations, split) = whole.splittingAlternativeEndpoints()
                wholeDiagnostics.append(contentsOf: split)
                return (operations, wholeDiagnostics)
            }
        }

        var diagnostics = Diagnostics()
        for issue in document.issues {
            diagnostics.append(Diagnostic(Diagnostic.Severity(issue.severity), issue.message, at: issue.location))
        }
        diagnostics.append(contentsOf: assembler.diagnostics)
        diagnostics.append(contentsOf: definitionReader.diagnostics)
        let declaring = Set(found.map(\.blockIndex))
        let frontMatter = document.blocks.lazy.compactMap { block -> FrontMatter? in
            if case .frontMatter(let frontMatter) = block { return frontMatter }
            return nil
        }.first
        var usedIDs: Set<String> = []
        var pages: [PageFacts] = []
        var firstOfOwner: Set<Int?> = []
        for item in found {
            let declaration = item.declaration
            let section = item.owner.map { outline.sections[$0] }
            // A heading that declares gives its title (none for `# GET /message`); a section around
            // a declaring block is named by its heading, the page's front matter, in that order.
            let title = declaration.form == .heading ? item.title
                : section.map { HeadingEndpoint.trimmedTitle($0.text) } ?? frontMatter?.first("title")?.value
            var facts = PageFacts(file: document.file, relativePath: relativePath, api: api,
                                  location: section?.location ?? declaration.location)
            facts.title = title.flatMap { $0.isEmpty ? nil : $0 } ?? declaration.key
            facts.endpoint = declaration.endpoint
            facts.nameLocation = section?.location ?? declaration.location
            let fallback = OperationNaming.id(method: declaration.method, path: declaration.path)
            var id = title.map(OperationNaming.id(title:)).flatMap { $0.isEmpty ? nil : $0 } ?? fallback
            if found.count == 1, let pageID = frontMatter?.first("uid") ?? frontMatter?.first("id") {
                id = pageID.value
            }
            if usedIDs.contains(id) { id = fallback }
            var unique = id
            var counter = 2
            while usedIDs.contains(unique) {
                unique = id + String(counter)
                counter += 1
            }
            usedIDs.insert(unique)
            facts.operationID = unique
            facts.fallbackOperationID = unique == fallback ? nil : fallback

            let blocks = assembler.blocks(of: item.owner, others: owners, declaringBlocks: declaring)
            var walk = PageWalk(facts: facts, includeLoader: includeLoader)
            walk.scope = OperationScope(method: declaration.method, pathNames: Set(declaration.endpoint.pathParameterNames))
            walk.sawH1 = true
            for block in blocks {
                if case .frontMatter = block { continue }
                walk.visit(block)
            }
            walk.finish()
            // Alternative paths declared under one heading share its tables; its samples are
            // the first declaration's, so they are tested once.
            if !firstOfOwner.insert(item.owner).inserted,
               !(walk.facts.sampleRequests.isEmpty && walk.facts.sampleResponses.isEmpty) {
                walk.facts.sampleRequests = []
                walk.facts.sampleResponses = []
                walk.diagnostics.note("\(declaration.key) is an alternative path of the operation above; the "
                    + "section's samples are tested with the first one", at: declaration.location)
            }
            walk.facts.nameLocation = section?.location ?? declaration.location
            pages.append(walk.facts)
            diagnostics.append(contentsOf: walk.diagnostics)
        }
        reportUnreadTables(outline, owners: owners, definitionTables: definitionReader.tableLocations,
                           into: &diagnostics)
        if !pages.isEmpty {
            pages[0].typeDefinitions = definitions
            pages[0].typeLinks = TypeLink.links(in: document.blocks) + pages[0].typeLinks
        }
        return (pages, diagnostics)
    }

    /// Tables outside every operation's section that no object definition took: said, not
    /// dropped in silence, with what would make them read.
    func reportUnreadTables(_ outline: PageOutline, owners: Set<Int?>, definitionTables: Set<SourceLocation>,
                            into diagnostics: inout Diagnostics) {
        for (index, block) in outline.blocks.enumerated() {
            guard case .table(let table) = block, !definitionTables.contains(table.location) else { continue }
            let section = outline.owner[index]
            let chain = outline.ancestry(of: section)
            if section == nil ? owners.contains(nil) : chain.contains(where: { owners.contains($0) }) { continue }
            let heading = section.map { "'\(outline.sections[$0].text)'" } ?? "the page's top"
            diagnostics.warning("table under \(heading) is read by no operation and defines no object (a heading "
                + "such as 'X Object' or 'X Structure', or a subsection of 'Schemas', would define one); skipped",
                at: table.location)
        }
    }

    /// The page's title: front matter `title`, else its first `#` heading.
    static func pageTitle(_ document: MarkdownDocument, _ outline: PageOutline) -> String? {
        for block in document.blocks {
            if case .frontMatter(let frontMatter) = block, let title = frontMatter.first("title") { return title.value }
        }
        return outline.sections.first { $0.level == 1 }?.text
    }
}

/// What the section of one operation knows about it while its blocks are read: the method and
/// path placeholders, which place parameter tables that say nothing about where values travel.
struct OperationScope: Hashable, Sendable {
    var method: String
    var pathNames: Set<String>

    /// Where a parameter named `name` travels when its table's heading does not say: in the path
    /// when the path names it, else in the query for methods without a body, else in the body.
    func place(of name: String) -> ParameterPlace? {
        if pathNames.contains(name) || pathNames.contains(PathTemplate.placeholderName(Substring(name))) { return .path }
        return ["GET", "DELETE", "HEAD", "OPTIONS"].contains(method) ? .query : nil
    }
}
