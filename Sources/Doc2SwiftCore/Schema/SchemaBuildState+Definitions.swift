/// Objects pages define once (`TypeDefinitionFact`), and the references that name them.
extension SchemaBuildState {
    /// Registers every page's defined objects as documented types, before any operation is read,
    /// so that bodies and samples can be typed as them.
    mutating func addDefinitions(_ page: PageFacts) {
        for definition in page.typeDefinitions {
            if let values = definition.enumerationValues {
                // A value table defines no object: references to its name become the enumeration.
                enumerations[Self.referenceKey(definition.name)] = values
                continue
            }
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

    /// Rewrites every reference to a defined object to that object's exact name.
    mutating func resolveDefinedNames() {
        guard !definedNames.isEmpty || !enumerations.isEmpty else { return }
        func resolve(_ type: TypeExpression) -> TypeExpression {
            switch type {
            case .named(let name):
                if !registry.contains(name), let values = enumerations[Self.referenceKey(name)] {
                    return .enumeration(values)
                }
                return definedName(for: name).map { .named($0) } ?? type
            case .array(let element?): return .array(resolve(element))
            default: return type
            }
        }
        for definition in registry.definitions.values.sorted(by: { $0.name < $1.name }) {
            var resolved: [String: TypeExpression] = [:]
            for property in definition.properties {
                let type = resolve(property.type)
                if type != property.type { resolved[property.name] = type }
            }
            if !resolved.isEmpty { registry.setTypes(resolved, in: definition.name) }
        }
        var resolvedOperations = operations
        for index in resolvedOperations.indices {
            if let body = resolvedOperations[index].requestBody {
                resolvedOperations[index].requestBody?.type = resolve(body.type)
            }
            for response in resolvedOperations[index].responses.indices {
                let body = resolvedOperations[index].responses[response].body
                resolvedOperations[index].responses[response].body = body.map(resolve)
            }
        }
        operations = resolvedOperations
    }
}
