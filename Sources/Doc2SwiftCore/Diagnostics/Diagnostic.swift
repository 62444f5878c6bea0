public import MarkdownBlocks

/// Re-exported so that every stage speaks of positions the same way.
public typealias SourceLocation = MarkdownBlocks.SourceLocation

/// A message about the input, in the form compilers use:
/// `Input/SuperOffice/Contact.md:42:3: warning: row has 2 cells but header has 3; row skipped`.
///
/// Messages say what was found and what was done about it, so a person can act on them.
public struct Diagnostic: Error, Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// How serious a diagnostic is. `error` makes the run fail; `warning` does not unless strict.
    public enum Severity: String, Hashable, Sendable, Codable, Comparable {
        case note, warning, error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    /// Shorthand for a warning.
    public static func warning(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.warning, message, at: location)
    }

    /// Shorthand for an error.
    public static func error(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.error, message, at: location)
    }

    /// Shorthand for a note.
    public static func note(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.note, message, at: location)
    }

    public var description: String {
        let prefix = location.map { "\($0): " } ?? "doc2swift: "
        return "\(prefix)\(severity.rawValue): \(message)"
    }

    /// Sorted by file, line, column, then severity and text, so output never depends on processing order.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case let (l?, r?) where l != r: return l < r
        case (nil, _?): return true
        case (_?, nil): return false
        default: return (lhs.severity, lhs.message) < (rhs.severity, rhs.message)
        }
    }
}
