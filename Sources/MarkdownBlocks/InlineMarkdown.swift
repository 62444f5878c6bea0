/// The markdown stage of `InlineText.plain(_:)`: links become their text, emphasis markers go.
enum InlineMarkdown {
    /// `text` with every `[text](url)` and `![alt](url)` replaced by its text.
    static func replaceLinks(_ text: MarkedText) -> MarkedText {
        guard text.scalars.contains("[") else { return text }
        let closer = balancingClosers(in: text)
        var result = MarkedText()
        var index = 0
        while index < text.count {
            let open = text.scalars[index] == "!" ? index + 1 : index
            if text.isFree(open), text.scalars[open] == "[", open == index || text.isFree(index) {
                let close = closer[open]
                if close >= 0, text.isFree(close + 1), text.scalars[close + 1] == "(", closer[close + 1] >= 0 {
                    result.append(text, (open + 1)..<close)
                    index = closer[close + 1] + 1
                    continue
                }
            }
            result.append(text, index..<(index + 1))
            index += 1
        }
        return result
    }

    /// For every unprotected `[` and `(`, the index of the `]` or `)` that balances it (-1 if none).
    ///
    /// One pass with a stack per bracket kind keeps link detection linear however many stray
    /// brackets a page has. Brackets never pair across an empty line: links do not span paragraphs.
    private static func balancingClosers(in text: MarkedText) -> [Int] {
        var closer = Array(repeating: -1, count: text.count)
        var squares: [Int] = []
        var rounds: [Int] = []
        for index in 0..<text.count where text.isFree(index) {
            switch text.scalars[index] {
            case "[": squares.append(index)
            case "(": rounds.append(index)
            case "]": if let open = squares.popLast() { closer[open] = index }
            case ")": if let open = rounds.popLast() { closer[open] = index }
            case "\n" where text[safe: index + 1] == "\n":
                squares.removeAll()
                rounds.removeAll()
            default: break
            }
        }
        return closer
    }

    /// A run of `*` or `_` that may open or close emphasis.
    private struct Delimiter {
        /// Index of the first marker not yet used; a closer is used from its start (its inner side).
        var start: Int
        /// Markers of the run not yet used; an opener is used from its end (its inner side).
        var remaining: Int
        /// The run's length as written, for the rule of three.
        let length: Int
        let marker: Unicode.Scalar
        let canOpen: Bool
        let canClose: Bool
        /// True when text touches the run on both sides (`foo**bar`): such a run could open or
        /// close, which is when CommonMark's rule of three applies.
        let isIntraword: Bool
        /// Number of line breaks before the run; emphasis never spans lines.
        let line: Int
    }

    /// `text` with emphasis markers removed where they clearly wrap words: `**b**`, `*i*`, `_i_`, `***bi***`.
    ///
    /// A single marker must not touch a letter or digit on its outer side, so `snake_case_name`
    /// and `2*3*4` are left alone. Double markers are looser on the closing side because pages
    /// write `**Resource type: **` and mean bold.
    ///
    /// Runs of different lengths pair as in CommonMark: two markers at a time while both runs
    /// have two, else one, taken from the inner sides, so `**type_id***` keeps its required
    /// marker as `type_id*`. A backslash-escaped `\*` is protected and never part of a run.
    static func removeEmphasis(_ text: MarkedText) -> MarkedText {
        var removed = Array(repeating: false, count: text.count)
        var openers: [Delimiter] = []
        for var delimiter in findDelimiters(in: text) {
            if let last = openers.last, last.line != delimiter.line { openers.removeAll() }
            while delimiter.canClose, delimiter.remaining > 0, let match = opener(for: delimiter, in: openers) {
                var opener = openers[match]
                let used = opener.remaining >= 2 && delimiter.remaining >= 2 ? 2 : 1
                let openerEnd = opener.start + opener.remaining
                for position in (openerEnd - used)..<openerEnd { removed[position] = true }
                for position in delimiter.start..<(delimiter.start + used) { removed[position] = true }
                opener.remaining -= used
                delimiter.start += used
                delimiter.remaining -= used
                // Openers between the pair can no longer close anything inside it.
                openers.removeSubrange((match + 1)...)
                if opener.remaining == 0 { openers.removeLast() } else { openers[match] = opener }
            }
            if delimiter.canOpen && delimiter.remaining > 0 { openers.append(delimiter) }
        }
        var result = MarkedText()
        for index in 0..<text.count where !removed[index] { result.append(text, index..<(index + 1)) }
        return result
    }

    /// The index in `openers` of the nearest opener `closer` may pair with, or nil.
    ///
    /// Only the nearest openers are searched, so a line of unmatched markers stays linear. The
    /// CommonMark rule of three applies: when either run could both open and close, runs whose
    /// lengths add up to a multiple of three do not pair unless both lengths are multiples of three,
    /// so `*foo**bar*` is one emphasis around `foo**bar`.
    private static func opener(for closer: Delimiter, in openers: [Delimiter]) -> Int? {
        openers.suffix(64).lastIndex { opener in
            guard opener.marker == closer.marker else { return false }
            let eitherIsIntraword = opener.isIntraword || closer.isIntraword
            guard eitherIsIntraword && (opener.length + closer.length) % 3 == 0 else { return true }
            return opener.length % 3 == 0 && closer.length % 3 == 0
        }
    }

    /// Every unprotected run of 1–3 `*` or `_` with its opening and closing abilities.
    ///
    /// A removed tag ends a run and counts as punctuation beside it, as the tag's `<` or `>` would.
    private static func findDelimiters(in text: MarkedText) -> [Delimiter] {
        var delimiters: [Delimiter] = []
        var line = 0
        var index = 0
        while index < text.count {
            let scalar = text.scalars[index]
            guard text.isFree(index), scalar == "*" || scalar == "_" else {
                if scalar == "\n" { line += 1 }
                index += 1
                continue
            }
            let start = index
            index += 1
            while text.isFree(index) && text.scalars[index] == scalar && !text.isAfterRemovedTag(index) { index += 1 }
            let length = index - start
            guard length <= 3 else { continue }
            let before: Unicode.Scalar? = text.isAfterRemovedTag(start) ? ">" : text[safe: start - 1]
            let after: Unicode.Scalar? = text.isAfterRemovedTag(index) ? "<" : text[safe: index]
            let opensWord = after.map { !$0.isWhitespaceLike } ?? false
            let closesWord = before.map { !$0.isWhitespaceLike } ?? false
            let outsideBefore = before.map { !$0.isWordCharacter } ?? true
            let outsideAfter = after.map { !$0.isWordCharacter } ?? true
            let canOpen = opensWord && outsideBefore
            let canClose = length == 2 && scalar == "*" ? before != nil : closesWord && outsideAfter
            delimiters.append(Delimiter(start: start, remaining: length, length: length, marker: scalar,
                                        canOpen: canOpen, canClose: canClose, isIntraword: opensWord && closesWord,
                                        line: line))
        }
        return delimiters
    }
}
