/// Where a tag sits in its template, kept on every node so render-time errors can point at it.
///
/// Positions are counted in `Character`s so a caret drawn under the source line lines up with
/// what an editor shows, even after non-ASCII text on the same line.
struct SourceSpan: Hashable, Sendable {
    /// The 1-based line of the tag's opening delimiter.
    var line: Int
    /// The 1-based column of the tag's opening delimiter.
    var column: Int
    /// How many characters of that line the tag covers (at least 1), for the `~` underline.
    var length: Int
}

/// Maps UTF-8 offsets of one template source to line and column positions.
///
/// The lexer works on UTF-8 bytes for speed; this converts its offsets once per tag, which is
/// cheap because templates are parsed once and rendered many times.
struct SourcePositions {
    /// The template source as UTF-8 bytes.
    let bytes: [UInt8]
    /// Offsets at which each line begins; `lineStarts[0]` is always 0.
    let lineStarts: [Int]

    /// Indexes the line starts of `bytes`.
    init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    /// The span of the tag occupying `start..<end`, clipped to the line it starts on.
    func span(from start: Int, to end: Int) -> SourceSpan {
        let lineIndex = lineIndex(containing: start)
        let lineStart = lineStarts[lineIndex]
        let lineEnd = lineIndex + 1 < lineStarts.count ? lineStarts[lineIndex + 1] - 1 : bytes.count
        let column = characterCount(lineStart..<start) + 1
        let length = characterCount(start..<min(max(end, start), lineEnd))
        return SourceSpan(line: lineIndex + 1, column: column, length: max(length, 1))
    }

    /// The span from `start` to the end of its line, for tags that never close.
    func spanToLineEnd(from start: Int) -> SourceSpan {
        span(from: start, to: bytes.count)
    }

    /// The 0-based index of the line holding `offset`, by binary search.
    private func lineIndex(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The number of characters in a byte range that starts and ends on character boundaries.
    private func characterCount(_ range: Range<Int>) -> Int {
        String(decoding: bytes[range], as: UTF8.self).count
    }
}
