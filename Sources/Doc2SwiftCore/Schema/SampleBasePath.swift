/// Sample requests written against the server's base URL (`https://host/v1.0/me/lists`,
/// `/api/v4/projects/5`) while the page documents the path below it (`/me/lists`).
///
/// The leading segments a sample has beyond the documented template are the server's base path,
/// which belongs in the client's base URL, not in the request builder's path. They are taken off
/// the sample so that it is compared with what the builder produces.
enum SampleBasePath {
    /// The most leading segments read as a base path (`/api/v4`, `/services/data/v58.0`).
    static let maximumSegments = 3

    /// The sample with its host and base path taken off, and what was taken off; nil when the
    /// sample already fits the template or fits it in no way.
    static func strip(_ sample: SampleRequest, template: String) -> (SampleRequest, base: String)? {
        guard !sample.isBodyOnly else { return nil }
        var sample = sample
        var host = ""
        // `GET https://host/v1.0/me/lists` in an HTTP message: the host is the client's too.
        if sample.target.contains("://"), let url = URLTarget(sample.target) {
            host = url.host
            sample.target = url.target
        }
        guard sample.target.hasPrefix("/") else { return nil }
        let path = sample.path
        guard PathMatch.match(template: template, sample: path) == nil else {
            return host.isEmpty ? nil : (sample, host)
        }
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        for count in 1...maximumSegments where count < segments.count {
            let base = segments.prefix(count)
            // A base path is literal text: a sample segment that writes a placeholder is no base.
            guard !base.contains(where: { $0.contains("{") }) else { return nil }
            let rest = "/" + segments.dropFirst(count).joined(separator: "/")
            guard PathMatch.match(template: template, sample: rest) != nil else { continue }
            var stripped = sample
            stripped.target = rest + sample.target.dropFirst(path.count)
            return (stripped, host + "/" + base.joined(separator: "/"))
        }
        return nil
    }
}
