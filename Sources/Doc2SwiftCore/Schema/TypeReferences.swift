/// Every place a schema names a type, and rewriting them: the one walk that renames types, so that
/// a new place that holds a type (a parameter, an envelope member) cannot be missed by one caller.
extension TypeExpression {
    /// The expression with every type name found in `names` replaced by its value.
    func renamingTypes(_ names: [String: String]) -> TypeExpression {
        switch self {
        case .named(let name): .named(names[name] ?? name)
        case .array(let element?): .array(element.renamingTypes(names))
        case .union(let members): .union(members.map { $0.renamingTypes(names) })
        default: self
        }
    }

    /// The named type the expression refers to, through arrays, and how many arrays deep.
    var referencedName: (name: String, depth: Int)? {
        switch self {
        case .named(let name): (name, 0)
        case .array(let element?): element.referencedName.map { ($0.name, $0.depth + 1) }
        default: nil
        }
    }
}

extension APISchema {
    /// The schema with every reference to a type in `names` (properties, parameters, bodies,
    /// envelope members, responses) pointing at the type it maps to. Definitions keep their names.
    func renamingReferences(_ names: [String: String]) -> APISchema {
        guard !names.isEmpty else { return self }
        var result = self
        for index in result.types.indices {
            for property in result.types[index].properties.indices {
                result.types[index].properties[property].type.rename(names)
            }
        }
        for index in result.operations.indices {
            result.operations[index].renameReferences(names)
        }
        return result
    }
}

extension Operation {
    /// Points every type reference of the operation at the type `names` maps it to.
    mutating func renameReferences(_ names: [String: String]) {
        for index in parameters.indices { parameters[index].type.rename(names) }
        requestBody?.type.rename(names)
        if let members = requestBody?.envelope?.members.indices {
            for index in members { requestBody?.envelope?.members[index].type.rename(names) }
        }
        for index in responses.indices { responses[index].body?.rename(names) }
    }
}

extension TypeExpression {
    mutating func rename(_ names: [String: String]) { self = renamingTypes(names) }
}

extension APISchema {
    /// Every union the schema's properties, parameters and bodies use, in a stable order.
    var unions: [[TypeExpression]] {
        var found = Set<[TypeExpression]>()
        func collect(_ type: TypeExpression) {
            switch type {
            case .union(let members):
                found.insert(members)
                members.forEach(collect)
            case .array(let element?): collect(element)
            default: break
            }
        }
        for definition in types { definition.properties.forEach { collect($0.type) } }
        for operation in operations {
            operation.parameters.forEach { collect($0.type) }
            operation.requestBody.map { collect($0.type) }
            operation.responses.compactMap(\.body).forEach(collect)
        }
        return found.sorted { $0.map(\.displayName).joined(separator: "|") < $1.map(\.displayName).joined(separator: "|") }
    }
}
