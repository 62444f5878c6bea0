/// The first stage of `InlineText.plain(_:)`: protecting backtick code spans and backslash escapes.
///
/// Code spans are kept verbatim (backticks included), so nothing inside them may be taken for a
/// tag, a link or emphasis: `` `urn:…:<parent-type>:<child-type>` `` must survive untouched.
enum InlineCodeSpans {
    /// `text` with every code span protected and every backslash escape resolved to a protected character.
    static func mark(_ text: String) -> MarkedText {
        let scalars = Array(text.unicodeScalars)
        let spans = codeSpans(in: scalars)
        var result = MarkedText()
        var spanIndex = 0
        var index = 0
        while index < scalars.count {
            if spanIndex < spans.count && spans[spanIndex].lowerBound == index {
                for position in spans[spanIndex] { result.append(scalars[position], protected: true) }
                index = spans[spanIndex].upperBound
                spanIndex += 1
                continue
            }
            // `\*`, `\_`, `\[`, `\<` …: the character is literal text, never markup.
            if scalars[index] == "\\", index + 1 < scalars.count, scalars[index + 1].isASCIIPunctuation,
               spanIndex >= spans.count || spans[spanIndex].lowerBound != index + 1 {
                result.append(scalars[index + 1], protected: true)
                index += 2
                continue
            }
            result.append(scalars[index], protected: false)
            index += 1
        }
        return result
    }

    /// The ranges of all code spans: a run of N backticks up to the next run of exactly N backticks.
    ///
    /// Runs are collected once and matched with one forward pointer per run length, so even a
    /// line full of unmatched backticks is handled in linear time.
    private static func codeSpans(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var runs: [(start: Int, length: Int)] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "`" else {
                index += 1
                continue
            }
            let start = index
            while index < scalars.count && scalars[index] == "`" { index += 1 }
            runs.append((start, index - start))
        }
        var runsByLength: [Int: [Int]] = [:]
        for (position, run) in runs.enumerated() { runsByLength[run.length, default: []].append(position) }
        var nextByLength: [Int: Int] = [:]
        var spans: [Range<Int>] = []
        var position = 0
        while position < runs.count {
            let run = runs[position]
            let candidates = runsByLength[run.length] ?? []
            var pointer = nextByLength[run.length] ?? 0
            while pointer < candidates.count && candidates[pointer] <= position { pointer += 1 }
            nextByLength[run.length] = pointer
            if pointer < candidates.count {
                let closing = runs[candidates[pointer]]
                spans.append(run.start..<(closing.start + closing.length))
                position = candidates[pointer] + 1
            } else {
                position += 1
            }
        }
        return spans
    }
}

/// Character classes the inline stages need.
extension Unicode.Scalar {
    /// True for the ASCII punctuation characters markdown lets a backslash escape.
    var isASCIIPunctuation: Bool {
        switch value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
        default: return false
        }
    }

    /// True for ASCII letters and digits and any non-ASCII letter or number.
    var isWordCharacter: Bool {
        isASCIILetter || isASCIIDigit || (value > 0x7F && (properties.isAlphabetic || properties.numericType != nil))
    }

    /// True for blanks and line breaks, including no-break space.
    var isWhitespaceLike: Bool {
        self == " " || self == "\t" || self == "\n" || self == "\u{A0}" || properties.isWhitespace
    }
}
