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
    /// Where the tables read as definitions are.
    private(set) var tableLocations: Set<SourceLocation> = []

    /// Every definition of the page, in page order; tables of one object are merged.
    mutating func definitions() -> [TypeDefinitionFact] {
        var found: [TypeDefinitionFact] = []
        var indexByName: [String: Int] = [:]
        /// Enumerations named by a type cell whose description lists the values.
        var namedValues: [TypeDefinitionFact] = []
        /// Sections that hold an object's table, or the heading above one, → the object's index in `found`.
        var objectSections: [Int: Int] = [:]
        for (index, block) in outline.blocks.enumerated() {
            if case .list(let list) = block, let section = outline.owner[index],
               outline.ancestry(of: section).allSatisfy({ !operationSections.contains($0) }),
               var definition = attributeList(list, under: outline.sections[section]) {
                definition.anchors = anchors(of: section)
                if let existing = indexByName[definition.name] {
                    found[existing].properties += definition.properties
                } else {
                    indexByName[definition.name] = found.count
                    found.append(definition)
                }
                continue
            }
            guard case .table(let table) = block, let section = outline.owner[index] else { continue }
            let chain = outline.ancestry(of: section)
            guard chain.allSatisfy({ !operationSections.contains($0) }) else { continue }
            if var values = valueTable(table, under: section) ?? enumeration(table, under: outline.sections[section]) {
                if values.anchors.isEmpty { values.anchors = anchors(of: section) }
                tableLocations.insert(table.location)
                found.append(values)
                continue
            }
            let heading = outline.sections[section]
            guard let name = ObjectHeading.objectName(heading.text, pageTitle: pageTitle)
                ?? ObjectHeading.collectionMember(heading.text, parentHeading: heading.parent.map { outline.sections[$0].text })
            else { continue }
            let columns: TableColumns
            switch TableKind.classify(table) {
            case .properties(let found) where found.type != nil: columns = found
            case .typedParameters(let found): columns = found
            default: continue
            }
            tableLocations.insert(table.location)
            let properties = TableRowReader(table: table, columns: columns).rows(into: &diagnostics).map { row in
                let description = InlineText.plain(row.description)
                var type = type(of: row.type)
                // `Possible values are: `none`, `defaultList`.` under a named or string type: an open enumeration.
                if let values = Self.possibleValues(in: row.description) {
                    switch type {
                    case .named(let name):
                        // The name (`taskStatus`) is the enumeration's wherever else it is written.
                        var named = TypeDefinitionFact(name: name, description: "", properties: [],
                                                       location: row.name.location)
                        named.values = .enumeration(values)
                        namedValues.append(named)
                        type = .enumeration(values)
                    case .string, .unknown: type = .enumeration(values)
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
                var definition = TypeDefinitionFact(name: name, description: description(for: section),
                                                    properties: properties, location: outline.sections[section].location)
                definition.anchors = anchors(of: section)
                found.append(definition)
            }
            // The table's section and the heading above it hold the object's examples.
            for owning in outline.ancestry(of: section).prefix(2) where objectSections[owning] == nil {
                objectSections[owning] = indexByName[name]
            }
        }
        for named in namedValues where indexByName[named.name] == nil {
            indexByName[named.name] = found.count
            found.append(named)
        }
        attachExamples(to: &found, objectSections: objectSections)
        return found
    }

    /// Gives each object the JSON examples under its heading: a block under a heading that says
    /// `Example`, in the section of an object's table or of the heading above it, outside every
    /// operation. An example no object owns is reported, not dropped in silence.
    mutating func attachExamples(to found: inout [TypeDefinitionFact], objectSections: [Int: Int]) {
        for (index, block) in outline.blocks.enumerated() {
            guard case .code(let code) = block, let section = outline.owner[index] else { continue }
            let chain = outline.ancestry(of: section)
            guard chain.allSatisfy({ !operationSections.contains($0) }),
                  ObjectExample.isExample(code, under: outline.sections[section].text) else { continue }
            let at = SourceLocation(file: code.location.file, line: code.location.line + 1, column: 1)
            guard let owner = chain.lazy.compactMap({ objectSections[$0] }).first else {
                diagnostics.note("example under '\(outline.sections[section].text)' belongs to no object this page "
                    + "defines; not tested", at: code.location)
                continue
            }
            found[owner].examples = (found[owner].examples ?? []) + [ObjectExample(text: code.content, location: at)]
        }
    }

    /// An MSON attribute list (API Blueprint): the members of `## Coupon Base (object)` written as
    /// `+ percent_off: 25 (number) - …`, or a resource's `+ Attributes (Base)` with its members
    /// below it, named after the resource (`## Coupon [/coupons/{id}]` defines `Coupon`).
    func attributeList(_ list: ListBlock, under section: PageOutline.Section) -> TypeDefinitionFact? {
        // The resource's own `+ Attributes`, wherever it stands among `+ Parameters` and the rest.
        if let at = list.items.firstIndex(where: { item in
            // The prefix first: `keyword` reads every item's first line.
            guard item.depth == 0, item.text.hasPrefix("Attributes") else { return false }
            if case .attributes = PayloadList.keyword(item.text) { return true }
            return false
        }), case .attributes(let typeName) = PayloadList.keyword(list.items[at].text) {
            let first = list.items[at]
            guard case .heading(let heading) = outline.blocks[section.headingIndex],
                  case .resource = HeadingEndpoint.read(heading.text, at: heading.location),
                  let open = section.text.lastIndex(of: "["),
                  let name = ObjectHeading.typeName(section.text[..<open].split(separator: " ").map(String.init))
            else { return nil }
            var definition = TypeDefinitionFact(name: name, description: "", properties: [], location: first.location)
            let base = typeName.flatMap(PayloadList.attributesType)
            switch base {
            case .named(let baseName): definition.baseName = baseName
            case .array?: definition.aliasOf = base
            default: break
            }
            let below = list.items[(at + 1)...].prefix { $0.depth > first.depth }
            definition.properties = Self.members(below.filter { $0.depth == first.depth + 1 })
            return definition.properties.isEmpty && definition.baseName == nil && definition.aliasOf == nil
                ? nil : definition
        }
        guard section.text.lowercased().hasSuffix("(object)"),
              let name = ObjectHeading.objectName(section.text, pageTitle: nil) else { return nil }
        let properties = Self.members(list.items.filter { $0.depth == 0 })
        guard !properties.isEmpty else { return nil }
        return TypeDefinitionFact(name: name, description: "", properties: properties, location: section.location)
    }

    /// The anchors of a definition's heading and of the heading above it, which links use when
    /// the object's heading (`### Forum Tag Object`) sits over the table's (`###### Forum Tag Structure`).
    func anchors(of section: Int) -> [String] {
        outline.ancestry(of: section).prefix(2).map { TypeLink.slug(outline.sections[$0].text) }
    }

    /// MSON members (`name: example (type, required) - description`) as properties.
    static func members(_ items: some Sequence<ListBlock.Item>) -> [PropertyFact] {
        items.compactMap { item in
            guard let entry = PayloadList.parameter(item.text, at: item.location) else { return nil }
            var type = entry.type.flatMap { TypeVocabulary.parse($0) } ?? .unknown
            if entry.type == "number", let example = entry.example, Int(example) != nil { type = .integer(.unspecified) }
            var property = PropertyFact(name: entry.name, type: type, description: InlineText.plain(entry.description),
                                        location: entry.location)
            property.isRequired = entry.isRequired
            return property
        }
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
        definition.values = .enumeration(values)
        return definition
    }

    /// A table of named values (`ValueTable`: integers, flags or words) under any heading, named by the heading
    /// (`###### Channel Types` → `ChannelTypes`). Links reach it by the heading's anchor, alone
    /// (`#channel-types`) or after the anchor of the heading above (`#channel-object-channel-types`),
    /// never by the anchor of the object above, which stays that object's.
    func valueTable(_ table: Table, under section: Int) -> TypeDefinitionFact? {
        guard let values = ValueTable.read(table) else { return nil }
        let heading = outline.sections[section]
        guard let name = ObjectHeading.typeName(heading.text.split(whereSeparator: \.isWhitespace).map(String.init))
        else { return nil }
        var definition = TypeDefinitionFact(name: name, description: "", properties: [], location: heading.location)
        definition.values = values
        let own = TypeLink.slug(heading.text)
        definition.anchors = [own] + outline.ancestry(of: section).dropFirst().prefix(1).map {
            TypeLink.slug(outline.sections[$0].text) + "-" + own
        }
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
        if let members = TypeVocabulary.unionMembers(text) {
            return TypeVocabulary.unionType(members, written: text, at: cell.location, diagnostics: &diagnostics)
        }
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
