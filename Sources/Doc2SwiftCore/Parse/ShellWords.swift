/// Splits the text of a shell command into words, the way a POSIX shell does for the simple
/// commands reference pages show (`curl -X POST 'https://…' -H '…' -d '{…}'`).
///
/// Supported: blanks (spaces, tabs, line breaks) between words, single quotes (everything literal),
/// double quotes (`\"`, `\\`, `\$` and `` \` `` escaped, backslash-newline removed), a backslash
/// outside quotes escaping the next character, backslash-newline as a line continuation, and
/// `#` comments at the start of a word. Variables, globs and substitutions are left as written:
/// docs use `$TOKEN` and `{{HOST}}` as placeholders, not as shell syntax.
///
/// A line break outside quotes separates words like a blank instead of ending the command,
/// because pages often forget the continuation backslash; the word after such a break is marked
/// `startsLine`, so that callers can tell a forgotten backslash from a second command.
struct ShellWords: Hashable, Sendable {
    /// A place in the command text: 0-based line, 1-based column in Unicode scalars.
    struct Position: Hashable, Sendable {
        var line: Int
        var column: Int
    }

    /// One word, with where its text starts in the command: after an opening quote when the
    /// word starts with one.
    struct Word: Hashable, Sendable {
        var text: String
        var position: Position
        /// True when an unescaped line break comes before the word (and another word before that).
        var startsLine = false
    }

    /// Why a command could not be split.
    enum Failure: Error, Hashable, Sendable {
        /// A quote (`'` or `"`) opened at `line`/`column` is never closed.
        case unterminatedQuote(quote: Character, line: Int, column: Int)

        var message: String {
            switch self {
            case .unterminatedQuote(let quote, let line, let column):
                "the \(quote == "'" ? "single" : "double") quote opened at line \(line + 1), column \(column) of the command is never closed"
            }
        }
    }

    var words: [Word]

    /// Splits `text` into words.
    static func split(_ text: String) throws(Failure) -> ShellWords {
        let scalars = Array(text.unicodeScalars)
        var words: [Word] = []
        var current: String.UnicodeScalarView?
        // A line break seen after a word; the next word starts a line.
        var breakPending = false
        var startsLine = false
        var start = Position(line: 0, column: 1)
        var line = 0
        var column = 1
        var index = 0

        /// Moves past `scalars[index]`, keeping the line and column current.
        func advance() {
            if scalars[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
        /// Starts a word if none is open, recording where its text begins.
        func open(at position: Position) {
            if current == nil {
                current = String.UnicodeScalarView()
                start = position
                startsLine = breakPending
                breakPending = false
            }
        }
        func close() {
            if let text = current { words.append(Word(text: String(text), position: start, startsLine: startsLine)) }
            current = nil
        }

        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case " ", "\t", "\n":
                close()
                if scalar == "\n" && !words.isEmpty { breakPending = true }
                advance()
            case "#" where current == nil:
                while index < scalars.count && scalars[index] != "\n" { advance() }
            case "\\":
                advance()
                guard index < scalars.count else {
                    open(at: Position(line: line, column: column))
                    current?.append("\\")
                    continue
                }
                if scalars[index] == "\n" {
                    advance() // Line continuation: the backslash and the break disappear.
                } else {
                    open(at: Position(line: line, column: column))
                    current?.append(scalars[index])
                    advance()
                }
            case "'":
                let opened = (line: line, column: column)
                advance()
                open(at: Position(line: line, column: column))
                while index < scalars.count && scalars[index] != "'" {
                    current?.append(scalars[index])
                    advance()
                }
                guard index < scalars.count else {
                    throw .unterminatedQuote(quote: "'", line: opened.line, column: opened.column)
                }
                advance()
            case "\"":
                let opened = (line: line, column: column)
                advance()
                open(at: Position(line: line, column: column))
                while index < scalars.count && scalars[index] != "\"" {
                    if scalars[index] == "\\", index + 1 < scalars.count {
                        let next = scalars[index + 1]
                        if next == "\n" {
                            advance()
                            advance()
                            continue
                        }
                        if ["\"", "\\", "$", "`"].contains(next) {
                            advance()
                            current?.append(next)
                            advance()
                            continue
                        }
                    }
                    current?.append(scalars[index])
                    advance()
                }
                guard index < scalars.count else {
                    throw .unterminatedQuote(quote: "\"", line: opened.line, column: opened.column)
                }
                advance()
            default:
                open(at: Position(line: line, column: column))
                current?.append(scalar)
                advance()
            }
        }
        close()
        return ShellWords(words: words)
    }
}
