import OrderedJSON

/// Assembles the OpenAPI 3.1 document of one API: info, servers, paths and component schemas.
enum OpenAPIDocument {
    /// The OpenAPI version written; the document uses nothing newer than 3.1.0.
    static let openAPIVersion = "3.1.0"
    /// The docs state no API version, and `info.version` is required.
    static let apiVersion = "unversioned"
    /// The operation keys of a Path Item Object.
    static let methods: Set<String> = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    /// The document, the number of operations it holds, and diagnostics for what it could not hold.
    static func build(_ schema: APISchema) -> (document: JSONNode, operationCount: Int, diagnostics: Diagnostics) {
        var diagnostics = Diagnostics()
        let defined = Set(schema.types.map(\.name))
        let undefined = schema.referencedTypeNames.subtracting(defined).sorted()
        for name in undefined {
            diagnostics.warning("\(schema.name): type '\(name)' is referenced but never defined; exported as an open object",
                                at: nil)
        }
        let names = OpenAPIComponentNames(names: defined.union(undefined))
        let mapping = OpenAPIOperationMapping(names: names)

        let placed = placedOperations(schema, diagnostics: &diagnostics)
        let servers = Set(placed.compactMap(\.path.server)).sorted()
        var pathItems: [String: [JSONMember]] = [:]
        for (operation, path, method) in placed {
            let ownServers = servers.count > 1 ? path.server.map { [$0] } : nil
            let (node, found) = mapping.operation(operation, template: path.template, servers: ownServers)
            diagnostics.append(contentsOf: found)
            pathItems[path.key, default: []].append(JSONMember(key: method, value: node))
        }

        var components = schema.types.map { definition in
            JSONMember(key: names.key(for: definition.name), value: OpenAPISchemaMapping.schema(for: definition, names: names))
        }
        components += undefined.map { JSONMember(key: names.key(for: $0), value: OpenAPISchemaMapping.placeholderSchema(named: $0)) }

        let document = OpenAPIJSON.object([
            ("openapi", .string(openAPIVersion)),
            ("info", info(schema, operationCount: placed.count)),
            ("servers", servers.isEmpty ? nil : .array(servers.map(\.node))),
            ("paths", .object(pathItems.sorted { $0.key < $1.key }.map { JSONMember(key: $0.key, value: .object($0.value)) })),
            ("components", components.isEmpty ? nil : .object([JSONMember(key: "schemas", value: .object(components))])),
        ])
        return (document, placed.count, diagnostics)
    }

    /// The operations that get a place in `paths`, in schema order, with their path and method key.
    ///
    /// OpenAPI holds one operation per method and path, yet RPC-style docs send every action to one
    /// endpoint (`POST /`) and others document variants of one endpoint on separate pages. Operations
    /// that share a method and path (paths differing only in placeholder names count as the same,
    /// as OpenAPI treats them) are each keyed `path#id`: the fragment keeps them apart in the
    /// document, and clients never send it, so the request still goes to the documented path.
    /// Methods OpenAPI has no field for are left out with a warning.
    static func placedOperations(_ schema: APISchema, diagnostics: inout Diagnostics)
        -> [(operation: Operation, path: OpenAPIPath, method: String)] {
        var placed: [(operation: Operation, path: OpenAPIPath, method: String)] = []
        for operation in schema.operations {
            let method = operation.method.lowercased()
            guard methods.contains(method) else {
                diagnostics.warning("method \(operation.method) has no place in OpenAPI 3.1; operation '\(operation.id)' "
                    + "left out of the OpenAPI document", at: operation.location)
                continue
            }
            placed.append((operation, OpenAPIPaths.split(operation.path), method))
        }
        let sharing = Dictionary(grouping: placed.indices) {
            "\(placed[$0].method) \(OpenAPIPaths.shape(of: placed[$0].path.template))"
        }
        var taken = Set(placed.map { "\($0.method) \($0.path.key)" })
        for (_, indices) in sharing.sorted(by: { $0.key < $1.key }) where indices.count > 1 {
            for index in indices {
                // Ids are unique, but two may sanitise alike; a counter keeps every key unique.
                let base = OpenAPIComponentNames.sanitized(placed[index].operation.id)
                var fragment = base
                var counter = 2
                while taken.contains("\(placed[index].method) \(placed[index].path.template)#\(fragment)") {
                    fragment = "\(base)_\(counter)"
                    counter += 1
                }
                placed[index].path.fragment = fragment
                taken.insert("\(placed[index].method) \(placed[index].path.key)")
                diagnostics.note("\(placed[index].method.uppercased()) \(placed[index].path.template) is documented by "
                    + "\(indices.count) operations; this one is "
                    + "exported at '\(placed[index].path.key)'", at: placed[index].operation.location)
            }
        }
        return placed
    }

    /// The Info Object. The description says where the document came from and what the extensions mean.
    static func info(_ schema: APISchema, operationCount: Int) -> JSONNode {
        let inferred = schema.types.filter { $0.origin == .inferred }.count
        let description = """
            Recovered by doc2swift from the \(schema.name) markdown reference pages: \(operationCount) operations, \
            \(schema.types.count) types (\(inferred) inferred from samples). Schemas, properties and responses marked \
            `x-doc2swift-inferred` come from sample JSON rather than a documented table; `x-doc2swift-source` gives \
            the page and line each item was read from.
            """
        return OpenAPIJSON.object([
            ("title", .string(schema.name)),
            ("version", .string(apiVersion)),
            ("description", .string(description)),
        ])
    }
}
