/// Reading of GFM pipe tables, including the damaged forms generated pages contain.
extension SourceText {
    /// True when `line` contains a `|` that is not escaped as `\|`.
    func containsUnescapedPipe(_ line: SourceLine) -> Bool {
        var index = line.contentStart
        while index < line.end {
            if scalars[index] == "\\" {
                index += 2
                continue
            }
            if scalars[index] == "|" { return true }
            index += 1
        }
        return false
    }

    /// True when `line` is an alignment row such as `|---|:---:|` or `--- | ---:` under a header
    /// of `headerCellCount` cells.
    ///
    /// A pipe is required so that a lone `---` stays a thematic break. Cells past the header's
    /// count may be stray `-` and `:` characters (`|:-|:-|:` under two columns, as Accelo writes):
    /// Slate's renderer reads only as many alignment cells as the header has, so the page shows a
    /// table, and reading one loses nothing.
    func isAlignmentRow(_ line: SourceLine, headerCellCount: @autoclosure () -> Int) -> Bool {
        guard !line.isBlank, containsUnescapedPipe(line) else { return false }
        let segments = cellRanges(of: line)
        guard let firstInvalid = segments.firstIndex(where: { !isAlignmentCell($0) }) else { return !segments.isEmpty }
        guard segments[firstInvalid...].allSatisfy(isStrayAlignmentText) else { return false }
        return firstInvalid > 0 && firstInvalid >= headerCellCount()
    }

    /// True when `segment` is one alignment cell: dashes with an optional colon at either end.
    private func isAlignmentCell(_ segment: Range<Int>) -> Bool {
        let cell = trimmed(segment)
        var lower = cell.lowerBound
        var upper = cell.upperBound
        if lower < upper && scalars[lower] == ":" { lower += 1 }
        if upper > lower && scalars[upper - 1] == ":" { upper -= 1 }
        return lower < upper && scalars[lower..<upper].allSatisfy { $0 == "-" }
    }

    /// True when `segment` holds only `-` and `:` characters: the left-over of a mistyped alignment row.
    private func isStrayAlignmentText(_ segment: Range<Int>) -> Bool {
        let cell = trimmed(segment)
        return !cell.isEmpty && scalars[cell].allSatisfy { $0 == "-" || $0 == ":" }
    }

    /// True when `lines[index]` has a pipe and the next line is an alignment row: a table that
    /// may start anywhere, even right after a paragraph line.
    func startsTableWithAlignmentRow(at index: Int) -> Bool {
        guard index + 1 < lines.count, containsUnescapedPipe(lines[index]) else { return false }
        return isAlignmentRow(lines[index + 1], headerCellCount: cellRanges(of: lines[index]).count)
    }

    /// True when `lines[index]` has two or more cells and the next line has a pipe too: a table
    /// whose alignment row is missing. Only considered where a new block starts.
    func startsTableWithoutAlignmentRow(at index: Int) -> Bool {
        guard index + 1 < lines.count, containsUnescapedPipe(lines[index]), cellRanges(of: lines[index]).count >= 2
        else { return false }
        return isTableBodyLine(lines[index + 1])
    }

    /// True when `line` can continue a table body: not blank, has a pipe, and starts no heading or fence.
    private func isTableBodyLine(_ line: SourceLine) -> Bool {
        !line.isBlank && containsUnescapedPipe(line) && atxHeading(line) == nil && fenceOpening(line) == nil
    }

    /// Reads the table whose header is `lines[start]`; returns the table, the index after it and any issue.
    func readTable(at start: Int) -> (table: Table, next: Int, issue: ReaderIssue?) {
        let headerLine = lines[start]
        let header = cells(of: headerLine)
        let hasAlignmentRow = start + 1 < lines.count && isAlignmentRow(lines[start + 1], headerCellCount: header.count)
        var issue: ReaderIssue?
        if !hasAlignmentRow {
            let missingAt = start + 1 < lines.count ? location(of: lines[start + 1]) : location(of: headerLine)
            issue = ReaderIssue(severity: .warning,
                                message: "table header is not followed by an alignment row (|---|---|); read as a table anyway",
                                location: missingAt)
        }
        let headerKeys = header.map { $0.text.lowercased() }
        var rows: [TableRow] = []
        var repeatedHeaderRows: [SourceLocation] = []
        var index = start + (hasAlignmentRow ? 2 : 1)
        var previousWasRepeatedHeader = false
        while index < lines.count, isTableBodyLine(lines[index]) {
            let line = lines[index]
            index += 1
            // A generator that repeats the header usually repeats the alignment row after it too.
            if previousWasRepeatedHeader && isAlignmentRow(line, headerCellCount: header.count) {
                previousWasRepeatedHeader = false
                continue
            }
            let rowCells = cells(of: line)
            // Cell by cell with an early exit: most rows differ from the header in their first cell.
            if rowCells.count == headerKeys.count && zip(rowCells, headerKeys).allSatisfy({ $0.text.lowercased() == $1 }) {
                repeatedHeaderRows.append(location(of: line))
                previousWasRepeatedHeader = true
                continue
            }
            previousWasRepeatedHeader = false
            rows.append(TableRow(cells: rowCells, location: location(of: line)))
        }
        let table = Table(header: header, rows: rows, repeatedHeaderRows: repeatedHeaderRows,
                          hasAlignmentRow: hasAlignmentRow, location: location(of: headerLine))
        return (table, index, issue)
    }

    /// The cells of a table line: split on unescaped pipes, outer pipes dropped, trimmed, `\|` unescaped.
    func cells(of line: SourceLine) -> [TableCell] {
        cellRanges(of: line).map { range in
            let text = trimmed(range)
            let at = text.isEmpty ? range.lowerBound : text.lowerBound
            return TableCell(text: unescapingPipes(text), location: location(line, at: at))
        }
    }

    /// The raw ranges between unescaped pipes, without the segment before a leading pipe and
    /// the one after a trailing pipe.
    ///
    /// Pipes inside backtick code spans split too, as in GFM; only `\|` protects a pipe.
    private func cellRanges(of line: SourceLine) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var segmentStart = line.start
        var index = line.start
        var lastPipe = -1
        while index < line.end {
            let scalar = scalars[index]
            if scalar == "\\" {
                index += 2
                continue
            }
            if scalar == "|" {
                ranges.append(segmentStart..<index)
                segmentStart = index + 1
                lastPipe = index
            }
            index += 1
        }
        ranges.append(segmentStart..<line.end)
        if !line.isBlank && scalars[line.contentStart] == "|" {
            ranges.removeFirst()
        }
        let content = trimmed(line.start..<line.end)
        if !ranges.isEmpty && !content.isEmpty && lastPipe == content.upperBound - 1 {
            ranges.removeLast()
        }
        return ranges
    }

    /// The scalars of `range` as a `String` with every `\|` turned into `|`.
    private func unescapingPipes(_ range: Range<Int>) -> String {
        // Almost no cell escapes a pipe; those that do are copied without the backslashes.
        guard scalars[range].contains("\\") else { return string(range) }
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = scalars[index]
            if scalar == "\\" && index + 1 < range.upperBound && scalars[index + 1] == "|" {
                result.append("|")
                index += 2
                continue
            }
            result.append(scalar)
            index += 1
        }
        return ScalarString.make(result)
    }
}
