import Foundation
import MarkdownBlocks

extension PageWalk {
    /// Reads a table by its columns, in the light of the current section.
    mutating func readTable(_ table: Table) {
        for repeated in table.repeatedHeaderRows {
            diagnostics.note("repeated header row inside the table; skipped", at: repeated)
        }
        switch TableKind.classify(table) {
        case .pathParameters(let columns):
            readParameters(table, columns, place: .path)
        case .typedParameters(let columns), .untypedParameters(let columns):
            switch section {
            case .requestHeaders: readParameters(table, columns, place: .header)
            case .pathParameters: readParameters(table, columns, place: .path)
            case .queryParameters: readParameters(table, columns, place: .query)
            case .requestBody, .response, .responseBody:
                // `| Name | Description | Schema |` under a body heading lists the body's properties.
                readProperties(table, columns)
            default:
                if let scope {
                    readScopedRows(table, columns, scope: scope)
                    return
                }
                diagnostics.warning("parameter table outside a parameter section; read as query parameters",
                                    at: table.location)
                readParameters(table, columns, place: .query)
            }
        case .properties(let columns):
            switch section {
            case _ where scope == nil, .requestBody, .response, .responseBody: readProperties(table, columns)
            case .queryParameters: readParameters(table, columns, place: .query)
            case .pathParameters: readParameters(table, columns, place: .path)
            case .requestHeaders: readParameters(table, columns, place: .header)
            default:
                if let scope { readScopedRows(table, columns, scope: scope) }
            }
        case .locatedParameters(let columns):
            readLocatedRows(table, columns)
        case .statuses(let columns):
            readStatuses(table, columns)
        case .headerValues(let columns, let value):
            guard section == .requestHeaders else {
                diagnostics.warning("table with columns 'Type | Value | Description' outside a request header section; "
                    + "skipped", at: table.location)
                return
            }
            readHeaderValues(table, columns, value: value)
        case .unrecognised:
            let header = table.header.map(\.text).joined(separator: " | ")
            diagnostics.warning("table with columns '\(header)' is not a parameter, property or status table; skipped",
                                at: table.location)
        }
    }

    mutating func readParameters(_ table: Table, _ columns: TableColumns, place: ParameterPlace) {
        for row in TableRowReader(table: table, columns: columns).rows(into: &diagnostics) {
            let (rawDescription, requiredInText) = TableRowReader.extractRequired(row.description)
            let description = InlineText.plain(rawDescription)
            let type = parseType(row.type, defaultType: .string)
            let required = place == .path || row.markedRequired ?? requiredInText
            facts.parameters.append(ParameterFact(
                name: row.name.text, place: place, type: type, isRequired: required,
                description: description, location: row.name.location))
        }
    }

    /// `| Type | Value | Description |` header tables: the *Type* column names the header, *Value*
    /// shows an example, and *Description* is either prose or, in many rows, the value's type.
    mutating func readHeaderValues(_ table: Table, _ columns: TableColumns, value: Int) {
        for row in TableRowReader(table: table, columns: columns).rows(into: &diagnostics) {
            var description = InlineText.plain(row.description)
            var type = TypeExpression.string
            if let parsed = TypeExpression.parse(description), Self.isPrimitive(parsed) {
                type = parsed
                description = ""
            }
            let cells = table.rows.first { $0.location == row.location }?.cells ?? []
            if value < cells.count, value != columns.name {
                let example = InlineText.plain(cells[value].text)
                // `{id}` only says "a value goes here".
                let isPlaceholder = example.hasPrefix("{") && example.hasSuffix("}") && !example.contains(" ")
                if !example.isEmpty && !isPlaceholder {
                    description += (description.isEmpty ? "" : " ") + "Example: `\(example)`."
                }
            }
            facts.parameters.append(ParameterFact(
                name: row.name.text, place: .header, type: type, isRequired: row.markedRequired ?? false,
                description: description, location: row.name.location))
        }
    }

    /// Types a description cell may name instead of describing (`String`, `Boolean`).
    static func isPrimitive(_ type: TypeExpression) -> Bool {
        switch type {
        case .string, .integer, .double, .bool, .dateTime: true
        default: false
        }
    }

    mutating func readProperties(_ table: Table, _ columns: TableColumns) {
        var rows = TableRowReader(table: table, columns: columns).rows(into: &diagnostics)
        // `| *anonymous* | [object] |` first: the body itself (here an array), whose members the
        // `» id` rows after it list, as pages generated from OpenAPI documents print a schema
        // without a name.
        var rootType: TypeExpression?
        if let first = rows.first, first.name.text.lowercased() == "anonymous",
           let raw = table.rows.first.flatMap({ columns.name < $0.cells.count ? $0.cells[columns.name].text : nil }),
           raw.contains("*anonymous*") || raw.contains("_anonymous_") {
            rootType = parseType(first.type, defaultType: .unknown)
            rows.removeFirst()
        }
        let properties = rows.map { row in
            var property = PropertyFact(name: row.name.text, type: parseType(row.type, defaultType: .unknown),
                                        description: InlineText.plain(row.description), location: row.name.location)
            property.isRequired = row.markedRequired
            property.isNullable = TypeDefinitionReader.isNullable(row.type)
            return property
        }
        switch section {
        case .requestBody:
            if facts.requestBody == nil {
                facts.requestBody = BodyFact(parameterName: nil, declaredType: .unknown, description: "",
                                             properties: [], hasTable: false, location: table.location)
            }
            if let rootType, facts.requestBody?.declaredType == .unknown { facts.requestBody?.declaredType = rootType }
            facts.requestBody?.properties.append(contentsOf: properties)
            facts.requestBody?.hasTable = true
        case .response, .responseBody:
            if facts.responseBody == nil {
                facts.responseBody = BodyFact(parameterName: nil, declaredType: .unknown, description: "",
                                              properties: [], hasTable: false, location: table.location)
            }
            if let rootType, facts.responseBody?.declaredType == .unknown { facts.responseBody?.declaredType = rootType }
            facts.responseBody?.properties.append(contentsOf: properties)
            facts.responseBody?.hasTable = true
        default:
            guard !definitionTables.contains(table.location) else { return }
            diagnostics.warning("property table outside a request or response body section; skipped",
                                at: table.location)
        }
    }

    mutating func readStatuses(_ table: Table, _ columns: TableColumns) {
        for row in TableRowReader(table: table, columns: columns).rows(into: &diagnostics) {
            let code = row.name.text.prefix { $0.isNumber }
            guard let status = Int(code), (100...599).contains(status) else {
                diagnostics.warning("status '\(row.name.text)' is not an HTTP status code; row skipped",
                                    at: row.name.location)
                continue
            }
            var response = ResponseFact(status: status, description: InlineText.plain(row.description),
                                        location: row.name.location)
            if let cell = row.type, !Self.saysNoType(cell.text) {
                response.bodyType = parseType(cell, defaultType: .unknown)
            }
            facts.responses.append(response)
        }
    }

    /// A status table's type cell that names no body: empty, `None`, `-`, or `Inline` (a schema
    /// printed elsewhere on the page, which the samples then type).
    static func saysNoType(_ text: String) -> Bool {
        ["", "none", "-", "–", "n/a", "inline", "empty", "no content"].contains(InlineText.plain(text).lowercased())
    }

    /// Parses a type cell, warning about text that is no type.
    mutating func parseType(_ cell: TableCell?, defaultType: TypeExpression) -> TypeExpression {
        guard let cell, !cell.text.isEmpty else { return defaultType }
        let text = InlineText.plain(cell.text)
        if let type = TypeVocabulary.parse(text) { return type }
        if let members = TypeVocabulary.unionMembers(text) {
            return TypeVocabulary.unionType(members, written: text, fallback: defaultType == .unknown ? .object : defaultType,
                                            at: cell.location, diagnostics: &diagnostics)
        }
        diagnostics.warning("type '\(text)' is not a known type or type name; typed as \(defaultType == .unknown ? "untyped JSON" : defaultType.displayName)",
                            at: cell.location)
        return defaultType
    }

    /// Makes the path parameters match the placeholders of the path template.
    ///
    /// Pages sometimes document `{id}` under another name (`contactId`). When the unmatched rows
    /// and placeholders pair up one to one, they are paired in order; placeholders left without a row
    /// become required strings. Either way a warning says so.
    mutating func reconcilePathParameters() {
        guard let endpoint = facts.endpoint else { return }
        let placeholders = endpoint.pathParameterNames
        let documented = facts.parameters.filter { $0.place == .path }
        var unmatchedRows = documented.filter { !placeholders.contains($0.name) }
        let unmatchedPlaceholders = placeholders.filter { name in !documented.contains { $0.name == name } }
        if !unmatchedRows.isEmpty && unmatchedRows.count == unmatchedPlaceholders.count {
            for (row, placeholder) in zip(unmatchedRows, unmatchedPlaceholders) {
                diagnostics.warning("path parameter '\(row.name)' is not in the path \(endpoint.path); "
                    + "read as '{\(placeholder)}', the placeholder at the same position", at: row.location)
                if let index = facts.parameters.firstIndex(of: row) { facts.parameters[index].name = placeholder }
            }
            unmatchedRows = []
        } else {
            for placeholder in unmatchedPlaceholders {
                // In a many-operation page the path template itself is where placeholders are documented.
                diagnostics.append(Diagnostic(scope == nil ? .warning : .note,
                    "path placeholder '{\(placeholder)}' has no row in a path parameter table; typed as String",
                    at: endpoint.location))
                facts.parameters.append(ParameterFact(name: placeholder, place: .path, type: .string, isRequired: true,
                                                      description: "", location: endpoint.location))
            }
        }
        for row in unmatchedRows {
            diagnostics.warning("path parameter '\(row.name)' is not in the path \(endpoint.path); skipped",
                                at: row.location)
            facts.parameters.removeAll { $0 == row }
        }
    }
}
