import Foundation
import MarkdownBlocks

/// The API Blueprint way of writing samples and parameters as list items:
///
/// ```
/// + Parameters
///     + id: 1 (number, required) - The note's id.
/// + Request Update (application/json)
///     + Headers
///             Accept: application/json
///     + Body
///             { "title": "x" }
/// + Response 201 (application/json)
///         { "id": 1 }
/// ```
///
/// Recognised by its keywords at the start of items (`Request`, `Response NNN`, `Parameters`,
/// `Headers`, `Body`), never by site.
struct PayloadList {
    /// One sample in the making.
    struct Payload {
        var isRequest: Bool
        var status: Int
        var mediaType: String?
        var headers: [SampleHeader] = []
        var body: String?
        var location: SourceLocation
        /// The type an `+ Attributes (Coupon)` item under the payload names.
        var attributes: TypeExpression?
        /// The members listed under `+ Attributes (object)`: the payload's own properties.
        var attributeMembers: [ListBlock.Item] = []
    }

    /// A `+ name: example (type, required) - description` entry.
    struct ParameterEntry: Equatable {
        var name: String
        var example: String?
        var type: String?
        var isRequired: Bool?
        var description: String
        var location: SourceLocation
    }

    var payloads: [Payload] = []
    var parameters: [ParameterEntry] = []
    /// The type an action-level `+ Attributes (Coupon Base)` names: the request body's.
    var actionAttributes: TypeExpression?

    /// True when the list is in this shape (its first item names a payload or parameters).
    static func isPayloadList(_ list: ListBlock) -> Bool {
        guard let first = list.items.first else { return false }
        return keyword(first.text) != nil
    }

    enum Keyword: Equatable {
        case request(mediaType: String?)
        case response(status: Int, mediaType: String?)
        case parameters, headers, body, other
        /// `Attributes (Coupon)`, `Attributes (array[Coupon])`, `Attributes (object)`.
        case attributes(typeName: String?)
    }

    /// The keyword an item's first line starts with.
    static func keyword(_ text: String) -> Keyword? {
        let line = text.prefix { $0 != "\n" }.trimmingBlanks()
        let words = line.split(separator: " ")
        guard let first = words.first else { return nil }
        let media = line.hasSuffix(")") ? line.lastIndex(of: "(").map {
            String(line[line.index(after: $0)..<line.index(before: line.endIndex)])
        } : nil
        switch first {
        case "Request": return .request(mediaType: media)
        case "Response":
            guard words.count >= 2, let status = Int(words[1]), (100...599).contains(status) else { return nil }
            return .response(status: status, mediaType: media)
        case "Parameters": return words.count == 1 ? .parameters : nil
        case "Headers": return words.count == 1 ? .headers : nil
        case "Body": return words.count == 1 ? .body : nil
        case "Attributes": return .attributes(typeName: media)
        case "Schema", "Model": return .other
        default: return nil
        }
    }

    /// Reads the items of one list into payloads and parameters.
    mutating func read(_ list: ListBlock) {
        /// The depth of the `Parameters` item whose entries are being read; nil outside one.
        var parametersDepth: Int?
        /// The depth of a payload's `Attributes (object)` item whose members are being read.
        var attributesDepth: Int?
        for item in list.items {
            if let depth = parametersDepth, item.depth <= depth { parametersDepth = nil }
            if let depth = attributesDepth, item.depth <= depth { attributesDepth = nil }
            if let depth = attributesDepth, !payloads.isEmpty {
                // Members sit one level below `Attributes`; deeper items describe the member above.
                if item.depth == depth + 1 { payloads[payloads.count - 1].attributeMembers.append(item) }
                continue
            }
            let rest = Self.rest(of: item.text)
            switch Self.keyword(item.text) {
            case .request(let media), .response(_, let media):
                var payload = Payload(isRequest: false, status: 0, mediaType: media, location: item.location)
                if case .response(let status, _) = Self.keyword(item.text) { payload.status = status } else {
                    payload.isRequest = true
                }
                if !rest.isEmpty { payload.body = rest }
                payloads.append(payload)
            case .headers where !payloads.isEmpty && item.depth > 0:
                payloads[payloads.count - 1].headers += rest.split(separator: "\n").compactMap { line in
                    guard let colon = line.firstIndex(of: ":") else { return nil }
                    return SampleHeader(name: line[..<colon].trimmingBlanks(),
                                        value: line[line.index(after: colon)...].trimmingBlanks())
                }
            case .body where !payloads.isEmpty && item.depth > 0:
                payloads[payloads.count - 1].body = rest.isEmpty ? nil : rest
            case .attributes(let name):
                let type = name.flatMap(Self.attributesType)
                if item.depth > 0, !payloads.isEmpty {
                    payloads[payloads.count - 1].attributes = type
                    if type == nil { attributesDepth = item.depth }
                } else if item.depth == 0 {
                    actionAttributes = type
                }
            case .parameters:
                parametersDepth = item.depth
            default:
                // Entries sit one level below `Parameters`; deeper items (`+ Default: 20`,
                // `+ Members`) describe the entry above them.
                if let depth = parametersDepth, item.depth == depth + 1,
                   let entry = Self.parameter(item.text, at: item.location) {
                    parameters.append(entry)
                }
            }
        }
    }

    /// `Coupon` → named `Coupon`; `array[Coupon]` → an array of it; `object` (members listed
    /// below, not a name) → nil.
    static func attributesType(_ text: String) -> TypeExpression? {
        let trimmed = text.trimmingBlanks()
        if trimmed.lowercased().hasPrefix("array[") && trimmed.hasSuffix("]") {
            let element = String(trimmed.dropFirst(6).dropLast())
            return .array(attributesType(element))
        }
        guard trimmed.lowercased() != "object" else { return nil }
        let words = trimmed.split(separator: " ").map(String.init)
        return ObjectHeading.typeName(words).map { .named($0) }
    }

    /// The item's text after its first line.
    static func rest(of text: String) -> String {
        guard let newline = text.firstIndex(of: "\n") else { return "" }
        return String(text[newline...]).trimmingBlanksAndNewlines()
    }

    /// `id: 1 (number, required) - The id.`, `limit (number, optional) - …`, `id (string)`.
    static func parameter(_ text: String, at location: SourceLocation) -> ParameterEntry? {
        let line = String(text.prefix { $0 != "\n" }).trimmingBlanks()
        var head = Substring(line)
        var description = rest(of: text)
        if let dash = line.range(of: " - ") {
            head = line[..<dash.lowerBound]
            let inline = line[dash.upperBound...].trimmingBlanks()
            description = description.isEmpty ? inline : inline + "\n" + description
        }
        var type: String?
        var isRequired: Bool?
        if let open = head.lastIndex(of: "("), head.hasSuffix(")") {
            let inside = head[head.index(after: open)..<head.index(before: head.endIndex)]
            for attribute in inside.split(separator: ",").map({ $0.trimmingBlanks() }) {
                switch attribute {
                case "required": isRequired = true
                case "optional": isRequired = false
                default: if type == nil { type = attribute }
                }
            }
            head = head[..<open]
        }
        var name = head.trimmingBlanks()
        var example: String?
        if let colon = name.firstIndex(of: ":") {
            example = name[name.index(after: colon)...].trimmingBlanks().trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            name = name[..<colon].trimmingBlanks()
        }
        name = name.trimmingCharacters(in: CharacterSet(charactersIn: "`"))
        guard !name.isEmpty, !name.contains(" ") else { return nil }
        return ParameterEntry(name: name, example: example, type: type, isRequired: isRequired,
                              description: description, location: location)
    }
}
