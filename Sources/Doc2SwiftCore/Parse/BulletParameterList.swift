import Foundation
import MarkdownBlocks

/// Parameters written as a bullet list instead of a table, one item each:
///
/// ```text
/// - `name` (string, required): The repository's name.
/// - `private` (boolean) - Whether it is private.
/// - **per_page** *integer* — Results per page.
///     - `page.size` … (an item under an item is a member of it: `per_page.size`)
/// ```
///
/// An item is a parameter when it starts with a name in a code span or in bold, followed by a
/// type and required marker in parentheses or in italics, and/or a separator (`:`, `-`, `—`, `–`)
/// before its description. The list is read as the table it stands for (`| Name | Type |
/// Required | Description |`), so its rows go where the heading above puts a table's rows.
enum BulletParameterList {
    /// One item read as a parameter.
    struct Item: Equatable {
        var name: String
        var type: String
        var required: String
        var description: String
    }

    /// The table `list` stands for, or nil when some item is no parameter or no item has a type
    /// or required marker (a plain list of names with prose is no parameter list).
    static func table(_ list: ListBlock) -> Table? {
        guard !list.items.isEmpty, !list.isOrdered || list.items.count > 1 else { return nil }
        var rows: [TableRow] = []
        var parents: [String] = []
        var typed = 0
        for listItem in list.items {
            guard let item = item(listItem.text) else { return nil }
            if !item.type.isEmpty || !item.required.isEmpty { typed += 1 }
            parents = Array(parents.prefix(listItem.depth)) + [item.name]
            let name = parents.joined(separator: ".")
            let location = listItem.location
            rows.append(TableRow(cells: [name, item.type, item.required, item.description].map {
                TableCell(text: $0, location: location)
            }, location: location))
        }
        guard typed > 0 else { return nil }
        let header = ["Name", "Type", "Required", "Description"].map { TableCell(text: $0, location: list.location) }
        return Table(header: header, rows: rows, location: list.location)
    }

    /// Reads one item's first line; nil when it does not start like a parameter.
    static func item(_ text: String) -> Item? {
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let more = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let (name, afterName) = leadingName(Substring(line)) else { return nil }
        var rest = afterName.drop { $0 == " " }
        var type = ""
        var required = ""
        // `(string, required)`, `(optional)`, `(integer)`.
        if rest.hasPrefix("("), let close = rest.firstIndex(of: ")") {
            let words = rest[rest.index(after: rest.startIndex)..<close].split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }
            for word in words {
                if isRequiredMarker(word) { required = word } else if type.isEmpty { type = word }
            }
            rest = rest[rest.index(after: close)...].drop { $0 == " " }
        }
        // `*integer*`, `_string_`, `*required*`.
        while let (emphasis, after) = leadingEmphasis(rest) {
            if isRequiredMarker(emphasis) { required = emphasis } else if type.isEmpty { type = emphasis } else { break }
            rest = after.drop { $0 == " " }
        }
        var separated = false
        for separator in [":", "-", "—", "–"] where rest.hasPrefix(separator) {
            rest = rest.dropFirst(separator.count).drop { $0 == " " }
            separated = true
            break
        }
        guard separated || !type.isEmpty || !required.isEmpty, separated || rest.isEmpty else { return nil }
        let description = ([String(rest)] + more).filter { !$0.isEmpty }.joined(separator: " ")
        return Item(name: name, type: type, required: required, description: description)
    }

    /// `` `name` `` or `**name**` (or `` **`name`** ``) at the start of `text`, and what follows.
    static func leadingName(_ text: Substring) -> (String, Substring)? {
        var rest = text.drop { $0 == " " }
        var bold = false
        if rest.hasPrefix("**") {
            bold = true
            rest = rest.dropFirst(2)
        }
        var name: Substring
        if rest.hasPrefix("`") {
            let body = rest.dropFirst()
            guard let close = body.firstIndex(of: "`") else { return nil }
            name = body[..<close]
            rest = body[body.index(after: close)...]
        } else if bold, let close = rest.range(of: "**") {
            name = rest[..<close.lowerBound]
            rest = rest[close.lowerBound...]
        } else {
            return nil
        }
        if bold {
            guard rest.hasPrefix("**") else { return nil }
            rest = rest.dropFirst(2)
        }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        // A parameter's name is one token: `Deadline:` (a sub-parameter of an action list) and
        // sentences in bold are something else.
        guard !trimmed.isEmpty, !trimmed.contains(" "), !trimmed.hasSuffix(":"),
              trimmed.contains(where: { $0.isLetter }) else { return nil }
        return (trimmed, rest)
    }

    /// `*integer*` or `_integer_` at the start of `text`, and what follows.
    static func leadingEmphasis(_ text: Substring) -> (String, Substring)? {
        guard let marker = text.first, marker == "*" || marker == "_", !text.hasPrefix("**") else { return nil }
        let body = text.dropFirst()
        guard let close = body.firstIndex(of: marker) else { return nil }
        let word = body[..<close].trimmingCharacters(in: .whitespaces)
        guard !word.isEmpty, word.count <= 40 else { return nil }
        return (word, body[body.index(after: close)...])
    }

    static func isRequiredMarker(_ word: String) -> Bool {
        ["required", "optional", "mandatory", "req", "opt"].contains(word.lowercased())
    }
}
