/// The settings a `doc2swift-config.json` file holds. Every field is optional; command-line flags
/// override what the file says. The published JSON Schema is `Docs/doc2swift-config.schema.json`.
public struct Doc2SwiftConfig: Hashable, Sendable {
    /// What `generate` writes in the modules layout.
    public enum Output: String, Hashable, Sendable, CaseIterable {
        case models, requests, tests
    }

    /// The generated module's name (default: API folder name + `API`; plugins: the target's name).
    public var moduleName: String?
    /// `public`, `package` or `internal`.
    public var accessModifier: String?
    /// Read the whole input folder as one API with this name.
    public var api: String?
    /// Which files to write; all when absent. Support files are always written.
    public var outputs: Set<Output>?
    /// Docs type name → Swift type name.
    public var typeNames: [String: String] = [:]
    /// Docs type name → the docs type name to use instead wherever it is referenced
    /// (`RecurrenceInfo` → `TableRight` where a generator printed the wrong name).
    public var typeMappings: [String: String] = [:]
    /// Template folder, relative to the config file.
    public var templates: String?
    /// Treat warnings as errors.
    public var warningsAsErrors: Bool?
    /// Which model properties are non-optional: `optional` (none, the default) or `documented`
    /// (those the docs mark required and not nullable).
    public var requiredProperties: RequiredProperties?

    public init() {}
}
