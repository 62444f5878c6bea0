import OrderedJSON

/// Decides, at generation time, whether the generated decoder can read a sample and write it back
/// unchanged. A sample that cannot is reported instead of becoming a failing test.
struct SampleConformance {
    let registry: TypeRegistry

    /// Nil when `node` fits `type`, else the JSON path and what is wrong there.
    func problem(_ node: JSONNode, _ type: TypeExpression, path: String = "$") -> String? {
        switch (node, type) {
        case (_, .object), (_, .unknown): return nil
        case (.null, _): return path == "$" ? "the body is null but the docs type it \(type.displayName)" : nil
        case (.string, .string), (.string, .enumeration), (.string, .bytes): return nil
        case (.string(let text), .dateTime):
            return DateText.isDate(text) ? nil : "\(path): \"\(text)\" is not a date-time"
        case (.number(let literal), .integer(let width)):
            guard node.isInteger, let value = Int64(literal) else {
                return "\(path): \(literal) is not an integer"
            }
            if width != .int64 && (value < Int64(Int32.min) || value > Int64(Int32.max)) && width == .int32 {
                return "\(path): \(literal) does not fit in int32"
            }
            return nil
        case (.number, .double): return nil
        case (.bool, .bool): return nil
        case (.array(let items), .array(let element)):
            guard let element else { return nil }
            for (index, item) in items.enumerated() {
                if let problem = problem(item, element, path: "\(path)[\(index)]") { return problem }
            }
            return nil
        case (.object(let members), .named(let name)):
            guard let definition = registry[name] else { return nil }
            var seen = Set<String>()
            for member in members {
                guard seen.insert(member.key).inserted else { return "\(path): key '\(member.key)' appears twice" }
                guard let property = definition.properties.first(where: { $0.name == member.key }) else {
                    return "\(path).\(member.key) is not a property of \(name)"
                }
                if let problem = problem(member.value, property.type, path: "\(path).\(member.key)") { return problem }
            }
            return nil
        default:
            return "\(path): a \(node.kindName) where the docs say \(type.displayName)"
        }
    }
}

extension SchemaBuildState {
    /// Marks every sample that cannot become a passing test, with a warning naming the docs' inconsistency.
    mutating func checkSamples() {
        let conformance = SampleConformance(registry: registry)
        for index in operations.indices {
            let operation = operations[index]
            for (sampleIndex, sample) in operation.requestSamples.enumerated() where sample.untestedReason == nil {
                let key = SampleKey(operation: index, isRequest: true, index: sampleIndex)
                let reason = sampleIssues[key] ?? requestProblem(sample, operation, conformance)
                if let reason, sampleIssues[key] == nil {
                    diagnostics.warning("sample request does not match the docs: \(reason); sample not tested",
                                        at: sample.sample.location)
                }
                operations[index].requestSamples[sampleIndex].untestedReason = reason
            }
            for (sampleIndex, sample) in operation.responseSamples.enumerated() where sample.untestedReason == nil {
                let key = SampleKey(operation: index, isRequest: false, index: sampleIndex)
                let reason = sampleIssues[key] ?? responseProblem(sample, operation, conformance)
                if let reason, sampleIssues[key] == nil {
                    diagnostics.warning("sample response does not match the docs: \(reason); sample not tested",
                                        at: sample.sample.location)
                }
                operations[index].responseSamples[sampleIndex].untestedReason = reason
            }
        }
    }

    func requestProblem(_ sample: RequestSample, _ operation: Operation, _ conformance: SampleConformance) -> String? {
        if sample.sample.method != operation.method {
            return "its method \(sample.sample.method) differs from the documented \(operation.method)"
        }
        guard PathMatch.match(template: operation.path, sample: sample.sample.path) != nil else {
            return "its path \(sample.sample.path) does not fit the documented \(operation.path)"
        }
        if let loose = PathMatch.looseness(template: operation.path, sample: sample.sample.path) { return loose }
        let queryNames = Set(operation.parameters.filter { $0.place == .query }.map(\.name))
        if let unknown = sample.sample.query.first(where: { !queryNames.contains($0.name) }) {
            return "its query parameter '\(unknown.name)' is not documented"
        }
        if let problem = parameterProblem(sample.sample, operation) { return problem }
        guard let json = sample.json else { return nil }
        guard let body = operation.requestBody else { return "it has a body but the docs document none" }
        if let envelope = body.envelope, let problem = Self.envelopeProblem(json, envelope) { return problem }
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

    func responseProblem(_ sample: ResponseSample, _ operation: Operation, _ conformance: SampleConformance) -> String? {
        guard let response = operation.responses.first(where: { $0.status == sample.sample.status }) else {
            let documented = operation.responses.map { String($0.status) }.joined(separator: ", ")
            return "its status \(sample.sample.status) is not among the documented statuses (\(documented))"
        }
        guard let json = sample.json, let body = response.body else { return nil }
        if body == .bytes { return nil }
        return conformance.problem(json, body)
    }
}
