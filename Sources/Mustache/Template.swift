/// A parsed Mustache template: parse once, render many times through a `TemplateSet`.
public struct Template: Hashable, Sendable {
    /// The name partial tags and `TemplateSet.render` use, and errors report.
    public let name: String
    /// The template text as given.
    public let source: String
    /// The parsed nodes.
    let nodes: [Node]

    /// Parses `source`, or throws at the first malformed tag: an unclosed tag or section,
    /// a mismatched `{{/x}}`, an empty tag, an invalid key, or an unsupported tag (`{{=`).
    public init(name: String, source: String) throws(TemplateError) {
        self.name = name
        self.source = source
        let tokens = try Lexer(templateName: name, source: source).tokenize()
        nodes = try Parser(templateName: name, source: source).parse(tokens)
    }

    /// The names of the partials this template includes directly, in order of first use.
    ///
    /// Lets a caller check that a set is complete before rendering anything.
    public var partialNames: [String] {
        var names: [String] = []
        var seen: Set<String> = []
        Self.collectPartials(in: nodes, into: &names, seen: &seen)
        return names
    }

    /// Appends the partial names in `nodes` and their sections to `names`, skipping repeats.
    private static func collectPartials(in nodes: [Node], into names: inout [String], seen: inout Set<String>) {
        for node in nodes {
            switch node {
            case .partial(let partial):
                if seen.insert(partial.name).inserted { names.append(partial.name) }
            case .section(let section):
                collectPartials(in: section.children, into: &names, seen: &seen)
            case .text, .lineStart, .variable:
                break
            }
        }
    }

    /// A render error of `kind` at `span` of this template.
    func error(_ message: String, at span: SourceSpan, kind: TemplateError.Kind = .render) -> TemplateError {
        TemplateError(kind, message, at: span, templateName: name, source: source)
    }

    /// Two templates are equal when their names and sources are: the nodes follow from the source.
    public static func == (lhs: Template, rhs: Template) -> Bool {
        lhs.name == rhs.name && lhs.source == rhs.source
    }

    /// Hashes the name and source, consistently with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(source)
    }
}
