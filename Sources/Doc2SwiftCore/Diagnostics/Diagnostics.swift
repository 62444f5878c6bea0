/// An ordered, de-duplicated set of diagnostics, passed along as a value between stages.
///
/// Each stage returns its own diagnostics next to its result; the pipeline concatenates them.
/// Being a value (not a shared collector) keeps stages pure and parallel-safe.
public struct Diagnostics: Hashable, Sendable, Codable {
    public private(set) var all: [Diagnostic] = []

    public init(_ diagnostics: [Diagnostic] = []) { self.all = diagnostics }

    public mutating func append(_ diagnostic: Diagnostic) { all.append(diagnostic) }
    public mutating func append(contentsOf other: Diagnostics) { all.append(contentsOf: other.all) }
    public mutating func append(contentsOf other: [Diagnostic]) { all.append(contentsOf: other) }

    public mutating func warning(_ message: String, at location: SourceLocation?) {
        all.append(.warning(message, at: location))
    }

    public mutating func error(_ message: String, at location: SourceLocation?) {
        all.append(.error(message, at: location))
    }

    public mutating func note(_ message: String, at location: SourceLocation?) {
        all.append(.note(message, at: location))
    }

    /// Sorted by location and de-duplicated: the form printed and compared in tests.
    public var sorted: [Diagnostic] { Array(Set(all)).sorted() }

    /// Distinct errors (counted without sorting: this runs on every run's whole list).
    public var errorCount: Int { count(of: .error) }
    /// Distinct warnings.
    public var warningCount: Int { count(of: .warning) }
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// The same diagnostics with every warning made an error: what `--strict` reports.
    public var warningsAsErrors: Diagnostics {
        Diagnostics(all.map { $0.severity == .warning ? Diagnostic(.error, $0.message, at: $0.location) : $0 })
    }

    private func count(of severity: Diagnostic.Severity) -> Int {
        Set(all.lazy.filter { $0.severity == severity }).count
    }
}
