import Foundation
import MarkdownBlocks

/// What a heading says about endpoints, read from its text alone.
///
/// Forms: `Get Channel % GET /channels/{id}` and `GET /message` (method and path), `Retrieve a
/// Message [GET]` and a bare `GET` (a method for the resource path of an enclosing heading),
/// `My Message [/message]` and a bare `/message` (a resource path), `Create [POST /notes]`.
enum HeadingEndpoint: Hashable, Sendable {
    /// The heading declares operations; `title` is its text without the declaration.
    case declarations([EndpointDeclaration], title: String)
    /// The heading names only methods; the path comes from the nearest resource heading above.
    case methods([String], title: String)
    /// The heading names a resource path that headings below it act on.
    case resource(path: String)

    /// Reads a heading's text; nil when it says nothing about endpoints.
    static func read(_ rawText: String, at location: SourceLocation) -> HeadingEndpoint? {
        guard EndpointRecognizer.mayHoldDeclaration(rawText) else { return nil }
        let text = (rawText.utf8.contains(UInt8(ascii: "`")) ? rawText.filter { $0 != "`" } : rawText).trimmingBlanks()
        guard !text.isEmpty else { return nil }
        // `Title [GET /x]`, `Title [GET]`, `Title [/x]`: a bracketed part at the end.
        if text.hasSuffix("]"), let open = text.lastIndex(of: "[") {
            let inside = String(text[text.index(after: open)..<text.index(before: text.endIndex)]).trimmingBlanks()
            let title = trimmedTitle(String(text[..<open]))
            if let found = bracketed(inside, title: title, at: location) { return found }
        }
        if let (methods, rest) = EndpointRecognizer.leadingMethods(text) {
            if rest.isEmpty { return .methods(methods, title: "") }
            if let declarations = EndpointRecognizer.line(text, form: .heading, at: location) {
                return .declarations(declarations, title: "")
            }
        }
        if text.hasPrefix("/"), !text.contains(" "), let path = PathTemplate.normalise(text) {
            return .resource(path: path.path + queryTemplate(path))
        }
        // `Get Channel % GET /channels/{id}`, `Get Channel - GET /x`: a declaration after the title.
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        for index in words.indices.dropLast() where EndpointRecognizer.methods.contains(String(words[index])) {
            let target = words[index + 1]
            guard target.hasPrefix("/") || target.hasPrefix("http") else { continue }
            guard index + 2 == words.count else { continue }
            guard let declarations = EndpointRecognizer.declarations(
                methods: [String(words[index])], target: String(target), form: .heading, at: location) else { continue }
            return .declarations(declarations, title: trimmedTitle(words[..<index].joined(separator: " ")))
        }
        return nil
    }

    private static func bracketed(_ inside: String, title: String, at location: SourceLocation) -> HeadingEndpoint? {
        if let (methods, rest) = EndpointRecognizer.leadingMethods(inside) {
            if rest.isEmpty { return .methods(methods, title: title) }
            if let declarations = EndpointRecognizer.line(inside, form: .heading, at: location) {
                return .declarations(declarations, title: title)
            }
            return nil
        }
        if inside.hasPrefix("/"), !inside.contains(" "), let path = PathTemplate.normalise(inside) {
            return .resource(path: path.path + queryTemplate(path))
        }
        return nil
    }

    /// Keeps a resource's query variables with its path, so the actions below it get them.
    private static func queryTemplate(_ path: PathTemplate.Normalised) -> String {
        path.queryNames.isEmpty ? "" : "{?" + path.queryNames.joined(separator: ",") + "}"
    }

    /// `Get Channel %` → `Get Channel`.
    static func trimmedTitle(_ text: String) -> String {
        text.trimmingCharacters(in: CharacterSet(charactersIn: " \t%-–—:|"))
    }
}
