/// Choices that shape generated code, from flags or a config file.
public struct GenerationOptions: Hashable, Sendable, Codable {
    /// How generated files are laid out.
    public enum Layout: String, Hashable, Sendable, Codable, CaseIterable {
        /// `Sources/<Module>/Models/<Type>.swift`, `…/Operations/<Op>Request.swift`, `Tests/<Module>Tests/…`:
        /// one file per type and per operation, for committed output.
        case modules
        /// The build plugin's library target: one file per page plus fixed support files, flat
        /// (names from `PluginOutputNames`, known before generation).
        case pluginSources = "plugin-sources"
        /// The build plugin's test target: one sample-test file per page plus fixed support files.
        case pluginTests = "plugin-tests"
    }

    /// `public`, `package` or `internal`.
    public var accessModifier: String
    /// Suffix of the module name made from an API folder: `SuperOffice` → `SuperOfficeAPI`.
    public var moduleSuffix: String
    /// The module name to use instead of the one made from the API folder (plugins: the target's name).
    public var moduleName: String?
    public var layout: Layout
    /// Docs type name → Swift type name, replacing the derived name.
    public var typeNameOverrides: [String: String]
    /// Which model properties are non-optional (`--required-properties`): none by default, or
    /// those the docs mark required and not nullable.
    public var requiredProperties: RequiredProperties

    public init(accessModifier: String = "public", moduleSuffix: String = "API", moduleName: String? = nil,
                layout: Layout = .modules, typeNameOverrides: [String: String] = [:],
                requiredProperties: RequiredProperties = .optional) {
        self.accessModifier = accessModifier
        self.moduleSuffix = moduleSuffix
        self.moduleName = moduleName
        self.layout = layout
        self.typeNameOverrides = typeNameOverrides
        self.requiredProperties = requiredProperties
    }

    /// The module generated for an API folder.
    public func moduleName(for api: String) -> String { moduleName ?? SwiftNames.typeName(api) + moduleSuffix }
}
