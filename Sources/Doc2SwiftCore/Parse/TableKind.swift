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
    /// `| Name | In | Type | Required | Description |`: each row says where it goes
    /// (`PageWalk.readLocatedRows`).
    case locatedParameters(columns: TableColumns)
    /// `| Response | Description |`, `| Error | Description |`, `| Error | Code | Description |`
    case statuses(columns: TableColumns)
    /// `| Type | Value | Description |`: request headers whose *Type* column holds the header
    /// name, *Value* an example value, and *Description* a description or a type name.
    case headerValues(columns: TableColumns, value: Int)
    case unrecognised

    /// Classifies a table by its header.
    static func classify(_ table: Table) -> TableKind {
        let names = table.header.map { normalise($0.text) }
        func index(_ candidates: Set<String>) -> Int? { names.firstIndex { candidates.contains($0) } }
        let type = index(["type", "schema", "data type"])
        let description = index(["description", "desc", "notes", "meaning"])
        let required = index(["required", "required?", "mandatory"])
        if let name = index(["path part"]) {
            return .pathParameters(columns: TableColumns(name: name, type: type, description: description))
        }
        if let place = PageWalk.placeColumn(table, names: names),
           let name = index(["name", "parameter name", "parameter", "param", "field", "field name", "property",
                             "property name", "attribute", "argument"]), name != place {
            return .locatedParameters(columns: TableColumns(name: name, type: type, description: description,
                                                            required: required, place: place))
        }
        if let name = index(["property name", "property", "field", "field name"]) {
            return .properties(columns: TableColumns(name: name, type: type, description: description, required: required))
        }
        let statusNames: Set<String> = ["response", "status", "status code", "code", "http status", "error", "error code"]
        if let status = statusColumn(table, names: names, candidates: statusNames),
           type == nil || holdsStatusCodes(table, column: status) {
            // `| Status | Meaning | Description | Schema |`: a type column gives each status its body.
            return .statuses(columns: TableColumns(name: status, type: type, description: description))
        }
        if let type, let value = index(["value", "example", "example value"]),
           index(["parameter name", "parameter", "name", "header", "header name"]) == nil {
            return .headerValues(columns: TableColumns(name: type, type: nil, description: description), value: value)
        }
        if let name = index(["parameter name", "parameter", "name", "header", "header name", "attribute", "argument",
                             "attribute name", "argument name"]) {
            let columns = TableColumns(name: name, type: type, description: description, required: required)
            return type == nil ? .untypedParameters(columns: columns) : .typedParameters(columns: columns)
        }
        return .unrecognised
    }

    /// The status column among the columns named like one: the first whose first row holds a
    /// number (`| Error | Code |` keeps its numbers under *Code*), else the first.
    static func statusColumn(_ table: Table, names: [String], candidates: Set<String>) -> Int? {
        let columns = names.indices.filter { candidates.contains(names[$0]) }
        guard let first = columns.first else { return nil }
        guard columns.count > 1, let row = table.rows.first else { return first }
        return columns.first { $0 < row.cells.count && row.cells[$0].text.first?.isNumber == true } ?? first
    }

    /// Whether every row of `column` starts with an HTTP status code (`200`, `404 Not Found`).
    static func holdsStatusCodes(_ table: Table, column: Int) -> Bool {
        !table.rows.isEmpty && table.rows.allSatisfy { row in
            guard column < row.cells.count, let code = Int(InlineText.plain(row.cells[column].text).prefix { $0.isNumber })
            else { return false }
            return (100...599).contains(code)
        }
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
    /// A `Required` column (`yes`, `no`, `true`, `Yes, if …`), when the table has one.
    var required: Int? = nil
    /// An `In` column (`path`, `query`, `body`), when the table has one.
    var place: Int? = nil
}
