/// A page normalised for block reading: one flat array of Unicode scalars plus the lines in it.
///
/// Working on an array of scalars (instead of `String.Index`) keeps every scan linear and makes
/// columns trivial to compute: a column is an offset into the line plus one.
struct SourceText {
    /// The whole page after normalisation, line feeds included.
    let scalars: [Unicode.Scalar]
    /// Every line of the page, in order; a final line feed does not add an empty last line.
    let lines: [SourceLine]
    /// The file name to put into every location.
    let file: String
    /// True for an MDX page: `import`/`export` lines, JSX tag lines and `{…}` expressions are blocks.
    let isMDX: Bool

    /// Normalises `text` (drops a leading byte order mark, turns CRLF and lone CR into LF) and splits it into lines.
    init(_ text: String, file: String, isMDX: Bool = false) {
        self.file = file
        self.isMDX = isMDX
        var decoded = ScalarString.scalars(of: text)
        if decoded.first == "\u{FEFF}" { decoded.removeFirst() }
        // Most pages have no CR at all; only those pay for the copy.
        let normalised = decoded.contains("\r") ? Self.unifyingLineBreaks(decoded) : decoded
        scalars = normalised
        lines = SourceText.splitLines(normalised)
    }

    /// CRLF and lone CR turned into LF.
    private static func unifyingLineBreaks(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var normalised: [Unicode.Scalar] = []
        normalised.reserveCapacity(scalars.count)
        var previousWasCR = false
        for scalar in scalars {
            if scalar == "\r" {
                normalised.append("\n")
                previousWasCR = true
                continue
            }
            // The LF of a CRLF pair was already emitted when the CR was seen.
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            normalised.append(scalar)
        }
        return normalised
    }

    /// Splits normalised scalars at line feeds and measures each line's indentation once.
    private static func splitLines(_ scalars: [Unicode.Scalar]) -> [SourceLine] {
        var lines: [SourceLine] = []
        var start = 0
        var number = 1
        for index in scalars.indices where scalars[index] == "\n" {
            lines.append(SourceLine(number: number, start: start, end: index, scalars: scalars))
            start = index + 1
            number += 1
        }
        if start < scalars.count {
            lines.append(SourceLine(number: number, start: start, end: scalars.count, scalars: scalars))
        }
        return lines
    }

    /// The location of scalar `index` of `line`.
    func location(_ line: SourceLine, at index: Int) -> SourceLocation {
        SourceLocation(file: file, line: line.number, column: index - line.start + 1)
    }

    /// The location of the first non-blank scalar of `line` (column 1 for a blank line).
    func location(of line: SourceLine) -> SourceLocation {
        location(line, at: line.isBlank ? line.start : line.contentStart)
    }

    /// The scalars `range` as a `String`.
    func string(_ range: Range<Int>) -> String {
        ScalarString.make(scalars[range])
    }

    /// The scalars `range` with blanks (spaces and tabs) trimmed from both ends, as a `String`.
    func trimmedString(_ range: Range<Int>) -> String {
        string(trimmed(range))
    }

    /// `range` narrowed so that it neither starts nor ends with a space or tab.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper && scalars[lower].isBlank { lower += 1 }
        while upper > lower && scalars[upper - 1].isBlank { upper -= 1 }
        return lower..<upper
    }

    /// The text of `line` from its first non-blank scalar, trailing blanks removed.
    func trimmedText(of line: SourceLine) -> String {
        trimmedString(line.start..<line.end)
    }
}

/// One line of a `SourceText`: its number and where it sits in the scalar array.
struct SourceLine {
    /// 1-based line number.
    let number: Int
    /// Index of the line's first scalar in `SourceText.scalars`.
    let start: Int
    /// Index just past the line's last scalar (the line feed is not part of the line).
    let end: Int
    /// Index of the first scalar that is not a space or tab (`end` when the line is blank).
    let contentStart: Int
    /// Width of the leading blanks, with tabs advancing to the next multiple of 4.
    let indent: Int

    /// Measures the leading blanks of the line `start..<end` of `scalars`.
    init(number: Int, start: Int, end: Int, scalars: [Unicode.Scalar]) {
        self.number = number
        self.start = start
        self.end = end
        var index = start
        var width = 0
        while index < end && scalars[index].isBlank {
            width = scalars[index] == "\t" ? (width / 4 + 1) * 4 : width + 1
            index += 1
        }
        contentStart = index
        indent = width
    }

    /// True when the line holds nothing but spaces and tabs.
    var isBlank: Bool { contentStart == end }

    /// True when the line is indented by at most three columns, the limit for block markers.
    var hasBlockIndent: Bool { indent <= 3 }
}

/// Character classes the block reader needs.
extension Unicode.Scalar {
    /// True for the two characters markdown treats as blank inside a line: space and tab.
    var isBlank: Bool { self == " " || self == "\t" }

    /// True for ASCII letters.
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }

    /// True for ASCII digits.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
