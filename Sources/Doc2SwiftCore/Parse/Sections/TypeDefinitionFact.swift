import MarkdownBlocks

/// An object a page defines once, for operations to refer to: a property table under a heading
/// that names the object (`###### Channel Structure`, `### The Division Object`, `## Properties`
/// of a page titled `todoTask resource type`).
public struct TypeDefinitionFact: Hashable, Sendable, Codable {
    /// The object's name as the page writes it, made a type name (`Channel`, `todoTask`, `PollMedia`).
    public var name: String
    public var description: String
    public var properties: [PropertyFact]
    /// Where the heading that names the object is.
    public var location: SourceLocation
    /// For a value table (`### taskStatus values` over `| Member | Description |`, `###### Channel
    /// Types` over `| Type | ID |`): the values it documents (`.enumeration`, `.integerEnumeration`
    /// or `.flags`); the definition is then an open enumeration or an option set, not an object.
    public var values: TypeExpression?
    /// The object this one extends (`+ Attributes (Coupon Base)`): its properties come first.
    public var baseName: String?
    /// Set when the name only stands for another type (`## Coupons [/coupons]` with
    /// `+ Attributes (array[Coupon])`): references to it mean this type.
    public var aliasOf: TypeExpression?
    /// The anchors links use for the object: its heading's and, when that heading only titles
    /// the table (`###### Forum Tag Structure`), the heading above it (`forum-tag-object`).
    public var anchors: [String] = []
    /// JSON examples of the object (`###### Example Channel`), in page order; nil when none.
    public var examples: [ObjectExample]?

    public init(name: String, description: String, properties: [PropertyFact], location: SourceLocation) {
        self.name = name
        self.description = description
        self.properties = properties
        self.location = location
    }
}
