import Foundation

/// Turns the many ways pages write a request target into one template form.
///
/// Path parameters are written `{id}`, `:id`, `<ID>`, `{id|userPrincipalName}` (alternatives),
/// `{channel.id#DOCS_PAGE/anchor}` (a link inside the braces) or, in URI templates, with a query
/// part `{?limit,offset}`. All become `{name}` with a name Swift can use, so the rest of the
/// pipeline reads one form.
enum PathTemplate {
    /// The normalised path and the query names and values the target writes.
    struct Normalised: Hashable, Sendable {
        var path: String
        var queryNames: [String]
        var queryValues: [String]
    }

    /// Normalises a request target (path and query, no host): nil when it is not a path.
    /// - Parameter allowsRelative: read a target without a leading `/` (`tasks/{id}`) as a path.
    static func normalise(_ rawTarget: String, allowsRelative: Bool = false) -> Normalised? {
        if isCanonical(rawTarget) { return Normalised(path: rawTarget, queryNames: [], queryValues: []) }
        // `/api/v1/Contact?contactEntityId=718`: a canonical path with a plain query string.
        if let mark = rawTarget.utf8.firstIndex(of: UInt8(ascii: "?")), let path = String(rawTarget.utf8[..<mark]),
           isCanonical(path), !rawTarget.utf8.contains(UInt8(ascii: "{")), !rawTarget.utf8.contains(UInt8(ascii: "#")),
           !rawTarget.contains(where: \.isWhitespace) {
            let (queryNames, queryValues) = queryPairs(rawTarget[rawTarget.index(after: mark)...])
            return Normalised(path: path, queryNames: queryNames, queryValues: queryValues)
        }
        var target = Substring(rawTarget)
        // `\contacts`: a backslash typed for a slash.
        if target.hasPrefix("\\") { target = "/" + target.dropFirst() }
        if !target.hasPrefix("/") {
            // `activities/{id}` and `{object}/x`: a relative path, only where the caller trusts the
            // shape (a lone word after a method is prose: `POST Relation`).
            guard allowsRelative, let first = target.first, first.isLetter || first == "{",
                  target.contains("/") else { return nil }
            target = "/" + target
        }
        var queryNames: [String] = []
        var queryValues: [String] = []
        // URI-template query variables: `/coupons{?limit}`, `/x{?a,b}`, `{&c}`.
        while let open = target.firstRange(of: "{?") ?? target.firstRange(of: "{&") {
            guard let close = target[open.upperBound...].firstIndex(of: "}") else { break }
            for name in target[open.upperBound..<close].split(separator: ",") {
                queryNames.append(String(name.trimmingCharacters(in: .init(charactersIn: "* "))))
                queryValues.append("")
            }
            target.removeSubrange(open.lowerBound...close)
        }
        var pathPart = target
        if let mark = target.firstIndex(of: "?") {
            pathPart = target[..<mark]
            let (names, values) = queryPairs(target[target.index(after: mark)...])
            queryNames += names
            queryValues += values
        }
        if let hash = pathPart.firstIndex(of: "#"), !pathPart[..<hash].contains("{") || !pathPart.contains("}") {
            // A fragment outside braces (`/x#section`) is no part of the request.
            if !isInsideBraces(pathPart, hash) { pathPart = pathPart[..<hash] }
        }
        var path = ""
        var index = pathPart.startIndex
        while index < pathPart.endIndex {
            let character = pathPart[index]
            if character == "{", let close = pathPart[index...].firstIndex(of: "}") {
                let inside = pathPart[pathPart.index(after: index)..<close]
                if let slash = inside.firstIndex(of: "/"), !inside.contains("#") {
                    // `{progression_id/auto}`: a brace closed one segment late.
                    path += "{" + placeholderName(inside[..<slash]) + "}" + inside[slash...]
                } else {
                    path += "{" + placeholderName(inside) + "}"
                }
                index = pathPart.index(after: close)
            } else if character == "<", let close = pathPart[index...].firstIndex(of: ">") {
                path += "{" + placeholderName(pathPart[pathPart.index(after: index)..<close]) + "}"
                index = pathPart.index(after: close)
            } else if character == ":", path.hasSuffix("/"),
                      let next = pathPart[pathPart.index(after: index)...].first, next.isLetter || next == "_" {
                // `:id` up to the next `/`, `.` or `:` (`archive/:ref:format` holds two).
                let start = pathPart.index(after: index)
                let end = pathPart[start...].firstIndex { !($0.isLetter || $0.isNumber || $0 == "_") }
                    ?? pathPart.endIndex
                path += "{" + placeholderName(pathPart[start..<end]) + "}"
                index = end
            } else if character == ":", path.hasSuffix("}"),
                      let next = pathPart[pathPart.index(after: index)...].first, next.isLetter {
                let start = pathPart.index(after: index)
                let end = pathPart[start...].firstIndex { !($0.isLetter || $0.isNumber || $0 == "_") }
                    ?? pathPart.endIndex
                path += "{" + placeholderName(pathPart[start..<end]) + "}"
                index = end
            } else {
                path.append(character)
                index = pathPart.index(after: index)
            }
        }
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        guard !path.contains(where: \.isWhitespace) else { return nil }
        return Normalised(path: path, queryNames: queryNames, queryValues: queryValues)
    }

    /// `a=1&b&=x` → names `a`, `b` and values `1`, ``: a query string's pairs, nameless ones left out.
    static func queryPairs(_ query: Substring) -> (names: [String], values: [String]) {
        var names: [String] = []
        var values: [String] = []
        for pair in query.split(separator: "&") {
            let pieces = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = pieces.first, !name.isEmpty else { continue }
            names.append(String(name))
            values.append(pieces.count > 1 ? String(pieces[1]) : "")
        }
        return (names, values)
    }

    /// True for a target already in the one form (`/api/v1/Relation/{id}`): a leading `/`, no
    /// query, fragment, blank or other placeholder syntax, `{name}` placeholders of letters,
    /// digits and `_`, no trailing `/`. Checked on bytes, since most pages write paths this way.
    static func isCanonical(_ target: String) -> Bool {
        var inBraces = false
        var last: UInt8 = 0
        var first = true
        for byte in target.utf8 {
            if first {
                guard byte == UInt8(ascii: "/") else { return false }
                first = false
            }
            switch byte {
            case UInt8(ascii: "{"):
                guard !inBraces else { return false }
                inBraces = true
            case UInt8(ascii: "}"):
                guard inBraces, last != UInt8(ascii: "{") else { return false }
                inBraces = false
            case UInt8(ascii: "?"), UInt8(ascii: "#"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: ":"),
                 UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\\"), UInt8(ascii: "|"), UInt8(ascii: "&"):
                return false
            default:
                if byte >= 0x80 { return false }
                if inBraces, !(byte == UInt8(ascii: "_") || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                    || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                    || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))) { return false }
            }
            last = byte
        }
        return !first && !inBraces && (last != UInt8(ascii: "/") || target.utf8.count == 1)
    }

    /// `channel.id#DOCS_X/y` → `channel_id`; `id|userPrincipalName` → `id`; `ID` stays `ID`.
    static func placeholderName(_ raw: Substring) -> String {
        var name = raw
        if let hash = name.firstIndex(of: "#") { name = name[..<hash] }
        if let bar = name.firstIndex(of: "|") { name = name[..<bar] }
        let cleaned = String(name.map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : "_" })
        let text = cleaned.drop { $0 == "_" }.reversed().drop { $0 == "_" }.reversed()
        return text.isEmpty ? "value" : String(text)
    }

    private static func isInsideBraces(_ text: Substring, _ index: Substring.Index) -> Bool {
        let before = text[..<index]
        guard let open = before.lastIndex(of: "{") else { return false }
        return !before[open...].contains("}")
    }
}
