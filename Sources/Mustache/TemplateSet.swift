/// A group of templates that can include one another as partials, and renders them.
public struct TemplateSet: Sendable {
    /// The templates by name.
    private let templates: [String: Template]

    /// How much one render may do before it stops with an error: nodes visited (sections and
    /// partials multiply them) and bytes written. The defaults are far above what real templates
    /// need even for a type with ten thousand properties; they only turn runaway renders (sections
    /// nested over the same list, partials including each other twice) into errors instead of hangs.
    public var workLimit = 10_000_000
    public var outputLimit = 256 << 20

    /// Collects `templates`; when two share a name the later one wins, so a user's override
    /// can simply be listed after the built-in template it replaces.
    public init(templates: [Template]) {
        var byName: [String: Template] = [:]
        for template in templates {
            byName[template.name] = template
        }
        self.templates = byName
    }

    /// The names of all templates in the set, sorted.
    public var templateNames: [String] {
        templates.keys.sorted()
    }

    /// The template that `name` refers to: `name` itself, else `name` + ".mustache".
    public func template(named name: String) -> Template? {
        Self.lookUp(name, in: templates)
    }

    /// Renders template `name` with `context`. Partials `{{> other}}` resolve by name in this set
    /// (lookup tries "other" then "other.mustache"). Unknown partial → TemplateError at the partial tag.
    ///
    /// An unknown `name` throws an error without a position (line and column 0).
    public func render(_ name: String, context: TemplateValue) throws(TemplateError) -> String {
        guard let template = template(named: name) else {
            throw TemplateError(
                templateName: name, line: 0, column: 0, message: "unknown template '\(name)'", sourceLine: "")
        }
        // Generated code is usually longer than its template; starting at twice the size
        // saves the first few reallocations.
        var renderer = Renderer(templates: templates, context: context, capacity: template.source.utf8.count * 2,
                                workLimit: workLimit, outputLimit: outputLimit)
        try renderer.render(template.nodes, of: template, indentation: "", depth: 0)
        return renderer.output
    }

    /// Looks `name` up as given, then with ".mustache" appended.
    static func lookUp(_ name: String, in templates: [String: Template]) -> Template? {
        templates[name] ?? templates[name + ".mustache"]
    }
}
