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
        let result = schema.renamingReferences(valid)
        return (result, diagnostics)
    }
}
