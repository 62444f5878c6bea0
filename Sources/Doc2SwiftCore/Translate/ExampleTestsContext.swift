import Mustache

/// The context of the module's example tests (`ExampleTests.mustache`): every example object the
/// docs give of a defined type that fits it, decoded into its model and encoded back, one test
/// case per example.
struct ExampleTestsContext {
    let examples: [[String: TemplateValue]]

    init(schema: APISchema, naming: ModuleNaming, sourcePath: (String) -> String) {
        var examples: [[String: TemplateValue]] = []
        for definition in schema.types {
            guard let swiftName = naming.types.typeNames[definition.name] else { continue }
            for example in definition.examples ?? [] where example.untestedReason == nil && example.json != nil {
                let body = SampleTestContext.bodyText(example.example.text, json: example.json) ?? ""
                examples.append([
                    "typeName": .string(swiftName),
                    "typeNameLiteral": ContextValues.literal(swiftName),
                    "bodyLiteral": ContextValues.literal(body),
                    "locationLiteral": SampleTestContext.locationLiteral(example.example.location, sourcePath: sourcePath),
                ])
            }
        }
        self.examples = examples
    }

    var hasTests: Bool { !examples.isEmpty }

    func value(common: [String: TemplateValue]) -> TemplateValue {
        var context = common
        context["examples"] = ContextValues.list(examples)
        return .object(context)
    }
}
