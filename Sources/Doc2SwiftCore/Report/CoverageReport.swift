/// What generation found on every page, and a one-line summary per API: the `report` command.
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

        public var line: String {
            "\(api): \(pages) pages, \(operations) operations, \(types) types (\(inferredTypes) inferred from samples), "
                + "\(samplesTested) of \(samples) samples tested"
        }
    }

    /// One summary per API, sorted by API name.
    public static func summaries(facts: [PageFacts], schemas: [APISchema]) -> [Summary] {
        schemas.map { schema in
            var summary = Summary(api: schema.name)
            summary.pages = facts.filter { $0.api == schema.name }.count
            summary.operations = schema.operations.count
            summary.types = schema.types.count
            summary.inferredTypes = schema.types.filter { $0.origin == .inferred }.count
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
        let byFile = Dictionary(grouping: diagnostics.sorted.filter { $0.location != nil }, by: { $0.location!.file })
        for page in facts.sorted(by: { $0.file < $1.file }) {
            let schema = schemas.first { $0.name == page.api }
            let operation = schema?.operations.first { $0.location.file == page.file }
            if let operation {
                lines.append("\(page.file): \(operation.method) \(operation.path) (\(operation.id))")
                let parameters = operation.parameters.map { "\($0.place.rawValue) \($0.name): \($0.type.displayName)" }
                lines.append("  parameters: " + (parameters.isEmpty ? "none" : parameters.joined(separator: ", ")))
                lines.append("  request body: " + (operation.requestBody.map { $0.type.displayName } ?? "none"))
                for response in operation.responses {
                    lines.append("  response \(response.status): " + (response.body?.displayName ?? "no body"))
                }
                for sample in operation.requestSamples {
                    lines.append("  sample request at line \(sample.sample.location.line): "
                        + (sample.untestedReason.map { "not tested (\($0))" } ?? "tested"))
                }
                for sample in operation.responseSamples {
                    lines.append("  sample response \(sample.sample.status) at line \(sample.sample.location.line): "
                        + (sample.untestedReason.map { "not tested (\($0))" } ?? "tested"))
                }
            } else {
                let why = byFile[page.file]?.first { $0.message.contains("page skipped") || $0.message.contains("index page")
                    || $0.message.contains("already documented") || $0.message.contains("include fragment") }
                lines.append("\(page.file): no operation" + (why.map { " (\($0.message))" } ?? ""))
            }
            for diagnostic in byFile[page.file] ?? [] where diagnostic.severity != .note {
                lines.append("  \(diagnostic.severity.rawValue) at line \(diagnostic.location!.line): \(diagnostic.message)")
            }
        }
        lines.append("")
        for summary in summaries(facts: facts, schemas: schemas) {
            let warnings = diagnostics.sorted.filter { diagnostic in
                diagnostic.severity == .warning && facts.contains { $0.api == summary.api && $0.file == diagnostic.location?.file }
            }.count
            lines.append(summary.line + ", \(warnings) warnings")
        }
        return lines.joined(separator: "\n")
    }
}
