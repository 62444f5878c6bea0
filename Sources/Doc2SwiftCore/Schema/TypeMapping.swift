/// Applies a config's `typeMappings`: every reference to one docs type name is replaced by another,
/// for docs whose generator printed a wrong name (`RecurrenceInfo` where the value is a `TableRight`).
public enum TypeMapping {
    /// The schema with references rewritten; a mapping whose target is no type of the API is an error.
    public static func apply(_ mappings: [String: String], to schema: APISchema,
                             configLocation: SourceLocation?) -> (APISchema, Diagnostics) {
        var diagnostics = Diagnostics()
        guard !mappings.isEmpty else { return (schema, diagnostics) }
        var valid: [String: String] = [:]
        for (from, to) in mappings.sorted(by: { $0.key < $1.key }) {
            if schema.type(named: to) == nil {
                diagnostics.error("type mapping '\(from)' → '\(to)': API \(schema.name) has no type '\(to)'; map to one "
                    + "of its documented types ('doc2swift schema' lists them)",
                                  at: configLocation)
            } else {
                valid[from] = to
            }
        }
        func map(_ type: TypeExpression) -> TypeExpression {
            switch type {
            case .named(let name): .named(valid[name] ?? name)
            case .array(let element?): .array(map(element))
            default: type
            }
        }
        var result = schema
        for index in result.types.indices {
            for property in result.types[index].properties.indices {
                result.types[index].properties[property].type = map(result.types[index].properties[property].type)
            }
        }
        for index in result.operations.indices {
            if let body = result.operations[index].requestBody { result.operations[index].requestBody?.type = map(body.type) }
            for response in result.operations[index].responses.indices {
                result.operations[index].responses[response].body = result.operations[index].responses[response].body.map(map)
            }
        }
        return (result, diagnostics)
    }
}
