import MarkdownBlocks

/// A link in a table cell (`array of [tag](#DOCS_RESOURCES_CHANNEL/forum-tag-object) objects`,
/// `[todoTask](todotask.md)`): the reference its text makes, and where the definition it means
/// lives. The schema resolves a type name that names no object through the links written with it.
public struct TypeLink: Hashable, Sendable, Codable {
    /// The link's text, as the type cell names the type (`tag`).
    public var text: String
    /// The link's target (`#DOCS_RESOURCES_CHANNEL/forum-tag-object`, `todotask.md`).
    public var target: String
    public var location: SourceLocation

    public init(text: String, target: String, location: SourceLocation) {
        self.text = text
        self.target = target
        self.location = location
    }

    /// The heading anchor the target names, lower-cased: the part after `#`, and after its last
    /// `/` (`#DOCS_RESOURCES_CHANNEL/forum-tag-object` → `forum-tag-object`); nil without `#`.
    public var anchor: String? {
        guard let hash = target.lastIndex(of: "#") else { return nil }
        let fragment = target[target.index(after: hash)...]
        let last = fragment.split(separator: "/").last.map(String.init) ?? ""
        return last.isEmpty ? nil : last.lowercased()
    }

    /// The page the target names, as its file name without folders or extension, lower-cased
    /// (`../resources/todotask.md#x` → `todotask`); nil for an anchor on the same page or a URL.
    public var page: String? {
        let path = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        guard !path.isEmpty, !path.contains("://") else { return nil }
        return Self.pageKey(String(path))
    }

    /// `docs/resources/todoTask.md` → `todotask`: how a page is named by links to it.
    public static func pageKey(_ path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        let stem = file.lastIndex(of: ".").map { String(file[..<$0]) } ?? file
        return stem.lowercased()
    }

    /// `Forum Tag Object` → `forum-tag-object`: the anchor markdown sites give a heading
    /// (lower case; letters, digits, `-` and `_` kept; blanks become `-`).
    public static func slug(_ heading: String) -> String {
        var slug = ""
        for character in heading.lowercased() {
            if character.isLetter || character.isNumber || character == "-" || character == "_" {
                slug.append(character)
            } else if character == " " {
                slug.append("-")
            }
        }
        return slug
    }

    /// Every link in the page's table cells, in page order. Cells without `](` cost one byte scan.
    static func links(in blocks: [Block]) -> [TypeLink] {
        var found: [TypeLink] = []
        for case .table(let table) in blocks {
            for row in table.rows {
                for cell in row.cells where Self.mayHoldLink(cell.text) {
                    found += links(inCell: cell.text, at: cell.location)
                }
            }
        }
        return found
    }

    static func mayHoldLink(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == UInt8(ascii: "]") && byte == UInt8(ascii: "(") { return true }
            previous = byte
        }
        return false
    }

    /// `[text](target)` spans of one cell; images (`![x](y)`) and empty texts are left out.
    static func links(inCell text: String, at location: SourceLocation) -> [TypeLink] {
        var found: [TypeLink] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "[") {
            let isImage = open > rest.startIndex && rest[rest.index(before: open)] == "!"
            let afterOpen = rest[rest.index(after: open)...]
            guard let close = afterOpen.firstIndex(of: "]") else { break }
            let label = afterOpen[..<close]
            let afterClose = afterOpen[afterOpen.index(after: close)...]
            guard afterClose.hasPrefix("("), let end = afterClose.firstIndex(of: ")") else {
                rest = afterOpen
                continue
            }
            let target = afterClose[afterClose.index(after: afterClose.startIndex)..<end]
                .split(separator: " ").first.map(String.init) ?? ""
            let shown = InlineText.plain(String(label)).trimmingBlanks()
            if !isImage, !shown.isEmpty, !target.isEmpty {
                found.append(TypeLink(text: shown, target: target, location: location))
            }
            rest = afterClose[afterClose.index(after: end)...]
        }
        return found
    }
}
