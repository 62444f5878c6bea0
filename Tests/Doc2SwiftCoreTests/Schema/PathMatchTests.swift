import Testing
@testable import Doc2SwiftCore

@Suite struct PathMatchTests {
    @Test func placeholdersTakeTheSampleValues() {
        let values = PathMatch.match(template: "/api/v1/Contact/{sourceContactId}/MergeTo/{destinationContactId}",
                                     sample: "/api/v1/Contact/12/MergeTo/34")
        #expect(values == ["sourceContactId": "12", "destinationContactId": "34"])
    }

    @Test func placeholderWrittenInTheSampleHasNoValue() throws {
        let values = try #require(PathMatch.match(template: "/api/v1/Thing/{id}/Part/{part}",
                                                  sample: "/api/v1/Thing/{id}/Part/7"))
        #expect(values.count == 2)
        #expect(values["id"] == .some(nil))
        #expect(values["part"] == .some("7"))
    }

    @Test func literalSegmentsCompareCaseInsensitively() {
        #expect(PathMatch.match(template: "/api/v1/Thing", sample: "/API/V1/thing") == [:])
    }

    @Test func emptySegmentsAreIgnored() {
        #expect(PathMatch.match(template: "/api/v1/Thing/{id}", sample: "api//v1/Thing/5/") == ["id": "5"])
    }

    @Test func pathsThatDoNotFitHaveNoMatch() {
        #expect(PathMatch.match(template: "/api/v1/Thing/{id}", sample: "/api/v1/Thing") == nil)
        #expect(PathMatch.match(template: "/api/v1/Thing/{id}", sample: "/api/v1/Thing/1/2") == nil)
        #expect(PathMatch.match(template: "/api/v1/Thing/{id}", sample: "/api/v1/Other/1") == nil)
    }

    @Test func percentEncodedValuesAreKeptAsWritten() {
        #expect(PathMatch.match(template: "/api/v1/Table/{tableName}", sample: "/api/v1/Table/a%20b") == ["tableName": "a%20b"])
    }
}
