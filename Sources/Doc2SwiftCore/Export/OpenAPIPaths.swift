import Foundation
import OrderedJSON

/// A server URL found in a documented path, with its `{variables}`.
struct OpenAPIServer: Hashable, Comparable, Sendable {
    /// The URL with the docs' `{{HOST}}` placeholders written as OpenAPI `{HOST}` variables.
    var url: String

    static func < (lhs: OpenAPIServer, rhs: OpenAPIServer) -> Bool { lhs.url < rhs.url }

    /// The Server Object. Each variable's default is its own name: the docs give no value, and a
    /// default is required, so the placeholder stays recognisable rather than looking like a real host.
    var node: JSONNode {
        let variables = OpenAPIPaths.placeholders(in: url).map { name in
            JSONMember(key: name, value: OpenAPIJSON.object([
                ("default", .string(name)),
                ("description", .string("Written {{\(name)}} in the docs; replace it with your own value.")),
            ]))
        }
        return OpenAPIJSON.object([("url", .string(url)), ("variables", variables.isEmpty ? nil : .object(variables))])
    }
}

/// Where a documented path goes in an OpenAPI document: the key under `paths` and, when the docs
/// write a full URL (`https://{{HOST}}/apollo/er/relationships`), the server it names.
struct OpenAPIPath: Hashable, Sendable {
    var server: OpenAPIServer?
    /// The path template, starting with `/`, without query.
    var template: String
    /// Set when several operations share method and path (see `OpenAPIDocument.placedOperations`).
    var fragment: String?

    /// The key under `paths`: the template, plus `#fragment` when set.
    var key: String { fragment.map { template + "#" + $0 } ?? template }
}

enum OpenAPIPaths {
    /// Splits a documented path into server and path template.
    ///
    /// `{{name}}` placeholders (a common docs convention) become OpenAPI's `{name}`; a query part is
    /// dropped because query parameters are described separately; the template always starts with `/`.
    static func split(_ documented: String) -> OpenAPIPath {
        var text = singleBraced(documented.trimmingCharacters(in: .whitespaces))
        var server: OpenAPIServer?
        if let schemeEnd = text.range(of: "://") {
            let afterScheme = text[schemeEnd.upperBound...]
            let authorityEnd = afterScheme.firstIndex { $0 == "/" || $0 == "?" } ?? afterScheme.endIndex
            server = OpenAPIServer(url: String(text[..<authorityEnd]))
            text = String(text[authorityEnd...])
        }
        if let query = text.firstIndex(of: "?") { text = String(text[..<query]) }
        if !text.hasPrefix("/") { text = "/" + text }
        return OpenAPIPath(server: server, template: text)
    }

    /// `text` with every `{{name}}` written `{name}`.
    static func singleBraced(_ text: String) -> String {
        text.replacingOccurrences(of: "{{", with: "{").replacingOccurrences(of: "}}", with: "}")
    }

    /// `template` with every placeholder written `{}`: `/a/{id}` and `/a/{name}` have the same shape,
    /// and OpenAPI counts such paths as one.
    static func shape(of template: String) -> String {
        var shape = ""
        var inPlaceholder = false
        for character in template {
            switch character {
            case "{": inPlaceholder = true; shape.append("{")
            case "}": inPlaceholder = false; shape.append("}")
            default: if !inPlaceholder { shape.append(character) }
            }
        }
        return shape
    }

    /// The names inside `{…}` in `template`, in order, each once.
    static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        var current: String?
        for character in template {
            switch character {
            case "{": current = ""
            case "}":
                if let name = current, !name.isEmpty, !names.contains(name) { names.append(name) }
                current = nil
            default: current?.append(character)
            }
        }
        return names
    }
}
