import OrderedJSON

/// Turns the docs' types into JSON Schema (the OpenAPI 3.1 dialect).
///
/// The mapping follows what the generated Swift reads and writes, so the document describes the
/// same wire format as the SDK: open enums are strings, bytes inside JSON are base64 text, and
/// `object` (which the SDK keeps as `JSONValue`) is an object of any members.
enum OpenAPISchemaMapping {
    /// The extension that marks what came from samples rather than a table.
    static let inferredKey = "x-doc2swift-inferred"
    /// The extension that points at the page row a value came from (`file:line`).
    static let sourceKey = "x-doc2swift-source"
    /// The names the docs give an integer enumeration's values, in the order of `enum`.
    static let namesKey = "x-enum-varnames"
    /// The bit flags a value combines, by name.
    static let flagsKey = "x-doc2swift-flags"

    /// The schema of a value of type `type`.
    static func schema(for type: TypeExpression, names: OpenAPIComponentNames) -> JSONNode {
        switch type {
        case .string:
            return OpenAPIJSON.object([("type", .string("string"))])
        case .integer(let width):
            return OpenAPIJSON.object([("type", .string("integer")), ("format", integerFormat(width))])
        case .double:
            return OpenAPIJSON.object([("type", .string("number")), ("format", .string("double"))])
        case .bool:
            return OpenAPIJSON.object([("type", .string("boolean"))])
        case .dateTime:
            return OpenAPIJSON.object([("type", .string("string")), ("format", .string("date-time"))])
        case .bytes:
            return OpenAPIJSON.object([("type", .string("string")), ("contentEncoding", .string("base64"))])
        case .object, .unknown:
            // The docs' `object` is an object whose members they do not list (the SDK reads it as
            // `JSONValue`). It says so: a schema of nothing but annotations (`{}` with a description)
            // makes generators such as swift-openapi-generator warn and skip it.
            return openObject
        case .array(let element):
            return OpenAPIJSON.object([
                ("type", .string("array")),
                ("items", element.map { schema(for: $0, names: names) }),
            ])
        case .enumeration(let members):
            return OpenAPIJSON.object([("type", .string("string")), ("enum", .array(members.map(JSONNode.string)))])
        case .integerEnumeration(let members):
            return OpenAPIJSON.object([
                ("type", .string("integer")),
                ("enum", .array(members.map { JSONNode.number(String($0.value)) })),
                (namesKey, .array(members.map { JSONNode.string($0.name) })),
            ])
        case .flags(let members):
            // Any combination of the flags is a value: the schema is an integer, the flags an annotation.
            return OpenAPIJSON.object([
                ("type", .string("integer")),
                (flagsKey, .object(members.map { JSONMember(key: $0.name, value: .number(String($0.value))) })),
            ])
        case .union(let members):
            // Members differ in JSON kind, so exactly one matches a value.
            return OpenAPIJSON.object([("oneOf", .array(members.map { schema(for: $0, names: names) }))])
        case .named(let name):
            return OpenAPIJSON.object([("$ref", .string(names.reference(to: name)))])
        }
    }

    /// An object with members of any name and value.
    static let openObject = OpenAPIJSON.object([("type", .string("object")), ("additionalProperties", .bool(true))])

    /// `int32`/`int64`, or nil for the docs' plain `Integer`.
    static func integerFormat(_ width: TypeExpression.IntegerWidth) -> JSONNode? {
        switch width {
        case .unspecified: nil
        case .int32: .string("int32")
        case .int64: .string("int64")
        }
    }

    /// A property's schema: its type's schema with the description, the inferred flag and the row it came from.
    ///
    /// OpenAPI 3.1 schemas allow keywords next to `$ref`, so a referenced type keeps its description.
    static func schema(for property: Property, names: OpenAPIComponentNames) -> JSONNode {
        var value = schema(for: property.type, names: names)
        if property.isNullable == true { value = nullable(value) }
        return OpenAPIJSON.adding([
            ("description", OpenAPIJSON.nonEmpty(property.description)),
            (inferredKey, OpenAPIJSON.flag(property.isInferred)),
            (sourceKey, OpenAPIJSON.source(property.location)),
        ], to: value)
    }

    /// `schema` that also admits `null`: `"type": ["string", "null"]` for a plain type; for a
    /// reference, an enumeration or a union, `anyOf` it and `{"enum": [null]}`. An enumeration's
    /// `enum` would have to list `null` too, which generators such as swift-openapi-generator
    /// reject, and they skip a `{"type": "null"}` branch with a warning; `enum: [null]` says the
    /// same (the value is null) and is read as any value.
    static func nullable(_ schema: JSONNode) -> JSONNode {
        guard case .object(let members) = schema else { return schema }
        if !members.contains(where: { $0.key == "enum" }),
           let index = members.firstIndex(where: { $0.key == "type" }), case .string(let type) = members[index].value {
            var changed = members
            changed[index] = JSONMember(key: "type", value: .array([.string(type), .string("null")]))
            return .object(changed)
        }
        return OpenAPIJSON.object([("anyOf", .array([schema, OpenAPIJSON.object([("enum", .array([.null]))])]))])
    }


    /// The component schema of a named type: an object with one entry per property.
    ///
    /// `required` lists the properties the docs mark required (a Required column, `**Required**`);
    /// the rest, and every property of a table that says nothing, are optional.
    static func schema(for definition: TypeDefinition, names: OpenAPIComponentNames) -> JSONNode {
        var properties: [JSONMember] = []
        var required: [JSONNode] = []
        for property in definition.properties where !properties.contains(where: { $0.key == property.name }) {
            properties.append(JSONMember(key: property.name, value: schema(for: property, names: names)))
            if property.isRequired == true { required.append(.string(property.name)) }
        }
        return OpenAPIJSON.object([
            ("type", .string("object")),
            ("title", .string(definition.name)),
            ("description", OpenAPIJSON.nonEmpty(definition.description)),
            ("properties", properties.isEmpty ? nil : .object(properties)),
            ("required", required.isEmpty ? nil : .array(required)),
            (inferredKey, OpenAPIJSON.flag(definition.origin == .inferred)),
            (sourceKey, definition.locations.first.map(OpenAPIJSON.source)),
        ])
    }

    /// The stand-in for a type that is referenced but never defined, so that every `$ref` resolves.
    static func placeholderSchema(named name: String) -> JSONNode {
        OpenAPIJSON.object([
            ("type", .string("object")),
            ("additionalProperties", .bool(true)),
            ("title", .string(name)),
            ("description", .string("Referenced by the docs but never described; an object of any members.")),
            (inferredKey, .bool(true)),
        ])
    }
}
