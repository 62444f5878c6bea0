public import Mustache

/// One file to render: where it goes, which template renders it, and the data the template sees.
///
/// The data may be built on first use: a module's contexts together take far more memory than
/// its rendered text, so the render stage builds each one, renders it and drops it.
public struct FileContext: Hashable, Sendable {
    /// Path relative to the output folder, `/`-separated.
    public var path: String
    /// Template name without extension, e.g. `Model`.
    public var template: String
    /// The page the file's declaration comes from (display path), nil for support files.
    /// Plugin layouts group files by it.
    public var owner: String?
    private var storage: Storage

    enum Storage: Sendable {
        case value(TemplateValue)
        case deferred(@Sendable () -> TemplateValue)
    }

    /// The template's data (built now when deferred).
    public var context: TemplateValue {
        get {
            switch storage {
            case .value(let value): value
            case .deferred(let build): build()
            }
        }
        set { storage = .value(newValue) }
    }

    public init(path: String, template: String, context: TemplateValue, owner: String? = nil) {
        self.path = path
        self.template = template
        self.owner = owner
        storage = .value(context)
    }

    /// A file whose data is built when it is rendered.
    public init(path: String, template: String, owner: String? = nil,
                building build: @escaping @Sendable () -> TemplateValue) {
        self.path = path
        self.template = template
        self.owner = owner
        storage = .deferred(build)
    }

    public static func == (lhs: FileContext, rhs: FileContext) -> Bool {
        lhs.path == rhs.path && lhs.template == rhs.template && lhs.owner == rhs.owner && lhs.context == rhs.context
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(template)
        hasher.combine(owner)
        hasher.combine(context)
    }
}
