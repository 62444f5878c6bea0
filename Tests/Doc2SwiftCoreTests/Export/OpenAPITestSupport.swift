import Foundation
import MarkdownBlocks
import OrderedJSON
@testable import Doc2SwiftCore

/// Schemas and checks shared by the OpenAPI export tests.
enum OpenAPIFixtures {
    /// The repository root, found from this file's path (Tests/Doc2SwiftCoreTests/Export/…).
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The schema of `Input/<api>/*.md`, built as the pipeline builds it (pages read as
    /// `Input/<api>/<file>`, includes resolved inside `Input/` only).
    static func seedSchema(api: String = "SuperOffice") throws -> APISchema {
        let inputRoot = repositoryRoot.appendingPathComponent("Input")
        let folder = inputRoot.appendingPathComponent(api)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        let rootPath = inputRoot.standardizedFileURL.path
        let extractor = PageExtractor(includeLoader: { relative in
            let url = inputRoot.appendingPathComponent(relative).standardizedFileURL
            guard url.path.hasPrefix(rootPath + "/") else { return nil }
            return try? String(contentsOf: url, encoding: .utf8)
        })
        let facts = try files.map { file in
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            let document = BlockReader.read(data: data, file: "Input/\(api)/\(file)")
            return extractor.extract(document, relativePath: "\(api)/\(file)", api: api).0
        }
        return SchemaBuilder().build(api: api, pages: facts).0
    }

    /// A location on line `line` of `Page.md`.
    static func location(_ line: Int) -> SourceLocation { SourceLocation(file: "Page.md", line: line, column: 1) }

    static func parameter(_ name: String, _ place: ParameterPlace, _ type: TypeExpression, required: Bool = false,
                          description: String = "", line: Int = 10) -> Parameter {
        Parameter(ParameterFact(name: name, place: place, type: type, isRequired: required,
                                description: description, location: location(line)))
    }

    static func operation(id: String = "GetThing", method: String = "GET", path: String = "/things/{id}",
                          parameters: [Parameter] = [], body: TypeExpression? = nil,
                          responses: [Response] = [Response(status: 200, description: "OK", body: nil)],
                          requests: [RequestSample] = [], responsesShown: [ResponseSample] = []) -> Doc2SwiftCore.Operation {
        Operation(id: id, title: "\(method) \(path)", summary: "Gets a thing.\n\nMore about it.", method: method,
                  path: path, parameters: parameters,
                  requestBody: body.map { RequestBody(parameterName: "entity", type: $0, description: "The thing.",
                                                      location: location(20)) },
                  responses: responses, requestSamples: requests, responseSamples: responsesShown,
                  location: location(1))
    }

    static func request(_ method: String, _ target: String, headers: [SampleHeader] = [], body: String? = nil,
                        line: Int = 40) -> RequestSample {
        let json = body.flatMap { try? JSONParser.parse($0) }
        return RequestSample(sample: SampleRequest(method: method, target: target, headers: headers, body: body,
                                                   bodyLocation: body == nil ? nil : location(line + 1),
                                                   location: location(line)),
                             json: json, untestedReason: body != nil && json == nil ? "its body is not valid JSON" : nil)
    }

    static func response(_ status: Int, _ reason: String = "OK", body: String? = nil, line: Int = 60) -> ResponseSample {
        let json = body.flatMap { try? JSONParser.parse($0) }
        return ResponseSample(sample: SampleResponse(status: status, reason: reason, headers: [], body: body,
                                                     bodyLocation: body == nil ? nil : location(line + 1),
                                                     location: location(line)),
                              json: json, untestedReason: nil)
    }

    static func type(_ name: String, _ properties: [Property], origin: TypeDefinition.Origin = .documented) -> TypeDefinition {
        TypeDefinition(name: name, description: "A \(name).", properties: properties, origin: origin,
                       locations: [location(30)])
    }

    static func property(_ name: String, _ type: TypeExpression, inferred: Bool = false,
                         description: String = "") -> Property {
        Property(name: name, type: type, description: description, isInferred: inferred, location: location(31))
    }

    /// The OpenAPI document of a schema made of `operations` and `types`.
    static func export(_ operations: [Doc2SwiftCore.Operation], types: [TypeDefinition] = []) -> OpenAPIExport {
        OpenAPIExporter().export(APISchema(name: "API", operations: operations, types: types))
    }

    /// The rules of OpenAPI 3.1 (and of openapi-spec-validator) that a document built from pages could
    /// break: every `$ref` resolves, path placeholders and path parameters match, path parameters are
    /// required, operation ids are unique, parameters are unique per operation, component keys and
    /// response keys have the allowed form, every response has a description. One line per problem.
    static func problems(in document: JSONNode) -> [String] {
        var problems: [String] = []
        if document["openapi"]?.stringValue != "3.1.0" { problems.append("openapi is not 3.1.0") }
        if document["info"]?["title"]?.stringValue == nil || document["info"]?["version"]?.stringValue == nil {
            problems.append("info lacks title or version")
        }
        let schemas = document["components"]?["schemas"]?.members ?? []
        for member in schemas where member.key.range(of: "^[a-zA-Z0-9._-]+$", options: .regularExpression) == nil {
            problems.append("component key '\(member.key)' has characters OpenAPI does not allow")
        }
        for reference in references(in: document) {
            let prefix = "#/components/schemas/"
            if !reference.hasPrefix(prefix) || !schemas.contains(where: { $0.key == reference.dropFirst(prefix.count) }) {
                problems.append("$ref '\(reference)' does not resolve")
            }
        }
        var operationIDs = Set<String>()
        for path in document["paths"]?.members ?? [] {
            if !path.key.hasPrefix("/") { problems.append("path '\(path.key)' does not start with /") }
            if path.key.contains("?") { problems.append("path '\(path.key)' has a query") }
            let placeholders = Set(OpenAPIPaths.placeholders(in: path.key))
            for operation in path.value.members ?? [] {
                let name = "\(operation.key) \(path.key)"
                if let id = operation.value["operationId"]?.stringValue, !operationIDs.insert(id).inserted {
                    problems.append("\(name): operationId '\(id)' is not unique")
                }
                let parameters = operation.value["parameters"]?.elements ?? []
                var seen = Set<String>()
                for parameter in parameters {
                    let key = "\(parameter["in"]?.stringValue ?? "?") \(parameter["name"]?.stringValue ?? "?")"
                    if !seen.insert(key).inserted { problems.append("\(name): parameter \(key) twice") }
                    if parameter["schema"] == nil { problems.append("\(name): parameter \(key) has no schema") }
                }
                let pathParameters = parameters.filter { $0["in"]?.stringValue == "path" }
                if Set(pathParameters.compactMap { $0["name"]?.stringValue }) != placeholders {
                    problems.append("\(name): path parameters do not match the placeholders")
                }
                if pathParameters.contains(where: { $0["required"] != .bool(true) }) {
                    problems.append("\(name): a path parameter is not required")
                }
                let responses = operation.value["responses"]?.members ?? []
                if responses.isEmpty { problems.append("\(name): no responses") }
                for response in responses {
                    if response.key != "default",
                       response.key.range(of: "^[1-5][0-9][0-9]$", options: .regularExpression) == nil {
                        problems.append("\(name): response key '\(response.key)'")
                    }
                    if response.value["description"]?.stringValue == nil {
                        problems.append("\(name): response \(response.key) has no description")
                    }
                }
            }
        }
        return problems
    }

    /// Every `$ref` value in the tree, skipping examples and sample lists (data, not schema).
    static func references(in node: JSONNode) -> [String] {
        switch node {
        case .object(let members):
            return members.flatMap { member -> [String] in
                if member.key == "$ref", let target = member.value.stringValue { return [target] }
                if member.key == "examples" || member.key == OpenAPISamples.samplesKey { return [] }
                return references(in: member.value)
            }
        case .array(let elements):
            return elements.flatMap(references)
        default:
            return []
        }
    }
}
