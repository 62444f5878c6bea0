import Testing
@testable import Doc2SwiftCore

@Suite struct CoverageReportTests {
    func report(_ pages: [String]) -> String {
        var all: [PageFacts] = []
        var diagnostics = Diagnostics()
        for (index, page) in pages.enumerated() {
            let (pageFacts, found) = facts(page, file: pageFile(index))
            all.append(pageFacts)
            diagnostics.append(contentsOf: found)
        }
        let (built, found) = SchemaBuilder().build(api: "API", pages: all)
        diagnostics.append(contentsOf: found)
        return CoverageReport.render(facts: all, schemas: [built], diagnostics: diagnostics)
    }

    @Test func everyPageSaysWhatItBecameAndWhatWasGuessed() {
        let text = report([ActionEnvelopeTests.createPage, "# Overview\n\nWords only.\n"])
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) == [
            "Page1.md: POST / (Page1)",
            "  parameters: none",
            "  request body: Page1Envelope",
            "  body assembled by the builder: fixed actionid = \"urn:x:action:create\", resourcetype = \"relation\"; "
                + "passed resourceid: string, identifier: string, parameters: Page1Parameters",
            "  response 200: no body",
            "  types: Page1Envelope (inferred from samples), Page1Parameters",
            "  sample request at line 19: tested",
            "  note at line 3: no HTTP method or path: the page documents an action sent in a JSON envelope; the "
                + "request builder POSTs the envelope to the base URL",
            "  note at line 7: 'Page1Parameters.parentid' has no documented type; typed array of integer from samples",
            "  note at line 19: envelope member 'actionid' is fixed to 'urn:x:action:create': every sample of the "
                + "action shows it",
            "  note at line 25: sample property 'childid' is not in the parameter list of Page1Parameters; added as "
                + "array of integer from the sample",
            "Page2.md: no operation (no HTTP method and path, parameters or samples: an overview page; no operation)",
            "  note at line 1: no HTTP method and path, parameters or samples: an overview page; no operation",
            "",
            "API: 2 pages, 1 operations, 2 types (1 inferred from samples), 1 of 1 samples tested, 0 warnings",
        ])
    }

    /// Object examples are counted in the summary only when the API has any.
    @Test func objectExamplesAreCounted() {
        let (built, _) = schema(files: [("Channel.md", ObjectExampleTests.page)])
        let summary = CoverageReport.summaries(facts: [], schemas: [built])
        #expect(summary.map(\.examples) == [2])
        #expect(summary.map(\.examplesTested) == [1])
        #expect(summary.first?.line.hasSuffix("samples tested, 1 of 2 object examples tested") == true)
    }

    @Test func assumedStatusesAndUntestedSamplesAreShown() {
        let text = report([SampleBodiesTests.page.replacingOccurrences(of: "'async: false'", with: "'async: maybe'")])
        #expect(text.contains("  sample response 200 (assumed) at line 36: tested"))
        #expect(text.contains("  sample request at line 30: not tested (header 'async': 'maybe' is not true or false)"))
    }
}
