/// A JSON value that keeps what the source said: member order, duplicate keys and number literals.
///
/// Doc samples are read to infer Swift types, so `1` versus `1.0` and the order of members matter;
/// a `Dictionary`- or `Double`-based tree would lose both.
public indirect enum JSONNode: Hashable, Sendable, Codable {
    /// The literal `null`.
    case null
    /// The literal `true` or `false`.
    case bool(Bool)
    /// A number, stored as the literal written in the source (for example `"463"`, `"-1.5e3"`, `"0.25"`).
    ///
    /// Kept as text so that integer/floating-point intent and precision survive; the parser guarantees the
    /// literal follows the RFC 8259 number grammar, and the writer emits it unchanged.
    case number(String)
    /// A string with all escapes decoded.
    case string(String)
    /// An array, elements in document order.
    case array([JSONNode])
    /// An object, members in document order; duplicate keys are kept so the caller can report them.
    case object([JSONMember])

    /// Whether this is a `.number` whose literal has no fraction or exponent (no `.`, `e` or `E`).
    public var isInteger: Bool {
        guard case .number(let literal) = self else { return false }
        return !literal.utf8.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
    }

    /// The value of the first member named `key`, or `nil` when there is none or this is not an object.
    ///
    /// - Parameter key: The member name, compared with `String` equality.
    /// - Returns: The first matching member's value; later duplicates are ignored.
    public subscript(key: String) -> JSONNode? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The JSON name of this value's kind, for messages: `null`, `boolean`, `number`, `string`, `array` or `object`.
    public var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}
