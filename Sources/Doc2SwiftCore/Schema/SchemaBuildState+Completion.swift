import OrderedJSON

extension SchemaBuildState {
    /// Defines referenced-but-untabled types from their sample values, adds sample keys the tables
    /// missed, and types untyped properties. Returns whether anything changed.
    mutating func completeTypes(with observations: [String: [SampleObservation]]) -> Bool {
        var changed = false
        for name in observations.keys.sorted() {
            let seen = observations[name] ?? []
            guard registry.contains(name) else {
                let defined = inferring(at: seen[0].location) { $0.defineObject(seen.map(\.node), name: name) }
                namedByDocs.insert(defined)
                diagnostics.warning("type '\(name)' is never documented in a table; its properties are inferred "
                    + "from \(seen.count) sample value(s) (first at \(seen[0].path))", at: seen[0].location)
                changed = true
                continue
            }
            if adoptSampleSpelling(seen, of: name) { changed = true }
            guard let definition = registry[name] else { continue }
            let fitting = seen.filter { !isMismatch($0, definition) }
            for observation in seen where isMismatch(observation, definition) {
                reportMismatch(observation, definition)
            }
            changed = addMissingProperties(from: fitting, to: definition) || changed
            changed = typeUntypedProperties(from: fitting, in: name) || changed
        }
        return changed
    }

    /// A sample object sharing no key with a documented type is not that type: the table's type name is wrong.
    func isMismatch(_ observation: SampleObservation, _ definition: TypeDefinition) -> Bool {
        guard definition.origin == .documented, !openTypes.contains(definition.name),
              case .object(let members) = observation.node, !members.isEmpty
        else { return false }
        let documented = Set(definition.properties.filter { !$0.isInferred }.map(\.name))
        return !documented.isEmpty && documented.isDisjoint(with: members.map(\.key))
    }

    mutating func reportMismatch(_ observation: SampleObservation, _ definition: TypeDefinition) {
        guard case .object(let members) = observation.node, sampleIssues[observation.sample] == nil else { return }
        let keys = members.map(\.key)
        let better = registry.definitions.values
            .filter { $0.name != definition.name && $0.origin == .documented }
            .filter { Set(keys).isSubset(of: $0.properties.map(\.name)) }
            .map(\.name).min()
        let hint = better.map { "; it looks like \($0)" } ?? ""
        let shown = keys.prefix(4).joined(separator: ", ")
        let reason = "the value at \(observation.path) has none of the properties of \(definition.name) "
            + "(it has \(shown))\(hint)"
        diagnostics.warning("sample does not match the documented type: \(reason) (\(definition.name) is documented at "
            + "\(definition.locations[0])); sample not tested", at: observation.location)
        sampleIssues[observation.sample] = reason
    }

    /// Adds keys that samples show but the table lacks, so that decoding keeps them.
    mutating func addMissingProperties(from observations: [SampleObservation], to definition: TypeDefinition) -> Bool {
        var order: [String] = []
        var values: [String: [(JSONNode, SourceLocation)]] = [:]
        let known = Set(definition.properties.map(\.name))
        for observation in observations {
            guard case .object(let members) = observation.node else { continue }
            for member in members where !known.contains(member.key) {
                if values[member.key] == nil { order.append(member.key) }
                values[member.key, default: []].append((member.value, Self.offset(observation.bodyStart, member)))
            }
        }
        for key in order {
            let seen = values[key] ?? []
            var type = inferring(at: seen[0].1) { $0.infer(seen.map(\.0), name: definition.name + SwiftNames.typeName(key)) }
            if type == .unknown { type = .object }
            registry.addInferred(Property(name: key, type: type, description: "", isInferred: true, location: seen[0].1),
                                 to: definition.name)
            if openTypes.contains(definition.name) {
                diagnostics.note("sample property '\(key)' is not in the parameter list of \(definition.name); "
                    + "added as \(type.displayName) from the sample", at: seen[0].1)
                continue
            }
            let verb = definition.origin == .documented ? "is not in the table of" : "is added to"
            diagnostics.warning("sample property '\(key)' \(verb) \(definition.name); added as \(type.displayName) "
                + "from the sample", at: seen[0].1)
        }
        return !order.isEmpty
    }

    /// Properties with an empty type cell (or a bare `array`) take their type from sample values.
    mutating func typeUntypedProperties(from observations: [SampleObservation], in name: String) -> Bool {
        guard let definition = registry[name] else { return false }
        var inferred: [String: TypeExpression] = [:]
        for property in definition.properties where property.type == .unknown || property.type == .array(nil) {
            let values = observations.compactMap { $0.node[property.name] }
            let type = inferring(at: property.location) { $0.infer(values, name: name + SwiftNames.typeName(property.name)) }
            guard type != .unknown, type != property.type else { continue }
            inferred[property.name] = type
            diagnostics.note("'\(name).\(property.name)' has no documented type; typed \(type.displayName) from samples",
                             at: property.location)
        }
        // Property types take no part in matching samples to types, so setting them together is
        // the same as one by one.
        registry.setTypes(inferred, in: name)
        return !inferred.isEmpty
    }

    /// Anything still open after samples becomes `JSONValue`, with a warning per type.
    mutating func replaceUnresolvedTypes() {
        var reported = Set<String>()
        func resolve(_ type: TypeExpression, at location: SourceLocation, what: String) -> TypeExpression {
            switch type {
            case .named(let name) where !registry.contains(name):
                if reported.insert(name).inserted {
                    // A linked name says where the docs meant it to be defined.
                    let link = typeLinks[Self.referenceKey(name)]?.first.map {
                        "; its link (\($0.target), at \($0.location)) leads to no definition of this API"
                    } ?? ""
                    diagnostics.warning("type '\(name)' is referenced but never documented, and no sample shows it"
                        + "\(link); typed as JSONValue", at: location)
                }
                return .object
            case .unknown:
                diagnostics.warning("\(what) has no documented type and no sample value; typed as JSONValue", at: location)
                return .object
            case .array(nil):
                return .array(.object)
            case .array(let element?):
                return .array(resolve(element, at: location, what: what))
            case .union(let members):
                return .union(members.map { resolve($0, at: location, what: what) })
            default:
                return type
            }
        }
        for definition in registry.definitions.values.sorted(by: { $0.name < $1.name }) {
            var resolved: [String: TypeExpression] = [:]
            for property in definition.properties {
                let type = resolve(property.type, at: property.location, what: "'\(definition.name).\(property.name)'")
                if type != property.type { resolved[property.name] = type }
            }
            registry.setTypes(resolved, in: definition.name)
        }
        for index in operations.indices {
            let operation = operations[index]
            if let body = operation.requestBody {
                operations[index].requestBody?.type = resolve(body.type, at: body.location, what: "the request body")
            }
            for (responseIndex, response) in operation.responses.enumerated() {
                if let body = response.body {
                    operations[index].responses[responseIndex].body = resolve(
                        body, at: operation.location, what: "the \(response.status) response body")
                }
            }
            for (parameterIndex, parameter) in operation.parameters.enumerated() {
                operations[index].parameters[parameterIndex].type = resolve(
                    parameter.type == .unknown ? .string : parameter.type, at: parameter.location,
                    what: "parameter '\(parameter.name)'")
            }
        }
    }
}
