/// Merges inferred types that have the same shape, so that one object the docs show in many
/// samples becomes one type, not one per operation (`GetIssueResponseBodyUser`,
/// `ListCommentsResponseBodyItemUser`, … → `User`).
///
/// Rules, applied until nothing changes (merging children can make their parents identical):
/// - Two types have the same shape when they have the same property names, each with the same
///   type (references compared after earlier merges), required and nullable marks. Order and
///   descriptions do not count. Types without properties never merge: `{}` says nothing.
/// - Only types named after where a sample showed them merge. Documented types, and inferred
///   types whose name the docs gave (a table's type cell), keep their names and are never merged
///   with one another: two documented objects of one shape are still two concepts.
/// - An inferred type shaped exactly like one documented object is that object. A documented
///   type that is only some operation's request body is no object of its own and absorbs nothing.
/// - Otherwise inferred types merge when they also hold the same place: the property they are
///   the value of (`user`, `owner`; `labels` items) or, for bodies, no property. The merged type
///   is named after that property (`User`, `LabelsItem`); a body after the words its members'
///   names share (`CommonTypeName`: `GetWikiPageResponseBody`, `ListWikiPagesResponseBodyItem` →
///   `WikiPage`); when another type has that name, or there is none, after its shortest member.
struct IdenticalTypeMerger {
    /// Inferred types whose name comes from the docs rather than a sample's property path.
    var namedByDocs: Set<String> = []

    /// The shape two types must share to merge.
    struct Shape: Hashable {
        struct Member: Hashable {
            var name: String
            var type: TypeExpression
            var isRequired: Bool?
            var isNullable: Bool?
        }
        var members: [Member]

        init(_ definition: TypeDefinition) {
            members = definition.properties
                .map { Member(name: $0.name, type: $0.type, isRequired: $0.isRequired, isNullable: $0.isNullable) }
                .sorted { $0.name < $1.name }
        }
    }

    /// The schema with identical types merged, and a note for each merge.
    func merge(_ input: APISchema) -> (APISchema, Diagnostics) {
        var schema = input
        var diagnostics = Diagnostics()
        while true {
            let merges = nextMerges(in: schema)
            if merges.isEmpty { break }
            var names: [String: String] = [:]
            var byName = Dictionary(schema.types.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
            for merge in merges {
                for member in merge.members { names[member] = merge.name }
                let members = merge.members.compactMap { byName[$0] }
                // An absorbing object stays as documented; merged samples keep the shortest-named
                // member's property order and every member's locations.
                var merged = byName[merge.name] ?? members.min { ($0.name.count, $0.name) < ($1.name.count, $1.name) }!
                if !merge.absorbed {
                    merged.name = merge.name
                    merged.locations = Self.unique(members.flatMap(\.locations))
                }
                for member in merge.members { byName[member] = nil }
                byName[merge.name] = merged
                let shown = merge.members.sorted()
                let listed = shown.prefix(6).joined(separator: ", ") + (shown.count > 6 ? ", …" : "")
                let how = merge.absorbed ? "have the properties of \(merge.name); typed as it"
                    : "have the same properties; merged as \(merge.name)"
                diagnostics.note("\(merge.members.count) inferred types (\(listed)) \(how)",
                                 at: members.flatMap(\.locations).min())
            }
            schema.types = byName.values.sorted { $0.name < $1.name }
            schema = schema.renamingReferences(names)
        }
        return (schema, diagnostics)
    }

    /// One set of types to merge under one name.
    struct Merge {
        var members: [String]
        var name: String
        /// True when the members become an existing documented type.
        var absorbed: Bool
    }

    /// The merges one round finds, in a stable order; empty when every shape is unique.
    func nextMerges(in schema: APISchema) -> [Merge] {
        let places = self.places(in: schema)
        // Documented objects by shape; a shape two of them share absorbs nothing.
        var objects: [Shape: [String]] = [:]
        for definition in schema.types where !isMergeable(definition) && !definition.properties.isEmpty
            && places[definition.name] != [Self.requestBodyPlace] {
            objects[Shape(definition), default: []].append(definition.name)
        }
        struct Key: Hashable { var shape: Shape; var place: String }
        var groups: [Key: [String]] = [:]
        var absorbed: [String: [String]] = [:]
        for definition in schema.types where isMergeable(definition) && !definition.properties.isEmpty {
            let shape = Shape(definition)
            if let owners = objects[shape], owners.count == 1 {
                absorbed[owners[0], default: []].append(definition.name)
                continue
            }
            let place = places[definition.name]?.sorted().joined(separator: "|") ?? ""
            groups[Key(shape: shape, place: place), default: []].append(definition.name)
        }
        var merges = absorbed.keys.sorted().map { Merge(members: absorbed[$0]!.sorted(), name: $0, absorbed: true) }
        var taken = Set(schema.types.map { $0.name.lowercased() })
        let candidates = groups.filter { $0.value.count > 1 }
            .map { (place: $0.key.place, members: $0.value.sorted()) }
            .sorted { ($0.place, $0.members[0]) < ($1.place, $1.members[0]) }
        for group in candidates {
            for member in group.members { taken.remove(member.lowercased()) }
            let shortest = group.members.min { ($0.count, $0) < ($1.count, $1) }!
            let single = places[group.members[0]].flatMap { $0.count == 1 ? $0.first : nil }
            // A property's value is named after the property; a body after what its operations share.
            var choices: [String] = []
            let isBody = group.place.split(separator: "|").allSatisfy {
                $0 == Self.requestBodyPlace || $0 == Self.operationPlace
            }
            if isBody {
                if let common = CommonTypeName.of(group.members) { choices.append(common) }
            } else if let single {
                choices.append(single)
            }
            let name = choices.first { !taken.contains($0.lowercased()) } ?? shortest
            taken.insert(name.lowercased())
            merges.append(Merge(members: group.members, name: name, absorbed: false))
        }
        return merges
    }

    func isMergeable(_ definition: TypeDefinition) -> Bool {
        definition.origin == .inferred && !namedByDocs.contains(definition.name)
    }

    /// Where a type is the value of a property: the property's type name, `Item` per array level.
    static func placeName(property: String, depth: Int) -> String {
        SwiftNames.typeName(property) + String(repeating: "Item", count: depth)
    }

    static let requestBodyPlace = "(request body)"
    static let operationPlace = "(operation)"

    /// For every referenced type, the places that refer to it.
    func places(in schema: APISchema) -> [String: Set<String>] {
        var places: [String: Set<String>] = [:]
        func add(_ type: TypeExpression?, _ place: (Int) -> String) {
            guard let (name, depth) = type?.referencedName else { return }
            places[name, default: []].insert(place(depth))
        }
        for definition in schema.types {
            for property in definition.properties {
                add(property.type) { Self.placeName(property: property.name, depth: $0) }
            }
        }
        for operation in schema.operations {
            for parameter in operation.parameters { add(parameter.type) { _ in Self.operationPlace } }
            add(operation.requestBody?.type) { _ in Self.requestBodyPlace }
            for member in operation.requestBody?.envelope?.members ?? [] {
                add(member.type) { Self.placeName(property: member.name, depth: $0) }
            }
            for response in operation.responses { add(response.body) { _ in Self.operationPlace } }
        }
        return places
    }

    static func unique(_ locations: [SourceLocation]) -> [SourceLocation] {
        var seen: Set<SourceLocation> = []
        return locations.filter { seen.insert($0).inserted }
    }
}
