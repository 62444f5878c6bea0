import MarkdownBlocks

/// A table of named integer values (`| Type | ID |` with `GUILD_TEXT | 0`, `| Value | Name |` with
/// `1 | Incoming`, `| Flag | Value |` with `PINNED | 1 << 1`): what a property typed `integer`
/// means when its description links to the table's heading.
///
/// The shape, not the words, decides: one of the first two columns is headed as a value (`Value`,
/// `ID`, `Code`) and holds an integer in every row, the other holds a name in every row. Values
/// written as shifts (`1 << 4`) that are all distinct powers of two are bit flags, which a value
/// combines (`flags`); any other table of integers is an enumeration (`integerEnumeration`), and a
/// table whose values are words (`amazon-music`) a string enumeration (`enumeration`).
enum ValueTable {
    /// Column headers that hold the values.
    static let valueHeaders: Set<String> = ["value", "id", "code", "integer", "int", "number"]

    /// The table's values as a type, or nil when the table is not of this shape.
    static func read(_ table: Table) -> TypeExpression? {
        guard table.header.count >= 2, !table.rows.isEmpty else { return nil }
        let headers = table.header.prefix(2).map { TableKind.normalise($0.text) }
        let valueColumn: Int
        if valueHeaders.contains(headers[1]) && !valueHeaders.contains(headers[0]) {
            valueColumn = 1
        } else if valueHeaders.contains(headers[0]) && !valueHeaders.contains(headers[1]) {
            valueColumn = 0
        } else {
            return nil
        }
        let nameColumn = 1 - valueColumn
        let descriptionColumn = table.header.indices.dropFirst(2).first {
            TableKind.normalise(table.header[$0].text) == "description"
        }
        if let strings = stringValues(table, valueColumn: valueColumn, nameColumn: nameColumn) {
            return .enumeration(strings)
        }
        var members: [NamedValue] = []
        var shifted = false
        for row in table.rows {
            guard row.cells.count > 1 else { return nil }
            let name = plain(row.cells[nameColumn].text)
            let written = plain(row.cells[valueColumn].text)
            guard !name.isEmpty, integer(name) == nil, let value = integer(written) else { return nil }
            if written.contains("<<") { shifted = true }
            let description = descriptionColumn.flatMap { $0 < row.cells.count ? InlineText.plain(row.cells[$0].text) : nil }
            members.append(NamedValue(name: name, value: value, written: written, description: description ?? ""))
        }
        let isBitSet = members.allSatisfy { $0.value > 0 && $0.value & ($0.value - 1) == 0 }
            && Set(members.map(\.value)).count == members.count
        return shifted && isBitSet ? .flags(members) : .integerEnumeration(members)
    }

    /// The values of a table whose value column holds words, not integers (`| Value | Name |` with
    /// `amazon-music | Amazon Music`): a string enumeration. Every value is one token (no blank),
    /// and at least one is no integer; nil otherwise.
    static func stringValues(_ table: Table, valueColumn: Int, nameColumn: Int) -> [String]? {
        var values: [String] = []
        var anyWord = false
        for row in table.rows {
            guard row.cells.count > 1 else { return nil }
            let value = plain(row.cells[valueColumn].text)
            guard !value.isEmpty, !value.contains(where: \.isWhitespace), !plain(row.cells[nameColumn].text).isEmpty
            else { return nil }
            if integer(value) == nil { anyWord = true }
            if !values.contains(value) { values.append(value) }
        }
        return anyWord ? values : nil
    }

    /// A cell's text without markup, backticks, surrounding blanks or a footnote mark (`skype *`).
    static func plain(_ text: String) -> String {
        var plain = Substring(InlineText.plain(text).filter { $0 != "`" }.trimmingBlanks())
        while let last = plain.last, last == "*" || last == "\\" || last == " " { plain = plain.dropLast() }
        return String(plain)
    }

    /// `12`, `-1`, `0x1F` or `1 << 4`; nil for anything else or a value out of range.
    static func integer(_ text: String) -> Int? {
        let compact = text.filter { $0 != " " }
        if let shift = compact.range(of: "<<") {
            guard let base = integer(String(compact[..<shift.lowerBound])),
                  let bits = Int(compact[shift.upperBound...]), (0..<63).contains(bits), base >= 0,
                  base <= Int.max >> bits else { return nil }
            return base << bits
        }
        if compact.hasPrefix("0x") || compact.hasPrefix("0X") { return Int(compact.dropFirst(2), radix: 16) }
        return Int(compact)
    }
}
