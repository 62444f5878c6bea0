/// Objects pages define once (`TypeDefinitionFact`), and the references that name them.
extension SchemaBuildState {
    /// Registers every page's defined objects as documented types, before any operation is read,
    /// so that bodies and samples can be typed as them.
    mutating func addDefinitions(_ page: PageFacts) {
        for link in page.typeLinks {
            typeLinks[Self.referenceKey(link.text), default: []].append(link)
            rowLinks[Self.row(of: link.location), default: []].append(link)
        }
        for definition in page.typeDefinitions {
            for anchor in definition.anchors { definitionAnchors[anchor, default: []].insert(definition.name) }
            if let values = definition.values {
                // A value table defines no object: references to its name become the enumeration.
                enumerations[Self.referenceKey(definition.name)] = values
                // A link to a page means the object it defines, whatever integer tables it also holds.
                if case .enumeration = values {
                    pageDefinitions[TypeLink.pageKey(page.relativePath), default: []].insert(definition.name)
                }
                continue
            }
            pageDefinitions[TypeLink.pageKey(page.relativePath), default: []].insert(definition.name)
            if let alias = definition.aliasOf {
                aliases[Self.referenceKey(definition.name)] = alias
                aliasLocations[Self.referenceKey(definition.name)] = definition.location
                continue
            }
            addExamples(of: definition)
            if let base = definition.baseName { bases[definition.name] = base }
            registry.merge(definition.name, description: definition.description, properties: definition.properties,
                           at: definition.location, diagnostics: &diagnostics)
            definedNames[Self.referenceKey(definition.name), default: []].insert(definition.name)
        }
    }

    /// `channel`, `Channel`, `thread_member` and `ThreadMember` name one object: letters and
    /// digits, lower-cased.
    static func referenceKey(_ name: String) -> String {
        String(name.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    /// The defined object a reference means when it does not spell the name exactly (a link's
    /// text `channel` for the object `Channel`); nil when none or more than one fits.
    func definedName(for reference: String) -> String? {
        guard !registry.contains(reference), let names = definedNames[Self.referenceKey(reference)],
              names.count == 1 else { return nil }
        return names.first
    }

    /// The definition the links written with a reference lead to (`[tag](#…/forum-tag-object)`:
    /// the object whose heading has that anchor; `[todoTask](todotask.md)`: the one object that
    /// page defines); nil when they lead nowhere or to more than one definition.
    func linkedName(for reference: String) -> String? {
        guard let links = typeLinks[Self.referenceKey(reference)] else { return nil }
        var names: Set<String> = []
        for link in links {
            if let anchor = link.anchor, let found = definitionAnchors[anchor], found.count == 1 {
                names.formUnion(found)
            } else if let page = link.page, let found = pageDefinitions[page], found.count == 1 {
                names.formUnion(found)
            }
        }
        return names.count == 1 ? names.first : nil
    }

    /// The row a location is on: its file and line (a table row is one line).
    static func row(of location: SourceLocation) -> SourceLocation {
        SourceLocation(file: location.file, line: location.line, column: 0)
    }

    /// What a scalar typed `integer` or `string` means when its row links to a value table of that
    /// kind (`type | integer | the [type of channel](#…/channel-object-channel-types)`): the table's
    /// enumeration or flags, also inside an array. Nil when the row links to none, or to several.
    func linkedValues(for type: TypeExpression, at location: SourceLocation) -> TypeExpression? {
        if case .array(let element?) = type { return linkedValues(for: element, at: location).map { .array($0) } }
        let fits: (TypeExpression) -> Bool
        switch type {
        case .integer: fits = { if case .enumeration = $0 { false } else { true } }
        case .string: fits = { if case .enumeration = $0 { true } else { false } }
        default: return nil
        }
        guard let links = rowLinks[Self.row(of: location)] else { return nil }
        var found: Set<TypeExpression> = []
        for link in links {
            guard let anchor = link.anchor, let names = definitionAnchors[anchor], names.count == 1,
                  let name = names.first, !registry.contains(name),
                  let values = enumerations[Self.referenceKey(name)], fits(values) else { continue }
            found.insert(values)
        }
        return found.count == 1 ? found.first : nil
    }

    /// Gives each object that extends another (`Coupon` of `Coupon Base`) the base's properties it
    /// does not list itself, after its own, in the base's order.
    mutating func applyBases() {
        for (name, base) in bases.sorted(by: { $0.key < $1.key }) {
            guard let baseName = registry.contains(base) ? base : definedName(for: base),
                  let baseDefinition = registry[baseName], let definition = registry[name] else {
                diagnostics.warning("'\(name)' extends '\(base)', which no page defines; only its own members are "
                    + "known", at: registry[name]?.locations.first)
                continue
            }
            let inherited = baseDefinition.properties.filter { property in
                !definition.properties.contains { $0.name == property.name }
            }.map { property in
                var fact = PropertyFact(name: property.name, type: property.type, description: property.description,
                                        location: property.location)
                fact.isRequired = property.isRequired
                fact.isNullable = property.isNullable
                return fact
            }
            registry.merge(name, description: "", properties: inherited, at: baseDefinition.locations.first
                ?? definition.locations[0], diagnostics: &diagnostics)
        }
    }

    /// Rewrites every reference to a defined object to that object's exact name.
    mutating func resolveDefinedNames() {
        applyBases()
        guard !definedNames.isEmpty || !enumerations.isEmpty || !aliases.isEmpty else { return }
        // Aliases met on the way to a type: one that stands for itself (`Coupon` as `array[Coupon]`)
        // stops there instead of expanding for ever.
        var expanding: Set<String> = []
        var cyclic: Set<String> = []
        func resolve(_ type: TypeExpression, followingLinks: Bool = true) -> TypeExpression {
            switch type {
            case .named(let name):
                if !registry.contains(name), let values = enumerations[Self.referenceKey(name)] { return values }
                let key = Self.referenceKey(name)
                if !registry.contains(name), let alias = aliases[key] {
                    guard expanding.insert(key).inserted else {
                        cyclic.insert(key)
                        return type
                    }
                    defer { expanding.remove(key) }
                    return resolve(alias)
                }
                if let defined = definedName(for: name) { return .named(defined) }
                // A name that spells no definition (`tag` for `Forum Tag`) is what its links lead to.
                if followingLinks, !registry.contains(name), let linked = linkedName(for: name) {
                    return resolve(.named(linked), followingLinks: false)
                }
                return type
            case .array(let element?): return .array(resolve(element, followingLinks: followingLinks))
            case .union(let members): return .union(members.map { resolve($0, followingLinks: followingLinks) })
            default: return type
            }
        }
        for definition in registry.definitions.values.sorted(by: { $0.name < $1.name }) {
            var resolved: [String: TypeExpression] = [:]
            for property in definition.properties {
                var type = resolve(property.type)
                if !property.isInferred, let values = linkedValues(for: type, at: property.location) { type = values }
                if type != property.type { resolved[property.name] = type }
            }
            if !resolved.isEmpty { registry.setTypes(resolved, in: definition.name) }
        }
        var resolvedOperations = operations
        for index in resolvedOperations.indices {
            for parameter in resolvedOperations[index].parameters.indices {
                let written = resolvedOperations[index].parameters[parameter]
                let type = resolve(written.type)
                resolvedOperations[index].parameters[parameter].type = linkedValues(for: type, at: written.location) ?? type
            }
            if let body = resolvedOperations[index].requestBody {
                resolvedOperations[index].requestBody?.type = resolve(body.type)
            }
            for response in resolvedOperations[index].responses.indices {
                let body = resolvedOperations[index].responses[response].body
                resolvedOperations[index].responses[response].body = body.map { resolve($0) }
            }
        }
        operations = resolvedOperations
        for key in cyclic.sorted() {
            diagnostics.warning("'\(key)' is defined as standing for \(aliases[key]?.displayName ?? "itself"), which "
                + "names it again; references to it are left unresolved", at: aliasLocations[key])
        }
    }
}
