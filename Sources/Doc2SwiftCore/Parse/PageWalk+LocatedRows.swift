import MarkdownBlocks

/// Where one row of a located parameter table goes, as its `In` cell says.
enum RowPlace: Hashable, Sendable {
    case parameter(ParameterPlace)
    /// `body`: the row is the request body itself; its type is the body's.
    case body
    /// `formData`: a field of the request body.
    case bodyField
    /// `cookie`: the transport's business; not sent by a request builder.
    case cookie

    /// The place a cell names (`path`, `Query`, `header`, `body`, `formData`, `cookie`), or nil.
    init?(_ text: String) {
        switch InlineText.plain(text).lowercased().filter({ !$0.isWhitespace && $0 != "-" && $0 != "_" }) {
        case "path", "url", "uri", "pathparameter": self = .parameter(.path)
        case "query", "querystring", "queryparameter": self = .parameter(.query)
        case "header", "headers", "requestheader": self = .parameter(.header)
        case "body", "requestbody", "json", "payload": self = .body
        case "formdata", "form", "formfield", "field": self = .bodyField
        case "cookie", "cookies": self = .cookie
        default: return nil
        }
    }
}

/// `| Name | In | Type | Required | Description |` (and `Located in`, `Location`, `Parameter
/// type`): a table whose every row says where it goes, as pages generated from OpenAPI documents
/// print parameters. Such a table means the same under any heading.
///
/// A `body` row is the request body, typed by its type cell (`[Pet](#schemapet)`); rows under it
/// written `» name` (one `»` per level) are its properties, and `»» city` a member of the `»` row
/// above it, which ``NestedPropertyRows`` nests as it does in any property table. A `formData` row is a body field;
/// a `cookie` row is skipped with a warning, since cookies belong to the transport.
extension PageWalk {
    /// The header names of a column that says where each row goes.
    static let placeColumnNames: Set<String> = ["in", "located in", "location", "parameter type", "param type",
                                               "parameter location", "where"]

    /// The column of `names` that says where each row goes: named like one, and most of its
    /// non-empty cells a place (`Parameter type` elsewhere means the value's type, so the cells
    /// decide; a row whose cell is no place is then reported on its own).
    static func placeColumn(_ table: Table, names: [String]) -> Int? {
        for column in names.indices where placeColumnNames.contains(names[column]) {
            let cells = table.rows.compactMap { column < $0.cells.count ? $0.cells[column].text : nil }
                .filter { !InlineText.plain($0).isEmpty }
            if 2 * cells.filter({ RowPlace($0) != nil }).count > cells.count { return column }
        }
        return nil
    }

    mutating func readLocatedRows(_ table: Table, _ columns: TableColumns) {
        guard let placeColumn = columns.place else { return }
        for row in TableRowReader(table: table, columns: columns).rows(into: &diagnostics) {
            let cells = table.rows.first { $0.location == row.location }?.cells ?? []
            let placeText = placeColumn < cells.count ? cells[placeColumn].text : ""
            let (rawDescription, requiredInText) = TableRowReader.extractRequired(row.description)
            let description = InlineText.plain(rawDescription)
            let required = row.markedRequired ?? requiredInText
            let (depth, name) = Self.bodyDepth(row.name.text)
            switch RowPlace(placeText) {
            case .parameter(let place)?:
                facts.parameters.append(ParameterFact(
                    name: place == .path ? PathTemplate.placeholderName(Substring(name)) : name, place: place,
                    type: parseType(row.type, defaultType: .string), isRequired: place == .path || required,
                    description: description, location: row.name.location))
            case .body? where depth == 0:
                guard facts.requestBody == nil else {
                    diagnostics.warning("a second body row ('\(name)'); the operation has one body, the first is used",
                                        at: row.name.location)
                    continue
                }
                facts.requestBody = BodyFact(parameterName: name, declaredType: parseType(row.type, defaultType: .unknown),
                                             description: description, properties: [], hasTable: false,
                                             location: row.name.location)
            case .body?, .bodyField?:
                // Named as written: the schema stage nests `»» city` under `» address`
                // (`NestedPropertyRows.withoutDepthMarkers`), as for any property table.
                appendBodyProperty(PropertyFact(name: row.name.text,
                                                type: parseType(row.type, defaultType: .unknown),
                                                description: description, location: row.name.location),
                                   required: row.markedRequired ?? (requiredInText ? true : nil), at: table.location)
            case .cookie?:
                diagnostics.warning("cookie parameter '\(name)' is not sent by the request builder (cookies are the "
                    + "transport's); skipped", at: row.name.location)
            case nil:
                diagnostics.warning("row '\(name)' says it goes in '\(InlineText.plain(placeText))', which is no place "
                    + "(path, query, header, body, formData or cookie); skipped", at: row.name.location)
            }
        }
    }

    /// `»» city` → (2, `city`): widdershins-style depth markers before a body property's name.
    static func bodyDepth(_ name: String) -> (Int, String) {
        let depth = name.prefix { $0 == "»" || $0 == " " }.filter { $0 == "»" }.count
        return (depth, String(name.drop { $0 == "»" || $0 == " " }))
    }

    mutating func appendBodyProperty(_ property: PropertyFact, required: Bool?, at location: SourceLocation) {
        var property = property
        property.isRequired = required
        if facts.requestBody == nil {
            facts.requestBody = BodyFact(parameterName: nil, declaredType: .unknown, description: "",
                                         properties: [], hasTable: false, location: location)
        }
        facts.requestBody?.properties.append(property)
        facts.requestBody?.hasTable = true
    }
}
