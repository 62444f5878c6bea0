/// Typed views of a `JSONNode`, so callers can read a sample without a `switch` at every step.
extension JSONNode {
    /// The members of an object, in document order, or `nil` for any other kind.
    public var members: [JSONMember]? {
        guard case .object(let members) = self else { return nil }
        return members
    }

    /// The elements of an array, or `nil` for any other kind.
    public var elements: [JSONNode]? {
        guard case .array(let elements) = self else { return nil }
        return elements
    }

    /// The decoded text of a string, or `nil` for any other kind.
    public var stringValue: String? {
        guard case .string(let text) = self else { return nil }
        return text
    }

    /// The value of a boolean, or `nil` for any other kind.
    public var boolValue: Bool? {
        guard case .bool(let value) = self else { return nil }
        return value
    }

    /// The literal of a number as written in the source, or `nil` for any other kind.
    public var numberLiteral: String? {
        guard case .number(let literal) = self else { return nil }
        return literal
    }

    /// Whether this is `.null`.
    public var isNull: Bool { self == .null }

    /// The element at `index` of an array, or `nil` when out of range or this is not an array.
    ///
    /// - Parameter index: A zero-based element index.
    /// - Returns: The element, or `nil`.
    public subscript(index: Int) -> JSONNode? {
        guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
        return elements[index]
    }

    /// The same value with every member's `line` and `column` set to 0.
    ///
    /// `==` compares member positions too (they are part of the value, like any source location), so two
    /// parses of differently formatted text only compare equal after both are stripped.
    ///
    /// - Returns: A copy without source positions.
    public func strippingPositions() -> JSONNode {
        switch self {
        case .null, .bool, .number, .string:
            return self
        case .array(let elements):
            return .array(elements.map { $0.strippingPositions() })
        case .object(let members):
            return .object(members.map { JSONMember(key: $0.key, value: $0.value.strippingPositions()) })
        }
    }

    /// Whether `other` holds the same JSON content, ignoring member positions.
    ///
    /// - Parameter other: The value to compare with.
    /// - Returns: `true` when kinds, literals, strings, order and keys all match.
    public func hasSameContent(as other: JSONNode) -> Bool {
        switch (self, other) {
        case (.null, .null):
            return true
        case (.bool(let a), .bool(let b)):
            return a == b
        case (.number(let a), .number(let b)):
            return a == b
        case (.string(let a), .string(let b)):
            return a == b
        case (.array(let a), .array(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.hasSameContent(as: $1) }
        case (.object(let a), .object(let b)):
            return a.count == b.count
                && zip(a, b).allSatisfy { $0.key == $1.key && $0.value.hasSameContent(as: $1.value) }
        default:
            return false
        }
    }
}
