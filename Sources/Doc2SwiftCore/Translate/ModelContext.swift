import Mustache

/// The template context of one model type (`Model.mustache`).
///
/// A type of more than `partSize` properties keeps them in parts of at most `partSize` each
/// (`isSplit`, `parts`): the compiler's work on a struct grows faster than its stored properties
/// (a flat 1,000-property model took 12 to 14 times as long to build as a 250-property one),
/// while parts of a fixed size keep it linear. The parts are public types whose stored properties
/// the model reads and writes through `@dynamicMemberLookup` (one key-path subscript per part), so
/// a property costs one stored property and one entry in its part's table of properties (wire name
/// and key path), not a forwarding accessor as well, and the model is created empty (`init()`) and
/// filled by assignment instead of through an initialiser of thousands of defaulted arguments
/// (4,000 properties: 100 → 71 CPU s of debug build). Every model with properties, and every
/// part, gets `==`, `hash(into:)`, `init(from:)` and `encode(to:)` as loops over its table of
/// properties (`wireProperties`), written once per module in the extension of
/// `PropertyTableModel` (`PropertyTable.mustache`), instead of synthesized per type, where each
/// property cost an overloaded `==` and a coding key's string switches to type-check.
struct ModelContext {
    /// The most stored properties one struct gets.
    static let partSize = 64

    let definition: TypeDefinition
    let swiftName: String
    let naming: ModuleNaming
    /// Which properties are non-optional (`GenerationOptions.requiredProperties`).
    var requiredProperties = RequiredProperties.optional

    /// The property's Swift type, boxed when it closes a cycle.
    func swiftType(_ property: Property, enumName: String?) -> String {
        let type = naming.types.swiftType(property.type, enumName: enumName)
        return naming.indirectProperties.contains("\(definition.name).\(property.name)") ? "Indirect<\(type)>" : type
    }

    /// The name of a property's nested enumeration: `Status` for `status`. `Channel.Type` is the
    /// metatype, so a property named `type` (or `self`, `protocol`) takes its owner's name first:
    /// `ChannelType`, not `Type2`.
    func enumTypeName(for propertyName: String) -> String {
        let name = SwiftNames.typeName(propertyName)
        return ["Type", "Self", "Protocol"].contains(name) ? swiftName + name : name
    }

    func value(common: [String: TemplateValue]) -> TemplateValue {
        var memberScope = SwiftNames.Scope(reserved: ["codingKeys"])
        var enumScope = SwiftNames.Scope(reserved: [swiftName], inherited: naming.topLevelKeys)
        var properties: [[String: TemplateValue]] = []
        var enums: [TemplateValue] = []
        for property in definition.properties {
            let name = memberScope.claim(SwiftNames.safeMemberName(property.name))
            var enumName: String?
            if let members = SwiftTypes.enumerationMembers(property.type) {
                let claimed = enumScope.claim(enumTypeName(for: property.name))
                enumName = claimed
                enums.append(EnumContext(name: claimed, members: members,
                                         description: "Values of `\(DocComment.singleLine(property.name))`.").value)
            } else if let (values, isFlags) = SwiftTypes.namedValues(property.type) {
                let claimed = enumScope.claim(enumTypeName(for: property.name))
                enumName = claimed
                let name = DocComment.singleLine(property.name)
                enums.append(EnumContext.value(name: claimed, values: values, isOptionSet: isFlags,
                                               description: isFlags ? "The flags `\(name)` combines." : "Values of `\(name)`."))
            }
            var doc = property.description
            if property.isInferred && definition.origin == .documented { doc += (doc.isEmpty ? "" : "\n\n") + "Not in the docs' tables; inferred from a sample." }
            let isOptional = requiredProperties.isOptional(property)
            properties.append([
                "name": .string(SwiftNames.escaped(name)),
                "plainName": .string(name),
                "label": .string(SwiftNames.argumentLabel(name)),
                "wireNameLiteral": ContextValues.literal(property.name),
                "swiftType": .string(swiftType(property, enumName: enumName)),
                "isOptional": .bool(isOptional),
                "optionalMark": .string(isOptional ? "?" : ""),
                "defaultValue": .string(isOptional ? " = nil" : ""),
                "docLines": ContextValues.docLines(doc),
            ])
        }
        let parts = Self.partSize < properties.count
            ? Self.parts(&properties, memberScope: &memberScope, typeScope: &enumScope) : []
        var context = common
        context["typeName"] = .string(swiftName)
        context["isSplit"] = .bool(!parts.isEmpty)
        context["parts"] = ContextValues.list(parts)
        let nonOptional = Self.nonOptional(properties)
        context["hasNonOptionalProperties"] = .bool(!nonOptional.isEmpty)
        context["nonOptionalProperties"] = ContextValues.list(nonOptional)
        context["firstPropertyName"] = properties.first?["plainName"] ?? ""
        var description = definition.description.isEmpty
            ? (definition.origin == .inferred ? "Inferred from the docs' samples; no table documents it." : "")
            : definition.description
        if case .string(let firstPart)? = parts.first?["partName"] {
            description += (description.isEmpty ? "" : "\n\n") + "Its \(properties.count) properties are kept in "
                + "parts of at most \(Self.partSize) (`\(firstPart)`, …) that it reads and "
                + "writes as its own properties: a struct of many stored properties costs the compiler more than "
                + "linear time, parts of a fixed size do not."
        }
        context["docLines"] = ContextValues.docLines(description)
        context["hasProperties"] = .bool(!properties.isEmpty)
        context["properties"] = ContextValues.list(properties)
        context["enums"] = .list(enums)
        context["isInferred"] = .bool(definition.origin == .inferred)
        return .object(context)
    }
}

extension ModelContext {
    /// Splits `properties` into parts of at most `partSize`, naming each part's type and stored
    /// property so that they clash with no property or nested type, and tells each property
    /// where it is stored (`storageName`).
    static func parts(_ properties: inout [[String: TemplateValue]], memberScope: inout SwiftNames.Scope,
                      typeScope: inout SwiftNames.Scope) -> [[String: TemplateValue]] {
        var parts: [[String: TemplateValue]] = []
        for start in stride(from: 0, to: properties.count, by: partSize) {
            let end = min(start + partSize, properties.count)
            // Named after the positions they hold; claimed so that no property or nested type
            // clashes even so.
            let storageName = memberScope.claim("_properties\(start + 1)To\(end)")
            for index in start..<end { properties[index]["storageName"] = .string(storageName) }
            let nonOptional = nonOptional(Array(properties[start..<end]))
            parts.append([
                "hasNonOptionalProperties": .bool(!nonOptional.isEmpty),
                "nonOptionalProperties": ContextValues.list(nonOptional),
                "partName": .string(typeScope.claim("Properties\(start + 1)To\(end)")),
                "storageName": .string(storageName),
                "firstNumber": .string(String(start + 1)),
                "lastNumber": .string(String(end)),
                "firstPropertyName": properties[start]["plainName"] ?? "",
                "properties": ContextValues.list(Array(properties[start..<end])),
            ])
        }
        return parts
    }

    /// The properties that are not optional, which the initialisers take without a default.
    static func nonOptional(_ properties: [[String: TemplateValue]]) -> [[String: TemplateValue]] {
        properties.filter { $0["isOptional"] == .bool(false) }
    }
}
