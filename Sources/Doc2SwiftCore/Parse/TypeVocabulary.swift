import Foundation

/// The docs' words for types beyond the plain names `TypeExpression.parse` knows, normalised in
/// one place: `snowflake`, `ISO8601 timestamp`, `Edm.*`, `String collection`, `array of X`,
/// `list of X`, `X collection`, `?X` and `X?` (nullable: the type of X), `mixed`, multi-word
/// object names (`guild member object`). Unions (`unsigned or object`) are read by `unionMembers`,
/// and `X or null` is X (the caller notes that it may be null).
enum TypeVocabulary {
    /// Single words (lower case) and what they mean.
    static let words: [String: TypeExpression] = [
        "snowflake": .string, "iso8601 timestamp": .dateTime, "iso8601": .dateTime, "datetimeoffset": .dateTime,
        "timestamp": .dateTime, "time": .dateTime, "unsigned": .integer(.unspecified),
        "unsigned int": .integer(.unspecified), "unsigned integer": .integer(.unspecified),
        "mixed": .object, "hash": .object, "hashes": .object, "select": .string, "text": .string,
        "int32": .integer(.int32), "int64": .integer(.int64), "float64": .double, "float32": .double,
        "unix ts": .integer(.int64), "unix timestamp": .integer(.int64), "file": .bytes,
        "is08601 timestamp": .dateTime, "iso 8601 timestamp": .dateTime,
    ]

    /// OpenAPI formats after a type (`integer(int64)`), and the type they make of it.
    static let formats: [String: @Sendable (TypeExpression) -> TypeExpression] = [
        "int32": { _ in .integer(.int32) }, "int64": { _ in .integer(.int64) },
        "date-time": { _ in .dateTime }, "float": { _ in .double }, "double": { _ in .double },
        "byte": { base in base == .string ? .bytes : base },
    ]

    /// Words before an object's name that do not name it: `a thread member`, `partial channel`.
    static let leadingFillers: Set<String> = ["a", "an", "the", "partial"]

    /// The members of a union written with `or` (`unsigned or object` → integer, object) or, between
    /// built-in types only, with `/` (`integer/string`), or nil when the text is no union of types
    /// this vocabulary knows. `null` is no member: `string or null` is the one member string.
    static func unionMembers(_ rawText: String) -> [TypeExpression]? {
        let text = rawText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let parts: [String]
        let slashed: Bool
        if text.lowercased().contains(" or ") {
            parts = text.components(separatedBy: " or ").flatMap { $0.components(separatedBy: " OR ") }
            slashed = false
        } else if text.contains("/"), !text.contains(" ") {
            parts = text.components(separatedBy: "/")
            slashed = true
        } else {
            return nil
        }
        let members = parts.map { $0.trimmingBlanks() }.filter { $0.lowercased() != "null" }
        guard !members.isEmpty, members.allSatisfy({ !$0.isEmpty }) else { return nil }
        var types: [TypeExpression] = []
        for member in members {
            guard let type = parse(member), type != .unknown else { return nil }
            // `application/json` is no union: a slash joins type words, never names.
            if slashed, isNamed(type) { return nil }
            if !types.contains(type) { types.append(type) }
        }
        return types
    }

    /// The type a union is read as: its one member (`string or null`); for a property (JSON), the
    /// union itself when a value's JSON kind tells its member (`unsigned or object`: a number or an
    /// object), which the SDK reads as an enum with one case per member; else untyped JSON, which
    /// holds any member, with a warning, since the docs allow more than one shape where a Swift
    /// property has one.
    /// - Parameter fallback: the type for several members (a parameter's default; JSONValue for a property).
    static func unionType(_ members: [TypeExpression], written text: String, fallback: TypeExpression = .object,
                          at location: SourceLocation, diagnostics: inout Diagnostics) -> TypeExpression {
        if members.count == 1 { return members[0] }
        if fallback == .object, isDistinguishable(members) { return .union(members) }
        let shown = members.map(\.displayName).joined(separator: " or ")
        // A parameter travels as text: a string parameter carries any scalar member unchanged.
        if fallback == .string, members.allSatisfy(isScalar) {
            diagnostics.note("type '\(text)' is a union (\(shown)); a parameter travels as text, so it is typed as "
                + "string, which carries every member", at: location)
            return .string
        }
        let typed = fallback == .object ? "JSONValue, which holds any of them" : fallback.displayName
        diagnostics.warning("type '\(text)' is a union (\(shown)); typed as \(typed)", at: location)
        return fallback
    }

    /// The JSON kind a member of a union is written as, or nil for a type a union cannot hold
    /// (an enumeration needs a name of its own; untyped JSON is every kind).
    static func jsonKind(_ type: TypeExpression) -> String? {
        switch type {
        case .integer: "integer"
        case .double: "number"
        case .string, .dateTime, .bytes: "string"
        case .bool: "boolean"
        case .object, .named: "object"
        case .array(let element): element.map { jsonKind($0) == nil } == true ? nil : "array"
        case .enumeration, .integerEnumeration, .flags, .union, .unknown: nil
        }
    }

    /// A number, string, boolean or date: a value a parameter writes as text.
    static func isScalar(_ type: TypeExpression) -> Bool {
        switch type {
        case .string, .integer, .double, .bool, .dateTime: true
        default: false
        }
    }

    /// Whether every member has a JSON kind of its own, so that a value's kind names its member.
    /// An integer and a number are not told apart (`1` is both).
    static func isDistinguishable(_ members: [TypeExpression]) -> Bool {
        let kinds = members.compactMap(jsonKind)
        guard kinds.count == members.count, Set(kinds).count == kinds.count else { return false }
        return !(kinds.contains("integer") && kinds.contains("number"))
    }

    /// The type `rawText` names, or nil when it names none this vocabulary knows.
    static func parse(_ rawText: String) -> TypeExpression? {
        // Most cells are plain names (`string`, `int32`, `ContactEntity`): read at once, unless
        // this vocabulary gives the word another meaning (`DateTimeOffset`, `Edm.String`).
        if let plain = TypeExpression.parse(rawText) {
            guard isNamed(plain) else { return plain }
            let lower = rawText.trimmingBlanks().lowercased()
            if words[lower] == nil && !lower.hasPrefix("edm.") { return plain }
        }
        var text = rawText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        // `?integer` may be null, `name?` may be absent: either way the value, when there, is the type.
        while text.hasPrefix("?") { text.removeFirst() }
        while text.hasSuffix("?") { text.removeLast() }
        // `integer(int64)`, `string(date-time)`: a JSON type with its OpenAPI format, as pages
        // generated from OpenAPI documents print it; the format says more than the type.
        if let open = text.firstIndex(of: "("), open > text.startIndex, text.hasSuffix(")"),
           let formatted = formats[text[text.index(after: open)..<text.index(before: text.endIndex)].lowercased()],
           let base = TypeExpression.parse(String(text[..<open])), !isNamed(base) {
            return formatted(base)
        }
        // `array[string]`, `[string]`, and `[[Pet](#schemapet)]`, whose plain text is `[Pet]`.
        if text.hasSuffix("]") {
            for prefix in ["array[", "list[", "["] where text.lowercased().hasPrefix(prefix) && text.count > prefix.count + 1 {
                return .array(elementType(String(text.dropFirst(prefix.count).dropLast())))
            }
        }
        // `?string (can be null only in reaction emoji objects)`: a note after a type this
        // vocabulary knows (`a (date)` is no type `a`).
        if let open = text.firstIndex(of: "("), open > text.startIndex, text.hasSuffix(")"),
           let known = parse(String(text[..<open])), known != .unknown, !isNamed(known) {
            return known
        }
        while text.hasSuffix("?") { text.removeLast() }
        let lower = text.lowercased()
        if lower.isEmpty { return nil }
        if let known = words[lower] { return known }
        if let plain = TypeExpression.parse(text), plain != .unknown, !isNamed(plain) { return plain }
        if lower.hasPrefix("edm.") { return TypeExpression.parse(String(text.dropFirst(4))) ?? parse(String(text.dropFirst(4))) }
        for prefix in ["array of ", "list of ", "array<", "list<"] where lower.hasPrefix(prefix) {
            var element = String(text.dropFirst(prefix.count))
            if element.hasSuffix(">") { element.removeLast() }
            return .array(elementType(element))
        }
        if lower.hasSuffix(" array") { return .array(elementType(String(text.dropLast(" array".count)))) }
        if lower.hasSuffix(" collection") { return .array(elementType(String(text.dropLast(" collection".count)))) }
        if lower.contains(" or ") || lower.contains("/") || lower.contains("|") { return nil }
        if let plain = TypeExpression.parse(text) { return plain }
        // `guild member object`, `thread member`: an object named in words.
        var nameWords = text.split(separator: " ").map(String.init)
        while nameWords.count > 1, let first = nameWords.first, leadingFillers.contains(first.lowercased()) {
            nameWords.removeFirst()
        }
        if let last = nameWords.last?.lowercased(), ["object", "objects"].contains(last), nameWords.count > 1 {
            nameWords.removeLast()
        }
        guard nameWords.count <= 4,
              nameWords.allSatisfy({ word in word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") } })
        else { return nil }
        if nameWords.count == 1 { return TypeExpression.parse(nameWords[0]) }
        return ObjectHeading.typeName(nameWords).map { .named($0) }
    }

    static func isNamed(_ type: TypeExpression) -> Bool {
        if case .named = type { return true }
        return false
    }

    /// The element of `array of X`: `X objects` and `X`s name X; unknown text leaves the element open.
    static func elementType(_ rawText: String) -> TypeExpression? {
        var text = rawText.trimmingBlanks()
        for suffix in [" objects", " object"] where text.lowercased().hasSuffix(suffix) {
            text = String(text.dropLast(suffix.count))
        }
        // `array of hashes`: a plural the vocabulary knows as it is.
        if let known = words[text.lowercased()] { return known }
        // `array of addresses`, `list of matches`: after a sibilant the plural adds `es`.
        if ["sses", "shes", "ches", "xes", "zes"].contains(where: { text.lowercased().hasSuffix($0) }),
           let type = parse(String(text.dropLast(2))), type != .unknown {
            return type
        }
        // `array of snowflakes`, `list of integers`: the singular names the element.
        if text.hasSuffix("s"), text.count > 3, let type = parse(String(text.dropLast())), type != .unknown {
            return type
        }
        if let type = parse(text), type != .unknown { return type }
        return nil
    }
}
