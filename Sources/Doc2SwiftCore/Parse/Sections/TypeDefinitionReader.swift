import Foundation
import MarkdownBlocks

/// Finds the objects a page defines (see `TypeDefinitionFact`): property tables under headings
/// that name an object (`ObjectHeading`), outside every operation's section.
struct TypeDefinitionReader {
    let outline: PageOutline
    /// The page's title, for `Properties` under `X resource type`.
    let pageTitle: String?
    /// Sections that are operations: their tables describe bodies, not shared objects.
    let operationSections: Set<Int>
    var diagnostics = Diagnostics()

    /// Every definition of the page, in page order; tables of one object are merged.
    mutating func definitions() -> [TypeDefinitionFact] {
        var found: [TypeDefinitionFact] = []
        var indexByName: [String: Int] = [:]
        for (index, block) in outline.blocks.enumerated() {
            guard case .table(let table) = block, let section = outline.owner[index] else { continue }
            let chain = outline.ancestry(of: section)
            guard chain.allSatisfy({ !operationSections.contains($0) }) else { continue }
            if let values = enumeration(table, under: outline.sections[section]) {
                found.append(values)
                continue
            }
            guard let name = ObjectHeading.objectName(outline.sections[section].text, pageTitle: pageTitle)
            else { continue }
            let columns: TableColumns
            switch TableKind.classify(table) {
            case .properties(let found) where found.type != nil: columns = found
            case .typedParameters(let found): columns = found
            default: continue
            }
            let properties = TableRowReader(table: table, columns: columns).rows(into: &diagnostics).map { row in
                let description = InlineText.plain(row.description)
                var type = type(of: row.type)
                // `Possible values are: `none`, `defaultList`.` under a named or string type: an open enumeration.
                if let values = Self.possibleValues(in: row.description) {
                    switch type {
                    case .named, .string, .unknown: type = .enumeration(values)
                    default: break
                    }
                }
                var property = PropertyFact(name: row.name.text, type: type, description: description,
                                            location: row.name.location)
                let (_, requiredInText) = TableRowReader.extractRequired(row.description)
                property.isRequired = row.markedRequired ?? (requiredInText ? true : nil)
                property.isNullable = Self.isNullable(row.type)
                return property
            }
            if let existing = indexByName[name] {
                found[existing].properties += properties
            } else {
                indexByName[name] = found.count
                found.append(TypeDefinitionFact(name: name, description: description(for: section),
                                                properties: properties, location: outline.sections[section].location))
            }
        }
        return found
    }

    /// `### taskStatus values` over a `| Member | Description |` (or `| Value | Description |`) table:
    /// an enumeration named by the heading, with the first column's values.
    func enumeration(_ table: Table, under section: PageOutline.Section) -> TypeDefinitionFact? {
        let words = section.text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count >= 2, ["values", "value", "members", "enum", "enumeration"].contains(words.last!.lowercased()),
              let header = table.header.first.map({ TableKind.normalise($0.text) }),
              ["member", "value", "name", "values"].contains(header),
              let name = ObjectHeading.typeName(Array(words.dropLast())) else { return nil }
        var values: [String] = []
        for row in table.rows {
            guard let cell = row.cells.first else { continue }
            let value = InlineText.plain(cell.text).trimmingCharacters(in: CharacterSet(charactersIn: "` "))
            if !value.isEmpty && !values.contains(value) { values.append(value) }
        }
        guard !values.isEmpty else { return nil }
        var definition = TypeDefinitionFact(name: name, description: "", properties: [], location: section.location)
        definition.enumerationValues = values
        return definition
    }

    /// The backticked values after `Possible values are:` in a description, in order; nil when none.
    static func possibleValues(in rawDescription: String) -> [String]? {
        guard let range = rawDescription.range(of: "possible values", options: .caseInsensitive) else { return nil }
        var rest = rawDescription[range.upperBound...]
        if let end = rest.range(of: ". ") ?? rest.range(of: ".|") { rest = rest[..<end.lowerBound] }
        var values: [String] = []
        var inside = false
        var current = ""
        for character in rest {
            if character == "`" {
                if inside, !current.isEmpty, !values.contains(current) { values.append(current) }
                inside.toggle()
                current = ""
            } else if inside {
                current.append(character)
            }
        }
        return values.count >= 2 ? values : nil
    }

    /// `?string`, `?ISO8601 timestamp`: the value may be null. Nil when the cell does not say.
    static func isNullable(_ cell: TableCell?) -> Bool? {
        guard let cell else { return nil }
        let text = InlineText.plain(cell.text).trimmingBlanks()
        if text.hasPrefix("?") || text.lowercased().hasPrefix("nullable") || text.lowercased().hasSuffix(" or null") {
            return true
        }
        return nil
    }

    /// A type cell, read with the docs' vocabulary; what names no type is reported and left untyped.
    mutating func type(of cell: TableCell?) -> TypeExpression {
        guard let cell, !cell.text.isEmpty else { return .unknown }
        let text = InlineText.plain(cell.text)
        if let type = TypeVocabulary.parse(text) { return type }
        diagnostics.warning("type '\(text)' is not a known type or type name; typed as untyped JSON", at: cell.location)
        return .unknown
    }

    /// The first paragraph of the object's section, or of the section above when that one names
    /// the same object (`### Channel Object` → text → `###### Channel Structure` → table).
    func description(for section: Int) -> String {
        for candidate in outline.ancestry(of: section).prefix(2) {
            for index in outline.sections[candidate].span {
                if case .heading = outline.blocks[index] { break }
                if case .paragraph(let paragraph) = outline.blocks[index] {
                    return InlineText.plain(paragraph.text)
                }
            }
        }
        return ""
    }
}
