/// The named types of an API while pages are merged: one definition per name, extended by every
/// page that tables it. A value type; `SchemaBuilder` owns one.
struct TypeRegistry {
    private(set) var definitions: [String: TypeDefinition] = [:]
    /// Documented types by the set of their tabled property names, for `structuralMatch`.
    private var signatures: [Set<String>: Set<String>] = [:]
    /// How many documented types table each property name as `object`, for `isDictionaryName`.
    private var objectProperties: [String: Int] = [:]

    /// Whether `name` is defined.
    func contains(_ name: String) -> Bool { definitions[name] != nil }

    subscript(name: String) -> TypeDefinition? { definitions[name] }

    /// Adds the rows of a property table to type `name`, merging with what earlier pages said.
    ///
    /// A property seen again keeps its first description; its type becomes the more specific of
    /// the two (`Integer` → `int32`, empty → `Associate`). Two specific types that differ are a
    /// conflict: the first page wins and a warning points at the second.
    ///
    /// Rows that document a member of an earlier row (`files:file_path` under `files`) are merged
    /// into the type of that row instead (``NestedPropertyRows``).
    mutating func merge(_ name: String, description: String, properties rows: [PropertyFact],
                        at location: SourceLocation, diagnostics: inout Diagnostics) {
        let nested = NestedPropertyRows.split(rows, in: name, diagnostics: &diagnostics)
        var properties = nested.properties
        for group in nested.groups {
            let parent = properties[group.parentIndex]
            let (memberType, parentType) = NestedPropertyRows.memberType(of: parent, in: name)
            merge(memberType, description: parent.description, properties: group.members, at: parent.location,
                  diagnostics: &diagnostics)
            properties[group.parentIndex].type = parentType
        }
        var definition = definitions[name] ?? TypeDefinition(
            name: name, description: description, properties: [], origin: .documented, locations: [])
        if definition.description.isEmpty { definition.description = description }
        definition.origin = .documented
        definition.locations.append(location)
        // First position of each name, so that a table of thousands of rows merges in linear time.
        var positions: [String: Int] = [:]
        for (index, property) in definition.properties.enumerated() where positions[property.name] == nil {
            positions[property.name] = index
        }
        for fact in properties {
            if let index = positions[fact.name] {
                let existing = definition.properties[index]
                definition.properties[index].type = Self.mergeTypes(
                    existing.type, fact.type, property: "\(name).\(fact.name)", existingAt: existing.location,
                    newAt: fact.location, diagnostics: &diagnostics)
                if existing.description.isEmpty { definition.properties[index].description = fact.description }
                if existing.isRequired == nil { definition.properties[index].isRequired = fact.isRequired }
                if existing.isNullable == nil { definition.properties[index].isNullable = fact.isNullable }
                if existing.isInferred {
                    definition.properties[index].isInferred = false
                    definition.properties[index].location = fact.location
                }
            } else {
                positions[fact.name] = definition.properties.count
                var property = Property(name: fact.name, type: fact.type, description: fact.description,
                                        isInferred: false, location: fact.location)
                property.isRequired = fact.isRequired
                property.isNullable = fact.isNullable
                definition.properties.append(property)
            }
        }
        store(definition)
    }

    /// Defines or replaces a type wholesale (used for inferred types).
    mutating func set(_ definition: TypeDefinition) { store(definition) }

    /// The one place definitions change, keeping the indexes in step.
    private mutating func store(_ definition: TypeDefinition) {
        if let old = definitions[definition.name] { unindex(old) }
        definitions[definition.name] = definition
        index(definition)
    }

    private mutating func index(_ definition: TypeDefinition) {
        guard definition.origin == .documented else { return }
        signatures[Self.signature(definition), default: []].insert(definition.name)
        for property in definition.properties where property.type == .object && !property.isInferred {
            objectProperties[property.name, default: 0] += 1
        }
    }

    private mutating func unindex(_ definition: TypeDefinition) {
        guard definition.origin == .documented else { return }
        let signature = Self.signature(definition)
        signatures[signature]?.remove(definition.name)
        if signatures[signature]?.isEmpty == true { signatures[signature] = nil }
        for property in definition.properties where property.type == .object && !property.isInferred {
            objectProperties[property.name, default: 0] -= 1
            if objectProperties[property.name] == 0 { objectProperties[property.name] = nil }
        }
    }

    static func signature(_ definition: TypeDefinition) -> Set<String> {
        Set(definition.properties.filter { !$0.isInferred }.map(\.name))
    }

    /// Documented types whose tabled property names are exactly `names`.
    func documentedTypes(withProperties names: Set<String>) -> Set<String> { signatures[names] ?? [] }

    /// Whether some documented type tables `name` as `object` (a dictionary, not a record).
    func isDictionaryName(_ name: String) -> Bool { objectProperties[name] != nil }

    /// Adds a property inferred from a sample to an existing type.
    mutating func addInferred(_ property: Property, to name: String) {
        guard var definition = definitions[name],
              !definition.properties.contains(where: { $0.name == property.name }) else { return }
        definition.properties.append(property)
        store(definition)
    }

    /// Replaces the types of properties (by name) of one type, re-indexing it once: a type with
    /// thousands of properties must not be re-indexed once per property.
    mutating func setTypes(_ types: [String: TypeExpression], in name: String) {
        guard !types.isEmpty, var definition = definitions[name] else { return }
        for index in definition.properties.indices {
            if let type = types[definition.properties[index].name] { definition.properties[index].type = type }
        }
        store(definition)
    }

    /// Renames properties (old name → new) of one type, re-indexing it once.
    mutating func renameProperties(_ names: [String: String], in name: String) {
        guard !names.isEmpty, var definition = definitions[name] else { return }
        for index in definition.properties.indices {
            if let new = names[definition.properties[index].name] { definition.properties[index].name = new }
        }
        store(definition)
    }

    /// A name not yet used, made from `base` by appending 2, 3, … when needed.
    func freshName(_ base: String) -> String {
        guard contains(base) else { return base }
        var counter = 2
        while contains("\(base)\(counter)") { counter += 1 }
        return "\(base)\(counter)"
    }

    /// The merged type of one property documented twice.
    static func mergeTypes(_ existing: TypeExpression, _ new: TypeExpression, property: String,
                           existingAt: SourceLocation, newAt: SourceLocation,
                           diagnostics: inout Diagnostics) -> TypeExpression {
        if existing == new || new == .unknown { return existing }
        if existing == .unknown { return new }
        if case .array(let a) = existing, case .array(let b) = new {
            if a == nil { return new }
            if b == nil { return existing }
        }
        if existing.specificity != new.specificity {
            return existing.specificity > new.specificity ? existing : new
        }
        // `Integer` (unspecified) and `String`-typed enums are refined, not conflicts.
        switch (existing, new) {
        case (.integer(.unspecified), .integer): return new
        case (.integer, .integer(.unspecified)): return existing
        default: break
        }
        diagnostics.warning("'\(property)' is typed \(new.displayName) here but \(existing.displayName) at "
            + "\(existingAt); kept \(existing.displayName)", at: newAt)
        return existing
    }
}
