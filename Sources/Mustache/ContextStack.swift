/// The stack of values names are looked up in: the root context, then each value a section pushed.
///
/// Lookups are strict: a name found nowhere is an error, never an empty string, because in
/// generated code a silently missing value is a bug that compiles.
struct ContextStack {
    /// The outcome of a lookup.
    enum Lookup {
        /// The name resolved to this value.
        case found(TemplateValue)
        /// The name did not resolve; the message says which part failed.
        case failed(String)
    }

    /// The frames, innermost last; never empty.
    private var frames: [TemplateValue]

    /// Starts a stack holding only the root context.
    init(root: TemplateValue) {
        frames = [root]
    }

    /// Makes `value` the innermost frame, as a section entering it does.
    mutating func push(_ value: TemplateValue) {
        frames.append(value)
    }

    /// Removes the innermost frame, as a section leaving it does.
    mutating func pop() {
        frames.removeLast()
    }

    /// Resolves `key` as the Mustache spec does, but strictly.
    ///
    /// `.` is the innermost frame. Otherwise the first part is looked up in each object frame
    /// from innermost to outermost (other frames are skipped), and every further part must be a
    /// key of the value found so far; no fallback to outer frames happens after the first part.
    func resolve(_ key: DottedKey) -> Lookup {
        guard let first = key.parts.first else { return .found(frames[frames.count - 1]) }
        var found: TemplateValue?
        var index = frames.count - 1
        while index >= 0 {
            if case .object(let fields) = frames[index], let value = fields[first] {
                found = value
                break
            }
            index -= 1
        }
        guard var current = found else {
            let hint = Self.hint(for: first, among: visibleNames)
            if key.parts.count == 1 { return .failed("unknown key '\(key.text)'\(hint)") }
            return .failed("unknown key '\(key.text)': '\(first)' not found\(hint)")
        }
        for (offset, part) in key.parts.enumerated().dropFirst() {
            guard case .object(let fields) = current else {
                return .failed(
                    "unknown key '\(key.text)': '\(key.prefix(offset))' is \(current.kindDescription), not an object")
            }
            guard let next = fields[part] else {
                return .failed("unknown key '\(key.text)': '\(key.prefix(offset))' has no key '\(part)'"
                    + Self.hint(for: part, among: fields.keys))
            }
            current = next
        }
        return .found(current)
    }

    /// Every name the first part of a key can resolve to here: the keys of all object frames.
    private var visibleNames: Set<String> {
        var names: Set<String> = []
        for case .object(let fields) in frames { names.formUnion(fields.keys) }
        return names
    }

    /// "; did you mean 'x'?" when a known name is close to `name`, else nothing.
    private static func hint(for name: String, among known: some Sequence<String>) -> String {
        NameSuggestion.closest(to: name, among: known).map { "; did you mean '\($0)'?" } ?? ""
    }
}
