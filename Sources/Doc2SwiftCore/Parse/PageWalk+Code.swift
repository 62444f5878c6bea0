import Foundation
import MarkdownBlocks

extension PageWalk {
    /// Reads a fenced block: the endpoint line, a sample, or description code.
    mutating func readCode(_ code: CodeBlock) {
        if !code.isClosed && isSampleSection(section) {
            diagnostics.warning("sample block is not closed; read to the end of the file", at: code.location)
        }
        if scope != nil, readScopedCode(code) { return }
        switch section {
        case .sampleRequest:
            readRequestSample(code)
        case .sampleResponse:
            readResponseSample(code)
        case .examples:
            readExampleBlock(code)
        case .queryParameters, .parameterList:
            // Example URLs after a query table and operator lists inside a parameter list only
            // illustrate what the table or list already says.
            break
        case .url:
            for (offset, line) in code.content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                var location = code.location
                location.line += 1 + offset
                readURL(String(line), at: location)
            }
        default:
            if facts.endpoint == nil, ["http", ""].contains(code.language), let endpoint = Self.endpoint(in: code) {
                facts.endpoint = endpoint
            } else if code.language.hasPrefix("http!") || code.language.hasPrefix("http_") {
                readSample(code, at: code.location)
            } else if JSONSampleText(code) != nil {
                looseSamples.append(LooseSample(code: code, role: .unknown))
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
        var endpoint = Endpoint(method: HTTPMethod.normalised(words[0]),
                                path: String(pieces[0]), location: location)
        if pieces.count == 2 {
            // `?=x` or `?&=` name nothing: such pairs are skipped (found by the fuzzer: splitting
            // "=" at "=" leaves no name to take).
            endpoint.templateQueryNames = pieces[1].split(separator: "&").compactMap { pair in
                let name = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[0]
                return name.isEmpty ? nil : String(name)
            }
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

    /// A block in a request sample section: an HTTP message, a `curl` command, or a bare JSON
    /// body (kept until `finish` knows whether it is an action's envelope or a repeated body).
    mutating func readRequestSample(_ code: CodeBlock) {
        if readHTTPMessage(code) || readCurl(code) { return }
        if JSONSampleText(code) != nil {
            looseSamples.append(LooseSample(code: code, role: .request))
            return
        }
        warnNotASample(code)
    }

    /// A block in a response sample section: an HTTP message, or a bare JSON body whose status
    /// is chosen in `finish` from the documented statuses.
    mutating func readResponseSample(_ code: CodeBlock) {
        if readHTTPMessage(code) || readBareResponse(code) || readCurl(code) { return }
        warnNotASample(code)
    }

    /// A block right under an examples heading: requests are HTTP messages or curl commands, bare JSON is a response.
    mutating func readExampleBlock(_ code: CodeBlock) {
        if readHTTPMessage(code) || readCurl(code) || readBareResponse(code) { return }
        warnNotASample(code)
    }

    mutating func warnNotASample(_ code: CodeBlock) {
        guard !code.content.allSatisfy(\.isWhitespace) else {
            diagnostics.warning("sample block is empty; skipped", at: code.location)
            return
        }
        diagnostics.warning("sample block is not an HTTP message (`POST /path`, `HTTP/1.1 200 OK`), a curl command "
            + "or JSON; skipped", at: code.location)
    }

    /// Reads an HTTP request or response message; false when the block is neither.
    mutating func readHTTPMessage(_ code: CodeBlock) -> Bool {
        if let request = HTTPMessageParser.request(code) {
            facts.sampleRequests.append(request)
            return true
        }
        if let response = HTTPMessageParser.response(code) {
            facts.sampleResponses.append(response)
            return true
        }
        return false
    }

    /// Reads the `curl` commands of a block as sample requests; false when the block holds none.
    mutating func readCurl(_ code: CodeBlock) -> Bool {
        let commands: [CurlCommand]
        do {
            commands = try CurlCommand.parseAll(code.content)
        } catch {
            switch error {
            case .notCurl:
                return false
            case .unreadable(let reason):
                diagnostics.warning("curl command cannot be read: \(reason); sample skipped", at: code.location)
                return true
            }
        }
        for command in commands {
            for problem in command.problems {
                diagnostics.warning("curl command: \(problem)", at: code.location)
            }
            guard let request = command.sampleRequest(in: code) else {
                let why = command.url.contains(where: \.isWhitespace)
                    ? "holds blanks (quotes inside it end the quoting around it)" : "is not a URL"
                diagnostics.warning("curl command's URL '\(command.url)' \(why); sample skipped", at: code.location)
                continue
            }
            facts.sampleRequests.append(request)
        }
        return true
    }

    /// Reads a bare JSON body as a response sample; an excerpt (`...` lines) is reported and skipped.
    mutating func readBareResponse(_ code: CodeBlock) -> Bool {
        guard let sample = JSONSampleText(code) else { return false }
        if sample.isExcerpt {
            diagnostics.warning("sample response is an excerpt ('...' stands for left-out parts); not tested",
                                at: sample.location)
            return true
        }
        // A label such as `> 404 Response` gave the status; else it is assumed later.
        facts.sampleResponses.append(SampleResponse(
            status: labelledStatus ?? 200, reason: "", headers: [], body: sample.text, bodyLocation: sample.location,
            location: code.location, isStatusAssumed: labelledStatus == nil))
        return true
    }

    /// Bare response samples take the first documented success status, or 200 when none is documented.
    mutating func assumeResponseStatuses() {
        let success = facts.responses.map(\.status).first { (200..<300).contains($0) }
        for index in facts.sampleResponses.indices where facts.sampleResponses[index].isStatusAssumed {
            let status = success ?? 200
            facts.sampleResponses[index].status = status
            let why = success == nil ? "no success status is documented" : "the first documented success status"
            diagnostics.note("sample response has no status line; read as \(status) (\(why))",
                             at: facts.sampleResponses[index].location)
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
