import Foundation
import Mustache
import OrderedJSON

/// The replay cases of one operation (`ReplayTests.mustache`), which the module's one replay test
/// (in `ReplaySupport`) runs: each case sends the operation through the generated client over a
/// real socket to the replay server (`Scripts/replay-server.py`), which checks the request against
/// the docs' sample request and answers with the docs' sample response; the case then checks the
/// typed response.
///
/// An operation is exchanged once per sample: tested request samples and usable response
/// samples are paired in order, the shorter list repeating its last element. A request sample
/// without a response sample gets a documented status with no sample body (empty when the
/// status carries none or raw bytes, else the smallest JSON of the body's type); a response
/// sample whose request sample cannot be rebuilt is requested with placeholder values, and the
/// server then checks the request against the documented method, path and required parameters.
struct ReplayTestContext {
    /// What the test sends and which samples the server uses.
    struct Call {
        /// `label: expression` pairs for the client's initialiser after `baseURL` (authentication,
        /// default headers).
        var clientArguments: [(label: String, expression: String)]
        /// Headers from the sample that no table documents, sent through the client's hook.
        var extraHeaders: [(name: String, value: String)]
        /// The arguments of the client's method, joined.
        var methodArguments: String
    }

    /// One exchange with the server.
    struct Exchange {
        var requestIndex: Int
        /// The sample request shows no body though the docs document one: the client sends a
        /// placeholder body, and the server compares everything but the body.
        var sampleShowsBody = true
        var responseIndex: Int
        var call: Call
        /// Status and body the server must send instead of a sample response.
        var status: Int?
        var body: String
        var expectation: Expectation
        var displayName: String
    }

    /// The response the test expects.
    struct Expectation {
        var status: Int
        /// Nil for `.undocumented`.
        var caseName: String?
        var hasBody: Bool
        var bodyIsBytes: Bool
        var bodyText: String
    }

    let builder: OperationContext
    let client: ClientOperationContext
    let naming: ModuleNaming
    let exchanges: [Exchange]
    /// Why no exchange was made, when none was.
    let skipReason: String?

    init(builder: OperationContext, client: ClientOperationContext, naming: ModuleNaming) {
        self.builder = builder
        self.client = client
        self.naming = naming
        let operation = builder.operation
        var requests: [Request] = []
        var reasons: [String] = []
        for (index, sample) in operation.requestSamples.enumerated() {
            if sample.untestedReason != nil, Self.showsNoBodyOnly(sample, builder: builder),
               let call = Self.call(for: sample, builder: builder, client: client, naming: naming, placeholderBody: true) {
                // The docs show the request but not its body: everything else can still be checked.
                requests.append(Request(index: index + 1, sample: sample, call: call, showsBody: false))
            } else if let reason = sample.untestedReason {
                reasons.append("sample request at line \(sample.sample.location.line): \(reason)")
            } else if let call = Self.call(for: sample, builder: builder, client: client, naming: naming) {
                requests.append(Request(index: index + 1, sample: sample, call: call, showsBody: true))
            } else {
                reasons.append("sample request at line \(sample.sample.location.line) cannot be rebuilt with the client")
            }
        }
        var responses: [(index: Int, sample: ResponseSample)] = []
        for (index, sample) in operation.responseSamples.enumerated() {
            if let reason = sample.untestedReason {
                reasons.append("sample response at line \(sample.sample.location.line): \(reason)")
            } else {
                responses.append((index + 1, sample))
            }
        }
        var exchanges: [Exchange] = []
        if !requests.isEmpty && !responses.isEmpty {
            for position in 0..<max(requests.count, responses.count) {
                let request = requests[min(position, requests.count - 1)]
                let response = responses[min(position, responses.count - 1)]
                exchanges.append(Self.exchange(request: request, response: response, builder: builder))
            }
        } else if !requests.isEmpty {
            let (status, body, expectation) = Self.documentedResponse(builder: builder, naming: naming)
            for request in requests {
                exchanges.append(Exchange(
                    requestIndex: request.index, sampleShowsBody: request.showsBody, responseIndex: 0,
                    call: request.call, status: status, body: body, expectation: expectation,
                    displayName: "\(request.displayName) → documented \(status) without a sample"))
            }
        } else if !responses.isEmpty {
            if let call = Self.placeholderCall(builder: builder, client: client, naming: naming) {
                for response in responses {
                    exchanges.append(Exchange(
                        requestIndex: 0, responseIndex: response.index, call: call, status: nil, body: "",
                        expectation: Self.expectation(for: response.sample, builder: builder),
                        displayName: "placeholder request checked against the documented endpoint → sample response "
                            + "\(response.sample.sample.status) at line \(response.sample.sample.location.line)"))
                }
            } else {
                reasons.append("no placeholder value can be made for a required parameter")
            }
        }
        self.exchanges = exchanges
        if exchanges.isEmpty {
            skipReason = reasons.isEmpty ? "no samples" : reasons.joined(separator: "; ")
        } else {
            skipReason = nil
        }
    }

    var hasTests: Bool { !exchanges.isEmpty }

    /// A sample request the client can send.
    struct Request {
        var index: Int
        var sample: RequestSample
        var call: Call
        var showsBody: Bool

        var displayName: String {
            "sample request at line \(sample.sample.location.line)" + (showsBody ? "" : " (no body shown)")
        }
    }

    /// An exchange of a sample request with a sample response.
    static func exchange(request: Request, response: (index: Int, sample: ResponseSample),
                         builder: OperationContext) -> Exchange {
        Exchange(
            requestIndex: request.index, sampleShowsBody: request.showsBody, responseIndex: response.index,
            call: request.call, status: nil, body: "", expectation: expectation(for: response.sample, builder: builder),
            displayName: "\(request.displayName) → sample response \(response.sample.sample.status) at line "
                + "\(response.sample.sample.location.line)")
    }

    /// Whether the sample's only fault is that it shows no body where the docs document one: same
    /// method, a full request line, no body text.
    static func showsNoBodyOnly(_ sample: RequestSample, builder: OperationContext) -> Bool {
        builder.bodyType != nil && sample.sample.body == nil && sample.json == nil && !sample.sample.isBodyOnly
            && sample.sample.method.uppercased() == builder.operation.method.uppercased()
    }

    /// What decoding a sample response must give: its documented case, or `.undocumented`.
    static func expectation(for sample: ResponseSample, builder: OperationContext) -> Expectation {
        let status = sample.sample.status
        let body = SampleTestContext.bodyText(sample.sample.body, json: sample.json) ?? ""
        guard let responseCase = builder.responseCases.first(where: { $0.response.status == status }) else {
            return Expectation(status: status, caseName: nil, hasBody: true, bodyIsBytes: true, bodyText: body)
        }
        return Expectation(status: status, caseName: responseCase.caseName, hasBody: responseCase.bodyType != nil,
                           bodyIsBytes: responseCase.bodyType == "Data", bodyText: body)
    }

    /// The status and body the server sends when there is no sample response: the first
    /// documented status without a JSON body (its body empty), else the first documented status
    /// with the smallest JSON its body type accepts.
    static func documentedResponse(builder: OperationContext, naming: ModuleNaming)
        -> (status: Int, body: String, expectation: Expectation) {
        if let plain = builder.responseCases.first(where: { $0.bodyType == nil || $0.bodyType == "Data" }) {
            let status = plain.response.status
            return (status, "", Expectation(status: status, caseName: plain.caseName, hasBody: plain.bodyType != nil,
                                            bodyIsBytes: plain.bodyType != nil, bodyText: ""))
        }
        if let first = builder.responseCases.first(where: { (200..<300).contains($0.response.status) })
            ?? builder.responseCases.first, let bodyType = first.bodyType {
            let json = smallestJSON(bodyType, naming: naming)
            return (first.response.status, json, Expectation(status: first.response.status, caseName: first.caseName,
                                                             hasBody: true, bodyIsBytes: false, bodyText: json))
        }
        return (200, "", Expectation(status: 200, caseName: nil, hasBody: true, bodyIsBytes: true, bodyText: ""))
    }

    /// The smallest JSON text a value of `swiftType` decodes from.
    static func smallestJSON(_ swiftType: String, naming: ModuleNaming) -> String {
        switch swiftType {
        case "String": "\"\""
        case "Int", "Int32", "Int64", "Double": "0"
        case "Bool": "false"
        case "Date": "\"1970-01-01T00:00:00Z\""
        case "JSONValue": "null"
        default: swiftType.hasPrefix("[") ? "[]" : "{}"
        }
    }

    // MARK: - Calls

    /// The call that sends `sample`: method arguments from its path, query, headers and body, and
    /// the client's authentication and default headers from its headers. Nil when a value does
    /// not fit its parameter's type.
    static func call(for sample: RequestSample, builder: OperationContext, client: ClientOperationContext,
                     naming: ModuleNaming, placeholderBody: Bool = false) -> Call? {
        let operation = builder.operation
        guard let pathValues = PathMatch.match(template: operation.path, sample: sample.sample.path) else { return nil }
        let query = sample.sample.query.map { ($0.name, $0.value.removingPercentEncoding ?? $0.value) }
        var values: [String: String] = [:]
        for parameter in builder.parameters {
            switch parameter.parameter.place {
            case .path:
                if let value = pathValues[parameter.parameter.name] ?? nil {
                    guard let expression = SampleTestContext.literalExpression(value, parameter) else { return nil }
                    values[parameter.swiftName] = expression
                } else {
                    guard let expression = placeholder(parameter, naming: naming) else { return nil }
                    values[parameter.swiftName] = expression
                }
            case .query:
                guard let value = query.first(where: { $0.0 == parameter.parameter.name })?.1 else {
                    if parameter.isRequired { return nil }
                    continue
                }
                guard let expression = SampleTestContext.literalExpression(value, parameter) else { return nil }
                values[parameter.swiftName] = expression
            case .header:
                if client.client.manages(parameter.parameter) { continue }
                guard let header = sample.sample.headers.first(where: {
                    $0.name.lowercased() == parameter.parameter.name.lowercased()
                }) else {
                    guard parameter.isRequired else { continue }
                    guard sample.sample.isBodyOnly, let expression = placeholder(parameter, naming: naming) else { return nil }
                    values[parameter.swiftName] = expression
                    continue
                }
                guard let expression = SampleTestContext.literalExpression(header.value, parameter) else { return nil }
                values[parameter.swiftName] = expression
            }
        }
        var bodyArguments: [String] = []
        if placeholderBody {
            guard let arguments = placeholderBodyArguments(builder: builder, naming: naming) else { return nil }
            bodyArguments = arguments
        } else if builder.isAssembled {
            guard let members = SampleTestContext.envelopeArguments(sample, builder: builder) else { return nil }
            bodyArguments = members
        } else if let bodyType = builder.bodyType {
            guard let text = SampleTestContext.bodyText(sample.sample.body, json: sample.json) else { return nil }
            let literal = JSONWriter.swiftStringLiteral(text)
            bodyArguments = [bodyType == "Data" ? "body: Data(\(literal).utf8)"
                : "body: try JSONCoding.makeDecoder().decode(\(bodyType).self, from: Data(\(literal).utf8))"]
        }
        let (clientArguments, extraHeaders) = clientSettings(headers: sample.sample.headers, builder: builder,
                                                             client: client.client)
        return Call(clientArguments: clientArguments, extraHeaders: extraHeaders,
                    methodArguments: methodArguments(values: values, bodyArguments: bodyArguments, client: client))
    }

    /// A call with placeholder values for every required parameter and the body, for a response
    /// sample whose request sample cannot be rebuilt; nil when some value cannot be made.
    static func placeholderCall(builder: OperationContext, client: ClientOperationContext, naming: ModuleNaming) -> Call? {
        var values: [String: String] = [:]
        for parameter in builder.parameters where parameter.isRequired && !client.client.manages(parameter.parameter) {
            guard let expression = placeholder(parameter, naming: naming) else { return nil }
            values[parameter.swiftName] = expression
        }
        guard let bodyArguments = placeholderBodyArguments(builder: builder, naming: naming) else { return nil }
        let (clientArguments, _) = clientSettings(headers: [], builder: builder, client: client.client)
        return Call(clientArguments: clientArguments, extraHeaders: [],
                    methodArguments: methodArguments(values: values, bodyArguments: bodyArguments, client: client))
    }

    /// Placeholder arguments for the body (or an assembled body's members); nil when one cannot
    /// be made, empty without a body.
    static func placeholderBodyArguments(builder: OperationContext, naming: ModuleNaming) -> [String]? {
        var arguments: [String] = []
        if builder.isAssembled {
            for member in builder.bodyMembers {
                guard let swiftName = member.swiftName else { continue }
                guard let expression = placeholder(swiftType: member.swiftType, members: nil, naming: naming) else { return nil }
                arguments.append("\(SwiftNames.argumentLabel(swiftName)): \(expression)")
            }
        } else if let bodyType = builder.bodyType {
            guard let expression = placeholder(swiftType: bodyType, members: nil, naming: naming) else { return nil }
            arguments = ["body: \(expression)"]
        }
        return arguments
    }

    /// The method's arguments in its parameter order: path values, the body, then the rest.
    static func methodArguments(values: [String: String], bodyArguments: [String], client: ClientOperationContext) -> String {
        let pathCount = client.builder.parameters.filter { $0.parameter.place == .path }.count
        var arguments: [String] = []
        for (position, parameter) in client.parameters.enumerated() {
            // The body (or an assembled body's members) follows the path parameters.
            if position == pathCount { arguments += bodyArguments }
            if let value = values[parameter.name] { arguments.append("\(SwiftNames.argumentLabel(parameter.name)): \(value)") }
        }
        return arguments.joined(separator: ", ")
    }

    /// The client's `authentication` and `defaultHeaders` arguments for a sample's headers, and
    /// the sample's headers that nothing documents (sent through `additionalHeaders`).
    static func clientSettings(headers: [SampleHeader], builder: OperationContext, client: ClientModel)
        -> ([(label: String, expression: String)], [(name: String, value: String)]) {
        var arguments: [(label: String, expression: String)] = []
        if client.hasAuthentication {
            if let header = headers.first(where: { client.credentialHeader(named: $0.name) }) {
                arguments.append(("authentication", authenticationExpression(header, client: client)))
            } else if client.authenticationIsRequired, let first = client.credentials.first {
                let expression = first.isBasic ? ".\(first.caseName)(username: \"sample\", password: \"sample\")"
                    : ".\(first.caseName)(\"sample\")"
                arguments.append(("authentication", expression))
            } else if client.authenticationIsRequired {
                arguments.append(("authentication", ".custom(scheme: \"Bearer\", credentials: \"sample\")"))
            }
        }
        var defaults: [String] = []
        for header in client.defaultHeaders {
            if let value = headers.first(where: { $0.name.lowercased() == header.wireName.lowercased() })?.value {
                defaults.append("\(SwiftNames.argumentLabel(header.swiftName)): \(JSONWriter.swiftStringLiteral(value))")
            } else if header.isRequired {
                defaults.append("\(SwiftNames.argumentLabel(header.swiftName)): \"sample\"")
            }
        }
        if !defaults.isEmpty {
            arguments.append(("defaultHeaders", "\(client.clientName).DefaultHeaders(\(defaults.joined(separator: ", ")))"))
        }
        let documented = Set(builder.parameters.filter { $0.parameter.place == .header }.map { $0.parameter.name.lowercased() })
        let extra = headers.filter { header in
            let name = header.name.lowercased()
            return name != "content-type" && !documented.contains(name) && !client.credentialHeader(named: name)
                && client.defaultHeader(named: name) == nil
        }.map { ($0.name, $0.value) }
        return (arguments, extra)
    }

    /// The `Authentication` case that sends the sample's credentials header: `Basic` credentials
    /// decoded back into a user name and password, other schemes' credentials as written.
    static func authenticationExpression(_ header: SampleHeader, client: ClientModel) -> String {
        let literal = JSONWriter.swiftStringLiteral
        if let keyCase = client.credentials.first(where: { $0.scheme == nil && $0.headerName.lowercased() == header.name.lowercased() }) {
            return ".\(keyCase.caseName)(\(literal(header.value)))"
        }
        let parts = header.value.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        let scheme = parts.first.map(String.init) ?? ""
        let credentials = parts.count > 1 ? String(parts[1]) : ""
        guard let credential = client.credentials.first(where: { $0.scheme?.lowercased() == scheme.lowercased() }) else {
            return ".custom(scheme: \(literal(scheme)), credentials: \(literal(credentials)))"
        }
        if credential.isBasic {
            guard let data = Data(base64Encoded: credentials), let text = String(data: data, encoding: .utf8),
                  let colon = text.firstIndex(of: ":") else {
                return ".custom(scheme: \(literal(scheme)), credentials: \(literal(credentials)))"
            }
            return ".\(credential.caseName)(username: \(literal(String(text[..<colon]))), "
                + "password: \(literal(String(text[text.index(after: colon)...]))))"
        }
        return ".\(credential.caseName)(\(literal(credentials)))"
    }

    /// A value of the parameter's type for a request whose sample does not give one.
    static func placeholder(_ parameter: OperationContext.BuilderParameter, naming: ModuleNaming) -> String? {
        let members = parameter.enumName == nil ? nil : SwiftTypes.enumerationMembers(parameter.parameter.type)
        return placeholder(swiftType: parameter.swiftType, members: members, naming: naming)
    }

    static func placeholder(swiftType: String, members: [String]?, naming: ModuleNaming) -> String? {
        if let first = members?.first {
            let value = ".init(rawValue: \(JSONWriter.swiftStringLiteral(first)))"
            return swiftType.hasPrefix("[") ? "[\(value)]" : value
        }
        switch swiftType {
        case "String": return "\"sample\""
        case "Int", "Int32", "Int64", "Double": return "1"
        case "Bool": return "true"
        case "Date": return "Date(timeIntervalSince1970: 0)"
        case "Data": return "Data()"
        case "JSONValue": return ".object([:])"
        default:
            if swiftType.hasPrefix("[") { return "[]" }
            // A model with non-optional properties has no initialiser without arguments.
            return Set(naming.types.typeNames.values).contains(swiftType)
                && !naming.typesWithNonOptionalProperties.contains(swiftType) ? "\(swiftType)()" : nil
        }
    }

    // MARK: - Template context

    func value(common: [String: TemplateValue]) -> TemplateValue {
        let operation = builder.operation
        var context = common
        context["typeName"] = .string(builder.swiftName)
        context["clientName"] = .string(client.client.clientName)
        context["methodName"] = .string(SwiftNames.escaped(client.methodName))
        context["apiLiteral"] = ContextValues.literal(client.client.apiName)
        context["operationID"] = ContextValues.literal(operation.id)
        context["method"] = .string(operation.method)
        context["pathDoc"] = .string(DocComment.singleLine(operation.path).replacingOccurrences(of: "`", with: "'"))
        context["exchanges"] = ContextValues.list(exchanges.enumerated().map { position, exchange in
            Self.exchangeValue(exchange, index: position + 1)
        })
        return .object(context)
    }

    static func exchangeValue(_ exchange: Exchange, index: Int) -> [String: TemplateValue] {
        var replayArguments = "requestSample: \(exchange.requestIndex), responseSample: \(exchange.responseIndex)"
        if !exchange.sampleShowsBody {
            replayArguments += ", sampleShowsBody: false"
        }
        if let status = exchange.status {
            replayArguments += ", status: \(status), body: \(JSONWriter.swiftStringLiteral(exchange.body))"
        }
        let expectation = exchange.expectation
        return [
            "index": .string(String(index)),
            "displayNameLiteral": ContextValues.literal(exchange.displayName),
            "replayArguments": .string(replayArguments),
            "clientArguments": ContextValues.list(exchange.call.clientArguments.map { argument in
                ["label": .string(argument.label), "expression": .string(argument.expression)]
            }),
            "additionalHeadersExpression": .string(additionalHeaders(exchange.call.extraHeaders)),
            "callArguments": .string(exchange.call.methodArguments),
            "status": .string(String(expectation.status)),
            "isUndocumented": .bool(expectation.caseName == nil),
            "caseName": .string(expectation.caseName ?? ""),
            "hasBody": .bool(expectation.hasBody),
            "bodyIsBytes": .bool(expectation.bodyIsBytes),
            "bodyLiteral": ContextValues.literal(expectation.bodyText),
        ]
    }

    /// `replay.headers`, plus the sample's undocumented headers.
    static func additionalHeaders(_ extra: [(name: String, value: String)]) -> String {
        guard !extra.isEmpty else { return "replay.headers" }
        let fields = extra.map { "APIRequest.Header(name: \(JSONWriter.swiftStringLiteral($0.name)), value: \(JSONWriter.swiftStringLiteral($0.value)))" }
        return "replay.headers + [" + fields.joined(separator: ", ") + "]"
    }
}

/// The replay support file's context (`ReplaySupport.mustache`): one operation, exchanged with
/// its first sample request, for the tests of time-outs, cancellation, undocumented statuses and
/// bodies that do not decode.
enum ReplaySupportContext {
    static func value(common: [String: TemplateValue], replays: [ReplayTestContext]) -> TemplateValue {
        var context = common
        let candidates = replays.compactMap { replay -> (ReplayTestContext, ReplayTestContext.Exchange)? in
            guard let exchange = replay.exchanges.first(where: { $0.requestIndex > 0 && $0.sampleShowsBody }) else {
                return nil
            }
            return (replay, exchange)
        }
        // Prefer an operation with a JSON body to decode, so the decoding-failure test runs too.
        let chosen = candidates.first { replay, _ in
            replay.builder.responseCases.contains { $0.bodyType != nil && $0.bodyType != "Data" }
        } ?? candidates.first
        var behaviours: [[String: TemplateValue]] = []
        if let (replay, exchange) = chosen {
            let documented = Set(replay.builder.responseCases.map(\.response.status))
            let undocumentedStatus = [418, 299, 452].first { !documented.contains($0) } ?? 452
            let jsonCase = replay.builder.responseCases.first { $0.bodyType != nil && $0.bodyType != "Data" }
            var behaviour = ReplayTestContext.exchangeValue(exchange, index: 1)
            behaviour["typeName"] = .string(replay.builder.swiftName)
            behaviour["clientName"] = .string(replay.client.client.clientName)
            behaviour["methodName"] = .string(SwiftNames.escaped(replay.client.methodName))
            behaviour["apiLiteral"] = ContextValues.literal(replay.client.client.apiName)
            behaviour["operationID"] = ContextValues.literal(replay.builder.operation.id)
            behaviour["requestSample"] = .string(String(exchange.requestIndex))
            behaviour["undocumentedStatus"] = .string(String(undocumentedStatus))
            behaviour["hasJSONBodyCase"] = .bool(jsonCase != nil)
            behaviour["jsonBodyStatus"] = .string(jsonCase.map { String($0.response.status) } ?? "")
            behaviours.append(behaviour)
        }
        context["behaviours"] = ContextValues.list(behaviours)
        let replayed = replays.filter(\.hasTests).map { ["typeName": TemplateValue.string($0.builder.swiftName)] }
        context["hasReplayCases"] = .bool(!replayed.isEmpty)
        context["replayedOperations"] = ContextValues.list(replayed)
        return .object(context)
    }
}
