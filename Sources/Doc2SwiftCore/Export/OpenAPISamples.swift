import Foundation
import OrderedJSON

/// The docs' samples as OpenAPI examples.
///
/// Sample *n* of an operation's requests is `sample<n>` everywhere it shows up: in the request
/// body's `examples`, in each parameter's `examples` (the value the sample gives that parameter)
/// and in the operation's `x-doc2swift-samples` list; response samples are numbered the same way
/// among the responses. `x-doc2swift-samples` keeps what examples cannot hold: the request or
/// status line, the headers, a body that is not JSON, and why the SDK generates no test from it.
enum OpenAPISamples {
    /// The extension listing every sample of an operation.
    static let samplesKey = "x-doc2swift-samples"

    /// `sample1` for the first sample.
    static func key(_ index: Int) -> String { "sample\(index + 1)" }

    /// `PUT /api/v1/Relation/42?$select=Comment`, as the sample writes it.
    static func requestLine(_ sample: SampleRequest) -> String { "\(sample.method) \(sample.target)" }

    /// `200 OK`.
    static func statusLine(_ sample: SampleResponse) -> String {
        "\(sample.status) \(sample.reason)".trimmingCharacters(in: .whitespaces)
    }

    /// Statuses that never carry a body, so their samples' bodies (often a bare `null`) are not examples.
    static let bodilessStatuses: Set<Int> = [204, 205, 304]

    /// The JSON a sample contributes as an example: its parsed body, unless that is a bare `null`,
    /// which the docs print for "no body" rather than as a value.
    static func exampleJSON(_ json: JSONNode?) -> JSONNode? {
        json == .null ? nil : json
    }

    /// Whether a response sample's body becomes an example under its status.
    static func isExample(_ sample: ResponseSample) -> Bool {
        exampleJSON(sample.json) != nil && !bodilessStatuses.contains(sample.sample.status)
            && OpenAPIOperationMapping.isKeyable(sample.sample.status)
    }

    /// An Example Object.
    static func example(summary: String, value: JSONNode, location: SourceLocation) -> JSONNode {
        OpenAPIJSON.object([
            ("summary", .string(summary)),
            ("value", value),
            (OpenAPISchemaMapping.sourceKey, OpenAPIJSON.source(location)),
        ])
    }

    /// The request body's examples: every request sample with a JSON body, or nil when there is none.
    static func requestBodyExamples(of operation: Operation) -> JSONNode? {
        let members = operation.requestSamples.enumerated().compactMap { index, sample in
            exampleJSON(sample.json).map { json in
                JSONMember(key: key(index), value: example(summary: requestLine(sample.sample), value: json,
                                                           location: sample.sample.bodyLocation ?? sample.sample.location))
            }
        }
        return members.isEmpty ? nil : .object(members)
    }

    /// The examples of one status: every response sample of that status with a JSON body, or nil.
    static func responseExamples(of operation: Operation, status: Int) -> JSONNode? {
        let members = operation.responseSamples.enumerated().compactMap { index, sample -> JSONMember? in
            guard sample.sample.status == status, isExample(sample), let json = sample.json else { return nil }
            return JSONMember(key: key(index), value: example(summary: statusLine(sample.sample), value: json,
                                                              location: sample.sample.bodyLocation ?? sample.sample.location))
        }
        return members.isEmpty ? nil : .object(members)
    }

    /// One parameter's examples: the value each request sample gives it, typed as the parameter is.
    static func parameterExamples(of parameter: Parameter, in operation: Operation) -> JSONNode? {
        let members = operation.requestSamples.enumerated().compactMap { index, sample -> JSONMember? in
            guard let text = value(of: parameter, in: sample.sample, template: operation.path) else { return nil }
            return JSONMember(key: key(index), value: OpenAPIJSON.object([
                ("summary", .string(requestLine(sample.sample))),
                ("value", exampleValue(text, type: parameter.type)),
            ]))
        }
        return members.isEmpty ? nil : .object(members)
    }

    /// The text a sample request gives `parameter`, or nil when it gives none or only a placeholder (`{id}`).
    static func value(of parameter: Parameter, in sample: SampleRequest, template: String) -> String? {
        let text: String?
        switch parameter.place {
        case .path:
            let values = PathMatch.match(template: OpenAPIPaths.split(template).template,
                                         sample: OpenAPIPaths.split(sample.target).template)
            text = values?[parameter.name] ?? nil
        case .query:
            let raw = sample.query.first { $0.name == parameter.name }?.value
            text = raw.map { $0.removingPercentEncoding ?? $0 }
        case .header:
            text = sample.headers.first { $0.name.lowercased() == parameter.name.lowercased() }?.value
        }
        guard let text, !text.isEmpty, !isPlaceholder(text) else { return nil }
        return text
    }

    /// True for `{id}` and `{{id}}`: the docs naming a value, not giving one.
    static func isPlaceholder(_ text: String) -> Bool {
        text.hasPrefix("{") && text.hasSuffix("}") && !text.dropFirst().dropLast().contains("{")
            || text.hasPrefix("{{") && text.hasSuffix("}}")
    }

    /// A parameter value as JSON of the parameter's type: `42` for an integer, `true` for a boolean,
    /// a list for a comma-separated array, the text itself otherwise.
    static func exampleValue(_ text: String, type: TypeExpression) -> JSONNode {
        switch type {
        case .integer, .integerEnumeration, .flags:
            if let number = Int(text) { return .number(String(number)) }
        case .double:
            if let number = Double(text), number.isFinite { return .number(String(number)) }
        case .bool:
            if ["true", "false"].contains(text.lowercased()) { return .bool(text.lowercased() == "true") }
        case .array(let element):
            return .array(text.split(separator: ",").map { exampleValue(String($0), type: element ?? .string) })
        default:
            break
        }
        return .string(text)
    }

    /// The `x-doc2swift-samples` list of an operation, requests first, each in document order; nil without samples.
    /// A body that is not an example elsewhere is kept here as text.
    /// - Parameter requestBodyPlaced: whether request JSON bodies went into the request body's examples.
    static func samplesExtension(of operation: Operation, requestBodyPlaced: Bool) -> JSONNode? {
        var entries: [JSONNode] = []
        for (index, sample) in operation.requestSamples.enumerated() {
            let placed = requestBodyPlaced && exampleJSON(sample.json) != nil
            entries.append(record(("request", requestLine(sample.sample)), headers: sample.sample.headers,
                                  example: placed ? key(index) : nil, body: placed ? nil : sample.sample.body,
                                  untested: sample.untestedReason, location: sample.sample.location))
        }
        for (index, sample) in operation.responseSamples.enumerated() {
            let placed = isExample(sample)
            entries.append(record(("response", statusLine(sample.sample)), headers: sample.sample.headers,
                                  example: placed ? key(index) : nil, body: placed ? nil : sample.sample.body,
                                  untested: sample.untestedReason, location: sample.sample.location))
        }
        return entries.isEmpty ? nil : .array(entries)
    }

    /// One entry of `x-doc2swift-samples`.
    static func record(_ line: (String, String), headers: [SampleHeader], example: String?, body: String?,
                       untested: String?, location: SourceLocation) -> JSONNode {
        OpenAPIJSON.object([
            (line.0, .string(line.1)),
            ("headers", headers.isEmpty ? nil : .array(headers.map { .string("\($0.name): \($0.value)") })),
            ("example", example.map(JSONNode.string)),
            ("body", body.map(JSONNode.string)),
            ("untested", untested.map(JSONNode.string)),
            ("source", OpenAPIJSON.source(location)),
        ])
    }
}
