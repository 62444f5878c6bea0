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
        let start: Int
        let length: Int
        let marker: Unicode.Scalar
        let canOpen: Bool
        let canClose: Bool
        /// Number of line breaks before the run; emphasis never spans lines.
        let line: Int
    }

    /// `text` with emphasis markers removed where they clearly wrap words: `**b**`, `*i*`, `_i_`, `***bi***`.
    ///
    /// A single marker must not touch a letter or digit on its outer side, so `snake_case_name`
    /// and `2*3*4` are left alone. Double markers are looser on the closing side because pages
    /// write `**Resource type: **` and mean bold.
    static func removeEmphasis(_ text: MarkedText) -> MarkedText {
        let delimiters = findDelimiters(in: text)
        var removed = Array(repeating: false, count: text.count)
        var openers: [Delimiter] = []
        for delimiter in delimiters {
            if let last = openers.last, last.line != delimiter.line { openers.removeAll() }
            // Only the nearest openers are searched, so a line of unmatched markers stays linear.
            if delimiter.canClose,
               let match = openers.suffix(64).lastIndex(where: { $0.marker == delimiter.marker && $0.length == delimiter.length }) {
                let opener = openers[match]
                for position in opener.start..<(opener.start + opener.length) { removed[position] = true }
                for position in delimiter.start..<(delimiter.start + delimiter.length) { removed[position] = true }
                openers.removeSubrange(match...)
                continue
            }
            if delimiter.canOpen { openers.append(delimiter) }
        }
        var result = MarkedText()
        for index in 0..<text.count where !removed[index] { result.append(text, index..<(index + 1)) }
        return result
    }

    /// Every unprotected run of 1–3 `*` or `_` with its opening and closing abilities.
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
            while text.isFree(index) && text.scalars[index] == scalar { index += 1 }
            let length = index - start
            guard length <= 3 else { continue }
            let before = text[safe: start - 1]
            let after = text[safe: index]
            let opensWord = after.map { !$0.isWhitespaceLike } ?? false
            let closesWord = before.map { !$0.isWhitespaceLike } ?? false
            let outsideBefore = before.map { !$0.isWordCharacter } ?? true
            let outsideAfter = after.map { !$0.isWordCharacter } ?? true
            let canOpen = opensWord && outsideBefore
            let canClose = length == 2 && scalar == "*" ? before != nil : closesWord && outsideAfter
            delimiters.append(Delimiter(start: start, length: length, marker: scalar,
                                        canOpen: canOpen, canClose: canClose, line: line))
        }
        return delimiters
    }
}
