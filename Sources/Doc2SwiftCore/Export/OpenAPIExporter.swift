import OrderedJSON

/// One API's OpenAPI 3.1 document: the tree, its file text and what could not be exported.
public struct OpenAPIExport: Sendable {
    /// The API's name (its input folder, or `--api`).
    public var api: String
    /// `<API>.openapi.json`, the file name used when several documents go into one folder.
    public var fileName: String
    /// The document as a JSON tree (members in building order; `text` sorts them).
    public var document: JSONNode
    /// The document as written: sorted keys, 2-space indent, trailing newline.
    public var text: String
    public var operationCount: Int
    public var schemaCount: Int
    /// What OpenAPI could not hold as documented (a path parameter missing from the path, a duplicate
    /// method and path, …), located at the page.
    public var diagnostics: Diagnostics
}

/// Exports the recovered schema of an API as an OpenAPI 3.1 document: the schema → OpenAPI stage.
///
/// A pure function of the schema: the same schema always gives the same bytes.
public struct OpenAPIExporter: Sendable {
    public init() {}

    /// The document of one API.
    public func export(_ schema: APISchema) -> OpenAPIExport {
        let (document, operationCount, diagnostics) = OpenAPIDocument.build(schema)
        let schemaCount = document["components"]?["schemas"]?.members?.count ?? 0
        return OpenAPIExport(api: schema.name, fileName: Self.fileName(forAPI: schema.name), document: document,
                             text: OpenAPIJSON.text(of: document), operationCount: operationCount,
                             schemaCount: schemaCount, diagnostics: diagnostics)
    }

    /// `SuperOffice.openapi.json`.
    public static func fileName(forAPI api: String) -> String { "\(api).openapi.json" }
}
