/// The marker at the start of a list item line (`- `, `* `, `+ `, `1. `, `1) `).
struct ListMarker {
    /// True for `1.` / `1)` markers.
    let isOrdered: Bool
    /// The number of an ordered marker (0 for bullets); only a list starting at 1 may interrupt a paragraph.
    let number: Int
    /// Indentation width of the marker.
    let indent: Int
    /// Column width at which the item's text starts; deeper indented lines after a blank still belong to it.
    let contentIndent: Int
    /// Index of the marker's first scalar.
    let markerStart: Int
    /// The item's text on the marker line, trimmed.
    let text: Range<Int>
}

/// Reading of bullet and ordered lists, flattened into items with a nesting depth.
///
/// Depth rule (deliberately simple): every open item remembers its marker's indentation; a new
/// item is nested under the innermost open item whose marker it out-indents by two or more
/// columns, and closes the items it does not. So 0–1 spaces is depth 0, 2–3 spaces under a
/// depth-0 item is depth 1, and so on.
extension SourceText {
    /// The list marker starting `line`, or nil. Any indentation is accepted (nesting); the caller
    /// limits indentation where a list interrupts a paragraph.
    func listMarker(_ line: SourceLine) -> ListMarker? {
        guard !line.isBlank else { return nil }
        var index = line.contentStart
        let first = scalars[index]
        var isOrdered = false
        var number = 0
        if first == "-" || first == "*" || first == "+" {
            index += 1
        } else {
            while index < line.end && scalars[index].isASCIIDigit && index - line.contentStart < 9 {
                number = number * 10 + Int(scalars[index].value - 48)
                index += 1
            }
            guard index > line.contentStart, index < line.end,
                  scalars[index] == "." || scalars[index] == ")" else { return nil }
            isOrdered = true
            index += 1
        }
        guard index == line.end || scalars[index].isBlank else { return nil }
        let width = index - line.contentStart
        return ListMarker(isOrdered: isOrdered, number: number, indent: line.indent,
                          contentIndent: line.indent + width + 1, markerStart: line.contentStart,
                          text: trimmed(index..<line.end))
    }

    /// Reads the list whose first item is on `lines[start]`; returns the list and the index after it.
    func readList(_ first: ListMarker, at start: Int) -> (list: ListBlock, next: Int) {
        var items: [ListBlock.Item] = []
        var openIndents: [Int] = []
        var currentText: [String] = []
        var currentMarker = first
        var currentLocation = location(lines[start], at: first.markerStart)
        var currentDepth = 0

        /// Moves the item being collected into `items`; an empty marker line leaves no leading line break.
        func flush() {
            let text = currentText.joined().drop { $0 == "\n" }
            items.append(ListBlock.Item(text: String(text), depth: currentDepth, location: currentLocation))
        }

        (currentDepth, openIndents) = Self.nest(first.indent, in: openIndents)
        currentText = [string(first.text)]
        var index = start + 1
        scan: while index < lines.count {
            let line = lines[index]
            if !isThematicBreak(line), let marker = listMarker(line) {
                let (depth, indents) = Self.nest(marker.indent, in: openIndents)
                if depth == 0 && marker.isOrdered != first.isOrdered { break scan }
                flush()
                (currentDepth, openIndents, currentMarker) = (depth, indents, marker)
                currentLocation = location(line, at: marker.markerStart)
                currentText = [string(marker.text)]
                index += 1
                continue
            }
            if line.isBlank {
                var next = index + 1
                while next < lines.count && lines[next].isBlank { next += 1 }
                guard next < lines.count else { break scan }
                let following = lines[next]
                if !isThematicBreak(following), let marker = listMarker(following) {
                    // A blank line between items keeps the list (a loose list) unless a new kind starts.
                    guard Self.nest(marker.indent, in: openIndents).depth > 0 || marker.isOrdered == first.isOrdered
                    else { break scan }
                    index = next
                    continue
                }
                guard following.indent >= currentMarker.contentIndent, !interruptsText(at: next) else { break scan }
                // An indented paragraph after a blank line is a second paragraph of the item.
                currentText.append("\n\n" + trimmedText(of: following))
                index = next + 1
                continue
            }
            if interruptsText(at: index) { break scan }
            // Indented or lazy continuation line, as a reader sees it in the rendered page.
            currentText.append("\n" + trimmedText(of: line))
            index += 1
        }
        flush()
        let list = ListBlock(items: items, isOrdered: first.isOrdered, location: items[0].location)
        return (list, index)
    }

    /// The depth of an item whose marker is indented by `indent`, given the markers of the open
    /// items, and the open markers after adding it.
    static func nest(_ indent: Int, in open: [Int]) -> (depth: Int, open: [Int]) {
        var open = open
        while let innermost = open.last, indent < innermost + 2 { open.removeLast() }
        let depth = open.count
        open.append(indent)
        return (depth, open)
    }
}
