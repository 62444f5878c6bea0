/// Matches a sample's request path against a documented path template.
enum PathMatch {
    /// The value each placeholder takes in `sample`, or nil when the paths do not fit.
    /// A sample that writes the placeholder itself (`/Relation/{id}`) gives no value for it.
    static func match(template: String, sample: String) -> [String: String?]? {
        let templateSegments = template.split(separator: "/", omittingEmptySubsequences: true)
        let sampleSegments = sample.split(separator: "/", omittingEmptySubsequences: true)
        guard templateSegments.count == sampleSegments.count else { return nil }
        var values: [String: String?] = [:]
        for (expected, actual) in zip(templateSegments, sampleSegments) {
            if expected.hasPrefix("{") && expected.hasSuffix("}") {
                let name = String(expected.dropFirst().dropLast())
                values[name] = actual.hasPrefix("{") && actual.hasSuffix("}") ? .some(nil) : String(actual)
            } else if expected.lowercased() != actual.lowercased() {
                return nil
            }
        }
        return values
    }
}
