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

/// Sample paths the builder cannot reproduce to the letter are reported, never tested; the others
/// are compared with what the builder sends.
@Suite struct SamplePathComparisonTests {
    @Test func placeholdersWrittenAsColonOrAngleHaveNoValue() throws {
        let colon = try #require(PathMatch.match(template: "/projects/{id}/badges", sample: "/projects/:id/badges"))
        #expect(colon["id"] == .some(nil))
        let angle = try #require(PathMatch.match(template: "/kittens/{ID}", sample: "/kittens/<ID>"))
        #expect(angle["ID"] == .some(nil))
    }

    @Test func loosePathsAreReported() {
        #expect(PathMatch.looseness(template: "/collections", sample: "/collections/")
            == "its path /collections/ ends with a '/' that the documented /collections lacks")
        #expect(PathMatch.looseness(template: "/tasks/{id}/checklistItems", sample: "/tasks/1/checklistitems")
            == "its path segment 'checklistitems' differs in letter case from the documented 'checklistItems'")
        #expect(PathMatch.looseness(template: "/archive/{ref}{format}", sample: "/archive/main.zip")?
            .hasPrefix("the documented path joins several placeholders") == true)
        #expect(PathMatch.looseness(template: "/tasks/{id}", sample: "/tasks/7") == nil)
    }

    @Test func expectedPathIsWhatTheBuilderSends() {
        // A placeholder the sample keeps under another name is replaced by position.
        #expect(SampleTestContext.expectedPath(template: "/entitytypes/{entityType}/versions",
                                               sample: "/entitytypes/{entityTypes}/versions",
                                               segments: ["entityType": "sample"]) == "/entitytypes/sample/versions")
        // `=` and `%3D` are one value; the builder encodes it one way.
        #expect(SampleTestContext.expectedPath(template: "/lists/{id}", sample: "/lists/AAM=",
                                               segments: ["id": PathMatch.encodedSegment("AAM=")]) == "/lists/AAM%3D")
    }

    @Test func segmentsAreEncodedAsTheBuildersEncodeThem() {
        #expect(PathMatch.encodedSegment("a-b.c_d~e") == "a-b.c_d~e")
        #expect(PathMatch.encodedSegment("a/b c=é") == "a%2Fb%20c%3D%C3%A9")
    }
}
