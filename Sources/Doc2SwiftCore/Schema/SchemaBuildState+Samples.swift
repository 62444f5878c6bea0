import OrderedJSON

/// One sample value observed where the schema expects a given type.
struct SampleObservation {
    var node: JSONNode
    /// JSON path from the body root, e.g. `$.CreatedBy`.
    var path: String
    var location: SourceLocation
    /// Where the sample body starts: member positions are relative to it.
    var bodyStart: SourceLocation
    /// Which sample it came from: operation index, request (true) or response, sample index.
    var sample: SampleKey
}

/// Identifies one sample of one operation.
struct SampleKey: Hashable {
    var operation: Int
    var isRequest: Bool
    var index: Int
}

extension SchemaBuildState {
    /// The body type a sample is decoded into, if it has one.
    func bodyType(of key: SampleKey) -> TypeExpression? {
        let operation = operations[key.operation]
        if key.isRequest { return operation.requestBody?.type }
        let status = operation.responseSamples[key.index].sample.status
        return operation.responses.first { $0.status == status }?.body
    }

    /// Every sample body with its key and location.
    func sampleBodies() -> [(key: SampleKey, json: JSONNode, location: SourceLocation)] {
        var result: [(SampleKey, JSONNode, SourceLocation)] = []
        for (index, operation) in operations.enumerated() {
            for (sampleIndex, sample) in operation.requestSamples.enumerated() {
                if let json = sample.json {
                    result.append((SampleKey(operation: index, isRequest: true, index: sampleIndex), json,
                                   sample.sample.bodyLocation ?? sample.sample.location))
                }
            }
            for (sampleIndex, sample) in operation.responseSamples.enumerated() {
                if let json = sample.json {
                    result.append((SampleKey(operation: index, isRequest: false, index: sampleIndex), json,
                                   sample.sample.bodyLocation ?? sample.sample.location))
                }
            }
        }
        return result
    }

    /// Gives a type to every body, property and reference that the tables left open, from samples.
    mutating func resolveTypesFromSamples() {
        inferUntypedBodies()
        // Each pass can define types whose own members are then observed; three passes reach
        // every depth seen in real samples, and the loop stops early when nothing changes.
        for _ in 0..<3 {
            let observations = observe()
            guard completeTypes(with: observations) else { break }
        }
        replaceUnresolvedTypes()
    }

    /// Bodies documented without a table (or an `array` without an item table) take their type from samples;
    /// a tabled body whose samples are all arrays is a list of the tabled type (JSON Patch, batch bodies).
    mutating func inferUntypedBodies() {
        for index in operations.indices {
            if let body = operations[index].requestBody, case .named = body.type {
                let samples = operations[index].requestSamples.compactMap(\.json)
                if !samples.isEmpty, samples.allSatisfy({ if case .array = $0 { true } else { false } }) {
                    operations[index].requestBody?.type = .array(body.type)
                    diagnostics.note("request body is a list of \(body.type.displayName): every sample is an array",
                                     at: body.location)
                }
            }
            let operation = operations[index]
            let base = Self.baseName(operation.id)
            if let body = operation.requestBody, body.type == .unknown || body.type == .array(nil) {
                let samples = operation.requestSamples.compactMap(\.json)
                var type = inferring(at: body.location) { $0.infer(samples, name: base + "Body") }
                if type == .unknown {
                    let name = (body.parameterName ?? "").lowercased()
                    type = name.contains("stream") || name.contains("binary") ? .bytes : .object
                    diagnostics.warning("request body '\(body.parameterName ?? "body")' has no property table and no "
                        + "sample; typed as \(type == .bytes ? "raw bytes" : "JSONValue")", at: body.location)
                } else {
                    diagnostics.note("request body type \(type.displayName) inferred from \(samples.count) sample(s)",
                                     at: body.location)
                }
                operations[index].requestBody?.type = type
            }
            for (responseIndex, response) in operation.responses.enumerated()
            where response.body == .unknown || response.body == .array(nil) {
                let sampled = operation.responseSamples.filter { $0.sample.status == response.status && $0.json != nil }
                let samples = sampled.compactMap(\.json)
                let first = sampled.first.map { $0.sample.bodyLocation ?? $0.sample.location }
                let type = inferring(at: first ?? operation.location) { $0.infer(samples, name: base + "ResponseBody") }
                operations[index].responses[responseIndex].body = type == .unknown ? (response.body == .unknown ? .object : .array(.object)) : type
            }
        }
    }

    /// Walks every sample along its body type and collects what it finds at each named type and untyped property.
    func observe() -> [String: [SampleObservation]] {
        var observations: [String: [SampleObservation]] = [:]
        for (key, json, location) in sampleBodies() {
            guard let type = bodyType(of: key) else { continue }
            walk(json, type: type, path: "$", location: location, bodyStart: location, key: key, into: &observations)
        }
        return observations
    }

    /// Records `node` under the named type it is expected to be, then descends.
    func walk(_ node: JSONNode, type: TypeExpression, path: String, location: SourceLocation,
              bodyStart: SourceLocation, key: SampleKey, into observations: inout [String: [SampleObservation]]) {
        switch (node, type) {
        case (.object(let members), .named(let name)):
            observations[name, default: []].append(SampleObservation(node: node, path: path, location: location,
                                                                         bodyStart: bodyStart, sample: key))
            guard let definition = registry[name] else { return }
            for member in members {
                guard let property = definition.properties.first(where: { $0.name == member.key }) else { continue }
                // Member positions count from the start of the body, at every depth.
                walk(member.value, type: property.type, path: path + "." + member.key,
                     location: Self.offset(bodyStart, member), bodyStart: bodyStart, key: key, into: &observations)
            }
        case (.array(let items), .array(let element?)):
            for (index, item) in items.enumerated() {
                walk(item, type: element, path: "\(path)[\(index)]", location: location, bodyStart: bodyStart, key: key,
                     into: &observations)
            }
        default:
            break
        }
    }

    /// The location of a JSON member inside a body that starts at `base`.
    static func offset(_ base: SourceLocation, _ member: JSONMember) -> SourceLocation {
        var location = base
        location.line += member.line - 1
        location.column = member.line == 1 ? base.column + member.column - 1 : member.column
        return location
    }
}
