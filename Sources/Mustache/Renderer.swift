/// Walks parsed nodes and writes their output; one renderer serves one `TemplateSet.render` call.
///
/// Output goes into a single growing `String`, so rendering is linear in the output's size.
struct Renderer {
    /// How many partials may be nested inside one another before rendering gives up.
    ///
    /// Real template sets nest a few levels; anything deeper is a partial including itself.
    static let maximumPartialDepth = 64

    /// How many nodes this render may visit and how many bytes it may write (`TemplateSet.workLimit`,
    /// `outputLimit`): sections nested over the same list repeat exponentially.
    private let workLimit: Int
    private let outputLimit: Int
    /// Nodes visited so far.
    private var work = 0

    /// The set's templates by name, for partial lookups.
    private let templates: [String: Template]
    /// The values names resolve against.
    private var stack: ContextStack
    /// Everything rendered so far.
    private(set) var output: String

    /// Prepares to render with `context` as the root, reserving `capacity` bytes of output.
    init(templates: [String: Template], context: TemplateValue, capacity: Int, workLimit: Int, outputLimit: Int) {
        self.templates = templates
        self.workLimit = workLimit
        self.outputLimit = outputLimit
        stack = ContextStack(root: context)
        output = ""
        output.reserveCapacity(capacity)
    }

    /// Renders `nodes`, which belong to `template`, indenting each kept line by `indentation`.
    ///
    /// `depth` counts the partials currently being rendered around these nodes.
    mutating func render(
        _ nodes: [Node],
        of template: Template,
        indentation: String,
        depth: Int
    ) throws(TemplateError) {
        for node in nodes {
            switch node {
            case .text(let text):
                output += text
            case .lineStart:
                if !indentation.isEmpty { output += indentation }
            case .variable(let key, let span):
                switch try resolve(key, at: span, in: template) {
                case .string(let text):
                    output += text
                case .bool(let flag):
                    output += flag ? "true" : "false"
                case .list:
                    throw template.error("key '\(key.text)' is a list; use a section", at: span)
                case .object:
                    throw template.error("key '\(key.text)' is an object; use a section", at: span)
                }
            case .section(let section):
                try render(section, of: template, indentation: indentation, depth: depth)
            case .partial(let partial):
                try render(partial, of: template, indentation: indentation, depth: depth)
            }
        }
    }

    /// Renders a section's body zero or more times, depending on its value.
    private mutating func render(
        _ section: SectionNode,
        of template: Template,
        indentation: String,
        depth: Int
    ) throws(TemplateError) {
        let value = try resolve(section.key, at: section.span, in: template)
        let repetitions: Int
        switch value {
        case .list(let items): repetitions = items.count
        default: repetitions = 1
        }
        work += repetitions * (section.children.count + 1)
        guard work <= workLimit, output.utf8.count <= outputLimit else {
            throw template.error("rendering stopped: this section repeats so often that the output would exceed "
                + "\(workLimit) pieces or \(outputLimit) bytes (sections nested over the same list multiply); "
                + "simplify the template", at: section.span)
        }
        if section.isInverted {
            if value.isFalsey {
                try render(section.children, of: template, indentation: indentation, depth: depth)
            }
            return
        }
        switch value {
        case .bool(let flag):
            // A true flag renders once without pushing anything: there is nothing to look up in it.
            if flag { try render(section.children, of: template, indentation: indentation, depth: depth) }
        case .list(let items):
            for item in items {
                stack.push(item)
                try render(section.children, of: template, indentation: indentation, depth: depth)
                stack.pop()
            }
        case .object:
            stack.push(value)
            try render(section.children, of: template, indentation: indentation, depth: depth)
            stack.pop()
        case .string(let text):
            // Pushed so `{{.}}` inside the section prints it; skipped when empty.
            guard !text.isEmpty else { return }
            stack.push(value)
            try render(section.children, of: template, indentation: indentation, depth: depth)
            stack.pop()
        }
    }

    /// The names a partial tag can use for `templates`, sorted, without the optional `.mustache`.
    static func partialNames(_ templates: [String: Template]) -> [String] {
        let suffix = ".mustache"
        return Set(templates.keys.map { $0.hasSuffix(suffix) ? String($0.dropLast(suffix.count)) : $0 }).sorted()
    }

    /// Renders a partial with the current context, indented when its tag stood alone.
    private mutating func render(
        _ partial: PartialNode,
        of template: Template,
        indentation: String,
        depth: Int
    ) throws(TemplateError) {
        guard let included = TemplateSet.lookUp(partial.name, in: templates) else {
            throw template.error("unknown partial '\(partial.name)'; a partial names another template of the set "
                + "(known: \(Self.partialNames(templates).joined(separator: ", ")))", at: partial.span)
        }
        work += included.nodes.count + 1
        guard work <= workLimit, output.utf8.count <= outputLimit else {
            throw template.error("rendering stopped: partials include each other so often that the output would "
                + "exceed \(workLimit) pieces or \(outputLimit) bytes; simplify the templates", at: partial.span)
        }
        guard depth < Self.maximumPartialDepth else {
            throw template.error(
                "partial recursion too deep: more than \(Self.maximumPartialDepth) nested partials; a partial that "
                    + "includes itself must do so inside a section that ends",
                at: partial.span)
        }
        // An inline partial is not indented at all, as in the spec; a standalone one adds its
        // own indentation to the enclosing partial's.
        let inner = partial.indentation.map { indentation + $0 } ?? ""
        try render(included.nodes, of: included, indentation: inner, depth: depth + 1)
    }

    /// The value of `key`, or an error at `span` of `template` saying why it has none.
    private func resolve(_ key: DottedKey, at span: SourceSpan, in template: Template) throws(TemplateError)
        -> TemplateValue
    {
        switch stack.resolve(key) {
        case .found(let value): value
        case .failed(let message): throw template.error(message, at: span, kind: .unknownKey)
        }
    }
}
