import Testing
@testable import Doc2SwiftCore

@Suite struct PageSectionTests {
    @Test(arguments: [
        ("URL", PageSection.url),
        ("Method", .method),
        ("Example", .examples),
        ("Example 3", .examples),
        ("Examples", .examples),
        ("Errors", .statuses),
        ("Non Error Reponses", .statuses),
        ("URL Query Parameter", .queryParameters),
        ("URL  query  Parameter", .queryParameters),
        ("URL Path Parameters", .pathParameters),
        ("URL Path Variable", .pathParameters),
        ("Request Header Parameters", .requestHeaders),
        ("Request Body Parameters", .requestBody(parameterName: nil)),
        ("Request Body: parameters", .requestBody(parameterName: "parameters")),
        ("Response Body Parameters", .responseBody(declaredType: "")),
        ("Response Structure", .responseBody(declaredType: "")),
        ("Response fields", .responseBody(declaredType: "")),
        ("Versions Supported", .supportedValues(subject: "version")),
        ("Required IMS Scopes", .other("Required IMS Scopes")),
        ("Request", .sampleRequest),
        ("Response", .response(declaredType: "")),
        // The plural names no type (it was read as a type named `s`).
        ("Responses", .response(declaredType: "")),
        ("Response: Thing", .response(declaredType: "Thing")),
        ("Response Schema", .responseBody(declaredType: "")),
    ])
    func headingsOutsideExamples(_ heading: String, _ expected: PageSection) {
        #expect(PageSection.classify(heading) == expected)
    }

    @Test(arguments: [
        ("Request", PageSection.sampleRequest),
        ("Request Entities", .sampleRequest),
        ("Response", .sampleResponse),
        ("Response Relationships", .sampleResponse),
        ("Request Header Parameters", .requestHeaders),
        ("Note", .other("Note")),
    ])
    func headingsUnderAnExample(_ heading: String, _ expected: PageSection) {
        #expect(PageSection.classify(heading, inExamples: true) == expected)
    }

    @Test func wordsMatchPluralsAndOneLetterSlips() {
        #expect(PageSection.matches("reponses", "responses"))
        #expect(PageSection.matches("paramter", "parameters"))
        #expect(PageSection.matches("example", "examples"))
        #expect(!PageSection.matches("path", "pats"))
        #expect(!PageSection.matches("request", "response"))
    }
}
