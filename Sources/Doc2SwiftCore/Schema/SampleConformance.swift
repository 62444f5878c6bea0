import OrderedJSON

/// Why a sample cannot become a passing test, and where the docs type the value it contradicts.
/// The reason alone is kept with the sample (and written into generated tests, so it holds no
/// path); the warning names both places.
struct SampleProblem: Hashable {
    var reason: String
    var documentedAt: SourceLocation?

    init(_ reason: String, documentedAt: SourceLocation? = nil) {
        self.reason = reason
        self.documentedAt = documentedAt
    }

    /// The reason with the docs' place: `$.Count: 1.5 is not an integer (documented at x.md:12:3)`.
    var warningText: String { documentedAt.map { "\(reason) (documented at \($0))" } ?? reason }
}

/// Decides, at generation time, whether the generated decoder can read a sample and write it back
/// unchanged. A sample that cannot is reported instead of becoming a failing test.
struct SampleConformance {
    let registry: TypeRegistry
    /// Which properties the generated Swift makes non-optional: a sample must give those a value.
    var requiredProperties = RequiredProperties.optional

    /// Nil when `node` fits `type`, else the JSON path and what is wrong there.
    /// - Parameter documentedAt: where the docs type the value (its property's row), named in the
    ///   problem so that a reader sees both places: the sample (the warning's location) and the docs.
    func problem(_ node: JSONNode, _ type: TypeExpression, path: String = "$",
                 documentedAt: SourceLocation? = nil) -> SampleProblem? {
        func noted(_ text: String) -> SampleProblem { SampleProblem(text, documentedAt: documentedAt) }
        switch (node, type) {
        case (_, .object), (_, .unknown): return nil
        case (.null, _): return path == "$" ? SampleProblem("the body is null but the docs type it \(type.displayName)") : nil
        case (_, .union(let members)):
            // The generated enum tries each member: the sample fits when one member takes it. The
            // member of the value's JSON kind, if any, says what is wrong inside the value.
            if members.contains(where: { problem(node, $0, path: path, documentedAt: documentedAt) == nil }) { return nil }
            let kinds = node.kindName == "number" ? ["integer", "number"] : [node.kindName]
            if let member = members.first(where: { TypeVocabulary.jsonKind($0).map(kinds.contains) == true }),
               let inner = problem(node, member, path: path, documentedAt: documentedAt) {
                return inner
            }
            let article = ["array", "object"].contains(node.kindName) ? "an" : "a"
            return noted("\(path): \(article) \(node.kindName) where the docs say \(type.displayName)")
        case (.string, .string), (.string, .enumeration), (.string, .bytes): return nil
        case (.string(let text), .dateTime):
            return DateText.isDate(text) ? nil : noted("\(path): \"\(text)\" is not a date-time")
        case (.number(let literal), .integer(let width)):
            guard node.isInteger, let value = Int64(literal) else {
                return noted("\(path): \(literal) is not an integer")
            }
            if width != .int64 && (value < Int64(Int32.min) || value > Int64(Int32.max)) && width == .int32 {
                return noted("\(path): \(literal) does not fit in int32")
            }
            return nil
        case (.number(let literal), .integerEnumeration), (.number(let literal), .flags):
            // Open: any integer decodes, listed or not.
            guard node.isInteger, Int(literal) != nil else { return noted("\(path): \(literal) is not an integer") }
            return nil
        case (.number, .double): return nil
        case (.bool, .bool): return nil
        case (.array(let items), .array(let element)):
            guard let element else { return nil }
            for (index, item) in items.enumerated() {
                if let problem = problem(item, element, path: "\(path)[\(index)]", documentedAt: documentedAt) {
                    return problem
                }
            }
            return nil
        case (.object(let members), .named(let name)):
            guard let definition = registry[name] else { return nil }
            var seen = Set<String>()
            for member in members {
                guard seen.insert(member.key).inserted else {
                    return SampleProblem("\(path): key '\(member.key)' appears twice")
                }
                guard let property = definition.properties.first(where: { $0.name == member.key }) else {
                    return SampleProblem("\(path).\(member.key) is not a property of \(name)",
                                         documentedAt: definition.origin == .documented ? definition.locations[0] : nil)
                }
                if member.value == .null, !requiredProperties.isOptional(property) {
                    return SampleProblem("\(path).\(member.key): null, but property '\(member.key)' is required and "
                        + "not nullable", documentedAt: property.location)
                }
                if let problem = problem(member.value, property.type, path: "\(path).\(member.key)",
                                         documentedAt: property.isInferred ? nil : property.location) {
                    return problem
                }
            }
            if requiredProperties != .optional,
               let missing = definition.properties.first(where: { !requiredProperties.isOptional($0) && !seen.contains($0.name) }) {
                return SampleProblem("\(path).\(missing.name): required property '\(missing.name)' is missing",
                                     documentedAt: missing.location)
            }
            return nil
        default:
            return noted("\(path): a \(node.kindName) where the docs say \(type.displayName)")
        }
    }
}

extension SchemaBuildState {
    /// Marks every sample that cannot become a passing test, with a warning naming the docs' inconsistency.
    mutating func checkSamples() {
        let conformance = SampleConformance(registry: registry, requiredProperties: requiredProperties)
        for index in operations.indices {
            let operation = operations[index]
            for (sampleIndex, sample) in operation.requestSamples.enumerated() where sample.untestedReason == nil {
                let key = SampleKey(operation: index, isRequest: true, index: sampleIndex)
                let problem = sampleIssues[key].map { SampleProblem($0) } ?? requestProblem(sample, operation, conformance)
                if let problem, sampleIssues[key] == nil {
                    diagnostics.warning("sample request does not match the docs: \(problem.warningText); sample not tested",
                                        at: sample.sample.location)
                }
                operations[index].requestSamples[sampleIndex].untestedReason = problem?.reason
            }
            for (sampleIndex, sample) in operation.responseSamples.enumerated() where sample.untestedReason == nil {
                let key = SampleKey(operation: index, isRequest: false, index: sampleIndex)
                let problem = sampleIssues[key].map { SampleProblem($0) } ?? responseProblem(sample, operation, conformance)
                if let problem, sampleIssues[key] == nil {
                    diagnostics.warning("sample response does not match the docs: \(problem.warningText); sample not tested",
                                        at: sample.sample.location)
                }
                operations[index].responseSamples[sampleIndex].untestedReason = problem?.reason
            }
        }
    }

    func requestProblem(_ sample: RequestSample, _ operation: Operation, _ conformance: SampleConformance) -> SampleProblem? {
        if sample.sample.method != operation.method {
            return SampleProblem("its method \(sample.sample.method) differs from the documented \(operation.method)")
        }
        guard PathMatch.match(template: operation.path, sample: sample.sample.path) != nil else {
            return SampleProblem("its path \(sample.sample.path) does not fit the documented \(operation.path)")
        }
        if let loose = PathMatch.looseness(template: operation.path, sample: sample.sample.path) { return SampleProblem(loose) }
        let queryNames = Set(operation.parameters.filter { $0.place == .query }.map(\.name))
        if let unknown = sample.sample.query.first(where: { !queryNames.contains($0.name) }) {
            return SampleProblem("its query parameter '\(unknown.name)' is not documented")
        }
        if let problem = parameterProblem(sample.sample, operation) { return SampleProblem(problem) }
        guard let json = sample.json else { return nil }
        guard let body = operation.requestBody else { return SampleProblem("it has a body but the docs document none") }
        if let envelope = body.envelope, let problem = Self.envelopeProblem(json, envelope) { return SampleProblem(problem) }
        return conformance.problem(json, body.type)
    }

    /// Why a sample body cannot be rebuilt by a builder that assembles `envelope`, or nil.
    static func envelopeProblem(_ json: JSONNode, _ envelope: BodyEnvelope) -> String? {
        guard case .object(let members) = json else { return "its body is a \(json.kindName), not the action's envelope" }
        for member in envelope.members {
            let value = members.first { $0.key == member.name }?.value
            if let fixed = member.fixedValue {
                if value != .string(fixed) {
                    let shown = value.map { JSONWriter.compact($0) } ?? "missing"
                    return "its '\(member.name)' is \(shown), but the page fixes it to \"\(fixed)\""
                }
            } else if value == nil || value == .null {
                return "it leaves out the envelope member '\(member.name)', which the request builder always sends"
            }
        }
        return nil
    }

    func responseProblem(_ sample: ResponseSample, _ operation: Operation, _ conformance: SampleConformance) -> SampleProblem? {
        guard let response = operation.responses.first(where: { $0.status == sample.sample.status }) else {
            let documented = operation.responses.map { String($0.status) }.joined(separator: ", ")
            return SampleProblem("its status \(sample.sample.status) is not among the documented statuses (\(documented))")
        }
        guard let json = sample.json, let body = response.body else { return nil }
        if body == .bytes { return nil }
        return conformance.problem(json, body)
    }
}
