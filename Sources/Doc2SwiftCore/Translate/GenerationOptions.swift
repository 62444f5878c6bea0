/// Choices that shape generated code, from flags or a config file.
public struct GenerationOptions: Hashable, Sendable, Codable {
    /// `public`, `package` or `internal`.
    public var accessModifier: String
    /// Suffix of the module name made from an API folder: `SuperOffice` → `SuperOfficeAPI`.
    public var moduleSuffix: String

    public init(accessModifier: String = "public", moduleSuffix: String = "API") {
        self.accessModifier = accessModifier
        self.moduleSuffix = moduleSuffix
    }

    /// The module generated for an API folder.
    public func moduleName(for api: String) -> String { SwiftNames.typeName(api) + moduleSuffix }
}
