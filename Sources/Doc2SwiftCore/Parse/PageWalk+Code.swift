import Foundation
import MarkdownBlocks

extension PageWalk {
    /// Reads a fenced block: the endpoint line, a sample, or description code.
    mutating func readCode(_ code: CodeBlock) {
        if !code.isClosed && isSampleSection(section) {
            diagnostics.warning("sample block is not closed; read to the end of the file", at: code.location)
        }
        switch section {
        case .sampleRequest, .sampleResponse:
            readSample(code, at: code.location)
        case .queryParameters:
            // One example URL per query parameter follows the table; the table already says it all.
            break
        default:
            if facts.endpoint == nil, ["http", ""].contains(code.language), let endpoint = Self.endpoint(in: code) {
                facts.endpoint = endpoint
            } else if code.language.hasPrefix("http!") || code.language.hasPrefix("http_") {
                readSample(code, at: code.location)
            }
        }
    }

    /// `POST /api/v1/Relation/{id}` as the first line of an http block.
    static func endpoint(in code: CodeBlock) -> Endpoint? {
        guard let line = code.content.split(separator: "\n").first(where: { !$0.allSatisfy(\.isWhitespace) })
        else { return nil }
        let words = line.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count >= 2, HTTPMethod.isMethod(String(words[0])), words[1].hasPrefix("/") else { return nil }
        var location = code.location
        location.line += 1 + (code.content.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { !$0.allSatisfy(\.isWhitespace) } ?? 0)
        location.column = 1
        let target = String(words[1])
        let pieces = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var endpoint = Endpoint(method: words[0].uppercased() == "DEL" ? "DELETE" : words[0].uppercased(),
                                path: String(pieces[0]), location: location)
        if pieces.count == 2 {
            endpoint.templateQueryNames = pieces[1].split(separator: "&")
                .map { String($0.split(separator: "=", maxSplits: 1)[0]) }
        }
        return endpoint
    }

    /// Reads a sample block as a request or a response, by its first line.
    mutating func readSample(_ code: CodeBlock, at location: SourceLocation) {
        if let request = HTTPMessageParser.request(code) {
            facts.sampleRequests.append(request)
        } else if let response = HTTPMessageParser.response(code) {
            facts.sampleResponses.append(response)
        } else {
            diagnostics.warning("sample block does not start with a request line (`POST /path`) or a status line "
                + "(`HTTP/1.1 200 OK`); skipped", at: location)
        }
    }

    /// Resolves a DocFX include and reads the sample it holds.
    mutating func readInclude(_ include: IncludeDirective) {
        guard let path = include.resolved(from: facts.relativePath) else {
            diagnostics.warning("include target '\(include.target)' lies outside the input folder; not read",
                                at: include.location)
            return
        }
        guard let text = includeLoader(path) else {
            diagnostics.warning("include target '\(include.target)' does not exist; its sample is not tested",
                                at: include.location)
            return
        }
        let included = BlockReader.read(text, file: facts.includeDisplayPath(path))
        let codes = included.blocks.compactMap { block -> CodeBlock? in
            if case .code(let code) = block { return code }
            return nil
        }
        guard !codes.isEmpty else {
            diagnostics.warning("include target '\(include.target)' holds no code block; skipped", at: include.location)
            return
        }
        for code in codes { readSample(code, at: code.location) }
    }
}
