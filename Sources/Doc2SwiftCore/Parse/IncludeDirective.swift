import Foundation

/// A DocFX include, `[!include[sample request](../../samples/rest/request/x.md)]`, alone on its line.
struct IncludeDirective: Hashable, Sendable {
    var target: String
    var location: SourceLocation

    /// Recognises the directive; nil for any other text.
    init?(_ text: String, at location: SourceLocation) {
        guard text.hasPrefix("[!include["), text.hasSuffix(")]"),
              let open = text.range(of: "](") else { return nil }
        target = String(text[open.upperBound..<text.index(text.endIndex, offsetBy: -2)])
            .trimmingBlanks()
        self.location = location
    }

    /// The target resolved against the including page's folder, as a normalised relative path.
    /// Nil when the target is absolute or climbs out of the input root.
    func resolved(from pagePath: String) -> String? {
        guard !target.hasPrefix("/"), !target.contains("\\"), !target.contains("://") else { return nil }
        var components = pagePath.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
        for part in target.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard let last = components.last, last != ".." , !last.isEmpty else { return nil }
                components.removeLast()
            default: components.append(String(part))
            }
        }
        return components.joined(separator: "/")
    }
}
