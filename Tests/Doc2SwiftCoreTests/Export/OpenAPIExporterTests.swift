import OrderedJSON
import Testing
@testable import Doc2SwiftCore

/// One seed API's schema and its OpenAPI document.
struct OpenAPISeedExport {
    let schema: APISchema
    let export: OpenAPIExport

    init(_ api: String) throws {
        schema = try OpenAPIFixtures.seedSchema(api: api)
        export = OpenAPIExporter().export(schema)
    }

    /// The operation object of `operation` in the document: under its method, at its path (with a
    /// `#id` fragment when operations share the path).
    func node(of operation: Doc2SwiftCore.Operation) -> JSONNode? {
        let template = OpenAPIPaths.split(operation.path).template
        let item = export.document["paths"]?.members?.first { path in
            (path.key == template || path.key.hasPrefix(template + "#"))
                && path.value[operation.method.lowercased()]?["operationId"]?.stringValue == operation.id
        }
        return item?.value[operation.method.lowercased()]
    }
}

/// The seed pages' schemas survive the trip into OpenAPI: every operation, parameter, property and
/// sample of the intermediate schema can be found in the document, where OpenAPI puts it.
@Suite struct OpenAPIExporterTests {
    static let seedAPIs = ["SuperOffice", "ApolloER", "onOffice"]

    @Test func seedsHaveOperationsTypesAndSamples() throws {
        // Guards the round trip against passing vacuously on an empty schema.
        let seed = try OpenAPISeedExport("SuperOffice")
        let (schema, export) = (seed.schema, seed.export)
        #expect(schema.operations.count == 3)
        #expect(!schema.types.isEmpty)
        #expect(schema.operations.contains { !$0.requestSamples.isEmpty && !$0.responseSamples.isEmpty })
        #expect(schema.types.contains { $0.origin == .inferred })
        #expect(export.operationCount == schema.operations.count)
        for api in Self.seedAPIs {
            #expect(try OpenAPISeedExport(api).schema.operations.isEmpty == false, "\(api)")
        }
    }

    @Test(arguments: seedAPIs)
    func documentFollowsOpenAPIRules(api: String) throws {
        let seed = try OpenAPISeedExport(api)
        let export = seed.export
        #expect(OpenAPIFixtures.problems(in: export.document) == [])
        #expect(export.diagnostics.all.isEmpty)
    }

    @Test(arguments: seedAPIs)
    func everyOperationAppearsWithItsIdAndSource(api: String) throws {
        let seed = try OpenAPISeedExport(api)
        let schema = seed.schema
        for operation in schema.operations {
            let found = try #require(seed.node(of: operation), "\(operation.method) \(operation.path)")
            #expect(found["operationId"]?.stringValue == operation.id)
            #expect(found["summary"]?.stringValue?.isEmpty == false)
            #expect(found[OpenAPISchemaMapping.sourceKey]?.stringValue == "\(operation.location.file):\(operation.location.line)")
        }
    }

    @Test(arguments: seedAPIs)
    func everyParameterAppearsWithPlaceRequirednessAndSchema(api: String) throws {
        let seed = try OpenAPISeedExport(api)
        let schema = seed.schema
        let names = OpenAPIComponentNames(names: schema.types.map(\.name))
        for operation in schema.operations {
            let parameters = seed.node(of: operation)?["parameters"]?.elements ?? []
            for parameter in operation.parameters {
                let found = try #require(parameters.first {
                    $0["name"]?.stringValue == parameter.name && $0["in"]?.stringValue == parameter.place.rawValue
                }, "\(operation.id): \(parameter.place) \(parameter.name)")
                #expect(found["required"] == .bool(parameter.isRequired || parameter.place == .path))
                #expect(found["schema"] == OpenAPISchemaMapping.schema(for: parameter.type, names: names))
                if !parameter.description.isEmpty {
                    #expect(found["description"]?.stringValue == parameter.description)
                }
            }
        }
    }

    @Test(arguments: seedAPIs)
    func everyBodyAndStatusAppears(api: String) throws {
        let seed = try OpenAPISeedExport(api)
        let schema = seed.schema
        let names = OpenAPIComponentNames(names: schema.types.map(\.name))
        for operation in schema.operations {
            let found = try #require(seed.node(of: operation))
            if let body = operation.requestBody {
                let bodySchema = found["requestBody"]?["content"]?["application/json"]?["schema"]
                let fixed = (body.envelope?.members ?? []).filter { $0.fixedValue != nil }
                if fixed.isEmpty {
                    #expect(bodySchema == OpenAPISchemaMapping.schema(for: body.type, names: names))
                } else {
                    // An envelope's fixed members are constants next to the reference.
                    #expect(bodySchema?["$ref"] == OpenAPISchemaMapping.schema(for: body.type, names: names)["$ref"])
                    #expect(bodySchema?["properties"]?.members?.map(\.key) == fixed.map(\.name))
                }
                #expect(found["requestBody"]?["x-codegen-request-body-name"]?.stringValue == body.parameterName)
            }
            for response in operation.responses {
                let status = try #require(found["responses"]?[String(response.status)], "\(operation.id) \(response.status)")
                #expect(status["description"]?.stringValue == response.description)
                if let body = response.body {
                    #expect(status["content"]?["application/json"]?["schema"]
                        == OpenAPISchemaMapping.schema(for: body, names: names))
                }
            }
        }
    }

    @Test(arguments: seedAPIs)
    func everyTypeAndPropertyAppears(api: String) throws {
        let seed = try OpenAPISeedExport(api)
        let (schema, export) = (seed.schema, seed.export)
        let components = try #require(export.document["components"]?["schemas"])
        for definition in schema.types {
            let found = try #require(components[definition.name], "\(definition.name)")
            #expect(found["title"]?.stringValue == definition.name)
            #expect(found[OpenAPISchemaMapping.inferredKey] == (definition.origin == .inferred ? JSONNode.bool(true) : nil))
            for property in definition.properties {
                let entry = try #require(found["properties"]?[property.name], "\(definition.name).\(property.name)")
                #expect(entry[OpenAPISchemaMapping.inferredKey] == (property.isInferred ? JSONNode.bool(true) : nil))
                if !property.description.isEmpty {
                    #expect(entry["description"]?.stringValue == property.description)
                }
            }
        }
    }

    /// A JSON body is an example under the request body or its status; any other body (a bare `null`,
    /// text that is not JSON, the `null` of a 204) is kept as text in `x-doc2swift-samples`.
    @Test(arguments: seedAPIs)
    func everySampleAppearsAsExampleOrInTheSampleList(api: String) throws {
        let seed = try OpenAPISeedExport(api)
        let schema = seed.schema
        var examples = 0
        for operation in schema.operations {
            let found = try #require(seed.node(of: operation))
            let list = found[OpenAPISamples.samplesKey]?.elements ?? []
            #expect(list.count == operation.requestSamples.count + operation.responseSamples.count)
            for (index, sample) in operation.requestSamples.enumerated() {
                let entry = list[index]
                #expect(entry["request"]?.stringValue == "\(sample.sample.method) \(sample.sample.target)")
                #expect(entry["source"]?.stringValue == "\(sample.sample.location.file):\(sample.sample.location.line)")
                if let json = OpenAPISamples.exampleJSON(sample.json), operation.requestBody != nil {
                    let example = found["requestBody"]?["content"]?["application/json"]?["examples"]?["sample\(index + 1)"]
                    #expect(example?["value"].map(OpenAPIJSON.sortingKeys) == OpenAPIJSON.sortingKeys(json),
                            "\(operation.id) request sample \(index + 1)")
                    #expect(entry["example"]?.stringValue == "sample\(index + 1)")
                    examples += 1
                } else {
                    #expect(entry["body"]?.stringValue == sample.sample.body, "\(operation.id) request sample \(index + 1)")
                }
            }
            for (index, sample) in operation.responseSamples.enumerated() {
                let entry = list[operation.requestSamples.count + index]
                #expect(entry["response"]?.stringValue?.hasPrefix(String(sample.sample.status)) == true)
                if OpenAPISamples.isExample(sample), let json = sample.json {
                    let content = found["responses"]?[String(sample.sample.status)]?["content"]?.members?.first?.value
                    let example = content?["examples"]?["sample\(index + 1)"]
                    #expect(example?["value"].map(OpenAPIJSON.sortingKeys) == OpenAPIJSON.sortingKeys(json),
                            "\(operation.id) response sample \(index + 1)")
                    #expect(entry["example"]?.stringValue == "sample\(index + 1)")
                    examples += 1
                } else {
                    #expect(entry["body"]?.stringValue == sample.sample.body, "\(operation.id) response sample \(index + 1)")
                }
            }
        }
        #expect(examples > 0)
    }

    @Test func textIsSortedIndentedAndStable() throws {
        let seed = try OpenAPISeedExport("SuperOffice")
        let (schema, export) = (seed.schema, seed.export)
        #expect(export.text.hasSuffix("}\n"))
        #expect(export.text.hasPrefix("{\n  \"components\": {"))
        #expect(OpenAPIExporter().export(schema).text == export.text)
        let topKeys = export.text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(topKeys == ["components", "info", "openapi", "paths"])
        #expect(export.fileName == "SuperOffice.openapi.json")
    }
}
