import Foundation

/// What a heading announces. Recognised by meaning, not by vendor: synonyms and sloppy spacing
/// are normalised before matching.
enum PageSection: Hashable, Sendable {
    case description
    case pathParameters
    case queryParameters
    case requestHeaders
    /// `## Request Body: newEntity` carries the parameter name.
    case requestBody(parameterName: String?)
    /// `## Response:bool`, `## Response: object`, `## Response:` — the declared type text, if any.
    case response(declaredType: String)
    /// `### Response body: TicketRelationEntity`.
    case responseBody(declaredType: String)
    case sampleRequest
    case sampleResponse
    /// A heading this reader has no meaning for; its content is kept as description text.
    case other(String)

    /// Classifies a heading's text.
    static func classify(_ rawText: String) -> PageSection {
        let text = rawText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let lower = text.lowercased()
        func suffix(after prefixLength: Int) -> String {
            String(text.dropFirst(prefixLength)).trimmingCharacters(in: .whitespaces)
                .trimmingCharacters(in: CharacterSet(charactersIn: ":")).trimmingCharacters(in: .whitespaces)
        }
        if lower.hasPrefix("response body") { return .responseBody(declaredType: suffix(after: "response body".count)) }
        if lower.hasPrefix("request body") {
            let name = suffix(after: "request body".count)
            return .requestBody(parameterName: name.isEmpty ? nil : name)
        }
        if lower.hasPrefix("sample request") || lower.hasPrefix("example request") || lower == "request" {
            return .sampleRequest
        }
        if lower.hasPrefix("sample response") || lower.hasPrefix("example response") { return .sampleResponse }
        if lower == "response" || lower == "responses" || lower.hasPrefix("response:") || lower.hasPrefix("response :") {
            return .response(declaredType: suffix(after: "response".count))
        }
        if lower.hasPrefix("query string parameter") || lower.hasPrefix("query parameter")
            || lower.hasPrefix("url query parameter") { return .queryParameters }
        if lower.hasPrefix("path parameter") || lower.hasPrefix("path part") { return .pathParameters }
        if lower.hasPrefix("request header") { return .requestHeaders }
        return .other(text)
    }
}
