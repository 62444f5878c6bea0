import Foundation

extension SchemaBuildState {
    /// The type of a request body. Tabled bodies become named types; the name comes from the
    /// description (`The ContactRelationEntity to be saved.`) or the operation. Bodies without a
    /// table stay `.unknown` until samples are read.
    mutating func resolveRequestBody(_ body: BodyFact, operationID: String, page: PageFacts) -> RequestBody {
        var type = TypeExpression.unknown
        // A body declared by name without a table (`+ Attributes (Coupon Base)`) is that type.
        switch body.declaredType {
        case .named, .array: type = body.declaredType
        default: break
        }
        if body.hasTable && !body.properties.isEmpty {
            let name = Self.entityName(in: body.description)
                ?? structuralMatch(body.properties)
                ?? registry.freshName(Self.baseName(operationID) + "Body")
            registry.merge(name, description: "", properties: body.properties, at: body.location,
                           diagnostics: &diagnostics)
            type = .named(name)
        }
        return RequestBody(parameterName: body.parameterName, type: type, description: body.description,
                           location: body.location)
    }

    /// The type of a response body, registering its table under the declared or derived name.
    mutating func resolveResponseBody(_ body: BodyFact, operationID: String) -> TypeExpression? {
        let tabled = body.hasTable && !body.properties.isEmpty
        switch body.declaredType {
        case .named(let name):
            if tabled {
                registry.merge(name, description: body.description, properties: body.properties, at: body.location,
                               diagnostics: &diagnostics)
            }
            return .named(name)
        case .array(let element):
            guard tabled else { return .array(element) }
            let name = structuralMatch(body.properties) ?? registry.freshName(Self.baseName(operationID) + "Item")
            registry.merge(name, description: body.description, properties: body.properties, at: body.location,
                           diagnostics: &diagnostics)
            return .array(.named(name))
        case .object, .unknown:
            guard tabled else { return body.declaredType == .object ? .object : nil }
            let name = structuralMatch(body.properties)
                ?? registry.freshName(Self.baseName(operationID) + "ResponseBody")
            registry.merge(name, description: body.description, properties: body.properties, at: body.location,
                           diagnostics: &diagnostics)
            return .named(name)
        default:
            if tabled {
                diagnostics.warning("response body is typed \(body.declaredType.displayName) but has a property table; "
                    + "the table is ignored", at: body.location)
            }
            return body.declaredType
        }
    }

    /// A documented type whose property names are exactly these, if there is one.
    func structuralMatch(_ properties: [PropertyFact]) -> String? {
        registry.documentedTypes(withProperties: Set(properties.map(\.name))).min()
    }

    /// The entity a body description names: the first word, after an article, written in
    /// CamelCase with at least two capitals and a lower-case letter (`The ContactRelationEntity to
    /// be saved.`; not `INCLUDE` of `[!INCLUDE table-intro]`).
    static func entityName(in description: String) -> String? {
        var words = description.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        if let first = words.first, ["the", "a", "an"].contains(first.lowercased()) { words.removeFirst() }
        guard var word = words.first else { return nil }
        // Only punctuation after the word: `[!INCLUDE` is markup, not a name.
        while let last = word.last, last.isPunctuation { word.removeLast() }
        let capitals = word.filter(\.isUppercase).count
        guard capitals >= 2, word.first?.isUppercase == true, word.contains(where: \.isLowercase),
              word.allSatisfy({ $0.isLetter || $0.isNumber }) else { return nil }
        return word
    }

    /// `PostContactRelationEntity` for `v1ContactRelationEntity_PostContactRelationEntity`.
    static func baseName(_ operationID: String) -> String {
        let last = operationID.split(separator: "_").last.map(String.init) ?? operationID
        return last.isEmpty ? operationID : last
    }
}
