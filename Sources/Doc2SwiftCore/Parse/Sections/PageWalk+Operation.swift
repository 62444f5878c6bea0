import Foundation
import MarkdownBlocks

/// How the blocks of one operation's section are read when a page holds many operations: the
/// headings, labels and tables such pages use, placed by what the operation's method and path say.
extension PageWalk {
    /// The section a heading inside an operation opens, for the headings many-operation pages use
    /// (`### Parameters`, `###### JSON Params`, `### URL Parameters`, `### Query String Params`);
    /// nil to classify it as any page's heading.
    static func operationSection(_ text: String) -> PageSection? {
        let words = PageSection.words(text.lowercased()).filter { $0 != "string" }
        guard let last = words.last else { return nil }
        let parameterWords = ["parameter", "param", "attribute", "argument", "field", "variable", "option", "property"]
        guard parameterWords.contains(where: { PageSection.matches(last, $0) || last == $0 + "s" }) else { return nil }
        let qualifiers = Set(words.dropLast())
        if qualifiers.contains("query") { return .queryParameters }
        if qualifiers.contains("path") || qualifiers.contains("url") || qualifiers.contains("uri") {
            return .pathParameters
        }
        if qualifiers.contains("header") || qualifiers.contains("headers") { return .requestHeaders }
        if !qualifiers.isDisjoint(with: ["json", "body", "form", "post", "request", "payload"]) {
            return .requestBody(parameterName: nil)
        }
        return qualifiers.isEmpty || qualifiers == ["supported"] || qualifiers == ["request"] ? .other(text) : nil
    }

    /// `Example request:`, `> Sample Response:`, `> The above command returns JSON structured like
    /// this:`: a short paragraph that introduces the sample below it.
    static func sampleLabel(_ raw: String) -> PageSection? {
        var text = InlineText.plain(raw).trimmingBlanksAndNewlines()
        while text.hasPrefix(">") { text = String(text.dropFirst()).trimmingBlanks() }
        guard text.hasSuffix(":"), text.count <= 80, !text.contains("\n") else { return nil }
        let words = PageSection.words(text.lowercased())
        let introduces = words.contains { ["example", "examples", "sample", "samples"].contains($0) }
            || (words.contains("above") && words.contains("returns"))
        guard introduces else { return nil }
        if words.contains(where: { $0.hasPrefix("response") || $0 == "returns" || $0 == "output" || $0 == "result" }) {
            return .sampleResponse
        }
        if words.contains(where: { $0.hasPrefix("request") || $0 == "call" || $0 == "usage" || $0 == "command" }) {
            return .sampleRequest
        }
        return nil
    }

    /// `> 200 Response`, `Response 404`: a label without a colon that gives the samples below it
    /// their status, as pages generated from OpenAPI documents print them; nil for other text.
    static func statusLabel(_ raw: String) -> Int? {
        var text = InlineText.plain(raw).trimmingBlanksAndNewlines()
        while text.hasPrefix(">") { text = String(text.dropFirst()).trimmingBlanks() }
        if text.hasSuffix(":") { text.removeLast() }
        let words = text.split(separator: " ")
        guard words.count == 2 else { return nil }
        let (first, second) = (String(words[0]), String(words[1]))
        let code = first.lowercased() == "response" ? second : second.lowercased() == "response" ? first : ""
        guard code.count == 3, let status = Int(code), (100...599).contains(status) else { return nil }
        return status
    }

    /// Reads the rows of a table whose heading does not say where its values travel: each row by
    /// what the operation says (a path placeholder, else the query for bodiless methods, else a
    /// property of the JSON body).
    mutating func readScopedRows(_ table: Table, _ columns: TableColumns, scope: OperationScope) {
        for row in TableRowReader(table: table, columns: columns).rows(into: &diagnostics) {
            let (rawDescription, requiredInText) = TableRowReader.extractRequired(row.description)
            let description = InlineText.plain(rawDescription)
            if let place = scope.place(of: row.name.text) {
                let type = parseType(row.type, defaultType: .string)
                facts.parameters.append(ParameterFact(
                    name: place == .path ? PathTemplate.placeholderName(Substring(row.name.text)) : row.name.text,
                    place: place, type: type, isRequired: place == .path || (row.markedRequired ?? requiredInText),
                    description: description, location: row.name.location))
            } else {
                if facts.requestBody == nil {
                    facts.requestBody = BodyFact(parameterName: nil, declaredType: .unknown, description: "",
                                                 properties: [], hasTable: false, location: table.location)
                }
                let type = parseType(row.type, defaultType: .unknown)
                var property = PropertyFact(name: row.name.text, type: type, description: description,
                                            location: row.name.location)
                property.isRequired = row.markedRequired ?? (requiredInText ? true : nil)
                property.isNullable = TypeDefinitionReader.isNullable(row.type)
                facts.requestBody?.properties.append(property)
                facts.requestBody?.hasTable = true
            }
        }
    }

    /// A code block of an operation's section outside its sample sections: a curl command or an
    /// HTTP request is a sample request, a JSON block a sample response when a response section or
    /// label introduced it. Returns false to read the block as any page would.
    mutating func readScopedCode(_ code: CodeBlock) -> Bool {
        switch section {
        case .sampleRequest, .sampleResponse, .examples, .url:
            return false
        default:
            break
        }
        if HTTPMessageParser.request(code) != nil || HTTPMessageParser.response(code) != nil {
            return readHTTPMessage(code)
        }
        if ["shell", "sh", "bash", "console", "curl", "zsh", ""].contains(code.language.lowercased()),
           code.content.contains("curl") {
            return readCurl(code)
        }
        if JSONSampleText(code) != nil {
            switch section {
            case .response, .responseBody: return readBareResponse(code)
            default: return false
            }
        }
        return false
    }
}

extension PageWalk {
    /// What a many-operation section states in prose and samples rather than in tables: a request
    /// body the text says not to send, and the statuses its samples' status lines and its prose
    /// (`returns a `201 Created` response code`) name when no status table lists any.
    mutating func finishOperationSection() {
        var returnsFromText = false
        if let body = facts.requestBody, !body.hasTable, Self.saysNoBody(body.description) {
            facts.requestBody = nil
        }
        if facts.responseBody == nil, let location = facts.endpoint?.location,
           let returned = Self.returnedObject(in: ([facts.summary] + responseText).joined(separator: "\n"))
            ?? returnedLinks.first.map({ returned in
                facts.typeLinks.append(returned.link)
                return returned.type
            }) {
            facts.responseBody = BodyFact(parameterName: nil, declaredType: returned, description: "", properties: [],
                                          hasTable: false, location: location)
            diagnostics.note("the text says the operation returns \(returned.displayName); typed so", at: location)
            returnsFromText = true
        }
        defer {
            // "Returns a channel object" with no status anywhere: the success the text speaks of is 200 OK.
            if returnsFromText, facts.responses.isEmpty, let location = facts.endpoint?.location {
                facts.responses.append(ResponseFact(status: 200, description: "OK", location: location))
                diagnostics.note("no status is documented; the text's result is read as 200 OK", at: location)
            }
        }
        guard facts.responses.isEmpty else { return }
        var statuses: [(Int, String, SourceLocation)] = facts.sampleResponses.filter { !$0.isStatusAssumed }
            .map { ($0.status, $0.reason, $0.location) }
        if statuses.isEmpty,
           let stated = Self.statedStatus(in: ([facts.summary, facts.responseBody?.description ?? ""] + responseText)
               .joined(separator: "\n")) {
            statuses.append((stated.status, stated.reason, facts.endpoint?.location ?? facts.location))
        }
        var seen = Set<Int>()
        for (status, reason, location) in statuses where seen.insert(status).inserted {
            facts.responses.append(ResponseFact(status: status, description: reason, location: location))
        }
        facts.responses.sort { $0.status < $1.status }
    }

    /// What a sentence about the result names: `Returns a channel object`, `returns … a todoTaskList
    /// object in the response body`, `a collection of todoTask objects`, `an array of message objects`
    /// (links already read as their text). Nil when no sentence that speaks of returning names one.
    static func returnedObject(in text: String) -> TypeExpression? {
        for sentence in text.split(whereSeparator: { $0 == "." || $0 == "\n" }) {
            let words = sentence.split(whereSeparator: \.isWhitespace).map {
                String($0.trimmingCharacters(in: CharacterSet(charactersIn: "`*_,;:()[]")))
            }
            let lower = words.map { $0.lowercased() }
            guard lower.contains(where: { $0.hasPrefix("return") }) else { continue }
            for index in lower.indices where index >= 2 && (lower[index] == "object" || lower[index] == "objects") {
                // The name is the one to three words between a determiner (`a`, `an`, `array of`)
                // and `object`: `a channel object`, `an array of thread member objects`.
                for start in stride(from: index - 1, through: max(1, index - 3), by: -1) {
                    let nameWords = Array(words[start..<index])
                    guard nameWords.allSatisfy({ word in
                        !word.isEmpty && word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
                    }), !nameWords.contains(where: {
                        ["json", "response", "empty", "updated", "new", "the", "a", "an", "of"].contains($0.lowercased())
                    }), let name = ObjectHeading.typeName(nameWords) else { break }
                    // `an updated todoTask object`: what it is, not which one, may stand between.
                    var before = start - 1
                    while before > 0, ["updated", "new", "newly", "created", "requested"].contains(lower[before]) {
                        before -= 1
                    }
                    if ["a", "an", "the"].contains(lower[before]) { return .named(name) }
                    if lower[before] == "of", before >= 1, ["array", "collection", "list"].contains(lower[before - 1]) {
                        return .array(.named(name))
                    }
                }
            }
        }
        return nil
    }

    /// `Returns that [Stage instance](#…/stage-instance-object)`, `returns a [contact](#the-contact-object)`:
    /// the object a sentence says the operation returns, named by a link to an object's heading
    /// (an anchor that speaks of an object or a structure), right after the verb and a determiner.
    static func returnedLink(in raw: String, at location: SourceLocation) -> (type: TypeExpression, link: TypeLink)? {
        // A byte look first: this runs on every paragraph of every operation, and few hold a link.
        guard TypeLink.mayHoldLink(raw) else { return nil }
        for sentence in raw.split(whereSeparator: { $0 == "\n" }).flatMap({ $0.split(separator: ". ") }) {
            guard let verb = sentence.range(of: "return", options: .caseInsensitive) else { continue }
            for link in TypeLink.links(inCell: String(sentence[verb.upperBound...]), at: location) {
                guard let anchor = link.anchor, anchor.contains("object") || anchor.contains("structure"),
                      let position = sentence.range(of: "[" + link.text) ?? sentence.range(of: "[")
                else { continue }
                // One or two words between the verb and the link: `Returns a`, `returns the updated`.
                let between = sentence[verb.upperBound..<position.lowerBound].split(whereSeparator: \.isWhitespace)
                guard (1...3).contains(between.count),
                      ["a", "an", "the", "that", "updated", "new", "created"].contains(between.last!.lowercased())
                else { break }
                var words = link.text.split(whereSeparator: \.isWhitespace).map(String.init)
                if words.count > 1, ["object", "objects"].contains(words.last!.lowercased()) { words.removeLast() }
                guard (1...4).contains(words.count), let name = ObjectHeading.typeName(words) else { break }
                // The link goes with the name, so that `[extension values](#the-extension-value-object)`
                // finds `ExtensionValue` by its anchor.
                return (.named(name), TypeLink(text: name, target: link.target, location: location))
            }
        }
        return nil
    }

    /// `Do not supply a request body for this method.`, `Don't supply…`, `None.`
    static func saysNoBody(_ text: String) -> Bool {
        let lower = text.lowercased().replacingOccurrences(of: "’", with: "'")
        return lower.contains("do not supply") || lower.contains("don't supply") || lower.contains("no request body")
            || lower.trimmingBlanksAndNewlines() == "none."
    }

    /// The first `` `201 Created` `` or `200 OK` status the text names, with its reason.
    static func statedStatus(in text: String) -> (status: Int, reason: String)? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index + 3 <= scalars.count {
            let digits = scalars[index..<index + 3]
            let before = index == 0 ? " " : Character(scalars[index - 1])
            if digits.allSatisfy({ $0.properties.numericType != nil && $0.isASCII }),
               before == " " || before == "`", index + 3 < scalars.count, scalars[index + 3] == " ",
               let status = Int(String(String.UnicodeScalarView(digits))), (100...599).contains(status) {
                let rest = String(String.UnicodeScalarView(scalars[(index + 4)...]))
                let reason = rest.prefix { $0.isLetter || $0 == " " || $0 == "-" }.trimmingBlanks()
                let words = reason.split(separator: " ")
                if let first = words.first, first.first?.isUppercase == true {
                    let reasonWords = words.prefix { $0.first?.isUppercase == true }
                    return (status, reasonWords.joined(separator: " "))
                }
            }
            index += 1
        }
        return nil
    }
}

extension PageWalk {
    /// Reads an API Blueprint payload list (see `PayloadList`) of an operation's section: its
    /// requests and responses become samples, its parameters parameters. False for other lists.
    mutating func readPayloadList(_ list: ListBlock, scope: OperationScope) -> Bool {
        guard PayloadList.isPayloadList(list) else { return false }
        var reader = PayloadList()
        reader.read(list)
        for entry in reader.parameters {
            let place = scope.place(of: entry.name) ?? .query
            var description = entry.description
            if let example = entry.example, !example.isEmpty {
                description += (description.isEmpty ? "" : " ") + "Example: `\(example)`."
            }
            var type = entry.type.flatMap { TypeExpression.parse($0) } ?? .string
            // `id: 1 (number)`: a JSON number whose example is whole is an integer.
            if entry.type == "number", let example = entry.example, Int(example) != nil { type = .integer(.unspecified) }
            facts.parameters.append(ParameterFact(
                name: place == .path ? PathTemplate.placeholderName(Substring(entry.name)) : entry.name,
                place: place, type: type, isRequired: place == .path || entry.isRequired == true,
                description: InlineText.plain(description), location: entry.location))
        }
        if let type = reader.actionAttributes, facts.requestBody == nil, !["GET", "DELETE", "HEAD"].contains(scope.method) {
            facts.requestBody = BodyFact(parameterName: nil, declaredType: type, description: "", properties: [],
                                         hasTable: false, location: list.location)
        }
        for payload in reader.payloads {
            // `+ Attributes (object)` with members: the payload's properties, as a table would list them.
            let members = TypeDefinitionReader.members(payload.attributeMembers)
            if payload.attributes == nil, !members.isEmpty {
                let body = BodyFact(parameterName: nil, declaredType: .unknown, description: "", properties: members,
                                    hasTable: true, location: payload.location)
                if payload.isRequest, facts.requestBody == nil {
                    facts.requestBody = body
                } else if !payload.isRequest, facts.responseBody == nil {
                    facts.responseBody = body
                }
            }
            if let type = payload.attributes {
                if payload.isRequest, facts.requestBody == nil {
                    facts.requestBody = BodyFact(parameterName: nil, declaredType: type, description: "",
                                                 properties: [], hasTable: false, location: payload.location)
                } else if !payload.isRequest {
                    if facts.responseBody == nil {
                        facts.responseBody = BodyFact(parameterName: nil, declaredType: type, description: "",
                                                      properties: [], hasTable: false, location: payload.location)
                    }
                    if !facts.responses.contains(where: { $0.status == payload.status }) {
                        facts.responses.append(ResponseFact(status: payload.status, description: "",
                                                            location: payload.location))
                    }
                }
                // Attributes describe the payload; with no body or headers it shows no sample.
                if payload.body == nil && payload.headers.isEmpty { continue }
            }
            // A plain-text or other non-JSON body is shown, not typed: it is no JSON sample.
            if let media = payload.mediaType?.lowercased(), payload.body != nil, !media.contains("json") {
                diagnostics.note("\(payload.isRequest ? "request" : "response") payload is \(media), not JSON; "
                    + "not read as a sample", at: payload.location)
                continue
            }
            var headers = payload.headers
            if let media = payload.mediaType, !headers.contains(where: { $0.name.lowercased() == "content-type" }) {
                headers.insert(SampleHeader(name: "Content-Type", value: media), at: 0)
            }
            if payload.isRequest {
                // The payload names no method or path: they are the operation's.
                facts.sampleRequests.append(SampleRequest(
                    method: scope.method, target: facts.endpoint?.path ?? "/", headers: headers, body: payload.body,
                    bodyLocation: payload.body == nil ? nil : payload.location, location: payload.location,
                    isBodyOnly: true))
            } else {
                facts.sampleResponses.append(SampleResponse(
                    status: payload.status, reason: "", headers: headers, body: payload.body,
                    bodyLocation: payload.body == nil ? nil : payload.location, location: payload.location))
            }
        }
        return true
    }
}
