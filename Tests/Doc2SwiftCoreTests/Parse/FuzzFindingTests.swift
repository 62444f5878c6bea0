import Foundation
import MarkdownBlocks
import Testing
@testable import Doc2SwiftCore

/// Inputs the coverage-guided fuzzer (`Scripts/libfuzzer.sh extractor`) crashed on, kept so the
/// fix stays fixed.
@Suite struct FuzzFindingTests {
    /// The fuzzer's input, as it saved it: front matter, then an http block whose request line is
    /// `DELETE /ap@/vhttps://{kH…}?=`. Splitting the query pair "=" at "=" left no name, and taking
    /// the first part trapped (index out of range).
    static let emptyQueryNameCrash = "LS0tCm////9zdF90aXRsZTogJ1BvbHRlUiBzdGFpZH0KCmBgYGh0dHAKREVMRVRFIC9hcEAvdmh0dHBzOi8ve2tIr090eX0/PQpv////c3RfdGl0bGU6ICdQb2x0ZVIgc3RhaWR9CgpgYGBodHRwCkRFTEVURSAvYXBAL3ZodHRwczovL3trSK9PdHl9ZHZJ"

    @Test func theSavedCrashExtractsWithoutTrapping() throws {
        let bytes = try #require(Data(base64Encoded: Self.emptyQueryNameCrash))
        let document = BlockReader.read(data: bytes, file: "F/p.md")
        let (page, _) = PageExtractor().extract(document, relativePath: "F/p.md", api: "F")
        #expect(page.endpoint?.method == "DELETE")
        #expect(page.endpoint?.templateQueryNames == [])
    }

    /// The fuzzer's input, as it saved it: an API Blueprint resource `Coupon` whose attributes are
    /// `(Coupon (array[Coupon])`, so the name stands for a list of itself. Resolving the alias
    /// recursed until the stack overflowed.
    static let selfAliasCrash = "Rk9STUFUOiAxQQoKIyBDb3Vwb25zIEFQSQoKIyBHcm91cGJDb3Vwb25zCgojIyBDb3Vwb24gWy9jb3Vwb25zL3tpZH1dCgorIFBhcmFtZXRlcnMKICAgICsgaW4gKHN0cmluZykgLSBUaGUgSUQgb2YgdGhlIGNvdXBvbi4KCisgQXR0cmlidXRlcyAoQ291cG9uIChhcnJheVtDb3Vwb25dKQoKIyMjIExpc3QgYWxsIENvdXBvbnMgW0dFVF0KCisgUmVzcG9uc2UgMjAwICpzZSAxMzUgKGFwcGxpY2F0aW9uL2pzb24pCiAgICArIEF0dHJpYnV0ZXMgKENvdXBvbikKCiMgRGF0YSBTdHJmdGVyIHdjdHVyZXMKCiMjIENvb24gY2FuIG5vIGxvbmdlWiBiZSByZWRlZW1lZAo="

    @Test func anAliasOfItselfStopsWithAWarning() throws {
        let bytes = try #require(Data(base64Encoded: Self.selfAliasCrash))
        let document = BlockReader.read(data: bytes, file: "F/p.md")
        let (pages, _) = PageExtractor().extractAll(document, relativePath: "F/p.md", api: "F")
        let (_, diagnostics) = SchemaBuilder().build(api: "F", pages: pages)
        #expect(messages(diagnostics, .warning).contains("F/p.md:12:1: warning: 'coupon' is defined as standing for "
            + "array of Coupon, which names it again; references to it are left unresolved"))
    }

    /// Query pairs without a name are skipped; the named ones around them are kept, in order.
    @Test func queryPairsWithoutANameAreSkipped() throws {
        let (page, _) = facts("""
        # Delete thing

        ```http
        DELETE /things?=&v=1&=x&&flag
        ```
        """)
        let endpoint = try #require(page.endpoint)
        #expect(endpoint.path == "/things")
        #expect(endpoint.templateQueryNames == ["v", "flag"])
    }
}
