import Mustache

/// The context of one union (`Union.mustache`): an enum with a case per member, each holding
/// that member's value. The docs' `unsigned or object` is `IntegerOrObject`, with `.integer(Int)`
/// and `.object([String: JSONValue])`; members differ in JSON kind (`TypeVocabulary.isDistinguishable`),
/// so decoding tries them in order and exactly one can succeed.
struct UnionContext {
    let members: [TypeExpression]
    let swiftName: String
    let types: SwiftTypes

    /// The case that holds a member: its JSON kind, or the name of the object it is.
    static func caseName(_ member: TypeExpression, types: SwiftTypes) -> String {
        switch member {
        case .integer: "integer"
        case .double: "number"
        case .string: "string"
        case .dateTime: "date"
        case .bytes: "data"
        case .bool: "bool"
        case .object: "object"
        case .array: "array"
        case .named(let name): SwiftNames.memberName(types.typeNames[name] ?? name)
        case .enumeration, .integerEnumeration, .flags, .union, .unknown: "value"
        }
    }

    /// The enum's name before it is made unique: its cases' names joined (`IntegerOrObject`).
    static func baseName(_ members: [TypeExpression], types: SwiftTypes) -> String {
        members.map { SwiftNames.typeName(caseName($0, types: types)) }.joined(separator: "Or")
    }

    /// A member in a sentence: `an integer`, `a ``Contact```.
    func phrase(_ member: TypeExpression) -> String {
        switch member {
        case .integer: "an integer"
        case .double: "a number"
        case .string: "a string"
        case .dateTime: "a date-time string"
        case .bytes: "base64 text"
        case .bool: "a boolean"
        case .object: "an object"
        case .array: "an array"
        case .named: "a ``\(types.swiftType(member))``"
        case .enumeration, .integerEnumeration, .flags, .union, .unknown: "a value"
        }
    }

    /// What a case holds: an object member that names no type is any object, not any JSON.
    func payloadType(_ member: TypeExpression) -> String {
        member == .object ? "[String: JSONValue]" : types.swiftType(member)
    }

    func value(common: [String: TemplateValue]) -> TemplateValue {
        var scope = SwiftNames.Scope()
        let cases: [[String: TemplateValue]] = members.map { member in
            let name = scope.claim(SwiftNames.safeMemberName(Self.caseName(member, types: types)))
            return ["name": .string(SwiftNames.escaped(name)), "plainName": .string(name),
                    "swiftType": .string(payloadType(member)), "kind": .string(phrase(member))]
        }
        var context = common
        context["typeName"] = .string(swiftName)
        context["docLines"] = ContextValues.docLines("A value the docs type as \(members.map(phrase).joined(separator: " or ")): "
            + "one case per member, told apart by the kind of JSON value.")
        context["cases"] = ContextValues.list(cases)
        context["expected"] = ContextValues.literal(members.map(\.displayName).joined(separator: " or "))
        // A member that is an object may hold this enum again: such a case is stored out of line.
        context["isIndirect"] = .bool(members.contains { if case .named = $0 { true } else { false } })
        return .object(context)
    }
}
