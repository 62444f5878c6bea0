import OrderedJSON

/// Infers types from sample JSON for bodies and types that no table describes.
///
/// Objects become named types (named after their property path), numbers are integers unless
/// a value has a fraction or exponent, strings that all parse as dates are dates, and nulls only
/// make a property optional (every property is optional anyway).
struct SampleInference {
    /// The type registry new object types are added to.
    var registry: TypeRegistry
    /// Where the guessed types came from, for the report and the warnings.
    var location: SourceLocation
    /// Notes on values that could not be typed (mixed kinds, only nulls), for callers to report.
    var notes: [Diagnostic] = []

    /// The type for a set of values seen at the same place.
    /// - Parameters:
    ///   - values: every sample value observed there (nulls included).
    ///   - name: the name to give an object type, made unique if taken.
    mutating func infer(_ values: [JSONNode], name: String) -> TypeExpression {
        let present = values.filter { $0 != .null }
        guard let first = present.first else {
            if !values.isEmpty {
                notes.append(.note("sample values for '\(name)' are all null; its type is left to the docs or "
                    + "JSONValue", at: location))
            }
            return .unknown
        }
        let kinds = Set(present.map(\.kindName))
        guard kinds.count == 1 else {
            // `1` and `1.5` are both numbers; anything else mixed is untyped.
            notes.append(.note("sample values for '\(name)' are of different kinds (\(kinds.sorted().joined(separator: ", "))); "
                + "typed as JSONValue", at: location))
            return .object
        }
        switch first {
        case .null: return .unknown
        case .bool: return .bool
        case .number: return present.allSatisfy(\.isInteger) ? .integer(.unspecified) : .double
        case .string:
            let strings = present.compactMap { node -> String? in
                if case .string(let text) = node { return text }
                return nil
            }
            return strings.allSatisfy(DateText.isDate) ? .dateTime : .string
        case .array:
            let elements = present.flatMap { node -> [JSONNode] in
                if case .array(let items) = node { return items }
                return []
            }
            let element = infer(elements, name: name + "Item")
            return .array(element == .unknown ? nil : element)
        case .object:
            return .named(defineObject(present, name: name))
        }
    }

    /// Defines an object type from sample objects, properties in first-seen order.
    mutating func defineObject(_ objects: [JSONNode], name base: String) -> String {
        let name = registry.freshName(base)
        // Reserve the name first so nested types cannot take it.
        registry.set(TypeDefinition(name: name, description: "", properties: [], origin: .inferred, locations: [location]))
        var order: [String] = []
        var values: [String: [JSONNode]] = [:]
        for case .object(let members) in objects {
            for member in members {
                if values[member.key] == nil { order.append(member.key) }
                values[member.key, default: []].append(member.value)
            }
        }
        var properties: [Property] = []
        for key in order {
            // A sample object under a name the tables type as `object` is a dictionary
            // (`FieldProperties`), not a record whose keys are property names.
            if registry.isDictionaryName(key) {
                properties.append(Property(name: key, type: .object, description: "", isInferred: true, location: location))
                continue
            }
            let type = infer(values[key] ?? [], name: name + SwiftNames.typeName(key))
            properties.append(Property(name: key, type: type == .unknown ? .object : type, description: "",
                                       isInferred: true, location: location))
        }
        registry.set(TypeDefinition(name: name, description: "", properties: properties, origin: .inferred,
                                    locations: [location]))
        return name
    }
}
