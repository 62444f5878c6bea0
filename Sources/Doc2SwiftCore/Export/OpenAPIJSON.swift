import Foundation
import OrderedJSON

/// Small builders for the JSON tree of an OpenAPI document, and its deterministic text form.
enum OpenAPIJSON {
    /// An object of the members whose value is present, in the order given (the writer sorts keys later).
    static func object(_ members: [(String, JSONNode?)]) -> JSONNode {
        .object(members.compactMap { key, value in value.map { JSONMember(key: key, value: $0) } })
    }

    /// A string node, or nil for empty text so that optional fields such as `description` are left out.
    static func nonEmpty(_ value: String) -> JSONNode? {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : .string(trimmed)
    }

    /// `true`, or nil so that a false flag is left out rather than written.
    static func flag(_ value: Bool) -> JSONNode? { value ? .bool(true) : nil }

    /// `file:line` of a source location: enough to open the page at the row, shorter than `file:line:col`.
    static func source(_ location: SourceLocation) -> JSONNode { .string("\(location.file):\(location.line)") }

    /// `node` with `extra` members added, replacing members of the same name; non-objects are returned unchanged.
    static func adding(_ extra: [(String, JSONNode?)], to node: JSONNode) -> JSONNode {
        guard case .object(var members) = node else { return node }
        for case let (key, value?) in extra {
            members.removeAll { $0.key == key }
            members.append(JSONMember(key: key, value: value))
        }
        return .object(members)
    }

    /// The same tree with every object's members sorted by key (by Unicode scalar order, as
    /// other tools sort), positions dropped. The sort is stable, so duplicate keys keep their order.
    static func sortingKeys(_ node: JSONNode) -> JSONNode {
        switch node {
        case .null, .bool, .number, .string:
            return node
        case .array(let elements):
            return .array(elements.map(sortingKeys))
        case .object(let members):
            let sorted = members.enumerated().sorted { lhs, rhs in
                lhs.element.key == rhs.element.key
                    ? lhs.offset < rhs.offset
                    : lhs.element.key.unicodeScalars.lexicographicallyPrecedes(rhs.element.key.unicodeScalars)
            }
            return .object(sorted.map { JSONMember(key: $0.element.key, value: sortingKeys($0.element.value)) })
        }
    }

    /// The document's file text: sorted keys, 2-space indent, one trailing newline.
    static func text(of document: JSONNode) -> String {
        JSONWriter.pretty(sortingKeys(document)) + "\n"
    }
}
