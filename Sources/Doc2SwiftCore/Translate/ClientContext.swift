import Foundation
import Mustache
import OrderedJSON

/// The shape of one API's client, decided once per module from every operation's header table:
/// its name, how it authenticates, which headers are client-wide, and each operation's method.
///
/// Authentication is recognised from what the header tables say, never from the vendor:
/// - the `Authorization` header's schemes are the scheme words its description quotes or names
///   (`Supports 'Basic', 'SoTicket' and 'Bearer' schemes`), the first word of an example value
///   (`Bearer {access_token}`) and the first word of the samples' `Authorization` values;
/// - any other header whose name or description speaks of an API key carries a key as it is.
///
/// A header documented on at least two operations and on at least half of them becomes a
/// client-wide default, sent with every request that does not set it itself; one that some
/// operation requires is a required setting of the client.
struct ClientModel {
    /// One case of the client's `Authentication` enum.
    struct Credential {
        /// The case name: `basic`, `bearer`, `soTicket`, `xApiKey`.
        var caseName: String
        /// The header that carries it.
        var headerName: String
        /// The scheme word sent before the credentials (`Bearer`); nil for an API-key header.
        var scheme: String?
        /// Whether the credentials are a user name and password (`Basic`).
        var isBasic: Bool { scheme?.lowercased() == "basic" }
    }

    /// A header sent with every request unless the request sets it.
    struct DefaultHeader {
        var wireName: String
        var swiftName: String
        var isRequired: Bool
        var description: String
    }

    let apiName: String
    let clientName: String
    /// The header that carries `scheme credentials` values (`Authorization`), if documented.
    let schemeHeader: String?
    /// Every documented way to authenticate; empty when the pages describe none.
    let credentials: [Credential]
    /// The descriptions of the headers that carry credentials, for the client's documentation.
    let authenticationDescriptions: [String]
    /// Whether some operation requires the credentials.
    let authenticationIsRequired: Bool
    let defaultHeaders: [DefaultHeader]
    /// Operation id → the client's method for it.
    let methodNames: [String: String]

    /// Members of the client a method must not be named after.
    static let clientMembers: Set<String> = [
        "send", "prepared", "baseURL", "authentication", "defaultHeaders", "additionalHeaders", "timeout",
        "transport", "prepareRequest", "perform", "init", "self", "Authentication", "DefaultHeaders",
    ]

    /// Schemes that need a challenge and response, so they cannot be a fixed header value.
    static let challengeSchemes: Set<String> = ["digest", "negotiate", "ntlm", "kerberos", "mutual", "hoba"]

    /// Scheme words recognised in prose even without quotes.
    static let wellKnownSchemes = ["Basic", "Bearer"]

    init(schema: APISchema, naming: ModuleNaming) {
        apiName = schema.name
        var typeScope = SwiftNames.Scope(reserved: naming.topLevel)
        clientName = typeScope.claim(SwiftNames.typeName(schema.name) + "Client")

        let operationCount = schema.operations.count
        var schemeHeader: String?
        var schemes: [String] = []
        var keyHeaders: [String] = []
        var descriptions: [String] = []
        var isRequired = false
        var counts: [String: Int] = [:]
        var firstSeen: [String: Parameter] = [:]
        var requiredAnywhere: Set<String> = []
        var notText: Set<String> = []
        var order: [String] = []
        for operation in schema.operations {
            var seenHere = Set<String>()
            for parameter in operation.parameters where parameter.place == .header {
                let key = parameter.name.lowercased()
                if key == "content-type" { continue }
                if Self.isSchemeHeader(parameter) {
                    if schemeHeader == nil {
                        schemeHeader = parameter.name
                        descriptions.append(parameter.description)
                    }
                    schemes += Self.schemes(in: parameter.description)
                    isRequired = isRequired || parameter.isRequired
                    continue
                }
                if Self.isKeyHeader(parameter) {
                    if !keyHeaders.contains(where: { $0.lowercased() == key }) {
                        keyHeaders.append(parameter.name)
                        descriptions.append(parameter.description)
                    }
                    isRequired = isRequired || parameter.isRequired
                    continue
                }
                guard seenHere.insert(key).inserted else { continue }
                counts[key, default: 0] += 1
                if firstSeen[key] == nil {
                    firstSeen[key] = parameter
                    order.append(key)
                }
                if parameter.isRequired { requiredAnywhere.insert(key) }
                if OperationContext.parameterType(parameter.type) != .string { notText.insert(key) }
            }
            if let schemeHeader {
                for sample in operation.requestSamples {
                    for header in sample.sample.headers where header.name.lowercased() == schemeHeader.lowercased() {
                        if let word = header.value.split(separator: " ").first { schemes.append(String(word)) }
                    }
                }
            }
        }

        var credentials: [Credential] = []
        var caseScope = SwiftNames.Scope(reserved: ["custom", "headerName", "headerValue"])
        if let schemeHeader {
            var seen = Set<String>()
            for scheme in schemes where Self.isToken(scheme) && !Self.challengeSchemes.contains(scheme.lowercased()) {
                guard seen.insert(scheme.lowercased()).inserted else { continue }
                credentials.append(Credential(caseName: caseScope.claim(SwiftNames.safeMemberName(scheme)),
                                              headerName: schemeHeader, scheme: scheme))
            }
        }
        for header in keyHeaders {
            credentials.append(Credential(caseName: caseScope.claim(SwiftNames.safeMemberName(header)),
                                          headerName: header, scheme: nil))
        }
        self.schemeHeader = schemeHeader
        self.credentials = credentials
        authenticationDescriptions = descriptions.filter { !$0.isEmpty }
        authenticationIsRequired = isRequired && (schemeHeader != nil || !credentials.isEmpty)

        var memberScope = SwiftNames.Scope(reserved: ["fields", "init"])
        defaultHeaders = order.compactMap { key in
            guard let count = counts[key], let parameter = firstSeen[key],
                  count >= 2, count * 2 >= operationCount, !notText.contains(key) else { return nil }
            return DefaultHeader(wireName: parameter.name,
                                 swiftName: memberScope.claim(SwiftNames.safeMemberName(parameter.name)),
                                 isRequired: requiredAnywhere.contains(key), description: parameter.description)
        }

        var methodScope = SwiftNames.Scope(reserved: Self.clientMembers)
        var methodNames: [String: String] = [:]
        for operation in schema.operations {
            guard let requestName = naming.requestNames[operation.id] else { continue }
            methodNames[operation.id] = methodScope.claim(SwiftNames.safeMemberName(Self.methodBase(requestName)))
        }
        self.methodNames = methodNames
    }

    var hasAuthentication: Bool { schemeHeader != nil || !credentials.isEmpty }

    /// A builder's name without its `Request` suffix, keeping the number that tells builders of
    /// one name apart: `PutThingRequest` → `PutThing`, `GetAllRequest2` → `GetAll2`.
    static func methodBase(_ requestName: String) -> String {
        let digits = requestName.reversed().prefix { $0.isNumber }
        let stem = requestName.dropLast(digits.count)
        guard stem.hasSuffix("Request"), stem.count > "Request".count else { return requestName }
        return String(stem.dropLast("Request".count)) + String(digits.reversed())
    }

    /// Whether the client, not the operation's method, supplies this header.
    func manages(_ parameter: Parameter) -> Bool {
        guard parameter.place == .header else { return false }
        return credentialHeader(named: parameter.name) || defaultHeader(named: parameter.name) != nil
    }

    /// Whether `name` is a header that carries credentials.
    func credentialHeader(named name: String) -> Bool {
        let key = name.lowercased()
        return schemeHeader?.lowercased() == key || credentials.contains { $0.headerName.lowercased() == key }
    }

    func defaultHeader(named name: String) -> DefaultHeader? {
        defaultHeaders.first { $0.wireName.lowercased() == name.lowercased() }
    }

    // MARK: - Recognising authentication

    /// The HTTP header whose value is `scheme credentials`.
    static func isSchemeHeader(_ parameter: Parameter) -> Bool {
        ["authorization", "proxy-authorization"].contains(parameter.name.lowercased())
    }

    /// A header that carries an API key as its whole value (`X-API-Key`).
    static func isKeyHeader(_ parameter: Parameter) -> Bool {
        let name = parameter.name.lowercased().filter { $0.isLetter }
        let description = parameter.description.lowercased()
        // Byte searches: Foundation's `contains` goes through NSString and was a hot spot of translation.
        return contains(name, "apikey") || contains(description, "api key") || contains(description, "api-key")
            || contains(description, "apikey")
    }

    /// Whether `text` holds `word` (compared as UTF-8 bytes).
    static func contains(_ text: String, _ word: String) -> Bool {
        let needle = Array(word.utf8)
        let bytes = Array(text.utf8)
        guard bytes.count >= needle.count, let first = needle.first else { return false }
        for index in 0...(bytes.count - needle.count)
        where bytes[index] == first && bytes[index..<(index + needle.count)].elementsEqual(needle) {
            return true
        }
        return false
    }

    /// The scheme words a description of the `Authorization` header names, in order: quoted
    /// words when the text speaks of schemes, the first word of a quoted example value such as
    /// `Bearer {access_token}`, and the well-known scheme words written bare.
    static func schemes(in description: String) -> [String] {
        var found: [(offset: Int, word: String)] = []
        let mentionsSchemes = description.lowercased().contains("scheme")
        let characters = Array(description)
        let quotes: [Character: Character] = ["'": "'", "\"": "\"", "`": "`", "\u{2018}": "\u{2019}", "\u{201C}": "\u{201D}"]
        var index = 0
        while index < characters.count {
            if let close = quotes[characters[index]],
               let end = characters[(index + 1)...].firstIndex(of: close) {
                let quoted = String(characters[(index + 1)..<end])
                let words = quoted.split(separator: " ", omittingEmptySubsequences: true)
                if words.count == 1, mentionsSchemes, isToken(String(words[0])) {
                    found.append((index, String(words[0])))
                } else if words.count == 2, isToken(String(words[0])), words[0].first?.isUppercase == true {
                    found.append((index, String(words[0])))
                }
                index = end + 1
            } else {
                index += 1
            }
        }
        for scheme in wellKnownSchemes {
            var searchStart = description.startIndex
            while let range = description.range(of: scheme, range: searchStart..<description.endIndex) {
                let before = range.lowerBound == description.startIndex ? nil : description[description.index(before: range.lowerBound)]
                let after = range.upperBound == description.endIndex ? nil : description[range.upperBound]
                if !(before?.isLetter ?? false), !(after?.isLetter ?? false) {
                    found.append((description.distance(from: description.startIndex, to: range.lowerBound), scheme))
                }
                searchStart = range.upperBound
            }
        }
        var seen = Set<String>()
        return found.sorted { $0.offset < $1.offset }.map(\.word).filter { seen.insert($0.lowercased()).inserted }
    }

    /// Whether `word` is an HTTP authentication scheme name: letters first, then letters,
    /// digits or `-`.
    static func isToken(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
        return word.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-")
        }
    }

    // MARK: - Template context

    /// The context of `Client.mustache`.
    func value(common: [String: TemplateValue]) -> TemplateValue {
        var context = common
        context["clientName"] = .string(clientName)
        context["apiName"] = .string(DocComment.singleLine(apiName))
        context["hasAuthentication"] = .bool(hasAuthentication)
        context["authenticationIsRequired"] = .bool(authenticationIsRequired)
        context["hasSchemeHeader"] = .bool(schemeHeader != nil)
        context["schemeHeaderLiteral"] = ContextValues.literal(schemeHeader ?? "")
        context["schemeHeaderDoc"] = .string(DocComment.singleLine(schemeHeader ?? ""))
        context["credentialsShareHeader"] = .bool(schemeHeader != nil && credentials.allSatisfy { $0.headerName == schemeHeader })
        context["authenticationDocLines"] = .list(authenticationDescriptions.flatMap(DocComment.lines).map { .string($0) })
        context["credentials"] = ContextValues.list(credentials.map { credential in
            let headerDoc = DocComment.singleLine(credential.headerName)
            let doc: String
            if credential.isBasic {
                doc = "`\(headerDoc): \(DocComment.singleLine(credential.scheme ?? "")) <base64 of username:password>`, as RFC 7617 defines it."
            } else if let scheme = credential.scheme {
                doc = "`\(headerDoc): \(DocComment.singleLine(scheme)) <credentials>`."
            } else {
                doc = "`\(headerDoc): <key>`."
            }
            return [
                "caseName": .string(credential.caseName),
                "headerNameLiteral": ContextValues.literal(credential.headerName),
                "isBasic": .bool(credential.isBasic),
                "hasScheme": .bool(credential.scheme != nil && !credential.isBasic),
                "isKey": .bool(credential.scheme == nil),
                "schemePrefixLiteral": ContextValues.literal(credential.scheme.map { $0 + " " } ?? ""),
                "docLines": .list([.string(doc)]),
            ]
        })
        context["hasDefaultHeaders"] = .bool(!defaultHeaders.isEmpty)
        context["hasRequiredDefaultHeaders"] = .bool(defaultHeaders.contains { $0.isRequired })
        context["defaultHeaders"] = ContextValues.list(defaultHeaders.map { header in
            [
                "name": .string(SwiftNames.escaped(header.swiftName)),
                "plainName": .string(header.swiftName),
                "wireNameLiteral": ContextValues.literal(header.wireName),
                "wireNameDoc": .string(DocComment.singleLine(header.wireName)),
                "isRequired": .bool(header.isRequired),
                "docLines": ContextValues.docLines(header.description),
            ]
        })
        return .object(context)
    }
}

/// The context of one operation's client method (`ClientOperation.mustache`): the builder's
/// parameters minus the headers the client supplies, and the arguments that build the request.
struct ClientOperationContext {
    /// One parameter of the method.
    struct MethodParameter {
        var name: String
        var swiftType: String
        var isRequired: Bool
        var description: String
    }

    let builder: OperationContext
    let client: ClientModel
    let methodName: String
    let parameters: [MethodParameter]
    /// `label: expression` pairs for the builder's initialiser, in its order.
    let arguments: [(label: String, expression: String)]

    init(builder: OperationContext, client: ClientModel) {
        self.builder = builder
        self.client = client
        methodName = client.methodNames[builder.operation.id] ?? SwiftNames.safeMemberName(builder.swiftName)
        var parameters: [MethodParameter] = []
        var arguments: [(label: String, expression: String)] = []
        func pass(_ name: String, _ type: String, required: Bool, description: String) {
            parameters.append(MethodParameter(name: name, swiftType: type, isRequired: required, description: description))
            arguments.append((SwiftNames.argumentLabel(name), SwiftNames.escaped(name)))
        }
        /// The parameter's type as seen from outside the builder: its open enums are nested there.
        func outerType(_ parameter: OperationContext.BuilderParameter) -> String {
            guard let enumName = parameter.enumName else { return parameter.swiftType }
            let qualified = "\(builder.swiftName).\(enumName)"
            return parameter.swiftType == enumName ? qualified
                : parameter.swiftType.replacingOccurrences(of: "[\(enumName)]", with: "[\(qualified)]")
        }
        for parameter in builder.parameters where parameter.parameter.place == .path {
            pass(parameter.swiftName, outerType(parameter), required: true, description: parameter.parameter.description)
        }
        if builder.isAssembled {
            for member in builder.bodyMembers {
                guard let swiftName = member.swiftName else { continue }
                pass(swiftName, member.swiftType, required: true, description: member.member.description.isEmpty
                     ? "The envelope's `\(member.member.name)`." : member.member.description)
            }
        } else if let bodyType = builder.bodyType {
            pass("body", bodyType, required: true, description: builder.operation.requestBody?.description ?? "")
        }
        for parameter in builder.parameters where parameter.parameter.place != .path {
            if client.manages(parameter.parameter) {
                // The client supplies it; a required one is passed from the client's settings,
                // an optional one is added by `send` when the request lacks it.
                guard parameter.isRequired else { continue }
                if client.credentialHeader(named: parameter.parameter.name) {
                    arguments.append((SwiftNames.argumentLabel(parameter.swiftName),
                                      "self.authentication.headerValue"))
                } else if let header = client.defaultHeader(named: parameter.parameter.name) {
                    arguments.append((SwiftNames.argumentLabel(parameter.swiftName),
                                      "self.defaultHeaders.\(header.swiftName)"))
                }
                continue
            }
            pass(parameter.swiftName, outerType(parameter), required: parameter.isRequired,
                 description: parameter.parameter.description)
        }
        self.parameters = parameters
        self.arguments = arguments
    }

    func value(common: [String: TemplateValue]) -> TemplateValue {
        let operation = builder.operation
        var context = common
        context["clientName"] = .string(client.clientName)
        context["requestType"] = .string(builder.swiftName)
        context["methodName"] = .string(SwiftNames.escaped(methodName))
        context["docLines"] = ContextValues.docLines(operation.summary.isEmpty ? operation.title : operation.summary)
        context["method"] = .string(operation.method)
        context["pathDoc"] = .string(DocComment.singleLine(operation.path).replacingOccurrences(of: "`", with: "'"))
        context["hasParameters"] = .bool(!parameters.isEmpty)
        context["parameters"] = ContextValues.list(parameters.map { parameter in
            let summary = DocComment.singleLine(parameter.description)
            return [
                "name": .string(SwiftNames.escaped(parameter.name)),
                "plainName": .string(parameter.name),
                "swiftType": .string(parameter.swiftType + (parameter.isRequired ? "" : "?")),
                "defaultValue": .string(parameter.isRequired ? "" : " = nil"),
                "docSummary": .string(summary.isEmpty ? "The `\(parameter.name)` parameter." : summary),
            ]
        })
        context["arguments"] = ContextValues.list(arguments.map { argument in
            ["label": .string(argument.label), "expression": .string(argument.expression)]
        })
        return .object(context)
    }
}

extension SwiftNames {
    /// An identifier as an argument label in a call: every keyword but `inout`, `var` and `let`
    /// may be written bare there, and the compiler objects to needless backquotes.
    static func argumentLabel(_ identifier: String) -> String {
        ["inout", "var", "let"].contains(identifier) ? "`\(identifier)`" : identifier
    }
}
