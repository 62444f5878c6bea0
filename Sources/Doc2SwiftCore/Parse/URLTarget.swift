/// A URL as pages write it, split into the host part and the request target (path and query).
///
/// The host (`https://{{HOST}}`, `http://localhost:8080`, `{HOST}`) is where a client sends the
/// request, which is the caller's setting (the base URL), so only the target matters to a request
/// builder. Placeholders are kept as written: `https://{{HOST}}/er/items?v={version}` has the
/// host `https://{{HOST}}` and the target `/er/items?v={version}`.
struct URLTarget: Hashable, Sendable {
    /// Scheme and authority as written, empty when the URL starts with `/`.
    var host: String
    /// Path and query, always starting with `/`; the fragment is dropped.
    var target: String

    /// Splits `text`; nil when it is empty or holds blanks (prose, not a URL).
    init?(_ rawText: String) {
        let text = rawText.trimmingBlanks()
        guard !text.isEmpty, !text.contains(where: \.isWhitespace) else { return nil }
        var rest = Substring(text)
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        var host = ""
        if let scheme = rest.range(of: "://") {
            let authorityEnd = rest[scheme.upperBound...].firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
            host = String(rest[..<authorityEnd])
            rest = rest[authorityEnd...]
        } else if !rest.hasPrefix("/") {
            // `{{HOST}}/items` or `api.example.com/items`: the first segment names the host.
            let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
            host = String(rest[..<authorityEnd])
            rest = rest[authorityEnd...]
        }
        self.host = host
        target = rest.hasPrefix("/") ? String(rest) : "/" + rest
    }

    /// The path part of the target.
    var path: String { String(target.prefix { $0 != "?" }) }

    /// `name=value` pairs of the query as written, in order.
    var query: [(name: String, value: String)] {
        guard let mark = target.firstIndex(of: "?") else { return [] }
        return target[target.index(after: mark)...].split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
        }
    }
}
