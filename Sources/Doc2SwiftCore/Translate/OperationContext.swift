import Foundation
import Mustache
import OrderedJSON

/// The template context of one request builder (`Request.mustache`).
struct OperationContext {
    /// One parameter as the builder declares it.
    struct BuilderParameter {
        var parameter: Parameter
        var swiftName: String
        var swiftType: String
        var enumName: String?
        var isRequired: Bool
    }

    /// One member of a body the builder assembles (`RequestBody.envelope`).
    struct BodyMember {
        var member: EnvelopeMember
        /// The argument label of the body type's initialiser: the model's property name.
        var label: String
        /// The builder's property holding a passed member; nil for a member the page fixes.
        var swiftName: String?
        var swiftType: String
    }

    /// One documented status as a case of the builder's `Response` enum.
    struct ResponseCase {
        var response: Response
        var caseName: String
        var bodyType: String?
    }

    let operation: Operation
    let swiftName: String
    let naming: ModuleNaming
    let parameters: [BuilderParameter]
    let bodyType: String?
    /// The members of an assembled body, in the body type's order; empty for a body passed whole.
    let bodyMembers: [BodyMember]
    let responseCases: [ResponseCase]
    let enums: [TemplateValue]

    init(operation: Operation, swiftName: String, naming: ModuleNaming) {
        self.operation = operation
        self.swiftName = swiftName
        self.naming = naming
        var memberScope = SwiftNames.Scope(reserved: ["body", "makeRequest", "decodeResponse", "method", "path"])
        var enumScope = SwiftNames.Scope(reserved: [swiftName, "Response"], inherited: naming.topLevelKeys)
        var parameters: [BuilderParameter] = []
        var enums: [TemplateValue] = []
        let pathOrder = Endpoint(method: operation.method, path: operation.path, location: operation.location)
            .pathParameterNames
        let ordered = operation.parameters.sorted { lhs, rhs in
            if lhs.place != rhs.place { return lhs.place < rhs.place }
            guard lhs.place == .path else { return false }
            return (pathOrder.firstIndex(of: lhs.name) ?? 0) < (pathOrder.firstIndex(of: rhs.name) ?? 0)
        }
        // Conditional headers the page mentions without tabling them come last, typed.
        for parameter in ordered + ConditionalHeaders.parameters(for: operation) {
            // The builder sets Content-Type itself from the body it encodes.
            if parameter.place == .header && parameter.name.lowercased() == "content-type" { continue }
            let name = memberScope.claim(SwiftNames.safeMemberName(parameter.name))
            let type = Self.parameterType(parameter.type)
            var enumName: String?
            if let members = SwiftTypes.enumerationMembers(type) {
                enumName = enumScope.claim(SwiftNames.typeName(parameter.name))
                enums.append(EnumContext(name: enumName!, members: members,
                                         description: "Values of the `\(DocComment.singleLine(parameter.name))` parameter.").value)
            }
            parameters.append(BuilderParameter(
                parameter: parameter, swiftName: name,
                swiftType: naming.types.swiftType(type, enumName: enumName), enumName: enumName,
                isRequired: parameter.isRequired || parameter.place == .path))
        }
        self.parameters = parameters
        self.enums = enums
        bodyType = operation.requestBody.map { naming.types.swiftType($0.type, isBody: true) }
        // Labels follow the model's own naming of its properties (`ModelContext`): the same
        // scope, claimed in the same order, gives the same names.
        var labelScope = SwiftNames.Scope(reserved: ["codingKeys"])
        bodyMembers = (operation.requestBody?.envelope?.members ?? []).map { member in
            let label = labelScope.claim(SwiftNames.safeMemberName(member.name))
            let swiftName = member.fixedValue == nil ? memberScope.claim(SwiftNames.safeMemberName(member.name)) : nil
            return BodyMember(member: member, label: label, swiftName: swiftName,
                              swiftType: naming.types.swiftType(member.type))
        }
        var caseScope = SwiftNames.Scope(reserved: ["undocumented"])
        responseCases = operation.responses.map { response in
            ResponseCase(response: response, caseName: caseScope.claim(Self.caseName(for: response.status)),
                         bodyType: response.body.map { naming.types.swiftType($0, isBody: true) })
        }
    }

    /// Parameters travel as text: anything without a text form of its own (objects, bytes,
    /// entity names) is sent as the caller's string; arrays are comma-separated lists of such values.
    static func parameterType(_ type: TypeExpression) -> TypeExpression {
        switch type {
        case .named, .object, .unknown, .bytes: .string
        case .array(let element?): .array(parameterType(element))
        case .array(nil): .array(.string)
        default: type
        }
    }

    /// `ok`, `noContent`, `preconditionFailed`, … for well-known statuses; `status418` otherwise.
    static func caseName(for status: Int) -> String {
        let names: [Int: String] = [
            200: "ok", 201: "created", 202: "accepted", 203: "nonAuthoritativeInformation", 204: "noContent",
            206: "partialContent", 301: "movedPermanently", 302: "found", 303: "seeOther", 304: "notModified",
            307: "temporaryRedirect", 308: "permanentRedirect", 400: "badRequest", 401: "unauthorized",
            403: "forbidden", 404: "notFound", 405: "methodNotAllowed", 406: "notAcceptable", 408: "requestTimeout",
            409: "conflict", 410: "gone", 412: "preconditionFailed", 413: "contentTooLarge", 415: "unsupportedMediaType",
            422: "unprocessableContent", 429: "tooManyRequests", 500: "internalServerError", 501: "notImplemented",
            502: "badGateway", 503: "serviceUnavailable", 504: "gatewayTimeout",
        ]
        return names[status] ?? "status\(status)"
    }

    /// A Swift expression turning the parameter's value (named by its Swift name) into text.
    static func stringExpression(_ parameter: BuilderParameter) -> String {
        let name = SwiftNames.escaped(parameter.swiftName)
        if parameter.parameter.place == .header, parameter.swiftType == "Date",
           ConditionalHeaders.isHTTPDate(parameter.parameter.name) {
            return "HTTPDate.format(\(name))"
        }
        return stringExpression(for: parameter.swiftType, value: name, isEnum: parameter.enumName != nil)
    }

    static func stringExpression(for swiftType: String, value: String, isEnum: Bool) -> String {
        if swiftType.hasPrefix("[") {
            let element = String(swiftType.dropFirst().dropLast())
            return "\(value).map { \(stringExpression(for: element, value: "$0", isEnum: isEnum)) }.joined(separator: \",\")"
        }
        if isEnum { return "\(value).rawValue" }
        switch swiftType {
        case "String": return value
        case "Bool": return "(\(value) ? \"true\" : \"false\")"
        case "Date": return "JSONCoding.formatDate(\(value))"
        default: return "String(\(value))"
        }
    }

    func value(common: [String: TemplateValue]) -> TemplateValue {
        func parameterValues(_ place: ParameterPlace) -> TemplateValue {
            ContextValues.list(parameters.filter { $0.parameter.place == place }.map(parameterValue))
        }
        let placeholders = Set(Endpoint(method: operation.method, path: operation.path, location: operation.location)
            .pathParameterNames)
        // The first path parameter of each name, looked up once per segment.
        var pathParameters: [String: BuilderParameter] = [:]
        for parameter in parameters where parameter.parameter.place == .path && pathParameters[parameter.parameter.name] == nil {
            pathParameters[parameter.parameter.name] = parameter
        }
        let segments: [[String: TemplateValue]] = operation.path.split(separator: "/").map { segment in
            let text = String(segment)
            if text.hasPrefix("{"), text.hasSuffix("}"), placeholders.contains(String(text.dropFirst().dropLast())),
               let parameter = pathParameters[String(text.dropFirst().dropLast())] {
                return ["expression": .string("APIRequest.encodePathSegment(\(Self.stringExpression(parameter)))")]
            }
            // Literal segments are URL text already (`$metadata`); only values are percent-encoded.
            return ["expression": ContextValues.literal(text)]
        }
        var context = common
        context["typeName"] = .string(swiftName)
        context["operationID"] = ContextValues.literal(operation.id)
        context["docLines"] = ContextValues.docLines(operation.summary.isEmpty ? operation.title : operation.summary)
        context["method"] = .string(operation.method)
        context["methodLiteral"] = ContextValues.literal(operation.method)
        context["pathDoc"] = .string(DocComment.singleLine(operation.path).replacingOccurrences(of: "`", with: "'"))
        context["pathSegments"] = ContextValues.list(segments)
        context["parameters"] = ContextValues.list(parameters.map(parameterValue))
        var initParameters = parameters.filter { $0.parameter.place == .path }.map { initParameter($0) }
        let passedMembers = bodyMembers.filter { $0.swiftName != nil }
        if isAssembled {
            initParameters += passedMembers.map { member in
                ["name": .string(SwiftNames.escaped(member.swiftName!)), "swiftType": .string(member.swiftType),
                 "defaultValue": ""]
            }
        } else if let bodyType {
            initParameters.append(["name": "body", "swiftType": .string(bodyType), "defaultValue": ""])
        }
        initParameters += parameters.filter { $0.parameter.place != .path }.map { initParameter($0) }
        context["initParameters"] = ContextValues.list(initParameters)
        context["pathParameters"] = parameterValues(.path)
        let queryParts = queryParts()
        context["queryIsSplit"] = .bool(!queryParts.parts.isEmpty)
        context["queryParts"] = ContextValues.list(queryParts.parts)
        context["queryParameters"] = ContextValues.list(queryParts.parameters)
        context["headerParameters"] = parameterValues(.header)
        context["hasBody"] = .bool(bodyType != nil)
        context["hasQueryParameters"] = .bool(parameters.contains { $0.parameter.place == .query })
        context["hasHeaders"] = .bool(bodyType != nil || parameters.contains { $0.parameter.place == .header })
        context["bodyType"] = .string(bodyType ?? "")
        context["bodyIsBytes"] = .bool(bodyType == "Data")
        context["bodyDocLines"] = ContextValues.docLines(operation.requestBody?.description ?? "")
        context["bodyIsAssembled"] = .bool(isAssembled)
        // A body type of more than `ModelContext.partSize` properties has no memberwise
        // initialiser (`ModelContext`): it is created empty and filled member by member.
        context["bodyIsSplit"] = .bool(isAssembled && bodyMembers.count > ModelContext.partSize)
        context["bodyParameters"] = ContextValues.list(passedMembers.map { member in
            [
                "name": .string(SwiftNames.escaped(member.swiftName!)),
                "plainName": .string(member.swiftName!),
                "wireNameLiteral": ContextValues.literal(member.member.name),
                "swiftType": .string(member.swiftType),
                "docLines": ContextValues.docLines(member.member.description.isEmpty
                    ? "The envelope's `\(member.member.name)`." : member.member.description),
            ]
        })
        context["bodyMembers"] = ContextValues.list(bodyMembers.map { member in
            [
                "label": .string(member.label),
                "property": .string(SwiftNames.escaped(member.label)),
                "valueExpression": .string(member.swiftName.map(SwiftNames.escaped)
                    ?? JSONWriter.swiftStringLiteral(member.member.fixedValue ?? "")),
            ]
        })
        context["enums"] = .list(enums)
        context["responses"] = ContextValues.list(responseCases.map { responseCase in
            [
                "status": .string(String(responseCase.response.status)),
                "caseName": .string(responseCase.caseName),
                "docLines": ContextValues.docLines("\(responseCase.response.status): \(responseCase.response.description)"),
                "hasBody": .bool(responseCase.bodyType != nil),
                "bodyType": .string(responseCase.bodyType ?? ""),
                "bodyIsBytes": .bool(responseCase.bodyType == "Data"),
            ]
        })
        return .object(context)
    }

    /// The query parameters, and when there are more than `ModelContext.partSize` of them, the
    /// parts that store them (at most `partSize` each), as a split model stores its properties:
    /// definite initialisation of a struct's stored properties costs the compiler more than
    /// linear time (600 query parameters: 36 of the module's 49 CPU seconds), parts of a fixed
    /// size do not. Each parameter of a part tells where it is stored (`storageName`) and how its
    /// text is made from there (`storedStringExpression`).
    func queryParts() -> (parameters: [[String: TemplateValue]], parts: [[String: TemplateValue]]) {
        let query = parameters.filter { $0.parameter.place == .query }
        var values = query.map(parameterValue)
        guard query.count > ModelContext.partSize else { return (values, []) }
        var memberScope = SwiftNames.Scope(reserved: Set(parameters.map(\.swiftName) + bodyMembers.compactMap(\.swiftName))
            .union(["body", "makeRequest", "decodeResponse", "method", "path"]))
        var typeScope = SwiftNames.Scope(reserved: Set(enums.compactMap { enumValue -> String? in
            guard case .object(let object) = enumValue, case .string(let name)? = object["typeName"] else { return nil }
            return name
        }).union([swiftName, "Response"]), inherited: naming.topLevelKeys)
        var parts: [[String: TemplateValue]] = []
        for start in stride(from: 0, to: query.count, by: ModelContext.partSize) {
            let end = min(start + ModelContext.partSize, query.count)
            let storageName = memberScope.claim("_queryParameters\(start + 1)To\(end)")
            for index in start..<end {
                values[index]["storageName"] = .string(storageName)
                values[index]["storedStringExpression"] = .string(Self.stringExpression(
                    for: query[index].swiftType, value: "\(storageName).\(query[index].swiftName)",
                    isEnum: query[index].enumName != nil))
            }
            parts.append([
                "partName": .string(typeScope.claim("QueryParameters\(start + 1)To\(end)")),
                "storageName": .string(storageName),
                "firstNumber": .string(String(start + 1)),
                "lastNumber": .string(String(end)),
                "firstParameterName": .string(query[start].swiftName),
                "parameters": ContextValues.list(Array(values[start..<end])),
            ])
        }
        return (values, parts)
    }

    /// Whether the builder assembles the body from fixed values and parameters.
    var isAssembled: Bool { operation.requestBody?.envelope != nil && bodyType != nil }

    /// One parameter of the initialiser: optional ones default to nil.
    func initParameter(_ parameter: BuilderParameter) -> [String: TemplateValue] {
        [
            "name": .string(SwiftNames.escaped(parameter.swiftName)),
            "swiftType": .string(parameter.swiftType + (parameter.isRequired ? "" : "?")),
            "defaultValue": .string(parameter.isRequired ? "" : " = nil"),
        ]
    }

    func parameterValue(_ parameter: BuilderParameter) -> [String: TemplateValue] {
        [
            "name": .string(SwiftNames.escaped(parameter.swiftName)),
            "plainName": .string(parameter.swiftName),
            "wireNameLiteral": ContextValues.literal(parameter.parameter.name),
            "swiftType": .string(parameter.swiftType),
            "isRequired": .bool(parameter.isRequired),
            "stringExpression": .string(Self.stringExpression(parameter)),
            "docLines": ContextValues.docLines(parameter.parameter.description),
        ]
    }
}
