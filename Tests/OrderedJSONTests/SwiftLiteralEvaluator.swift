import OrderedJSON

/// Evaluates Swift string literal source the way the Swift lexer does, for the forms the writer emits.
///
/// Compiling generated literals is not possible inside the test run, so this models the lexer's rules:
/// custom `#` delimiters, escapes that need the same number of `#`s, multi-line literals with indentation
/// stripping and line continuations. It returns `nil` for anything the compiler would reject (or that this
/// model does not cover), such as interpolation, raw tabs on one line, trailing text after the literal, or a
/// raw character that must be escaped in source. Where the real lexer is more forgiving (`#"""#`), the model
/// is stricter, so passing it is sufficient.
enum SwiftLiteralEvaluator {
    /// The value of `source`, which must be exactly one string literal, or `nil` if it is not valid.
    ///
    /// - Parameter source: Swift source text of one literal.
    /// - Returns: The string the literal evaluates to.
    static func evaluate(_ source: String) -> String? {
        let scalars = Array(source.unicodeScalars)
        if scalars.contains(where: JSONWriter.mustEscapeInSwiftSource) { return nil }
        var index = 0
        while index < scalars.count, scalars[index] == "#" { index += 1 }
        let hashCount = index
        guard index < scalars.count, scalars[index] == "\"" else { return nil }
        if matches(scalars, at: index, ["\"", "\"", "\""]) {
            return evaluateMultiLine(scalars, contentStart: index + 3, hashCount: hashCount)
        }
        return evaluateSingleLine(scalars, contentStart: index + 1, hashCount: hashCount)
    }

    /// A single-line literal's value.
    ///
    /// - Parameters:
    ///   - scalars: The whole source.
    ///   - contentStart: The index after the opening quote.
    ///   - hashCount: The number of `#` in the delimiter.
    /// - Returns: The value, or `nil` if invalid.
    static func evaluateSingleLine(_ scalars: [Unicode.Scalar], contentStart: Int, hashCount: Int) -> String? {
        var value = String.UnicodeScalarView()
        var index = contentStart
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\"" && hashesFollow(scalars, at: index + 1, count: hashCount) {
                // The closing delimiter must end the source.
                return index + 1 + hashCount == scalars.count ? String(value) : nil
            }
            if scalar == "\\" && hashesFollow(scalars, at: index + 1, count: hashCount) {
                guard let (decoded, next) = escape(scalars, at: index + 1 + hashCount, multiLine: false) else {
                    return nil
                }
                value.append(contentsOf: decoded)
                index = next
                continue
            }
            // Raw line breaks end a single-line literal unterminated; a raw tab is "unprintable" to Swift.
            if scalar == "\n" || scalar == "\r" || scalar == "\t" { return nil }
            value.append(scalar)
            index += 1
        }
        return nil
    }

    /// A multi-line literal's value, after stripping the closing delimiter's indentation.
    ///
    /// - Parameters:
    ///   - scalars: The whole source.
    ///   - contentStart: The index after the opening `"""`.
    ///   - hashCount: The number of `#` in the delimiter.
    /// - Returns: The value, or `nil` if invalid.
    static func evaluateMultiLine(_ scalars: [Unicode.Scalar], contentStart: Int, hashCount: Int) -> String? {
        guard contentStart < scalars.count, scalars[contentStart] == "\n" else { return nil }
        // First pass: find the closing delimiter, the first `"""` + hashes not inside an escape.
        var index = contentStart + 1
        var closing: Int?
        while index < scalars.count {
            let isClosing = matches(scalars, at: index, ["\"", "\"", "\""])
                && hashesFollow(scalars, at: index + 3, count: hashCount)
            if isClosing {
                closing = index
                break
            }
            if scalars[index] == "\\" && hashesFollow(scalars, at: index + 1, count: hashCount) {
                index += 1 + hashCount + 1
                continue
            }
            if scalars[index] == "\r" { return nil }
            index += 1
        }
        guard let closing, closing + 3 + hashCount == scalars.count else { return nil }
        // The closing delimiter must start its own line; whatever precedes it there is the indentation.
        var lineStart = closing
        while lineStart > contentStart + 1, scalars[lineStart - 1] != "\n" { lineStart -= 1 }
        let indentation = Array(scalars[lineStart..<closing])
        guard indentation.allSatisfy({ $0 == " " || $0 == "\t" }) else { return nil }
        // With no content lines the literal is empty; otherwise lines end at the newline before the closing line.
        guard lineStart > contentStart + 1 else { return "" }
        let body = Array(scalars[(contentStart + 1)..<(lineStart - 1)])
        var value = String.UnicodeScalarView()
        var atLineStart = true
        index = 0
        while index < body.count {
            if atLineStart {
                atLineStart = false
                let isBlankLine = body[index] == "\n"
                if !isBlankLine {
                    guard matches(body, at: index, indentation) else { return nil }
                    index += indentation.count
                    continue
                }
            }
            let scalar = body[index]
            if scalar == "\\" && hashesFollow(body, at: index + 1, count: hashCount) {
                guard let (decoded, next) = escape(body, at: index + 1 + hashCount, multiLine: true) else {
                    return nil
                }
                value.append(contentsOf: decoded)
                if next > 0, body[next - 1] == "\n" { atLineStart = true }
                index = next
                continue
            }
            value.append(scalar)
            if scalar == "\n" { atLineStart = true }
            index += 1
        }
        return String(value)
    }

    /// Decodes the escape whose character (after `\` and the delimiter's hashes) is at `index`.
    ///
    /// - Parameters:
    ///   - scalars: The text holding the escape.
    ///   - index: The index of the character after the backslash and hashes.
    ///   - multiLine: Whether a line continuation (backslash before a newline) is allowed.
    /// - Returns: The decoded scalars and the index after the escape, or `nil` for an invalid escape or an
    ///   interpolation.
    static func escape(
        _ scalars: [Unicode.Scalar],
        at index: Int,
        multiLine: Bool
    ) -> (String.UnicodeScalarView, Int)? {
        guard index < scalars.count else { return nil }
        let simple: Unicode.Scalar? = switch scalars[index] {
        case "n": "\n"
        case "t": "\t"
        case "r": "\r"
        case "0": "\0"
        case "\\": "\\"
        case "\"": "\""
        case "'": "'"
        default: nil
        }
        if let simple { return (String.UnicodeScalarView([simple]), index + 1) }
        if scalars[index] == "\n" && multiLine { return (String.UnicodeScalarView(), index + 1) }
        guard scalars[index] == "u", index + 1 < scalars.count, scalars[index + 1] == "{" else { return nil }
        var end = index + 2
        var hex = ""
        while end < scalars.count, scalars[end] != "}" {
            hex.unicodeScalars.append(scalars[end])
            end += 1
        }
        guard end < scalars.count, (1...8).contains(hex.count), let value = UInt32(hex, radix: 16),
            let scalar = Unicode.Scalar(value)
        else { return nil }
        return (String.UnicodeScalarView([scalar]), end + 1)
    }

    /// Whether `expected` occurs in `scalars` at `index`.
    ///
    /// - Parameters:
    ///   - scalars: The text.
    ///   - index: Where to look.
    ///   - expected: The sequence.
    /// - Returns: `true` on a full match.
    static func matches(_ scalars: [Unicode.Scalar], at index: Int, _ expected: [Unicode.Scalar]) -> Bool {
        guard index >= 0, index + expected.count <= scalars.count else { return false }
        return scalars[index..<(index + expected.count)].elementsEqual(expected)
    }

    /// Whether `count` `#`s follow at `index` (always true for `count` 0).
    ///
    /// - Parameters:
    ///   - scalars: The text.
    ///   - index: Where the hashes would start.
    ///   - count: How many are needed.
    /// - Returns: `true` when they are all there.
    static func hashesFollow(_ scalars: [Unicode.Scalar], at index: Int, count: Int) -> Bool {
        matches(scalars, at: index, Array(repeating: "#", count: count))
    }
}
