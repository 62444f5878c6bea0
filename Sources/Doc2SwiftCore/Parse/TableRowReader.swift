import Foundation
import MarkdownBlocks

/// Reads the cells of table rows by column, repairing ragged rows with a located warning
/// instead of dropping them.
struct TableRowReader {
    /// A row's cells resolved to the columns a reader needs.
    struct Cells {
        var name: TableCell
        var type: TableCell?
        var description: String
        /// True when the name cell marks the row optional/required (`**v** <br>*required*`).
        var markedRequired: Bool?
        var location: SourceLocation
    }

    let table: Table
    let columns: TableColumns

    /// Every body row with at least a name, plus the diagnostics for rows that had to be repaired.
    func rows(into diagnostics: inout Diagnostics) -> [Cells] {
        let width = table.header.count
        var result: [Cells] = []
        /// Whether some name cell marks its row optional with `?` (`nick?`).
        var marksOptionalNames = false
        for row in table.rows {
            var cells = row.cells
            if cells.count < width {
                if cells.allSatisfy({ $0.text.isEmpty }) { continue }
                diagnostics.warning("table row has \(cells.count) cells but the header has \(width); "
                    + "missing cells read as empty", at: row.location)
                while cells.count < width { cells.append(TableCell(text: "", location: row.location)) }
            } else if cells.count > width, width > 0 {
                // An unescaped `|` inside a description splits it; glue the pieces back together.
                let last = width - 1
                let merged = cells[last...].map(\.text).joined(separator: " | ")
                diagnostics.warning("table row has \(cells.count) cells but the header has \(width); "
                    + "the extra cells are read as part of the last column", at: row.location)
                cells = Array(cells[..<last]) + [TableCell(text: merged, location: cells[last].location)]
            }
            guard columns.name < cells.count else { continue }
            let nameCell = cells[columns.name]
            let (name, marker) = Self.splitNameCell(nameCell.text)
            if marker == false, nameCell.text.utf8.contains(UInt8(ascii: "?")) { marksOptionalNames = true }
            if name.isEmpty {
                diagnostics.warning("table row has an empty name cell; row skipped", at: row.location)
                continue
            }
            var description = columns.description.map { cells[$0].text } ?? ""
            if columns.description == nil {
                // Without a description column, unnamed remaining columns still describe the row.
                description = cells.indices.filter { $0 != columns.name && $0 != columns.type && $0 != columns.required && $0 != columns.place }
                    .map { cells[$0].text }.joined(separator: " ")
            }
            result.append(Cells(
                name: TableCell(text: name, location: nameCell.location),
                type: columns.type.map { cells[$0] }, description: description,
                markedRequired: marker ?? columns.required.flatMap { Self.requiredCell(cells[$0].text) },
                location: row.location))
        }
        // A table that marks the members that may be left out (`nick?`) says the others are always
        // there: its unmarked rows are required.
        if marksOptionalNames {
            let unmarked = result.indices.filter { result[$0].markedRequired == nil }
            for index in unmarked { result[index].markedRequired = true }
            if !unmarked.isEmpty {
                diagnostics.note("the table marks optional members with '?'; its \(unmarked.count) other row(s) are "
                    + "read as required", at: table.location)
            }
        }
        return result
    }

    /// Splits `**v** <br>*optional*` into the name and its required marker; plain names pass through.
    static func splitNameCell(_ text: String) -> (name: String, required: Bool?) {
        let plain = InlineText.plain(text)
        let lines = plain.split(whereSeparator: \.isNewline).map { $0.trimmingBlanks() }
        guard var name = lines.first else { return ("", nil) }
        var marker: Bool?
        for line in lines.dropFirst() {
            switch line.lowercased() {
            case "required", "(required)", "mandatory": marker = true
            case "optional", "(optional)": marker = false
            default: break
            }
        }
        name = name.trimmingCharacters(in: CharacterSet(charactersIn: "`*"))
        // `nick?` (may be left out) and a footnote star (`member? \*`) mark the name, not spell it.
        // Checked on bytes first: table rows are many, and almost no name carries a mark.
        guard name.utf8.contains(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "\\") }) else {
            return (name, marker)
        }
        let marked = name.trimmingCharacters(in: CharacterSet(charactersIn: "`*?\\ "))
        if marked != name, !marked.isEmpty {
            if name.hasSuffix("?") || name.contains("? ") || name.contains("?`") || name.contains("?\\") { marker = marker ?? false }
            name = marked
        }
        return (name, marker)
    }

    /// A Required column's cell: `yes`, `true`, `required` → true; `no`, `false`, `optional` → false;
    /// conditional text (`Yes, if title is not provided`, `sometimes`) → false, since a caller may
    /// leave the value out. Empty → nil (not stated).
    static func requiredCell(_ text: String) -> Bool? {
        let plain = InlineText.plain(text).lowercased().trimmingBlanks()
        guard !plain.isEmpty else { return nil }
        let first = plain.prefix { $0.isLetter }
        if ["yes", "true", "required", "mandatory", "y"].contains(first) {
            return plain.count == first.count || plain.dropFirst(first.count).allSatisfy { $0 == "." || $0 == " " }
        }
        return false
    }

    /// Removes a `**Required**` marker from a description and says whether it was there.
    static func extractRequired(_ description: String) -> (text: String, required: Bool) {
        let markers = ["**Required**", "**required**", "(required)", "*Required*"]
        for marker in markers where description.containsBytes(marker) {
            let text = description.replacingOccurrences(of: marker, with: "")
            return (text.trimmingBlanks(), true)
        }
        // `Bearer {token}. Required.`: a sentence of its own at the start or the end.
        guard description.containsBytes("Required") else { return (description, false) }
        let trimmed = description.trimmingBlanks()
        for sentence in ["Required.", "Required"] {
            if trimmed.hasSuffix(" " + sentence) || trimmed == sentence {
                return (String(trimmed.dropLast(sentence.count)).trimmingBlanks(), true)
            }
            if trimmed.hasPrefix(sentence + " "), sentence.hasSuffix(".") {
                return (String(trimmed.dropFirst(sentence.count)).trimmingBlanks(), true)
            }
        }
        return (description, false)
    }
}
