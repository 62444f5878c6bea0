import Foundation
import MarkdownBlocks

/// Reads a parameter list written without tables, line by line as the page walk meets them:
///
/// ```text
/// `relationtype`
///
/// STRING. MANDATORY. Description of the link. The possible links are:
/// - Buyer: `'urn:…:estate:address:buyer'`
/// `data`
///
/// OBJECT. The following information can be set:
/// - `Deadline:`DATETIME. Deadline.
/// ```
///
/// A backticked name alone on its line opens a parameter; the next line may start with a type
/// word (`TypeLine`). A list item that starts with a backticked name followed by a type
/// (`` `Deadline:`DATETIME. … ``) is a sub-parameter of the object or array parameter above it.
/// Everything else is description; quoted code spans in it (`'urn:…'`) and code spans after
/// "Possible values" are the parameter's allowed values.
struct ParameterListReader {
    /// One line of the list, with where it is and whether it belongs to a list item.
    struct Line: Hashable, Sendable {
        var text: String
        var location: SourceLocation
        var isInListItem: Bool
    }

    /// A parameter whose lines are still being read.
    private struct Entry {
        var parameter: ActionParameter
        var lines: [String]
        var expectsType: Bool
        var values: [String] = []
    }

    private var finished: [ActionParameter] = []
    private var current: Entry?

    /// Feeds one line.
    mutating func read(_ line: Line) {
        let text = line.text.trimmingBlanks()
        guard !text.isEmpty else { return }
        if let name = Self.nameAlone(text) {
            close()
            current = Entry(parameter: ActionParameter(name: name, type: .unknown, location: line.location),
                            lines: [], expectsType: true)
            return
        }
        if let member = Self.inlineParameter(text, at: line.location) {
            if line.isInListItem, let parent = current?.parameter, parent.type == .object || parent.type.isArray {
                current?.parameter.members.append(member)
            } else {
                close()
                current = Entry(parameter: member, lines: [member.description], expectsType: false)
                current?.parameter.description = ""
            }
            return
        }
        // Prose before the first parameter introduces the list; it is no parameter's description.
        guard var entry = current else { return }
        if entry.expectsType {
            entry.expectsType = false
            if let typeLine = TypeLine(text) ?? TypeLine(trailing: text) {
                entry.parameter.type = typeLine.type
                entry.parameter.isRequired = typeLine.isRequired
                entry.parameter.isDeprecated = typeLine.isDeprecated
                if !typeLine.description.isEmpty { entry.lines.append(typeLine.description) }
            } else {
                entry.lines.append(text)
            }
        } else {
            entry.lines.append(text)
        }
        entry.values += Self.values(in: text)
        current = entry
    }

    /// Ends the list and returns its parameters in page order.
    mutating func finish() -> [ActionParameter] {
        close()
        return finished
    }

    private mutating func close() {
        guard var entry = current else { return }
        var description = InlineText.plain(entry.lines.joined(separator: "\n"))
        if entry.parameter.isRequired == true { description = "Required. " + description }
        if entry.parameter.isDeprecated { description = "Deprecated. " + description }
        entry.parameter.description = description.trimmingBlanks()
        var seen = Set<String>()
        entry.parameter.allowedValues = entry.values.filter { seen.insert($0).inserted }
        finished.append(entry.parameter)
        current = nil
    }

    /// `` `parentid` `` (optionally with a trailing colon) alone on the line: the name, else nil.
    static func nameAlone(_ text: String) -> String? {
        guard text.hasPrefix("`"), text.hasSuffix("`"), text.count > 2 else { return nil }
        let inner = text.dropFirst().dropLast()
        guard !inner.contains("`") else { return nil }
        return parameterName(String(inner))
    }

    /// `` `Deadline:`DATETIME. Deadline. `` or `` `Prio`: INTEGER. Priority. ``: a name and a type on one line.
    static func inlineParameter(_ text: String, at location: SourceLocation) -> ActionParameter? {
        guard text.hasPrefix("`") else { return nil }
        let afterTick = text.dropFirst()
        guard let closing = afterTick.firstIndex(of: "`"), let name = parameterName(String(afterTick[..<closing])) else {
            return nil
        }
        var rest = afterTick[afterTick.index(after: closing)...].drop { $0 == " " }
        if rest.hasPrefix(":") { rest = rest.dropFirst().drop { $0 == " " } }
        guard let typeLine = TypeLine(String(rest)) else { return nil }
        var description = InlineText.plain(typeLine.description)
        if typeLine.isRequired == true { description = "Required. " + description }
        let values = Self.values(in: String(rest))
        return ActionParameter(name: name, type: typeLine.type, isRequired: typeLine.isRequired,
                               isDeprecated: typeLine.isDeprecated, description: description,
                               allowedValues: values, location: location)
    }

    /// The name in a code span when it is one (letters, digits, `_`, `-`, `.`; a trailing colon
    /// dropped), else nil: `'phone'` is a value and `*„field name“*` prose.
    static func parameterName(_ raw: String) -> String? {
        var name = raw.trimmingBlanks()
        if name.hasSuffix(":") { name = String(name.dropLast()).trimmingBlanks() }
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic || first == "_" else { return nil }
        let allowed = name.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" || $0 == "."
        }
        return allowed ? name : nil
    }

    /// Allowed values a line lists: quoted code spans (`'urn:…:buyer'`) anywhere, and every code
    /// span after "possible values".
    static func values(in text: String) -> [String] {
        var values: [String] = []
        let marker = text.range(of: "possible values", options: .caseInsensitive)
        var index = text.startIndex
        while let open = text[index...].firstIndex(of: "`") {
            let start = text.index(after: open)
            guard let close = text[start...].firstIndex(of: "`") else { break }
            let content = text[start..<close].trimmingBlanks()
            if content.count >= 2, content.hasPrefix("'"), content.hasSuffix("'") {
                let value = content.dropFirst().dropLast().trimmingBlanks()
                if !value.isEmpty { values.append(value) }
            } else if let marker, open > marker.lowerBound, !content.isEmpty, !content.contains(" ") {
                values.append(content)
            }
            index = text.index(after: close)
        }
        return values
    }
}

/// `TYPE. [MANDATORY|OPTIONAL.] description`: the line after a parameter's name.
///
/// Type words are written in capitals (ARRAY, STRING, INTEGER, BOOLEAN, OBJECT, FLOAT, and the
/// database spellings TINYINT(1), DECIMAL, DATETIME, …); the dot after them may be missing.
/// `DEPRECATED.` may come first.
struct TypeLine: Hashable, Sendable {
    var type: TypeExpression
    var isRequired: Bool?
    var isDeprecated: Bool
    /// The text after the type and markers; the whole line when the type word had no dot
    /// (`ARRAY of fields …` reads on as a sentence).
    var description: String

    static let vocabulary: [String: TypeExpression] = [
        "ARRAY": .array(nil), "LIST": .array(nil),
        "STRING": .string, "TEXT": .string, "VARCHAR": .string, "CHAR": .string, "TIME": .string,
        "INTEGER": .integer(.unspecified), "INT": .integer(.unspecified), "TINYINT": .integer(.unspecified),
        "SMALLINT": .integer(.unspecified), "BIGINT": .integer(.unspecified), "LONG": .integer(.unspecified),
        "BOOLEAN": .bool, "BOOL": .bool,
        "OBJECT": .object, "MAP": .object,
        "FLOAT": .double, "DOUBLE": .double, "DECIMAL": .double, "NUMBER": .double, "NUMERIC": .double,
        "DATE": .dateTime, "DATETIME": .dateTime, "TIMESTAMP": .dateTime,
    ]

    init?(_ text: String) {
        var rest = Substring(text.trimmingBlanks())
        var deprecated = false
        var found: TypeExpression?
        var hadDot = false
        while found == nil {
            let word = rest.prefix { $0.isASCII && $0.isLetter }
            guard word.count >= 3, word == word.uppercased() else { return nil }
            var after = rest.dropFirst(word.count)
            if after.hasPrefix("("), let close = after.firstIndex(of: ")"),
               after[after.index(after: after.startIndex)..<close].allSatisfy(\.isNumber) {
                after = after[after.index(after: close)...]
            }
            guard after.isEmpty || after.first == "." || after.first == " " || after.first == "\t" else { return nil }
            hadDot = after.first == "."
            if hadDot { after = after.dropFirst() }
            after = after.drop { $0 == " " || $0 == "\t" }
            if word == "DEPRECATED" {
                deprecated = true
                rest = after
                continue
            }
            guard let type = Self.vocabulary[String(word)] else { return nil }
            found = type
            rest = after
        }
        var required: Bool?
        for (marker, value) in [("MANDATORY", true), ("REQUIRED", true), ("OPTIONAL", false)] where rest.hasPrefix(marker) {
            let after = rest.dropFirst(marker.count)
            guard after.isEmpty || after.first == "." || after.first == " " else { continue }
            required = value
            rest = (after.first == "." ? after.dropFirst() : after).drop { $0 == " " }
            hadDot = true
        }
        type = found ?? .unknown
        isRequired = required
        isDeprecated = deprecated
        description = hadDot || required != nil || rest.isEmpty ? String(rest) : text.trimmingBlanks()
    }
}

extension TypeLine {
    /// `Estate ID. INTEGER` and `File ID. INTEGER. OPTIONAL`: the type (and marker) closing the
    /// line as a sentence of its own.
    init?(trailing text: String) {
        var words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        func clean(_ word: String) -> String {
            var word = word
            while word.hasSuffix(".") { word.removeLast() }
            if word.hasSuffix(")"), let open = word.firstIndex(of: "("),
               word[word.index(after: open)..<word.index(before: word.endIndex)].allSatisfy(\.isNumber) {
                word = String(word[..<open])
            }
            return word
        }
        var required: Bool?
        if let last = words.last.map(clean), ["MANDATORY", "REQUIRED", "OPTIONAL"].contains(last) {
            required = last != "OPTIONAL"
            words.removeLast()
        }
        guard let typeWord = words.last.map(clean), typeWord.count >= 3, typeWord == typeWord.uppercased(),
              let type = Self.vocabulary[typeWord] else { return nil }
        words.removeLast()
        // The type must stand after a full stop, not inside a sentence ("… as a STRING value").
        guard words.last.map({ $0.hasSuffix(".") }) ?? true else { return nil }
        self.type = type
        isRequired = required
        isDeprecated = false
        description = words.joined(separator: " ")
    }
}

extension TypeExpression {
    /// True for arrays, with or without a known element type.
    var isArray: Bool {
        if case .array = self { return true }
        return false
    }
}
