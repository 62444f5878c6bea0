import OrderedJSON

/// The docs' examples of defined objects (`ObjectExample`): each is parsed and checked against
/// the object as the generated model reads it; one that does not fit is a located warning and no
/// test, like a sample.
extension SchemaBuildState {
    /// Keeps a page's object examples until every table is known.
    mutating func addExamples(of definition: TypeDefinitionFact) {
        guard let examples = definition.examples, !examples.isEmpty else { return }
        objectExamples[definition.name, default: []] += examples
    }

    /// Every example, by type name, parsed and checked.
    mutating func checkedExamples() -> [String: [TypeExample]] {
        var result: [String: [TypeExample]] = [:]
        let conformance = SampleConformance(registry: registry, requiredProperties: requiredProperties)
        for name in objectExamples.keys.sorted() {
            for example in objectExamples[name] ?? [] {
                var checked = TypeExample(example: example, json: nil, untestedReason: nil)
                let (json, reason) = parseJSON(example.text, at: example.location)
                checked.json = json
                if let reason {
                    checked.untestedReason = reason
                } else if let json, let problem = conformance.problem(json, .named(name)) {
                    checked.untestedReason = problem.reason
                    diagnostics.warning("example of \(name) does not match the docs: \(problem.warningText); "
                        + "not tested", at: example.location)
                }
                result[name, default: []].append(checked)
            }
        }
        return result
    }
}
