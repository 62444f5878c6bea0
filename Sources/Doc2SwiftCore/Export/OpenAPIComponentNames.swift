/// The `components/schemas` key of every type name the docs use.
///
/// OpenAPI allows only `A-Z a-z 0-9 . _ -` in component keys, while the docs may name a type with
/// any letter; other characters become `_`. A key wanted twice gets `_2`, `_3`, … in name order,
/// so the mapping is the same on every run.
struct OpenAPIComponentNames: Sendable {
    /// Type name → component key.
    private(set) var keys: [String: String] = [:]

    init(names: some Sequence<String>) {
        var taken = Set<String>()
        for name in Set(names).sorted() {
            let base = Self.sanitized(name)
            var key = base
            var counter = 2
            while !taken.insert(key).inserted {
                key = "\(base)_\(counter)"
                counter += 1
            }
            keys[name] = key
        }
    }

    /// The key of `name`; a name never registered is sanitised on the spot.
    func key(for name: String) -> String { keys[name] ?? Self.sanitized(name) }

    /// The `$ref` target of `name`. Keys hold no `~` or `/`, so no JSON Pointer escaping is needed.
    func reference(to name: String) -> String { "#/components/schemas/" + key(for: name) }

    /// `name` with every character outside `A-Z a-z 0-9 . _ -` replaced by `_`.
    static func sanitized(_ name: String) -> String {
        let allowed = name.unicodeScalars.map { scalar -> Character in
            switch scalar {
            case "A"..."Z", "a"..."z", "0"..."9", ".", "_", "-": Character(scalar)
            default: "_"
            }
        }
        return allowed.isEmpty ? "_" : String(allowed)
    }
}

extension APISchema {
    /// Every type name referenced by an operation or a property, defined or not.
    var referencedTypeNames: Set<String> {
        var names = Set<String>()
        for operation in operations {
            operation.parameters.forEach { names.formUnion($0.type.referencedTypeNames) }
            if let body = operation.requestBody { names.formUnion(body.type.referencedTypeNames) }
            operation.responses.forEach { names.formUnion($0.body?.referencedTypeNames ?? []) }
        }
        for definition in types {
            definition.properties.forEach { names.formUnion($0.type.referencedTypeNames) }
        }
        return names
    }
}

extension TypeExpression {
    /// The entity names this type mentions, looking inside arrays.
    var referencedTypeNames: Set<String> {
        switch self {
        case .named(let name): [name]
        case .array(let element?): element.referencedTypeNames
        case .union(let members): members.reduce(into: []) { $0.formUnion($1.referencedTypeNames) }
        default: []
        }
    }
}
