/// Rows of one property table that document a member of an earlier row rather than a property
/// of their own: `files:file_path` and `files:content` under `files` (an array of hashes),
/// `author.name` under `author`, `items[].id` or `items[id]` under `items`.
///
/// A row is read as a member only when the part before the separator is the exact name of an
/// earlier row of the same table, and that row holds an object, an array of objects or a named
/// type. Names with a dot and no such row stay what they are, since a dot or a colon can be part
/// of a wire name (`odata.nextLink`, a deep-object query parameter `filter.name`). A member row
/// under a row of a scalar type stays a property of its own, with a warning: the page
/// contradicts itself and the name on the wire is a guess either way. A row named `labels[]` is
/// the array property `labels`.
struct NestedPropertyRows {
    /// A top-level row and the rows documenting its members, renamed to the member's own name
    /// (`files:file_path` → `file_path`); a member's own members stay in the name
    /// (`a.b.c` → `b.c` under `a`) for the member type's table to split again.
    struct Group: Equatable {
        /// The parent's index in `properties`.
        var parentIndex: Int
        var members: [PropertyFact]
    }

    /// The table without its member rows, in documented order.
    var properties: [PropertyFact] = []
    /// The member rows by parent, in the order of the parents.
    var groups: [Group] = []

    /// Separators between a parent and its member, longest first so that `files[].id` is not
    /// read as `files[` + `].id`. A `[` opens a bracketed member (`items[id]`).
    static let separators = ["[].", "[]:", "[][", "->", ".", ":", "["]

    /// Splits `rows` into top-level rows and member groups; warns for members of scalar rows.
    static func split(_ rows: [PropertyFact], in typeName: String, diagnostics: inout Diagnostics) -> NestedPropertyRows {
        let rows = withoutDepthMarkers(rows)
        var result = NestedPropertyRows()
        var topLevel: [String: Int] = [:]
        var groupOfParent: [Int: Int] = [:]
        for row in rows {
            guard let (parent, member) = parentAndMember(of: row.name, among: topLevel) else {
                if topLevel[bare(row.name)] == nil { topLevel[bare(row.name)] = result.properties.count }
                result.properties.append(arrayWithoutBrackets(row))
                continue
            }
            let parentRow = result.properties[parent]
            guard holdsMembers(parentRow.type) else {
                diagnostics.warning("'\(row.name)' reads as a member of '\(parentRow.name)', which is "
                    + "\(parentRow.type.displayName), not an object; '\(typeName)' keeps it as a property of its own",
                    at: row.location)
                result.properties.append(row)
                continue
            }
            var renamed = row
            renamed.name = member
            if let index = groupOfParent[parent] {
                result.groups[index].members.append(renamed)
            } else {
                groupOfParent[parent] = result.groups.count
                result.groups.append(Group(parentIndex: parent, members: [renamed]))
            }
        }
        return result
    }

    /// Rows written with depth markers, `» id` and `»» city` (as pages generated from OpenAPI
    /// documents print nested schemas), named as member rows instead: `»» city` under `» address`
    /// becomes `address.city`. The shallowest marked depth is the table's top level when no row
    /// is unmarked; otherwise unmarked rows are, and `» x` is a member of the row above it.
    static func withoutDepthMarkers(_ rows: [PropertyFact]) -> [PropertyFact] {
        guard rows.contains(where: { $0.name.hasPrefix("»") }) else { return rows }
        let depths = rows.map { row in row.name.prefix { $0 == "»" || $0 == " " }.filter { $0 == "»" }.count }
        let top = depths.min() ?? 0
        var path: [String] = []
        return zip(rows, depths).map { row, depth in
            var renamed = row
            let name = String(row.name.drop { $0 == "»" || $0 == " " })
            path = Array(path.prefix(depth - top)) + [name]
            renamed.name = path.joined(separator: ".")
            return renamed
        }
    }

    /// The index of the earlier top-level row `name` is a member of, and the member's name.
    static func parentAndMember(of name: String, among topLevel: [String: Int]) -> (Int, String)? {
        // The shortest matching parent: `a.b.c` belongs to row `a` when both `a` and `a.b` are rows.
        var end = name.startIndex
        while end < name.endIndex {
            // Only a prefix that a separator follows can name a parent; most names have none.
            guard end > name.startIndex, ":.-[".contains(name[end]) else {
                end = name.index(after: end)
                continue
            }
            let prefix = String(name[..<end])
            if let parent = topLevel[prefix] {
                let rest = name[end...]
                for separator in separators where rest.hasPrefix(separator) {
                    if let member = memberName(String(rest.dropFirst(separator.count)), bracketed: separator.hasSuffix("[")) {
                        return (parent, member)
                    }
                }
            }
            end = name.index(after: end)
        }
        return nil
    }

    /// The member's name from the text after the separator: `file_path`, or for a bracketed member
    /// `id]` → `id` and `id][x]` → `id[x]`; nil when nothing names a member.
    static func memberName(_ text: String, bracketed: Bool) -> String? {
        var member = text
        if bracketed {
            guard let close = member.firstIndex(of: "]") else { return nil }
            member = String(member[..<close]) + member[member.index(after: close)...]
        }
        guard let first = member.first, first.isLetter || first.isNumber || first == "_" || first == "@" || first == "$",
              !member.contains(where: \.isWhitespace) else { return nil }
        return member
    }

    /// `labels[]` is the property `labels`, an array: the brackets are form-encoding notation, and
    /// a JSON body or response has no key with them.
    static func arrayWithoutBrackets(_ row: PropertyFact) -> PropertyFact {
        let name = bare(row.name)
        guard name != row.name else { return row }
        var renamed = row
        renamed.name = name
        switch row.type {
        case .array: break
        case .unknown: renamed.type = .array(nil)
        default: renamed.type = .array(row.type)
        }
        return renamed
    }

    /// `files[]` → `files`: an array written with brackets names the same row.
    static func bare(_ name: String) -> String {
        name.hasSuffix("[]") && name.count > 2 ? String(name.dropLast(2)) : name
    }

    /// Whether a row of `type` can hold documented members: an object, an array of objects (or of
    /// an unknown element), or a named type.
    static func holdsMembers(_ type: TypeExpression) -> Bool {
        switch type {
        case .object, .unknown, .named, .array(nil), .array(.object?), .array(.unknown?), .array(.named?): true
        default: false
        }
    }

    /// The type a parent's members are merged into, and the parent's type afterwards: a named
    /// type takes them itself; an object becomes `<Type><Parent>`, an array's element
    /// `<Type><Parent>Item`, as types inferred from samples are named.
    static func memberType(of parent: PropertyFact, in typeName: String) -> (name: String, parentType: TypeExpression) {
        let base = typeName + SwiftNames.typeName(bare(parent.name))
        switch parent.type {
        case .named(let name): return (name, parent.type)
        case .array(.named(let name)?): return (name, parent.type)
        case .array: return (base + "Item", .array(.named(base + "Item")))
        default: return (base, .named(base))
        }
    }
}
