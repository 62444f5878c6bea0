import MarkdownBlocks

/// What a table holds, recognised from its header cells (normalised: lowercased, spaces collapsed).
enum TableKind: Hashable, Sendable {
    /// `| Path Part | Type | Description |`
    case pathParameters(columns: TableColumns)
    /// `| Parameter Name | Type | Description |`
    case typedParameters(columns: TableColumns)
    /// `| Parameter Name | Description |` (request headers: no type column)
    case untypedParameters(columns: TableColumns)
    /// `| Property Name | Type | Description |`
    case properties(columns: TableColumns)
    /// `| Response | Description |`
    case statuses(columns: TableColumns)
    case unrecognised

    /// Classifies a table by its header.
    static func classify(_ table: Table) -> TableKind {
        let names = table.header.map { normalise($0.text) }
        func index(_ candidates: Set<String>) -> Int? { names.firstIndex { candidates.contains($0) } }
        let type = index(["type", "schema", "data type"])
        let description = index(["description", "desc"])
        if let name = index(["path part"]) {
            return .pathParameters(columns: TableColumns(name: name, type: type, description: description))
        }
        if let name = index(["property name", "property", "field", "field name"]) {
            return .properties(columns: TableColumns(name: name, type: type, description: description))
        }
        if let status = index(["response", "status", "status code", "code", "http status"]),
           type == nil {
            return .statuses(columns: TableColumns(name: status, type: nil, description: description))
        }
        if let name = index(["parameter name", "parameter", "name", "header", "header name"]) {
            let columns = TableColumns(name: name, type: type, description: description)
            return type == nil ? .untypedParameters(columns: columns) : .typedParameters(columns: columns)
        }
        return .unrecognised
    }

    static func normalise(_ text: String) -> String {
        InlineText.plain(text).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// Column indexes of the cells a table reader needs.
struct TableColumns: Hashable, Sendable {
    var name: Int
    var type: Int?
    var description: Int?
}
