import Foundation
import MarkdownBlocks

/// Finds endpoint declarations in single blocks, by shape: a method word followed by a request
/// target, written as a fenced line, a whole paragraph or inside a heading. A recogniser knows
/// forms (`[DELETE]`, `% GET /x`, `` `GET /x` ``), never sites.
enum EndpointRecognizer {
    /// The methods a declaration may name, in their standard spelling.
    static let methods: Set<String> = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]

    /// `GET /x`, `GET https://host/x`, `GET/x`, `[PUT|POST] /x`, `PUT|POST /x`, `GET http://h/x/<ID>`:
    /// the declarations one line states (one per method), or nil when the line is no declaration.
    /// - Parameter strict: when true (code lines), the line holds nothing after the target but an
    ///   `HTTP/1.1` version, which makes it a sample's request line instead, so nil.
    static func line(_ rawLine: String, form: EndpointDeclaration.Form, at location: SourceLocation)
        -> [EndpointDeclaration]? {
        let text = rawLine.trimmingBlanks()
        guard let (methods, rest) = leadingMethods(text) else { return nil }
        guard let target = onlyWord(rest) else { return nil }
        return declarations(methods: methods, target: target, form: form, at: location)
    }

    /// The text when it is one word (blanks inside braces belong to the word), else nil: a line
    /// that goes on after the target is a request line (`HTTP/1.1`) or prose.
    static func onlyWord(_ rest: Substring) -> String? {
        // ASCII text, the usual case, is judged on bytes without building a string first; any
        // other case takes the general path.
        let bytes = rest.utf8
        var depth = 0
        var blankInBraces = false
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "}"): depth = max(0, depth - 1)
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                if depth > 0 {
                    blankInBraces = true
                } else if index > bytes.startIndex,
                          bytes[index...].contains(where: { $0 > 0x20 && $0 < 0x80 }) {
                    // A word before the blank and another after it: `POST /x HTTP/1.1`.
                    return nil
                } else {
                    return slowOnlyWord(rest)
                }
            case 0x0A...0x0D, 0x80...: return slowOnlyWord(rest)
            default: break
            }
            index = bytes.index(after: index)
        }
        guard !rest.isEmpty else { return nil }
        return blankInBraces ? withoutBlanksInBraces(rest) : String(rest)
    }

    /// `onlyWord` for text with other than ASCII, where any Unicode blank separates words.
    static func slowOnlyWord(_ rest: Substring) -> String? {
        let words = withoutBlanksInBraces(rest).split(whereSeparator: \.isWhitespace)
        guard let first = words.first, words.count == 1 else { return nil }
        return String(first)
    }

    /// `/users/{id | userPrincipalName}/x` → `/users/{id|userPrincipalName}/x`: blanks inside a
    /// placeholder belong to it, so the target is one word.
    static func withoutBlanksInBraces(_ text: Substring) -> String {
        var depth = 0
        var result = ""
        for character in text {
            if character == "{" { depth += 1 } else if character == "}" { depth = max(0, depth - 1) }
            if depth > 0 && (character == " " || character == "\t") { continue }
            result.append(character)
        }
        return result
    }

    /// Declarations for `methods` on `target` (a path or a full URL); nil when the target is no path.
    static func declarations(methods: [String], target rawTarget: String, form: EndpointDeclaration.Form,
                             at location: SourceLocation) -> [EndpointDeclaration]? {
        // Plain standard-library scans: this runs for every declaration line of every page.
        var target = rawTarget
        if target.hasPrefix("`") || target.hasSuffix("`") {
            target = String(target.drop { $0 == "`" }.reversed().drop { $0 == "`" }.reversed())
        }
        var host = ""
        if target.utf8.contains(UInt8(ascii: ":")), let scheme = target.firstRange(of: "://") {
            let rest = target[scheme.upperBound...]
            let end = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
            host = String(target[..<end])
            target = String(target[end...])
            if target.isEmpty { target = "/" }
        } else if target.hasPrefix("{{") || target.hasPrefix("{host") || target.hasPrefix("{HOST") {
            // `{{HOST}}/items`: the first segment names the host.
            let end = target.firstIndex(of: "/") ?? target.endIndex
            host = String(target[..<end])
            target = String(target[end...])
        }
        guard let normalised = PathTemplate.normalise(target, allowsRelative: form == .paragraph) else { return nil }
        let query = zip(normalised.queryNames, normalised.queryValues).map { (name: $0, value: $1) }
        return methods.map { method in
            EndpointDeclaration(method: method, path: normalised.path, query: query, host: host, form: form,
                                location: location)
        }
    }

    /// The method words a text starts with and the text after them: `GET /x`, `GET/x`,
    /// `[PUT|POST] /x`, `PUT|POST /x`. Method words must be upper case: `Get` starts prose.
    static func leadingMethods(_ text: String) -> ([String], Substring)? {
        var rest = Substring(text)
        var bracketed = false
        if rest.hasPrefix("[") {
            bracketed = true
            rest = rest.dropFirst().drop { $0 == " " }
        }
        var found: [String] = []
        while true {
            let word = rest.prefix { $0.isLetter }
            guard !word.isEmpty, word == word.uppercased(), methods.contains(String(word)) else { break }
            found.append(String(word))
            rest = rest.dropFirst(word.count)
            // `PUT|POST`, and inside brackets also `PUT | POST`.
            let afterBlanks = bracketed ? rest.drop { $0 == " " } : rest
            if afterBlanks.hasPrefix("|") {
                rest = afterBlanks.dropFirst()
                if bracketed { rest = rest.drop { $0 == " " } }
            } else {
                if bracketed { rest = afterBlanks }
                break
            }
        }
        guard !found.isEmpty else { return nil }
        if bracketed {
            guard rest.hasPrefix("]") else { return nil }
            rest = rest.dropFirst()
        }
        let trimmed = rest.drop { $0 == " " || $0 == "\t" }
        // `GET/x` (no blank) is accepted only when the target starts at once with `/`.
        guard trimmed.isEmpty || trimmed.count < rest.count || trimmed.hasPrefix("/") else { return nil }
        return (found, trimmed)
    }

    /// The declarations a fenced block states: every non-blank line a `METHOD /path` line, maybe
    /// followed by header lines (`Accept: …`). A block with a body, a version (`HTTP/1.1`) or a
    /// command is a sample, not a declaration: nil.
    static func code(_ code: CodeBlock) -> [EndpointDeclaration]? {
        let language = code.language.lowercased()
        guard ["", "http", "plaintext", "text", "txt", "plain", "http request", "nohighlight"].contains(language),
              mayStartWithMethod(code.content) else { return nil }
        var found: [EndpointDeclaration] = []
        var sawHeader = false
        // Line by line with an early exit: a sample's first line already says it is no
        // declaration, and its body (often large) is never split.
        let content = code.content.utf8
        var start = content.startIndex
        var offset = 0
        while start < content.endIndex {
            let end = content[start...].firstIndex(of: UInt8(ascii: "\n")) ?? content.endIndex
            defer {
                start = end < content.endIndex ? content.index(after: end) : end
                offset += 1
            }
            let text = String(Substring(code.content.utf8[start..<end])).trimmingBlanks()
            if text.isEmpty { continue }
            var location = code.location
            location.line += 1 + offset
            location.column = 1
            if !sawHeader, let declarations = Self.line(text, form: .codeLine, at: location) {
                found += declarations
            } else if !found.isEmpty, isHeaderLine(text) {
                sawHeader = true
            } else {
                return nil
            }
        }
        return found.isEmpty ? nil : found
    }

    /// A cheap first look, so that prose is passed over without building strings: after blanks,
    /// an optional `` ` `` or `[`, the text starts with an upper-case method word (`GET`, `PUT|`,
    /// `GET/x`), not with any word that merely starts with G, P, D, H or O.
    static func mayStartWithMethod(_ text: String) -> Bool {
        var word: UInt64 = 0
        var length = 0
        for byte in text.utf8 {
            if length == 0 {
                switch byte {
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "`"),
                     UInt8(ascii: "["): continue
                default: break
                }
            }
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                length += 1
                if length > 7 { return false }
                word = word << 8 | UInt64(byte)
                continue
            }
            break
        }
        return methodWords.contains(word)
    }

    /// The methods as upper-case bytes packed into one integer (at most seven letters), so that
    /// a word is looked up without building a string or an array.
    static let methodWords: Set<UInt64> = Set(methods.map { $0.utf8.reduce(0) { $0 << 8 | UInt64($1) } })

    /// True when the text holds an upper-case method word or a `/`: what every heading form
    /// needs; checked on bytes before any string is built.
    static func mayHoldDeclaration(_ text: String) -> Bool {
        var run = 0
        var word: UInt64 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "/") { return true }
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                run += 1
                if run <= 7 { word = word << 8 | UInt64(byte) }
            } else {
                if run >= 3 && run <= 7, methodWords.contains(word) { return true }
                run = 0
                word = 0
            }
        }
        return run >= 3 && run <= 7 && methodWords.contains(word)
    }

    /// `Accept: application/json`.
    static func isHeaderLine(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let name = text[..<colon]
        return !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
    }

    /// A paragraph that is nothing but a declaration, backticked or not.
    static func paragraph(_ paragraph: Paragraph) -> [EndpointDeclaration]? {
        guard paragraph.lines.count <= 8, paragraph.lines.contains(where: { mayStartWithMethod($0.text) })
        else { return nil }
        let lines = paragraph.lines.filter { !$0.text.trimmingBlanks().isEmpty }
        guard !lines.isEmpty, lines.count <= 4 else { return nil }
        var found: [EndpointDeclaration] = []
        for line in lines {
            var text = line.text.trimmingBlanks()
            if text.hasPrefix("`") && text.hasSuffix("`") && text.count > 2 {
                text = String(text.dropFirst().dropLast()).trimmingBlanks()
            }
            if let declarations = Self.line(text, form: .paragraph, at: line.location) {
                found += declarations
            } else if text.hasSuffix(":") && text.count <= 60 {
                // `> Sample Request:` continued lazily by the declaration line: a label, not prose.
                continue
            } else {
                return nil
            }
        }
        return found.isEmpty ? nil : found
    }
}
