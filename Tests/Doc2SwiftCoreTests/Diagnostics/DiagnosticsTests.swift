import Testing
@testable import Doc2SwiftCore

@Suite struct DiagnosticsTests {
    @Test func descriptionIsCompilerStyle() {
        #expect(Diagnostic.warning("row skipped", at: at(42, 3, in: "Input/API/Contact.md")).description
            == "Input/API/Contact.md:42:3: warning: row skipped")
        #expect(Diagnostic.error("bad", at: at(1, 1)).description == "Test.md:1:1: error: bad")
        #expect(Diagnostic.note("fyi", at: at(2, 5)).description == "Test.md:2:5: note: fyi")
    }

    @Test func unlocatedDiagnosticNamesTheTool() {
        #expect(Diagnostic.error("no input", at: nil).description == "doc2swift: error: no input")
    }

    @Test func sortedIsByLocationThenSeverityThenTextWithoutDuplicates() {
        var diagnostics = Diagnostics()
        diagnostics.warning("b", at: at(2, 1))
        diagnostics.note("z", at: at(1, 5))
        diagnostics.warning("a", at: at(2, 1))
        diagnostics.error("e", at: at(2, 1))
        diagnostics.warning("b", at: at(2, 1))
        diagnostics.warning("other file", at: at(1, 1, in: "A.md"))
        diagnostics.warning("nowhere", at: nil)
        #expect(messages(diagnostics) == [
            "doc2swift: warning: nowhere",
            "A.md:1:1: warning: other file",
            "Test.md:1:5: note: z",
            "Test.md:2:1: warning: a",
            "Test.md:2:1: warning: b",
            "Test.md:2:1: error: e",
        ])
        #expect(diagnostics.all.count == 7)
    }

    @Test func countsAreOfDistinctDiagnostics() {
        var diagnostics = Diagnostics()
        diagnostics.warning("w", at: at(1, 1))
        diagnostics.warning("w", at: at(1, 1))
        diagnostics.note("n", at: at(1, 1))
        #expect(diagnostics.warningCount == 1)
        #expect(diagnostics.errorCount == 0)
        #expect(!diagnostics.hasErrors)
        diagnostics.append(.error("e", at: nil))
        #expect(diagnostics.errorCount == 1)
        #expect(diagnostics.hasErrors)
    }

    @Test func appendingKeepsOrder() {
        var first = Diagnostics([.note("1", at: nil)])
        first.append(contentsOf: Diagnostics([.note("2", at: nil)]))
        first.append(contentsOf: [.note("3", at: nil)])
        #expect(first.all.map(\.message) == ["1", "2", "3"])
    }

    @Test func severitiesAreOrdered() {
        #expect(Diagnostic.Severity.note < .warning)
        #expect(Diagnostic.Severity.warning < .error)
        #expect(!(Diagnostic.Severity.error < .note))
    }
}
