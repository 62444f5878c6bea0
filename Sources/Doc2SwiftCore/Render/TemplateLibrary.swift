import Mustache

/// The templates a run renders with: the defaults, with any user template of the same name
/// replacing its default file by file.
public struct TemplateLibrary: Sendable {
    /// Where each template came from, for error messages (`Templates/Model.mustache` or the user's path).
    public let sources: [String: String]
    let set: TemplateSet

    /// Parses the defaults and the overrides.
    /// - Parameter overrides: template name (no extension) → (display path, text).
    /// - Throws: the first template that does not parse, as a located diagnostic.
    public init(overrides: [String: (path: String, text: String)] = [:]) throws(Diagnostic) {
        var sources: [String: String] = [:]
        var templates: [Template] = []
        let names = Set(DefaultTemplates.all.keys).union(overrides.keys).sorted()
        for name in names {
            let path = overrides[name]?.path ?? "Templates/\(name).mustache"
            let text = overrides[name]?.text ?? DefaultTemplates.all[name] ?? ""
            do {
                templates.append(try Template(name: name, source: text))
            } catch {
                throw Self.diagnostic(error, path: path)
            }
            sources[name] = path
        }
        self.sources = sources
        self.set = TemplateSet(templates: templates)
    }

    /// Renders one file.
    public func render(_ file: FileContext) throws(Diagnostic) -> String {
        do {
            return try set.render(file.template, context: file.context)
        } catch {
            var error = error
            if error.kind == .unknownKey { error.message += Self.unknownKeyAdvice }
            throw Self.diagnostic(error, path: sources[error.templateName] ?? error.templateName)
        }
    }

    /// Added to "unknown key" errors: where a template author finds the keys there are.
    static let unknownKeyAdvice = " (`doc2swift dump-context <input-dir>` prints every key the templates are given; "
        + "Templates/README.md documents them)"

    /// A template error as a diagnostic located in the template file.
    static func diagnostic(_ error: TemplateError, path: String) -> Diagnostic {
        .error(error.message, at: SourceLocation(file: path, line: error.line, column: error.column))
    }
}
