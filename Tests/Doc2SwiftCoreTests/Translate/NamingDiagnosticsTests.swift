import Testing
@testable import Doc2SwiftCore

/// `Translator.namingDiagnostics`: every name `ModuleNaming` changed, located at the page's id line.
@Suite struct NamingDiagnosticsTests {
    /// A page documenting `GET path` with the front-matter `id`.
    static func page(id: String, path: String = "/api/v1/thing") -> String {
        "---\ntitle: GET \(id)\nid: \(id)\n---\n\n# GET \(id)\n\n```http\nGET \(path)\n```\n\n"
            + "| Response | Description |\n|---|---|\n| 200 | OK. |\n"
    }

    /// The naming diagnostics of `pages` (file name, markdown), as printed.
    static func diagnostics(_ pages: [(String, String)], options: GenerationOptions = GenerationOptions(),
                            withFacts: Bool = true) -> [String] {
        let all = pages.map { facts($0.1, file: $0.0).0 }
        let (built, _) = SchemaBuilder().build(api: "API", pages: all)
        return messages(Translator(options: options).namingDiagnostics(built, facts: withFacts ? all : []))
    }

    static func type(_ name: String, line: Int) -> TypeDefinition {
        TypeDefinition(name: name, description: "", properties: [], origin: .documented, locations: [at(line, 3)])
    }

    static func operation(_ id: String, file: String) -> Operation {
        Operation(id: id, title: id, summary: "", method: "GET", path: "/x", parameters: [], requestBody: nil,
                  responses: [Response(status: 200, description: "OK", body: nil)], requestSamples: [],
                  responseSamples: [], location: at(1, 1, in: file))
    }

    @Test func idsDifferingOnlyInCase() {
        let pages = [("case1.md", Self.page(id: "Thing_Get")), ("case2.md", Self.page(id: "thing_get", path: "/x"))]
        #expect(Self.diagnostics(pages) == [
            "case2.md:3:1: warning: page id 'thing_get' differs only in case from 'Thing_Get' at case1.md:3:1, so both "
                + "would be named 'GetRequest'; this operation is named 'GetRequest2' (file "
                + "'Operations/GetRequest2.swift') instead; give the pages ids that differ in more than case and "
                + "punctuation",
        ])
        // The plugin layouts name files after pages, so the message names no file.
        #expect(Self.diagnostics(pages, options: GenerationOptions(layout: .pluginSources)) == [
            "case2.md:3:1: warning: page id 'thing_get' differs only in case from 'Thing_Get' at case1.md:3:1, so both "
                + "would be named 'GetRequest'; this operation is named 'GetRequest2' instead; give the pages ids that "
                + "differ in more than case and punctuation",
        ])
    }

    @Test func idsMakingTheSameNameIgnoringCase() {
        let pages = [("a.md", Self.page(id: "a/b-c")), ("b.md", Self.page(id: "ABC", path: "/x"))]
        #expect(Self.diagnostics(pages) == [
            "a.md:3:1: warning: page id 'a/b-c' makes the same name, ignoring case, as 'ABC' at b.md:3:1, so both would "
                + "be named 'ABCRequest'; this operation is named 'ABCRequest2' (file 'Operations/ABCRequest2.swift') "
                + "instead; give the pages ids that differ in more than case and punctuation",
        ])
    }

    /// `v1A_GetAll` and `v1B_GetAll` are fine docs: the naming scheme makes them alike, so a note.
    @Test func sameLastPartIsANote() {
        let pages = [("a.md", Self.page(id: "v1A_GetAll")), ("b.md", Self.page(id: "v1B_GetAll", path: "/x"))]
        #expect(Self.diagnostics(pages) == [
            "b.md:3:1: note: page id 'v1B_GetAll' makes the same name 'GetAllRequest' as page id 'v1A_GetAll' at "
                + "a.md:3:1, since only the part after the last '_' names an operation; this operation is named "
                + "'GetAllRequest2' (file 'Operations/GetAllRequest2.swift') instead",
        ])
    }

    @Test func withoutFactsThePageStartIsTheLocation() {
        let pages = [("case1.md", Self.page(id: "Thing_Get")), ("case2.md", Self.page(id: "thing_get", path: "/x"))]
        #expect(Self.diagnostics(pages, withFacts: false).first?.hasPrefix(
            "case2.md:1:1: warning: page id 'thing_get' differs only in case from 'Thing_Get' at case1.md:1:1, ") == true)
    }

    @Test func typesDifferingOnlyInCaseOrPunctuation() {
        let schema = APISchema(name: "Shop", operations: [],
                               types: [Self.type("Thing", line: 4), Self.type("thing", line: 9), Self.type("thing-", line: 12)])
        #expect(messages(Translator().namingDiagnostics(schema)) == [
            "Test.md:9:3: warning: type 'thing' differs only in case from type 'Thing' at Test.md:4:3, so both would be "
                + "named 'Thing'; this one is named 'Thing2' (file 'Models/Thing2.swift') instead; spell the type the "
                + "same way on every page, or rename it with 'typeNames' in doc2swift-config.json",
            "Test.md:12:3: warning: type 'thing-' makes the same Swift name as type 'Thing' at Test.md:4:3, so both "
                + "would be named 'Thing'; this one is named 'Thing3' (file 'Models/Thing3.swift') instead; spell the "
                + "type the same way on every page, or rename it with 'typeNames' in doc2swift-config.json",
        ])
    }

    @Test func namesTakenBySupportTypesOrDocumentedTypesAreNotes() {
        let schema = APISchema(name: "Shop", operations: [Self.operation("v1X_CreateThing", file: "op.md"),
                                                          Self.operation("API", file: "api.md")],
                               types: [Self.type("Response", line: 2), Self.type("CreateThingRequest", line: 5)])
        #expect(messages(Translator().namingDiagnostics(schema)) == [
            "Test.md:2:3: note: type 'Response' would be named 'Response', a name Swift or the generated module's "
                + "support code already uses; it is named 'Response2' (file 'Models/Response2.swift') instead (rename "
                + "it with 'typeNames' in doc2swift-config.json)",
            "api.md:1:1: note: page id 'API' makes the name 'APIRequest', a name Swift or the generated module's support "
                + "code already uses; this operation is named 'APIRequest2' (file 'Operations/APIRequest2.swift') instead",
            "op.md:1:1: note: page id 'v1X_CreateThing' makes the name 'CreateThingRequest' of the type "
                + "'CreateThingRequest' at Test.md:5:3; this operation is named 'CreateThingRequest2' (file "
                + "'Operations/CreateThingRequest2.swift') instead",
        ])
    }

    /// A type named like a Windows device would be written to `Models/Aux.swift`.
    @Test func deviceNamedTypeFiles() {
        let schema = APISchema(name: "Shop", operations: [], types: [Self.type("aux", line: 7), Self.type("Console", line: 8)])
        #expect(messages(Translator().namingDiagnostics(schema)) == [
            "Test.md:7:3: warning: type 'aux' is named 'Aux', but AUX is a Windows device name, which no file may be "
                + "named: its file is 'Models/Aux+Model.swift' instead of 'Models/Aux.swift'; rename the type with "
                + "'typeNames' in doc2swift-config.json",
        ])
        #expect(messages(Translator(options: GenerationOptions(layout: .pluginSources)).namingDiagnostics(schema)) == [])
        let renamed = GenerationOptions(typeNameOverrides: ["aux": "Auxiliary"])
        #expect(messages(Translator(options: renamed).namingDiagnostics(schema)) == [])
    }

    /// Path-like and device-name ids are parse warnings; naming adds nothing unless a name clashes.
    @Test func distinctNamesAreQuiet() {
        let pages = [("a.md", Self.page(id: "/tmp/absolute")), ("b.md", Self.page(id: "aux", path: "/b")),
                     ("c.md", Self.page(id: "v1Thing_GetThing", path: "/c"))]
        #expect(Self.diagnostics(pages) == [])
    }
}
