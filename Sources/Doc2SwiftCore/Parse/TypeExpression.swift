import Foundation

/// A type as the docs write it, normalised to one vocabulary.
///
/// The same field is `Integer` in a request table and `int32` in a response table; both
/// become `.integer(.int32)` or `.integer(.unspecified)` so that pages can be merged.
public indirect enum TypeExpression: Hashable, Sendable, Codable {
    /// Integer width as documented; `unspecified` for JSON-ish `Integer`.
    public enum IntegerWidth: String, Hashable, Sendable, Codable { case unspecified, int32, int64 }

    case string
    case integer(IntegerWidth)
    case double
    case bool
    case dateTime
    /// Raw bytes documented as `byte` (sent as a JSON string in samples).
    case bytes
    /// `object`: a dictionary or untyped value.
    case object
    /// `array` with an element type when known.
    case array(TypeExpression?)
    /// `Enum: A, B, C`: the members in documented order.
    case enumeration([String])
    /// An integer value table (`| Type | ID |` with `GUILD_TEXT | 0`): the named values, in
    /// documented order. The SDK reads it as an open enum with integer raw values.
    case integerEnumeration([NamedValue])
    /// A table of bit flags (`PINNED | 1 << 1`) that a value combines as a bitfield: an option set.
    case flags([NamedValue])
    /// A documented union (`unsigned or object`) whose members a JSON value tells apart by its
    /// kind (number, string, boolean, object, array): `TypeVocabulary.unionType` decides.
    case union([TypeExpression])
    /// An entity name such as `Associate` or `TableRight`.
    case named(String)
    /// An empty type cell.
    case unknown

    /// Parses a type cell. Unrecognised text that is not a plain identifier returns nil so the caller can warn.
    public static func parse(_ rawText: String) -> TypeExpression? {
        let text = rawText.trimmingBlanks()
        if text.isEmpty { return .unknown }
        if text.lowercased().hasPrefix("enum:") {
            let members = text.dropFirst(5).split(separator: ",")
                .map { $0.trimmingBlanks() }
                .filter { !$0.isEmpty }
            return members.isEmpty ? .string : .enumeration(members)
        }
        if text.hasSuffix("[]") {
            let element = parse(String(text.dropLast(2)))
            return .array(element == .unknown ? nil : element)
        }
        switch text.lowercased() {
        case "string", "str", "guid", "uuid", "uri", "url", "email", "password", "char": return .string
        case "integer", "int", "number (integer)", "long integer": return .integer(.unspecified)
        case "int32", "int16", "short", "byte (integer)": return .integer(.int32)
        case "int64", "long": return .integer(.int64)
        case "double", "float", "decimal", "number", "single": return .double
        case "bool", "boolean": return .bool
        case "date-time", "datetime", "date", "timestamp", "date time": return .dateTime
        case "byte", "binary", "bytes", "stream": return .bytes
        case "object", "dictionary", "map", "json", "any", "stringdictionary": return .object
        case "array", "list", "collection": return .array(nil)
        default: break
        }
        guard isIdentifier(text) else { return nil }
        return .named(text)
    }

    /// True for a name made of letters, digits, `_` and `.` that starts with a letter.
    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic else { return false }
        return text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "." }
    }

    /// How specific a type is, used when two pages disagree: the more specific one wins.
    var specificity: Int {
        switch self {
        case .unknown: 0
        case .object: 1
        case .string: 2
        case .array(nil): 3
        case .integer(.unspecified): 4
        case .enumeration, .integerEnumeration, .flags, .union, .named, .array, .integer, .double, .bool, .dateTime, .bytes: 5
        }
    }

    /// Name used in messages and in the schema dump.
    public var displayName: String {
        switch self {
        case .string: "string"
        case .integer(let width): width == .unspecified ? "integer" : width.rawValue
        case .double: "double"
        case .bool: "bool"
        case .dateTime: "date-time"
        case .bytes: "byte"
        case .object: "object"
        case .array(let element): element.map { "array of \($0.displayName)" } ?? "array"
        case .enumeration(let members): "Enum: " + members.joined(separator: ", ")
        case .integerEnumeration(let members): "Enum: " + members.map { "\($0.name) = \($0.value)" }.joined(separator: ", ")
        case .flags(let members): "Flags: " + members.map { "\($0.name) = \($0.value)" }.joined(separator: ", ")
        case .union(let members): members.map(\.displayName).joined(separator: " or ")
        case .named(let name): name
        case .unknown: "(no type)"
        }
    }
}
