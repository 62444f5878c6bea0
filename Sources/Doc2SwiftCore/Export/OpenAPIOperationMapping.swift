import Foundation
import OrderedJSON

/// Turns one documented operation into an OpenAPI Operation Object.
struct OpenAPIOperationMapping {
    let names: OpenAPIComponentNames

    /// The extension holding path parameters that the path template does not mention.
    static let unmatchedParametersKey = "x-doc2swift-unmatched-parameters"
    /// The media type of JSON bodies, the only kind the SDK sends and decodes besides raw bytes.
    static let jsonMediaType = "application/json"
    /// The media type of bodies documented as raw bytes (images, attachments).
    static let bytesMediaType = "application/octet-stream"

    /// The Operation Object, with diagnostics for what OpenAPI cannot hold as documented.
    /// - Parameters:
    ///   - template: the operation's path template (its key under `paths`, less any `#id` fragment).
    ///   - servers: the operation's own servers, given only when the API has more than one.
    func operation(_ operation: Operation, template: String, servers: [OpenAPIServer]?) -> (JSONNode, Diagnostics) {
        var diagnostics = Diagnostics()
        let (parameters, unmatched) = self.parameters(of: operation, template: template, diagnostics: &diagnostics)
        let requestBody = self.requestBody(of: operation)
        let responses = self.responses(of: operation, diagnostics: &diagnostics)
        let summary = Self.summary(of: operation)
        // A description that only repeats the summary adds nothing.
        let description = Self.oneLine(operation.summary) == summary ? nil : OpenAPIJSON.nonEmpty(operation.summary)
        let node = OpenAPIJSON.object([
            ("operationId", .string(operation.id)),
            ("summary", .string(summary)),
            ("description", description),
            ("parameters", parameters.isEmpty ? nil : .array(parameters)),
            ("requestBody", requestBody),
            ("responses", responses),
            ("servers", servers.map { .array($0.map(\.node)) }),
            (OpenAPISchemaMapping.sourceKey, OpenAPIJSON.source(operation.location)),
            (OpenAPISamples.samplesKey, OpenAPISamples.samplesExtension(of: operation, requestBodyPlaced: requestBody != nil)),
            (Self.unmatchedParametersKey, unmatched.isEmpty ? nil : .array(unmatched)),
        ])
        return (node, diagnostics)
    }

    /// Title words that mean the title only repeats method and path (`POST Relation`, `DEL Person/{id}`).
    static let methodWords: Set<String> = ["GET", "PUT", "POST", "PATCH", "DELETE", "DEL", "HEAD", "OPTIONS"]

    /// A one-line summary: the page title, unless it only repeats method and path, in which case
    /// the first paragraph of the description says more.
    static func summary(of operation: Operation) -> String {
        let title = oneLine(operation.title)
        let firstParagraph = oneLine(operation.summary.components(separatedBy: "\n\n").first ?? "")
        let firstWord = title.split(separator: " ").first.map(String.init) ?? ""
        let titleIsMechanical = title.isEmpty || title == operation.id
            || firstWord == operation.method.uppercased() || methodWords.contains(firstWord)
        if titleIsMechanical && !firstParagraph.isEmpty { return firstParagraph }
        return title.isEmpty ? operation.id : title
    }

    /// `text` with its lines joined by single spaces.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    // MARK: Parameters

    /// The Parameter Objects in documented order, and path parameters the template lacks.
    ///
    /// OpenAPI requires every `{placeholder}` to be a path parameter and every path parameter to be
    /// a placeholder: a placeholder without a table row gets a string parameter marked inferred, and
    /// a row without a placeholder moves to `x-doc2swift-unmatched-parameters`, both with a diagnostic.
    func parameters(of operation: Operation, template: String,
                    diagnostics: inout Diagnostics) -> (placed: [JSONNode], unmatched: [JSONNode]) {
        let placeholders = OpenAPIPaths.placeholders(in: template)
        var placed: [JSONNode] = []
        var unmatched: [JSONNode] = []
        for name in placeholders where !operation.parameters.contains(where: { $0.place == .path && $0.name == name }) {
            diagnostics.note("path placeholder '{\(name)}' has no parameter row; exported as a required string "
                + "path parameter", at: operation.location)
            placed.append(OpenAPIJSON.object([
                ("name", .string(name)),
                ("in", .string("path")),
                ("required", .bool(true)),
                ("schema", OpenAPISchemaMapping.schema(for: .string, names: names)),
                (OpenAPISchemaMapping.inferredKey, .bool(true)),
            ]))
        }
        for parameter in operation.parameters {
            let node = self.parameter(parameter, in: operation)
            if parameter.place == .path && !placeholders.contains(parameter.name) {
                diagnostics.warning("path parameter '\(parameter.name)' does not occur in the path '\(template)'; "
                    + "exported under \(Self.unmatchedParametersKey)", at: parameter.location)
                unmatched.append(node)
            } else {
                placed.append(node)
            }
        }
        return (placed, unmatched)
    }

    /// One Parameter Object. Query arrays say `explode: false` because the SDK sends them
    /// comma-separated (`?ids=1,2`), which is OpenAPI's `form` style without explode.
    func parameter(_ parameter: Parameter, in operation: Operation) -> JSONNode {
        var isArray = false
        if case .array = parameter.type { isArray = true }
        return OpenAPIJSON.object([
            ("name", .string(parameter.name)),
            ("in", .string(parameter.place.rawValue)),
            ("required", .bool(parameter.isRequired || parameter.place == .path)),
            ("description", OpenAPIJSON.nonEmpty(parameter.description)),
            ("schema", OpenAPISchemaMapping.schema(for: parameter.type, names: names)),
            ("explode", isArray && parameter.place == .query ? .bool(false) : nil),
            ("examples", OpenAPISamples.parameterExamples(of: parameter, in: operation)),
            (OpenAPISchemaMapping.sourceKey, OpenAPIJSON.source(parameter.location)),
        ])
    }

    // MARK: Bodies

    /// The media type and schema of a body of type `type`: raw bytes travel as themselves, anything else as JSON.
    func content(for type: TypeExpression) -> (mediaType: String, schema: JSONNode) {
        if type == .bytes {
            return (Self.bytesMediaType, OpenAPIJSON.object([
                ("type", .string("string")), ("contentMediaType", .string(Self.bytesMediaType)),
            ]))
        }
        return (Self.jsonMediaType, OpenAPISchemaMapping.schema(for: type, names: names))
    }

    /// The Request Body Object, or nil when the operation sends none.
    ///
    /// It is `required` because the SDK's request builders take the body as a non-optional argument.
    /// The docs' name for the body parameter goes into `x-codegen-request-body-name`, the extension
    /// code generators already read for that purpose.
    func requestBody(of operation: Operation) -> JSONNode? {
        guard let body = operation.requestBody else { return nil }
        let (mediaType, typeSchema) = content(for: body.type)
        let schema = OpenAPIJSON.adding([("properties", Self.fixedMembers(of: body))], to: typeSchema)
        return OpenAPIJSON.object([
            ("description", OpenAPIJSON.nonEmpty(body.description)),
            ("required", .bool(true)),
            ("content", .object([JSONMember(key: mediaType, value: OpenAPIJSON.object([
                ("schema", schema),
                ("examples", OpenAPISamples.requestBodyExamples(of: operation)),
            ]))])),
            ("x-codegen-request-body-name", body.parameterName.flatMap(OpenAPIJSON.nonEmpty)),
            (OpenAPISchemaMapping.sourceKey, OpenAPIJSON.source(body.location)),
        ])
    }

    /// `const` schemas for the envelope members a page fixes (an action's `actionid`), or nil.
    ///
    /// They sit next to the body's `$ref`, which OpenAPI 3.1 allows: both apply, so the shared
    /// envelope type keeps its shape and each operation says which values it sends.
    static func fixedMembers(of body: RequestBody) -> JSONNode? {
        let members = (body.envelope?.members ?? []).compactMap { member in
            member.fixedValue.map { value in
                JSONMember(key: member.name, value: OpenAPIJSON.object([
                    ("const", OpenAPISamples.exampleValue(value, type: member.type)),
                ]))
            }
        }
        return members.isEmpty ? nil : .object(members)
    }

    // MARK: Responses

    /// The Responses Object.
    ///
    /// Documented statuses come first; a status that only a sample shows is added, marked inferred,
    /// so that its sample has a place. A body the docs give no type for (an error sample, say) is
    /// shown as an example under a media type without schema. Statuses OpenAPI cannot key (outside
    /// 100–599) are left out with a warning.
    func responses(of operation: Operation, diagnostics: inout Diagnostics) -> JSONNode {
        var members: [JSONMember] = []
        var placed = Set<Int>()
        for response in operation.responses {
            guard Self.isKeyable(response.status) else {
                diagnostics.warning("status \(response.status) is not an HTTP status; left out of the OpenAPI document",
                                    at: operation.location)
                continue
            }
            placed.insert(response.status)
            members.append(JSONMember(key: String(response.status), value: OpenAPIJSON.object([
                ("description", OpenAPIJSON.nonEmpty(response.description) ?? .string("HTTP \(response.status)")),
                ("content", responseContent(operation, status: response.status, body: response.body)),
            ])))
        }
        for sample in operation.responseSamples
        where Self.isKeyable(sample.sample.status) && !placed.contains(sample.sample.status) {
            placed.insert(sample.sample.status)
            members.append(JSONMember(key: String(sample.sample.status), value: OpenAPIJSON.object([
                ("description", OpenAPIJSON.nonEmpty(sample.sample.reason) ?? .string("HTTP \(sample.sample.status)")),
                ("content", responseContent(operation, status: sample.sample.status, body: nil)),
                (OpenAPISchemaMapping.inferredKey, .bool(true)),
            ])))
        }
        if members.isEmpty {
            members.append(JSONMember(key: "default", value: OpenAPIJSON.object([
                ("description", .string("The docs document no response.")),
            ])))
        }
        return .object(members)
    }

    /// The content of one response: the body's schema and the samples of that status, or nil when neither exists.
    func responseContent(_ operation: Operation, status: Int, body: TypeExpression?) -> JSONNode? {
        let examples = OpenAPISamples.responseExamples(of: operation, status: status)
        guard body != nil || examples != nil else { return nil }
        let (mediaType, schema) = body.map { content(for: $0) } ?? (Self.jsonMediaType, nil)
        return .object([JSONMember(key: mediaType, value: OpenAPIJSON.object([
            ("schema", schema),
            ("examples", examples),
        ]))])
    }

    /// Whether `status` fits OpenAPI's response keys (`1XX`–`5XX`).
    static func isKeyable(_ status: Int) -> Bool { (100...599).contains(status) }
}
