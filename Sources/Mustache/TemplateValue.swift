/// The data a template renders. Built by the caller; never reflection.
///
/// Only four shapes exist on purpose: code generation needs strings, flags, repetition and
/// nesting, and a closed set keeps lookups and section rules predictable.
public indirect enum TemplateValue: Hashable, Sendable {
    /// Text, interpolated as is (there is no HTML escaping).
    case string(String)
    /// A flag: sections render once for `true`, inverted sections for `false`.
    case bool(Bool)
    /// A sequence: sections render once per element, with the element pushed on the context.
    case list([TemplateValue])
    /// Named values: sections push it, so its keys become visible to lookups.
    case object([String: TemplateValue])
}

extension TemplateValue {
    /// Whether an inverted section over this value renders (false, empty list, empty string).
    ///
    /// An object is never falsey, even an empty one, as in the Mustache spec.
    var isFalsey: Bool {
        switch self {
        case .bool(let flag): !flag
        case .list(let items): items.isEmpty
        case .string(let text): text.isEmpty
        case .object: false
        }
    }

    /// The value's kind with an article ("a string", "an object"), for error messages.
    var kindDescription: String {
        switch self {
        case .string: "a string"
        case .bool: "a bool"
        case .list: "a list"
        case .object: "an object"
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral {
    /// Creates a `.string` from a literal.
    public init(stringLiteral value: String) {
        self = .string(value)
    }
}

/// Lets callers write `"\(count) items"` where a value is expected.
extension TemplateValue: ExpressibleByStringInterpolation {}

extension TemplateValue: ExpressibleByBooleanLiteral {
    /// Creates a `.bool` from a literal.
    public init(booleanLiteral value: Bool) {
        self = .bool(value)
    }
}

extension TemplateValue: ExpressibleByArrayLiteral {
    /// Creates a `.list` from a literal.
    public init(arrayLiteral elements: TemplateValue...) {
        self = .list(elements)
    }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
    /// Creates an `.object` from a literal; a repeated key keeps its last value rather than trapping.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
