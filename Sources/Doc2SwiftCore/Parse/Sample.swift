/// A header line of a sample, in order of appearance.
public struct SampleHeader: Hashable, Sendable, Codable {
    public var name: String
    public var value: String
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// A sample request as the docs show it: request line, headers, optional body text.
public struct SampleRequest: Hashable, Sendable, Codable {
    public var method: String
    /// Path and query exactly as written, e.g. `/api/v1/Relation/{id}?$select=name`.
    public var target: String
    public var headers: [SampleHeader]
    /// The body text with HTML entities decoded (what is parsed as JSON), nil when empty.
    public var body: String?
    /// Where the body starts, for JSON error locations.
    public var bodyLocation: SourceLocation?
    public var location: SourceLocation
    /// True when the page shows only the body; method and target are the documented endpoint's,
    /// and parameters the sample cannot show (headers) are not compared.
    public var isBodyOnly: Bool

    public init(method: String, target: String, headers: [SampleHeader], body: String?,
                bodyLocation: SourceLocation?, location: SourceLocation, isBodyOnly: Bool = false) {
        self.method = method
        self.target = target
        self.headers = headers
        self.body = body
        self.bodyLocation = bodyLocation
        self.location = location
        self.isBodyOnly = isBodyOnly
    }

    /// The path part of `target`.
    public var path: String { String(target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]) }

    /// `name=value` pairs of the query, undecoded, in order.
    public var query: [(name: String, value: String)] {
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return [] }
        return parts[1].split(separator: "&").map { pair in
            let nameValue = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(nameValue[0]), nameValue.count > 1 ? String(nameValue[1]) : "")
        }
    }
}

/// A sample response: status line, headers, optional body text.
public struct SampleResponse: Hashable, Sendable, Codable {
    public var status: Int
    public var reason: String
    public var headers: [SampleHeader]
    public var body: String?
    public var bodyLocation: SourceLocation?
    public var location: SourceLocation
    /// True when the sample is a bare body without a status line, so `status` was chosen from the
    /// page's documented statuses rather than read.
    public var isStatusAssumed: Bool

    public init(status: Int, reason: String, headers: [SampleHeader], body: String?,
                bodyLocation: SourceLocation?, location: SourceLocation, isStatusAssumed: Bool = false) {
        self.status = status
        self.reason = reason
        self.headers = headers
        self.body = body
        self.bodyLocation = bodyLocation
        self.location = location
        self.isStatusAssumed = isStatusAssumed
    }
}
