import Testing
import MarkdownBlocks

/// Pipe tables: header, alignment row, cell splitting, locations, repeated headers and damaged forms.
@Suite struct TableTests {
    /// A SuperOffice table with cell locations on the first character of each cell's text.
    @Test func superOfficeTable() throws {
        let document = read("""
            | Parameter Name | Type |  Description |
            |----------------|------|--------------|
            | $select | string |  Optional comma separated list. |
            """)
        let table = try #require(document.tables.first)
        #expect(table.location == at(1, 1))
        #expect(table.hasAlignmentRow)
        #expect(table.header == [
            TableCell(text: "Parameter Name", location: at(1, 3)),
            TableCell(text: "Type", location: at(1, 20)),
            TableCell(text: "Description", location: at(1, 28)),
        ])
        #expect(table.rows == [TableRow(cells: [
            TableCell(text: "$select", location: at(3, 3)),
            TableCell(text: "string", location: at(3, 13)),
            TableCell(text: "Optional comma separated list.", location: at(3, 23)),
        ], location: at(3, 1))])
        #expect(table.repeatedHeaderRows.isEmpty)
        #expect(document.issues.isEmpty)
    }

    /// Outer pipes are optional and alignment cells may carry colons.
    @Test func withoutOuterPipesAndWithAlignment() {
        let document = read("a | b | c\n:--- | :---: | ---:\nd | e | f")
        #expect(document.tables.first?.headerTexts == ["a", "b", "c"])
        #expect(document.tables.first?.rowTexts == [["d", "e", "f"]])
    }

    /// `\|` is a literal pipe; pipes inside code spans still split, as in GFM.
    @Test func pipeEscapesAndCodeSpans() {
        let document = read("| a \\| b | c |\n|---|---|\n| `x \\| y` | z |\n| `p|q` | r |")
        #expect(document.tables.first?.headerTexts == ["a | b", "c"])
        #expect(document.tables.first?.rowTexts == [["`x | y`", "z"], ["`p", "q`", "r"]])
    }

    /// An empty cell is located where the cell starts; `||` holds one empty cell.
    @Test func emptyCells() throws {
        let document = read("| a | b | c |\n|---|---|---|\n| x |  | z |\n||")
        let table = try #require(document.tables.first)
        #expect(table.rows[0].cells.map(\.location) == [at(3, 3), at(3, 6), at(3, 10)])
        #expect(table.rows[0].cells.map(\.text) == ["x", "", "z"])
        #expect(table.rows[1].cells == [TableCell(text: "", location: at(4, 2))])
    }

    /// Tabs around cell text are trimmed.
    @Test func tabPaddedCells() {
        #expect(read("|\tName\t|\tType |\n|---|---|\n|a\t|\tb|").tables.first?.rowTexts == [["a", "b"]])
    }

    /// Rows keep their own number of cells, and a header with trailing junk keeps it as a cell.
    @Test func raggedRowsAreKept() {
        let document = read("|Type|Value|Description|ostman\n|---|---|---|\n| a | b |\n| a | b | c | d |")
        #expect(document.tables.first?.headerTexts == ["Type", "Value", "Description", "ostman"])
        #expect(document.tables.first?.rowTexts == [["a", "b"], ["a", "b", "c", "d"]])
    }

    /// Rows repeating the header (any case) are dropped and recorded, with the alignment row after them.
    @Test func repeatedHeaderRows() throws {
        let document = read("""
            | Name | Type |
            |---|---|
            | a | int |
            | name | TYPE |
            |---|---|
            | b | string |
            | Name | Type |
            | c | bool |
            |---|---|
            """)
        let table = try #require(document.tables.first)
        #expect(table.rowTexts == [["a", "int"], ["b", "string"], ["c", "bool"], ["---", "---"]])
        #expect(table.repeatedHeaderRows == [at(4, 1), at(7, 1)])
        #expect(table.rows.map(\.location.line) == [3, 6, 8, 9])
    }

    /// A header followed by pipe lines but no alignment row is still a table, with a warning.
    ///
    /// GFM would read these lines as a paragraph. Generated pages drop the alignment row by
    /// mistake, and a paragraph would hide their parameters from every later stage, so the rows
    /// are kept as a table and the page is told about the missing row.
    @Test func missingAlignmentRow() {
        let document = read("Text\n\n|Name|Description|\n|a|b|\n|c|d|\n\nAfter")
        #expect(document.kinds == [.paragraph, .table, .paragraph])
        #expect(document.tables.first?.hasAlignmentRow == false)
        #expect(document.tables.first?.headerTexts == ["Name", "Description"])
        #expect(document.tables.first?.rowTexts == [["a", "b"], ["c", "d"]])
        #expect(document.issues.map(\.location) == [at(4, 1)])
        #expect(document.issues.first?.severity == .warning)
    }

    /// Accelo's `|:-|:-|:` under a two-column header is its alignment row: the stray `:` past the
    /// header's cells is ignored, as Slate's renderer does, instead of becoming a body row with a warning.
    @Test func strayColonAfterAlignmentCells() {
        let document = read(
            "| Field Name | Notes|\n|:-|:-|:\n| country_id | Must point to a valid country. |\n| phone ||")
        #expect(document.tables.first?.hasAlignmentRow == true)
        #expect(document.tables.first?.rowTexts == [["country_id", "Must point to a valid country."], ["phone", ""]])
        #expect(document.issues.isEmpty)
    }

    /// Stray alignment text counts only past the header's cells; within them every cell must be dashes.
    @Test func strayAlignmentTextWithinHeaderCells() {
        let document = read("| a | b | c |\n|:-|:-|:\n| 1 | 2 | 3 |")
        #expect(document.tables.first?.hasAlignmentRow == false)
        #expect(document.issues.map(\.location) == [at(2, 1)])
        #expect(read("| a | b |\n|:-|:-|x\n| 1 | 2 |").tables.first?.hasAlignmentRow == false)
    }

    /// A one-cell pipe line, or a pipe line followed by no pipe line, is a paragraph.
    @Test func pipeLinesThatAreParagraphs() {
        #expect(read("a |\nb | c").kinds == [.paragraph])
        #expect(read("a | b\nno pipes here").kinds == [.paragraph])
        #expect(read("Accept-Language: *|en|sv").kinds == [.paragraph])
    }

    /// A table with an alignment row interrupts a paragraph; its header is the line before the alignment row.
    @Test func interruptsParagraph() {
        let document = read("The entity to be saved.\n| Property Name | Type |\n|---|---|\n| Id | Integer |")
        #expect(document.kinds == [.paragraph, .table])
        #expect(document.paragraphs.first?.text == "The entity to be saved.")
        #expect(document.tables.first?.location == at(2, 1))
    }

    /// The body ends at a blank line, a line without a pipe, or a heading.
    @Test func bodyEnds() {
        #expect(read("| a |\n|---|\n| 1 |\ntext").kinds == [.table, .paragraph])
        #expect(read("| a |\n|---|\n| 1 |\n\n| 2 |").tables.first?.rowTexts == [["1"]])
        #expect(read("| a |\n|---|\n| 1 |\n## H | x").kinds == [.table, .heading])
    }

    /// A `---` line without pipes after a pipe line is a thematic break, not an alignment row.
    @Test func dashesWithoutPipesAreNoAlignmentRow() {
        #expect(read("a | b\n---").kinds == [.paragraph, .thematicBreak])
    }

    /// Two tables separated by a blank line stay two tables (the MergeTickets split).
    @Test func splitTables() {
        let document = read("| P | T |\n|---|---|\n| a | b |\n\n| P | T |\n|---|---|\n| c | d |")
        #expect(document.tables.map(\.rowTexts) == [[["a", "b"]], [["c", "d"]]])
        #expect(document.tables.map(\.location) == [at(1, 1), at(5, 1)])
    }

    /// A table with only a header and an alignment row has no rows.
    @Test func headerOnly() {
        let document = read("| a | b |\n|---|---|")
        #expect(document.tables.first?.rows == [])
        #expect(document.tables.first?.headerTexts == ["a", "b"])
    }
}
