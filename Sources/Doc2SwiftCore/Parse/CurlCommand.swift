import Foundation
import MarkdownBlocks

/// A `curl` command as sample requests write it, read into the parts of an HTTP request.
///
/// Understood: `-X`/`--request` (also `-XPOST`), the URL (positional or `--url`), `-H`/`--header`,
/// and `-d`/`--data`/`--data-raw`/`--data-binary`/`--data-ascii`/`--json` bodies. Options that do
/// not change the request (`-i`, `-s`, `-k`, `-L`, `--compressed`, …) are skipped; anything that
/// would change it in a way a builder cannot show (`-F` forms, `@file` bodies, unknown options)
/// is listed in `problems`, so the caller can decide not to test the sample.
struct CurlCommand: Hashable, Sendable {
    /// The method given with `-X`, else `POST` when there is a body, else `GET`.
    var method: String
    /// Whether `-X` named the method.
    var hasExplicitMethod: Bool
    /// The URL as written (host and placeholders included).
    var url: String
    var headers: [SampleHeader]
    /// The body text (several `-d` are joined with `&`, as curl does), nil without one.
    var body: String?
    /// Where the body's first non-blank character is in the command text.
    var bodyPosition: ShellWords.Position?
    /// Things in the command that a request builder will not reproduce, in order.
    var problems: [String]
    /// Where the command's `curl` is in the text; nil for a block's first command, which is
    /// located at the block like every other sample.
    var start: ShellWords.Position?

    /// Why a text is not a usable curl command.
    enum Failure: Error, Hashable, Sendable {
        /// The first word is not `curl`: the text is something else entirely.
        case notCurl
        /// It is a curl command, but it cannot be read (unbalanced quotes, no URL).
        case unreadable(String)
    }

    /// Options that take an argument but do not change what is sent in a way samples compare.
    static let ignoredWithArgument: Set<String> = [
        "-u", "--user", "-o", "--output", "-A", "--user-agent", "-e", "--referer", "-b", "--cookie",
        "-c", "--cookie-jar", "-m", "--max-time", "--connect-timeout", "-w", "--write-out", "--cacert",
        "--cert", "--key", "-x", "--proxy", "--retry", "--resolve",
    ]
    /// Options without an argument that do not change the request.
    static let ignoredFlags: Set<String> = [
        "-i", "--include", "-v", "--verbose", "-s", "--silent", "-S", "--show-error", "-k", "--insecure",
        "-L", "--location", "--compressed", "-g", "--globoff", "-f", "--fail", "-N", "--no-buffer",
        "-#", "--progress-bar", "-I", "--head", "--http1.1", "--http2",
    ]
    static let dataOptions: Set<String> = ["-d", "--data", "--data-raw", "--data-binary", "--data-ascii", "--data-urlencode", "--json"]

    /// Reads every command of a block: a line that starts with `curl` after a line break without
    /// a continuation backslash starts the next command. Leading `$ ` prompts are allowed.
    static func parseAll(_ text: String) throws(Failure) -> [CurlCommand] {
        let split: ShellWords
        do {
            split = try ShellWords.split(text)
        } catch {
            // Only a command that starts with `curl` is worth a message about its quotes.
            let first = text.split(whereSeparator: \.isWhitespace).first { $0 != "$" }
            guard first == "curl" else { throw .notCurl }
            throw .unreadable(error.message)
        }
        var words = split.words[...]
        while words.first?.text == "$" { words = words.dropFirst() }
        guard words.first?.text == "curl" else { throw .notCurl }
        var commands: [(start: ShellWords.Position, arguments: [ShellWords.Word])] = []
        for word in words {
            if word.text == "curl" && (commands.isEmpty || word.startsLine) {
                commands.append((word.position, []))
            } else if word.text == "$" && word.startsLine {
                continue
            } else {
                commands[commands.count - 1].arguments.append(word)
            }
        }
        var result: [CurlCommand] = []
        for command in commands {
            var parsed = try parse(arguments: command.arguments)
            if !result.isEmpty { parsed.start = command.start }
            result.append(parsed)
        }
        return result
    }

    /// Reads the arguments of one command (the words after `curl`).
    static func parse(arguments words: [ShellWords.Word]) throws(Failure) -> CurlCommand {
        var method: String?
        var url: String?
        var headers: [SampleHeader] = []
        var bodies: [ShellWords.Word] = []
        var problems: [String] = []
        let breaks = words.filter(\.startsLine).count
        if breaks > 0 {
            problems.append("\(breaks) line break(s) without a continuation backslash; read as one command")
        }
        var iterator = words.makeIterator()
        while let word = iterator.next() {
            let text = word.text
            /// The option's argument: attached (`-XPOST`, `--request=POST`) or the next word.
            func argument(_ option: String) -> ShellWords.Word? {
                if text.hasPrefix("--"), let equals = text.firstIndex(of: "=") {
                    var position = word.position
                    position.column += text.distance(from: text.startIndex, to: equals) + 1
                    return ShellWords.Word(text: String(text[text.index(after: equals)...]), position: position)
                }
                if !text.hasPrefix("--"), text.count > 2 {
                    var position = word.position
                    position.column += 2
                    return ShellWords.Word(text: String(text.dropFirst(2)), position: position)
                }
                let next = iterator.next()
                if next == nil { problems.append("option \(option) has no value") }
                return next
            }
            let option = Self.optionName(text)
            switch option {
            case "-X", "--request":
                if let value = argument(option) { method = value.text.uppercased() }
            case "-H", "--header":
                guard let value = argument(option) else { continue }
                if let colon = value.text.firstIndex(of: ":") {
                    headers.append(SampleHeader(
                        name: String(value.text[..<colon]).trimmingBlanks(),
                        value: String(value.text[value.text.index(after: colon)...]).trimmingBlanks()))
                } else {
                    problems.append("header '\(value.text)' has no ':'; skipped")
                }
            case "--url":
                if let value = argument(option) { url = url ?? value.text }
            case _ where dataOptions.contains(option):
                guard let value = argument(option) else { continue }
                if value.text.hasPrefix("@") {
                    problems.append("the body is read from the file '\(value.text.dropFirst())', which the page does not show")
                }
                if option == "--json" {
                    headers.append(SampleHeader(name: "Content-Type", value: "application/json"))
                    headers.append(SampleHeader(name: "Accept", value: "application/json"))
                }
                bodies.append(value)
            case "-F", "--form", "-T", "--upload-file":
                _ = argument(option)
                problems.append("option \(option) sends a form or file upload, which a JSON request builder does not make")
            case _ where ignoredWithArgument.contains(option):
                _ = argument(option)
            case _ where ignoredFlags.contains(text) || Self.isCombinedFlags(text):
                continue
            case _ where text.hasPrefix("-") && text.count > 1:
                problems.append("unknown curl option '\(text)' skipped")
            default:
                if url == nil { url = text } else { problems.append("extra argument '\(text)' skipped") }
            }
        }
        guard let url else { throw .unreadable("the command names no URL") }
        let body = bodies.isEmpty ? nil : bodies.map(\.text).joined(separator: "&")
        return CurlCommand(method: method ?? (body == nil ? "GET" : "POST"), hasExplicitMethod: method != nil,
                           url: url, headers: headers, body: body,
                           bodyPosition: bodies.first.map(Self.firstNonBlank), problems: problems)
    }

    /// `-XPOST` → `-X`, `--request=POST` → `--request`; other words unchanged.
    static func optionName(_ text: String) -> String {
        if text.hasPrefix("--") { return String(text.prefix { $0 != "=" }) }
        if text.hasPrefix("-"), text.count > 2, ["-X", "-H", "-d", "-F", "-u", "-o", "-A", "-T"].contains(String(text.prefix(2))) {
            return String(text.prefix(2))
        }
        return text
    }

    /// `-sSL`: several single-letter flags that change nothing.
    static func isCombinedFlags(_ text: String) -> Bool {
        guard text.hasPrefix("-"), !text.hasPrefix("--"), text.count > 2 else { return false }
        return text.dropFirst().allSatisfy { ignoredFlags.contains("-\($0)") }
    }

    /// The position of a word's first non-blank character.
    static func firstNonBlank(_ word: ShellWords.Word) -> ShellWords.Position {
        var position = word.position
        for character in word.text.unicodeScalars {
            if character == "\n" {
                position.line += 1
                position.column = 1
            } else if character == " " || character == "\t" {
                position.column += 1
            } else {
                break
            }
        }
        return position
    }

    /// The sample request this command sends: the URL's host is dropped (it is the client's base
    /// URL), path and query are kept as written, and the body's HTML entities are decoded.
    func sampleRequest(in block: CodeBlock) -> SampleRequest? {
        guard let target = URLTarget(url) else { return nil }
        let trimmed = body?.trimmingBlanksAndNewlines()
        var bodyLocation: SourceLocation?
        if let bodyPosition, trimmed?.isEmpty == false {
            // Content lines lose the fence's indentation; columns in the file add it back.
            bodyLocation = SourceLocation(file: block.location.file, line: block.location.line + 1 + bodyPosition.line,
                                          column: bodyPosition.column + block.location.column - 1)
        }
        return SampleRequest(method: method, target: target.target, headers: headers,
                             body: trimmed.flatMap { $0.isEmpty ? nil : HTMLEntities.decode($0) },
                             bodyLocation: bodyLocation, location: start.map { start in
                                 SourceLocation(file: block.location.file, line: block.location.line + 1 + start.line,
                                                column: start.column + block.location.column - 1)
                             } ?? block.location)
    }
}
