public import Mustache

/// One file to render: where it goes, which template renders it, and the data the template sees.
public struct FileContext: Hashable, Sendable {
    /// Path relative to the output folder, `/`-separated.
    public var path: String
    /// Template name without extension, e.g. `Model`.
    public var template: String
    public var context: TemplateValue
    /// The page the file's declaration comes from (display path), nil for support files.
    /// Plugin layouts group files by it.
    public var owner: String?

    public init(path: String, template: String, context: TemplateValue, owner: String? = nil) {
        self.path = path
        self.template = template
        self.context = context
        self.owner = owner
    }
}
