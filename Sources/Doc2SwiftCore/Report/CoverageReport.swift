/// What generation found on every page, and a one-line summary per API: the `report` command.
///
/// Per page: the operation (or why there is none), its parameters, body and response types, the
/// types it uses (and which of them were inferred from samples), what each sample became, and
/// every diagnostic about the page with its line, notes included, because notes are where the
/// generator says what it guessed.
public enum CoverageReport {
    /// Counts for one API, also printed after `generate`.
    public struct Summary: Hashable, Sendable {
        public var api: String
        public var pages = 0
        public var operations = 0
        public var types = 0
        public var inferredTypes = 0
        public var samples = 0
        public var samplesTested = 0
        /// The docs' examples of defined objects, and how many of them fit and are tested.
        public var examples = 0
        public var examplesTested = 0

        public var line: String {
            "\(api): \(pages) pages, \(operations) operations, \(types) types (\(inferredTypes) inferred from samples), "
                + "\(samplesTested) of \(samples) samples tested"
                + (examples == 0 ? "" : ", \(examplesTested) of \(examples) object examples tested")
        }
    }

    /// One summary per API, sorted by API name.
    public static func summaries(facts: [PageFacts], schemas: [APISchema]) -> [Summary] {
        schemas.map { schema in
            var summary = Summary(api: schema.name)
            summary.pages = Set(facts.filter { $0.api == schema.name }.map(\.file)).count
            summary.operations = schema.operations.count
            summary.types = schema.types.count
            summary.inferredTypes = schema.types.filter { $0.origin == .inferred }.count
            let examples = schema.types.flatMap { $0.examples ?? [] }
            summary.examples = examples.count
            summary.examplesTested = examples.filter { $0.untestedReason == nil }.count
            for operation in schema.operations {
                summary.samples += operation.requestSamples.count + operation.responseSamples.count
                summary.samplesTested += operation.requestSamples.filter { $0.untestedReason == nil }.count
                    + operation.responseSamples.filter { $0.untestedReason == nil }.count
            }
            return summary
        }
    }

    /// The per-page report followed by the summaries.
    public static func render(facts: [PageFacts], schemas: [APISchema], diagnostics: Diagnostics) -> String {
        var lines: [String] = []
        let located = diagnostics.sorted.filter { $0.location != nil }
        let byFile = Dictionary(grouping: located, by: { $0.location!.file })
        // A page with several operations has several facts: it is listed once, with each operation.
        var listed = Set<String>()
        for page in facts.sorted(by: { $0.file < $1.file }) where listed.insert(page.file).inserted {
            let schema = schemas.first { $0.name == page.api }
            let pageDiagnostics = byFile[page.file] ?? []
            let operations = schema?.operations.filter { $0.location.file == page.file } ?? []
            if let schema, !operations.isEmpty {
                for operation in operations { lines += operationLines(operation, page: page, schema: schema) }
            } else {
                let why = pageDiagnostics.first { diagnostic in
                    ["page skipped", "index page", "already documented", "include fragment", "overview page"]
                        .contains { diagnostic.message.contains($0) }
                }
                lines.append("\(page.file): no operation" + (why.map { " (\($0.message))" } ?? ""))
            }
            for diagnostic in pageDiagnostics {
                lines.append("  \(diagnostic.severity.rawValue) at line \(diagnostic.location!.line): \(diagnostic.message)")
            }
        }
        lines.append("")
        for summary in summaries(facts: facts, schemas: schemas) {
            let apiDiagnostics = located.filter { diagnostic in
                facts.contains { $0.api == summary.api && $0.file == diagnostic.location?.file }
            }
            let warnings = apiDiagnostics.filter { $0.severity == .warning }.count
            lines.append(summary.line + ", \(warnings) warnings")
        }
        return lines.joined(separator: "\n")
    }

    /// The lines describing one page's operation.
    static func operationLines(_ operation: Operation, page: PageFacts, schema: APISchema) -> [String] {
        var lines = ["\(page.file): \(operation.method) \(operation.path) (\(operation.id))"]
        let parameters = operation.parameters.map { "\($0.place.rawValue) \($0.name): \($0.type.displayName)" }
        lines.append("  parameters: " + (parameters.isEmpty ? "none" : parameters.joined(separator: ", ")))
        if let body = operation.requestBody {
            lines.append("  request body: " + body.type.displayName)
            if let envelope = body.envelope {
                let fixed = envelope.members.compactMap { member in
                    member.fixedValue.map { "\(member.name) = \"\($0)\"" }
                }
                let passed = envelope.members.filter { $0.fixedValue == nil }.map { "\($0.name): \($0.type.displayName)" }
                lines.append("  body assembled by the builder: fixed " + (fixed.isEmpty ? "none" : fixed.joined(separator: ", "))
                    + "; passed " + (passed.isEmpty ? "none" : passed.joined(separator: ", ")))
            }
        } else {
            lines.append("  request body: none")
        }
        for response in operation.responses {
            lines.append("  response \(response.status): " + (response.body?.displayName ?? "no body"))
        }
        let used = typesUsed(by: operation, in: schema)
        if !used.isEmpty {
            lines.append("  types: " + used.map { definition in
                definition.origin == .inferred ? "\(definition.name) (inferred from samples)" : definition.name
            }.joined(separator: ", "))
        }
        for sample in operation.requestSamples {
            lines.append("  sample request at line \(sample.sample.location.line): "
                + (sample.untestedReason.map { "not tested (\($0))" } ?? "tested"))
        }
        for sample in operation.responseSamples {
            let status = sample.sample.isStatusAssumed ? "\(sample.sample.status) (assumed)" : "\(sample.sample.status)"
            lines.append("  sample response \(status) at line \(sample.sample.location.line): "
                + (sample.untestedReason.map { "not tested (\($0))" } ?? "tested"))
        }
        return lines
    }

    /// Every named type the operation's parameters, body and responses reach, in first-reached order.
    static func typesUsed(by operation: Operation, in schema: APISchema) -> [TypeDefinition] {
        var order: [String] = []
        var pending: [TypeExpression] = operation.parameters.map(\.type)
        if let body = operation.requestBody { pending.append(body.type) }
        pending += operation.responses.compactMap(\.body)
        while !pending.isEmpty {
            let type = pending.removeFirst()
            switch type {
            case .named(let name) where !order.contains(name):
                order.append(name)
                pending += schema.type(named: name)?.properties.map(\.type) ?? []
            case .array(let element?):
                pending.append(element)
            case .union(let members):
                pending += members
            default:
                break
            }
        }
        return order.compactMap { schema.type(named: $0) }
    }
}
