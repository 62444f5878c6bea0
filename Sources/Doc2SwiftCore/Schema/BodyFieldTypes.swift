/// A request table that lists the fields a create or update sets, without types (`| Field | Notes |`),
/// sets fields of the object the operation returns: a field the returned object documents takes
/// that type, so that `subject` is a string rather than untyped JSON.
extension SchemaBuildState {
    mutating func typeBodyFieldsFromResponses() {
        for operation in operations {
            guard case .named(let bodyName)? = operation.requestBody?.type, let body = registry[bodyName] else { continue }
            let untyped = body.properties.filter { $0.type == .unknown && !$0.isInferred }
            guard !untyped.isEmpty else { continue }
            var found: TypeDefinition?
            for response in operation.responses where (200..<300).contains(response.status) {
                guard case .named(let name)? = response.body, name != bodyName,
                      let definition = registry[name], definition.origin == .documented else { continue }
                found = definition
                break
            }
            guard let returned = found else { continue }
            var types: [String: TypeExpression] = [:]
            for property in untyped {
                guard let match = returned.properties.first(where: { $0.name == property.name && !$0.isInferred }),
                      match.type != .unknown else { continue }
                types[property.name] = match.type
                diagnostics.note("'\(bodyName).\(property.name)' has no documented type; typed \(match.type.displayName) "
                    + "as in \(returned.name), which the operation returns", at: property.location)
            }
            registry.setTypes(types, in: bodyName)
        }
    }
}
