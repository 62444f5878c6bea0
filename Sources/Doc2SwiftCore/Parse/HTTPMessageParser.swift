import MarkdownBlocks

/// Splits the text of a ```http!/```http_ sample block into start line, headers and body.
enum HTTPMessageParser {
    /// The three parts of an HTTP message as text, with the body's first line number offset.
    struct Parts {
        var startLine: String
        var headers: [SampleHeader]
        var body: String?
        /// 0-based index of the body's first line within the block content.
        var bodyLineOffset: Int
    }

    /// Splits `content` at the first blank line. Header lines without a colon end the header part:
    /// some samples have no blank line before the JSON body.
    static func split(_ content: String) -> Parts? {
        let lines = content.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let startIndex = lines.firstIndex(where: { !$0.trimmingBlanks().isEmpty }) else {
            return nil
        }
        var headers: [SampleHeader] = []
        var index = startIndex + 1
        while index < lines.count {
            let line = lines[index]
            if line.trimmingBlanks().isEmpty { index += 1; break }
            guard let colon = line.firstIndex(of: ":"),
                  !line[..<colon].contains(" "), !line.hasPrefix("{"), !line.hasPrefix("[") else { break }
            let name = String(line[..<colon]).trimmingBlanks()
            let value = String(line[line.index(after: colon)...]).trimmingBlanks()
            headers.append(SampleHeader(name: name, value: value))
            index += 1
        }
        let bodyLines = index < lines.count ? Array(lines[index...]) : []
        let body = bodyLines.joined(separator: "\n").trimmingBlanksAndNewlines()
        let firstBodyLine = bodyLines.firstIndex { !$0.trimmingBlanks().isEmpty } ?? 0
        return Parts(startLine: lines[startIndex].trimmingBlanks(), headers: headers,
                     body: body.isEmpty ? nil : body, bodyLineOffset: index + firstBodyLine)
    }

    /// Parses a request block (`POST /api/v1/Relation` + headers + body).
    static func request(_ block: CodeBlock) -> SampleRequest? {
        guard let parts = split(block.content) else { return nil }
        let words = parts.startLine.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count >= 2, HTTPMethod.isMethod(String(words[0])) else { return nil }
        return SampleRequest(
            method: HTTPMethod.normalised(words[0]), target: String(words[1]), headers: parts.headers,
            body: parts.body.map(HTMLEntities.decode), bodyLocation: bodyLocation(block, parts),
            location: block.location)
    }

    /// Parses a response block (`HTTP/1.1 200 OK` + headers + body).
    static func response(_ block: CodeBlock) -> SampleResponse? {
        guard let parts = split(block.content) else { return nil }
        let words = parts.startLine.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard words.count >= 2, words[0].uppercased().hasPrefix("HTTP/"), let status = Int(words[1]) else { return nil }
        return SampleResponse(
            status: status, reason: words.count > 2 ? String(words[2]) : "", headers: parts.headers,
            body: parts.body.map(HTMLEntities.decode), bodyLocation: bodyLocation(block, parts),
            location: block.location)
    }

    private static func bodyLocation(_ block: CodeBlock, _ parts: Parts) -> SourceLocation? {
        guard parts.body != nil else { return nil }
        var location = block.location
        location.line += 1 + parts.bodyLineOffset
        location.column = 1
        return location
    }
}

/// The HTTP methods the docs use, including the `DEL` abbreviation of page titles.
enum HTTPMethod {
    static let all: Set<String> = ["GET", "POST", "PUT", "PATCH", "DELETE", "DEL", "HEAD", "OPTIONS"]

    static func isMethod(_ word: String) -> Bool { all.contains(word.uppercased()) }

    /// The method's standard spelling: upper case, `DEL` → `DELETE`.
    static func normalised(_ word: some StringProtocol) -> String {
        let upper = word.uppercased()
        return upper == "DEL" ? "DELETE" : upper
    }
}
