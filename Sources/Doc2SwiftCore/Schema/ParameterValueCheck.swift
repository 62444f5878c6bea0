import Foundation

/// Whether a value written in a sample's request line fits a parameter's documented type, so that
/// the sample can be rebuilt by the generated request builder.
enum ParameterValueCheck {
    /// Nil when `text` fits `type`; else why not.
    static func problem(_ text: String, _ type: TypeExpression) -> String? {
        switch type {
        case .integer, .integerEnumeration, .flags: return Int64(text) == nil ? "'\(text)' is not an integer" : nil
        case .double: return Double(text) == nil || text.contains(where: \.isLetter) ? "'\(text)' is not a number" : nil
        case .bool: return ["true", "false"].contains(text) ? nil : "'\(text)' is not true or false"
        case .dateTime:
            // A date's text form after formatting differs from the sample's (`09/23/2021 03:24:52`).
            return "the date '\(text)' cannot be compared as written"
        case .array(let element):
            let parts = text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return parts.lazy.compactMap { problem($0, element ?? .string) }.first
        default: return nil
        }
    }
}

extension SchemaBuildState {
    /// Checks that every parameter value a sample request shows can be passed to the builder,
    /// and that the sample shows every value the builder requires.
    func parameterProblem(_ sample: SampleRequest, _ operation: Operation) -> String? {
        let pathValues = PathMatch.match(template: operation.path, sample: sample.path) ?? [:]
        for parameter in operation.parameters {
            switch parameter.place {
            case .path:
                if let value = pathValues[parameter.name] ?? nil,
                   let problem = ParameterValueCheck.problem(value.removingPercentEncoding ?? value, parameter.type) {
                    return "path parameter '\(parameter.name)': \(problem)"
                }
            case .query:
                guard let value = sample.query.first(where: { $0.name == parameter.name })?.value else {
                    if parameter.isRequired { return "it omits the required query parameter '\(parameter.name)'" }
                    continue
                }
                if let problem = ParameterValueCheck.problem(value.removingPercentEncoding ?? value, parameter.type) {
                    return "query parameter '\(parameter.name)': \(problem)"
                }
            case .header:
                let value = sample.headers.first { $0.name.lowercased() == parameter.name.lowercased() }?.value
                if parameter.isRequired && value == nil && parameter.name.lowercased() != "content-type"
                    && !sample.isBodyOnly {
                    return "it omits the required header '\(parameter.name)'"
                }
                if let value, parameter.name.lowercased() != "content-type",
                   let problem = ParameterValueCheck.problem(value, parameter.type) {
                    return "header '\(parameter.name)': \(problem)"
                }
            }
        }
        if operation.requestBody != nil && sample.body == nil {
            return "it shows no body, but the docs document one"
        }
        return nil
    }
}
