import Foundation
import Mustache
import OrderedJSON

/// The template context of one operation's sample tests (`SampleTests.mustache`).
///
/// The samples are tables (one row per sample) that the module's two parameterised tests
/// (`SampleSuite.mustache`, see `suiteValue`) run through, so each sample is its own test case
/// while the file holds no test macro and stays cheap to compile: each tested
/// sample response is decoded with the builder's `decodeResponse`, re-encoded and compared with
/// the sample; each tested sample request is rebuilt with the builder from the sample's own
/// values and compared part by part. Each row carries the sample's `file:line` in the docs.
struct SampleTestContext {
    let operation: Operation
    let builder: OperationContext
    let naming: ModuleNaming
    let responseTests: [[String: TemplateValue]]
    let requestTests: [[String: TemplateValue]]
    /// The `Response` cases the tested samples decode to, each once, in the samples' order.
    let responseCases: [[String: TemplateValue]]

    /// - Parameters:
    ///   - sourcePath: the page path as generated comments show it (relative to the input folder).
    init(operation: Operation, builder: OperationContext, naming: ModuleNaming,
         sourcePath: (String) -> String = { $0 }) {
        self.operation = operation
        self.builder = builder
        self.naming = naming
        var responseTests: [[String: TemplateValue]] = []
        var responseCases: [[String: TemplateValue]] = []
        for (index, sample) in operation.responseSamples.enumerated() where sample.untestedReason == nil {
            guard let responseCase = builder.responseCases.first(where: { $0.response.status == sample.sample.status })
            else { continue }
            let body = Self.bodyText(sample.sample.body, json: sample.json) ?? ""
            let caseValues: [String: TemplateValue] = [
                "caseName": .string(responseCase.caseName),
                "caseNameLiteral": ContextValues.literal(responseCase.caseName),
                "hasBody": .bool(responseCase.bodyType != nil),
                "bodyIsBytes": .bool(responseCase.bodyType == "Data"),
            ]
            if !responseCases.contains(where: { $0["caseName"] == caseValues["caseName"] }) {
                responseCases.append(caseValues)
            }
            responseTests.append(caseValues.merging([
                "index": .string(String(index + 1)),
                "status": .string(String(sample.sample.status)),
                "bodyLiteral": ContextValues.literal(body),
                "locationLiteral": Self.locationLiteral(sample.sample.location, sourcePath: sourcePath),
                "displayNameLiteral": ContextValues.literal("sample response \(sample.sample.status) at line \(sample.sample.location.line)"),
            ]) { _, new in new })
        }
        var requestTests: [[String: TemplateValue]] = []
        for (index, sample) in operation.requestSamples.enumerated() where sample.untestedReason == nil {
            if var test = Self.requestTest(sample, index: index, builder: builder) {
                test["locationLiteral"] = Self.locationLiteral(sample.sample.location, sourcePath: sourcePath)
                requestTests.append(test)
            }
        }
        self.responseTests = responseTests
        self.requestTests = requestTests
        self.responseCases = responseCases
    }

    var hasTests: Bool { !responseTests.isEmpty || !requestTests.isEmpty }

    func value(common: [String: TemplateValue]) -> TemplateValue {
        var context = common
        context["typeName"] = .string(builder.swiftName)
        context["hasResponseTests"] = .bool(!responseTests.isEmpty)
        context["responseTests"] = ContextValues.list(responseTests)
        context["responseCases"] = ContextValues.list(responseCases)
        context["hasRequestTests"] = .bool(!requestTests.isEmpty)
        context["requestTests"] = ContextValues.list(requestTests)
        return .object(context)
    }

    /// The context of the module's sample suite (`SampleSuite.mustache`): the operations whose
    /// tables of sample responses and of sample requests its two tests run, in the module's order.
    static func suiteValue(common: [String: TemplateValue], tests: [SampleTestContext]) -> TemplateValue {
        func tables(_ kept: (SampleTestContext) -> Bool) -> [[String: TemplateValue]] {
            tests.filter(kept).map { ["typeName": .string($0.builder.swiftName)] }
        }
        var context = common
        let responses = tables { !$0.responseTests.isEmpty }
        let requests = tables { !$0.requestTests.isEmpty }
        context["hasResponseTests"] = .bool(!responses.isEmpty)
        context["responseTables"] = ContextValues.list(responses)
        context["hasRequestTests"] = .bool(!requests.isEmpty)
        context["requestTables"] = ContextValues.list(requests)
        return .object(context)
    }

    /// `"Page.md:172"`: where a sample is, as the test's failures name it.
    static func locationLiteral(_ location: SourceLocation, sourcePath: (String) -> String) -> TemplateValue {
        ContextValues.literal("\(sourcePath(location.file)):\(location.line)")
    }

    /// The arguments and expectations that rebuild one sample request; nil when the sample
    /// cannot be expressed with the builder (checked earlier, so this is rare).
    static func requestTest(_ sample: RequestSample, index: Int, builder: OperationContext) -> [String: TemplateValue]? {
        guard let pathValues = PathMatch.match(template: builder.operation.path, sample: sample.sample.path) else {
            return nil
        }
        var arguments: [String] = []
        /// The expected text of each placeholder's segment, by documented name.
        var segments: [String: String] = [:]
        var headers: [[String: TemplateValue]] = []
        let query = sample.sample.query.map { ($0.name, $0.value.removingPercentEncoding ?? $0.value) }
        for parameter in builder.parameters {
            let label = parameter.swiftName
            switch parameter.parameter.place {
            case .path:
                let documentedName = parameter.parameter.name
                if let written = pathValues[documentedName] ?? nil {
                    // A URL carries `=` as `=` or `%3D`: the value is what the escapes stand for,
                    // and the expected segment is that value as the builder encodes it.
                    let value = written.removingPercentEncoding ?? written
                    guard let expression = literalExpression(value, parameter) else { return nil }
                    arguments.append("\(label): \(expression)")
                    segments[documentedName] = PathMatch.encodedSegment(value)
                } else {
                    let (expression, text) = placeholder(parameter)
                    arguments.append("\(label): \(expression)")
                    segments[documentedName] = PathMatch.encodedSegment(text)
                }
            case .query:
                let values = query.filter { $0.0 == parameter.parameter.name }
                guard let value = values.first?.1 else {
                    if parameter.isRequired { return nil }
                    continue
                }
                guard let expression = literalExpression(value, parameter) else { return nil }
                arguments.append("\(label): \(expression)")
            case .header:
                guard let header = sample.sample.headers.first(where: {
                    $0.name.lowercased() == parameter.parameter.name.lowercased()
                }) else {
                    guard parameter.isRequired else { continue }
                    // A sample that shows only a body shows no headers: any value will do, and none is compared.
                    guard sample.sample.isBodyOnly else { return nil }
                    arguments.append("\(label): \(placeholder(parameter).0)")
                    continue
                }
                guard let expression = literalExpression(header.value, parameter) else { return nil }
                arguments.append("\(label): \(expression)")
                headers.append(["nameLiteral": ContextValues.literal(parameter.parameter.name),
                                "valueLiteral": ContextValues.literal(header.value)])
            }
        }
        let expectedPath = Self.expectedPath(template: builder.operation.path, sample: sample.sample.path,
                                             segments: segments)
        let bodyText = Self.bodyText(sample.sample.body, json: sample.json)
        let pathCount = builder.parameters.filter { $0.parameter.place == .path }.count
        if builder.isAssembled {
            guard let memberArguments = envelopeArguments(sample, builder: builder) else { return nil }
            arguments.insert(contentsOf: memberArguments, at: pathCount)
        } else if let bodyType = builder.bodyType {
            guard let bodyText else { return nil }
            let literal = JSONWriter.swiftStringLiteral(bodyText)
            let expression = bodyType == "Data" ? "Data(\(literal).utf8)"
                : "try JSONCoding.makeDecoder().decode(\(bodyType).self, from: Data(\(literal).utf8))"
            // The body goes after the path parameters, as in the builder's initialiser.
            arguments.insert("body: \(expression)", at: pathCount)
        }
        return [
            "index": .string(String(index + 1)),
            "arguments": .string(arguments.joined(separator: ", ")),
            "methodLiteral": ContextValues.literal(sample.sample.method),
            "pathLiteral": ContextValues.literal(expectedPath),
            "queryItems": ContextValues.list(query.map { ["nameLiteral": ContextValues.literal($0.0),
                                                          "valueLiteral": ContextValues.literal($0.1)] }),
            "hasQueryItems": .bool(!query.isEmpty),
            "headers": ContextValues.list(headers),
            "hasHeaders": .bool(!headers.isEmpty),
            "hasBody": .bool(builder.bodyType != nil),
            "bodyIsBytes": .bool(builder.bodyType == "Data"),
            "bodyLiteral": ContextValues.literal(bodyText ?? ""),
            "displayNameLiteral": ContextValues.literal("sample request at line \(sample.sample.location.line)"),
        ]
    }

    /// The text a test compares with: the sample's own text (entities decoded), so that the test
    /// shows what the docs show. Blanks at line ends go: a JSON string cannot span lines, so they
    /// are never part of a value.
    static func bodyText(_ text: String?, json: JSONNode?) -> String? {
        guard let text else { return json.map { JSONWriter.pretty($0) } }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in
                // Blanks are ASCII, so trimming bytes from the end never splits a character.
                var end = line.utf8.endIndex
                while end > line.utf8.startIndex {
                    let before = line.utf8.index(before: end)
                    guard line.utf8[before] == UInt8(ascii: " ") || line.utf8[before] == UInt8(ascii: "\t") else { break }
                    end = before
                }
                return String(line[..<end])
            }
            .joined(separator: "\n")
    }

    /// The arguments for the members of an assembled body, taken from the sample body's members;
    /// nil when the sample lacks one (checked earlier, so this is rare).
    static func envelopeArguments(_ sample: RequestSample, builder: OperationContext) -> [String]? {
        guard case .object(let members)? = sample.json else { return nil }
        var arguments: [String] = []
        for member in builder.bodyMembers {
            guard let swiftName = member.swiftName else { continue }
            guard let value = members.first(where: { $0.key == member.member.name })?.value else { return nil }
            arguments.append("\(swiftName): \(valueExpression(value, swiftType: member.swiftType))")
        }
        return arguments
    }

    /// A Swift expression of `swiftType` holding the JSON `value`: a literal for scalars, else the
    /// value decoded from its JSON text.
    static func valueExpression(_ value: JSONNode, swiftType: String) -> String {
        switch (value, swiftType) {
        case (.string(let text), "String"): return JSONWriter.swiftStringLiteral(text)
        case (.bool(let flag), "Bool"): return flag ? "true" : "false"
        case (.number(let literal), "Int"), (.number(let literal), "Int64"), (.number(let literal), "Double"):
            if swiftType == "Double" || Int64(literal) != nil { return literal }
        default: break
        }
        let json = JSONWriter.swiftStringLiteral(JSONWriter.pretty(value))
        return "try JSONCoding.makeDecoder().decode(\(swiftType).self, from: Data(\(json).utf8))"
    }

    /// A placeholder value for a path parameter the sample leaves as `{name}`, and its text in the path.
    /// The sample's path with each placeholder segment (found by position, whatever the sample
    /// writes there: a value, `{name}`, `:name`) replaced by the segment the builder sends.
    static func expectedPath(template: String, sample: String, segments: [String: String]) -> String {
        let templateSegments = template.split(separator: "/", omittingEmptySubsequences: true)
        let sampleSegments = sample.split(separator: "/", omittingEmptySubsequences: true)
        let joined = zip(templateSegments, sampleSegments).map { expected, actual -> String in
            guard expected.hasPrefix("{") && expected.hasSuffix("}") else { return String(actual) }
            return segments[String(expected.dropFirst().dropLast())] ?? String(actual)
        }
        return "/" + joined.joined(separator: "/") + (sample.count > 1 && sample.hasSuffix("/") ? "/" : "")
    }

    static func placeholder(_ parameter: OperationContext.BuilderParameter) -> (String, String) {
        switch parameter.swiftType {
        case "Int", "Int32", "Int64", "Double": return ("1", "1")
        case "Bool": return ("true", "true")
        default:
            if parameter.enumName != nil, let members = SwiftTypes.enumerationMembers(parameter.parameter.type),
               let first = members.first {
                return (".init(rawValue: \(JSONWriter.swiftStringLiteral(first)))", first)
            }
            return ("\"sample\"", "sample")
        }
    }

    /// A Swift expression of the parameter's type holding `text`, or nil when the text does not parse.
    static func literalExpression(_ text: String, _ parameter: OperationContext.BuilderParameter) -> String? {
        literalExpression(text, swiftType: parameter.swiftType, isEnum: parameter.enumName != nil)
    }

    static func literalExpression(_ text: String, swiftType: String, isEnum: Bool) -> String? {
        if swiftType.hasPrefix("[") {
            let element = String(swiftType.dropFirst().dropLast())
            let items = text.split(separator: ",").map { literalExpression(String($0), swiftType: element, isEnum: isEnum) }
            guard !items.contains(where: { $0 == nil }) else { return nil }
            return "[" + items.compactMap { $0 }.joined(separator: ", ") + "]"
        }
        if isEnum { return ".init(rawValue: \(JSONWriter.swiftStringLiteral(text)))" }
        switch swiftType {
        case "String": return JSONWriter.swiftStringLiteral(text)
        case "Int": return Int(text).map(String.init)
        case "Int32": return Int32(text).map(String.init)
        case "Int64": return Int64(text).map(String.init)
        case "Double": return Double(text) != nil && !text.contains(where: \.isLetter) ? text : nil
        case "Bool": return ["true", "false"].contains(text) ? text : nil
        default: return nil
        }
    }
}
