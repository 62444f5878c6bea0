import Foundation
import MarkdownBlocks
import OrderedJSON

/// What a page without tables says about its action while it is being read.
struct ActionParts {
    var statedValues: [StatedValue] = []
    /// The first parameter-list label and where it is.
    var parametersLabel: String?
    var labelLocation: SourceLocation?
    var list = ParameterListReader()
}

/// A JSON block whose meaning depends on the whole page: on an action page it is an envelope
/// (a request) or a response; elsewhere a request-section body that repeats a curl command's body.
struct LooseSample: Hashable, Sendable {
    enum Role: Hashable, Sendable {
        /// Found in a request sample section.
        case request
        /// Found outside sample sections; its content decides.
        case unknown
    }

    var code: CodeBlock
    var role: Role
}

extension PageWalk {
    /// A bold label line: a stated value, or the start of a parameter list, samples or other text.
    /// Labels other than these structure only pages that have shown the shape already (a stated
    /// value or a parameter list); elsewhere a bold first line is ordinary text, and false is returned.
    mutating func readBoldLabel(_ label: BoldLabel, at location: SourceLocation) -> Bool {
        if label.isStatedValue {
            actionParts.statedValues.append(StatedValue(label: label.label, values: label.values, location: location))
            return true
        }
        guard label.role == .parameters || !actionParts.statedValues.isEmpty || actionParts.parametersLabel != nil
        else { return false }
        sectionLabel = (label.label, false)
        switch label.role {
        case .parameters:
            section = .parameterList(label: label.label)
            if actionParts.parametersLabel == nil {
                actionParts.parametersLabel = label.label
                actionParts.labelLocation = location
            }
        case .requests:
            section = .sampleRequest
        case .responses:
            section = .sampleResponse
        case .other:
            section = .other(label.label)
        }
        return true
    }

    /// Decides whether the page documents an action sent in a JSON envelope, and if so records
    /// the action and turns its JSON blocks into samples. Otherwise reports JSON blocks of request
    /// sections that are not requests.
    ///
    /// The shape: no endpoint, and a parameter list with entries or stated values with JSON samples.
    mutating func finishAction() {
        let parameters = actionParts.list.finish()
        let jsonSamples = looseSamples.compactMap { sample in JSONSampleText(sample.code).map { (sample, $0) } }
        let isAction = facts.endpoint == nil
            && ((actionParts.parametersLabel != nil && !parameters.isEmpty)
                || (!actionParts.statedValues.isEmpty && !jsonSamples.isEmpty))
        guard isAction else {
            readRequestBodies(jsonSamples.filter { $0.0.role == .request })
            return
        }
        let location = actionParts.statedValues.first?.location ?? actionParts.labelLocation ?? facts.location
        var action = ActionFact(location: location)
        action.statedValues = actionParts.statedValues
        action.parametersLabel = actionParts.parametersLabel
        action.parameters = parameters
        facts.action = action
        facts.endpoint = Endpoint(method: "POST", path: "/", location: location)
        diagnostics.note("no HTTP method or path: the page documents an action sent in a JSON envelope; the request "
            + "builder POSTs the envelope to the base URL", at: location)
        let payload = PageSection.words((actionParts.parametersLabel ?? "parameters").lowercased()).first ?? "parameters"
        for (loose, sample) in jsonSamples {
            if sample.isExcerpt {
                diagnostics.warning("sample is an excerpt ('...' stands for left-out parts); not tested", at: sample.location)
                continue
            }
            if loose.role == .request || Self.isEnvelope(sample.text, payload: payload) {
                facts.sampleRequests.append(SampleRequest(
                    method: "POST", target: "/", headers: [], body: sample.text, bodyLocation: sample.location,
                    location: loose.code.location))
            } else {
                facts.sampleResponses.append(SampleResponse(
                    status: 200, reason: "", headers: [], body: sample.text, bodyLocation: sample.location,
                    location: loose.code.location, isStatusAssumed: true))
            }
        }
    }

    /// An object with a member named like the parameter list (`parameters`): an action's envelope.
    static func isEnvelope(_ text: String, payload: String) -> Bool {
        guard case .object(let members)? = try? JSONParser.parse(text) else { return false }
        return members.contains { PageSection.matches($0.key.lowercased(), payload) }
    }

    /// JSON blocks in request sections of ordinary pages: a repeat of a sample request's body is
    /// noted and skipped; any other is the body of a request to the documented endpoint.
    mutating func readRequestBodies(_ samples: [(LooseSample, JSONSampleText)]) {
        for (loose, sample) in samples {
            let repeated = facts.sampleRequests.last { request in
                request.location < loose.code.location && request.body.map(Self.normalisedJSON) == Self.normalisedJSON(sample.text)
            }
            if let repeated {
                diagnostics.note("JSON block repeats the body of the sample request at line \(repeated.location.line); "
                    + "skipped", at: loose.code.location)
            } else if sample.isExcerpt {
                diagnostics.warning("sample request body is an excerpt ('...' stands for left-out parts); not tested",
                                    at: sample.location)
            } else if let endpoint = facts.endpoint {
                facts.sampleRequests.append(SampleRequest(
                    method: endpoint.method, target: endpoint.path, headers: [], body: sample.text,
                    bodyLocation: sample.location, location: loose.code.location, isBodyOnly: true))
                diagnostics.note("JSON block in a request section shows only a body; read as a \(endpoint.method) "
                    + "\(endpoint.path) request whose headers are not compared", at: loose.code.location)
            } else {
                diagnostics.warning("JSON block in a request section has no method or URL, and the page gives no "
                    + "endpoint; skipped", at: loose.code.location)
            }
        }
    }

    /// JSON text without blanks outside strings, for comparing two samples that differ only in layout.
    static func normalisedJSON(_ text: String) -> String {
        guard let node = try? JSONParser.parse(text) else { return text }
        return JSONWriter.compact(node)
    }

    /// Pages that document no request body but whose sample requests send one: the body's type is
    /// inferred from the samples (the schema stage does the inference).
    mutating func inferRequestBodyFromSamples() {
        guard facts.requestBody == nil, facts.action == nil, let endpoint = facts.endpoint,
              !["GET", "HEAD", "DELETE"].contains(endpoint.method),
              let first = facts.sampleRequests.first(where: { $0.body != nil && $0.method == endpoint.method })
        else { return }
        facts.requestBody = BodyFact(parameterName: nil, declaredType: .unknown, description: "", properties: [],
                                     hasTable: false, location: first.bodyLocation ?? first.location)
        diagnostics.note("no request body section, but the sample request sends a body; its type is inferred from "
            + "the sample request(s)", at: first.location)
    }
}
