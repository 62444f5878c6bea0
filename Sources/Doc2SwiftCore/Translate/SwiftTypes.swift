/// Maps schema types to Swift type names for one module.
struct SwiftTypes {
    /// Schema type name → Swift type name, unique in the module.
    let typeNames: [String: String]
    /// The module's unions (`.union`) → the Swift enum that holds each, unique in the module.
    var unionNames: [[TypeExpression]: String] = [:]

    /// The Swift spelling of `type`. Enumerations need a name from their owner, passed as `enumName`.
    func swiftType(_ type: TypeExpression, enumName: String? = nil, isBody: Bool = false) -> String {
        switch type {
        case .string: "String"
        case .integer(.unspecified): "Int"
        case .integer(.int32): "Int32"
        case .integer(.int64): "Int64"
        case .double: "Double"
        case .bool: "Bool"
        case .dateTime: "Date"
        case .bytes: isBody ? "Data" : "String"
        case .object, .unknown: "JSONValue"
        case .array(let element): "[\(element.map { swiftType($0, enumName: enumName) } ?? "JSONValue")]"
        case .enumeration: enumName ?? "String"
        case .integerEnumeration, .flags: enumName ?? "Int"
        case .named(let name): typeNames[name] ?? "JSONValue"
        case .union(let members): unionNames[members] ?? "JSONValue"
        }
    }

    /// The integer values inside `type` (looking through arrays), and whether they are bit flags.
    static func namedValues(_ type: TypeExpression) -> (values: [NamedValue], isFlags: Bool)? {
        switch type {
        case .integerEnumeration(let values): (values, false)
        case .flags(let values): (values, true)
        case .array(let element?): namedValues(element)
        default: nil
        }
    }

    /// The members of an enumeration inside `type`, looking through arrays.
    static func enumerationMembers(_ type: TypeExpression) -> [String]? {
        switch type {
        case .enumeration(let members): members
        case .array(let element?): enumerationMembers(element)
        default: nil
        }
    }
}
