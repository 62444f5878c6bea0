import Foundation
import OrderedJSON
import Testing

/// Real samples from the shared reference pages: no crashes, sane errors, exact round trips.
@Suite struct JSONCorpusTests {
    /// Every ```json, ```http! and ```http_ body in `../shared/seeds` and `../shared/corpus`.
    ///
    /// - Returns: The samples, or `nil` when the shared folder is absent.
    /// - Throws: When a page cannot be read as UTF-8.
    static func loadSamples() throws -> [FencedSamples.Sample]? {
        guard let shared = FencedSamples.sharedDirectory() else { return nil }
        var samples: [FencedSamples.Sample] = []
        for page in FencedSamples.markdownPages(in: shared) {
            let markdown = try String(contentsOf: shared.appendingPathComponent(page), encoding: .utf8)
            samples += FencedSamples.samples(in: markdown, page: page)
        }
        return samples
    }

    /// Valid samples round-trip exactly through both writers; invalid ones fail at a position inside the text.
    @Test func samplesRoundTripOrFailCleanly() throws {
        guard let samples = try Self.loadSamples() else { return }
        try #require(!samples.isEmpty, "the shared pages should contain JSON samples")
        var valid = 0
        var invalid: [String] = []
        for sample in samples {
            do {
                let node = try JSONParser.parse(sample.body)
                valid += 1
                let compact = JSONWriter.compact(node)
                let pretty = JSONWriter.pretty(node)
                #expect(try JSONParser.parse(compact).hasSameContent(as: node), "\(sample.origin)")
                #expect(try JSONParser.parse(pretty).hasSameContent(as: node), "\(sample.origin)")
                #expect(JSONWriter.compact(try JSONParser.parse(compact)) == compact, "\(sample.origin)")
                #expect(try JSONParser.parse(sample.body) == node, "\(sample.origin): parsing is not deterministic")
            } catch {
                let lines = sample.body.splitIntoScalarLines()
                #expect(error.line >= 1 && error.line <= lines.count, "\(sample.origin): \(error)")
                if error.line >= 1 && error.line <= lines.count {
                    let lineLength = lines[error.line - 1].count
                    #expect(error.column >= 1 && error.column <= lineLength + 1, "\(sample.origin): \(error)")
                }
                invalid.append("\(sample.origin): \(error)")
            }
        }
        print("OrderedJSON corpus: \(samples.count) samples, \(valid) valid JSON, \(invalid.count) not JSON")
        for line in invalid { print("  " + line) }
        #expect(valid > 0)
    }

    /// The fence reader finds JSON bodies and drops HTTP headers, so the corpus test reads what it should.
    @Test func extractsFencedBodies() {
        let markdown = """
            Intro
            ```http!
            POST /api/v1/Relation
            Content-Type: application/json

            {"a": 1}
            ```

              ```json
              [1,
               2]
              ```
            ````http_
            HTTP/1.1 204 No Content
            ````
            ```js
            {"ignored": true}
            ```
            """
        let samples = FencedSamples.samples(in: markdown, page: "page.md")
        #expect(samples.map(\.origin) == ["page.md:2", "page.md:9"])
        #expect(samples.map(\.body) == [#"{"a": 1}"#, "[1,\n 2]"])
    }
}
