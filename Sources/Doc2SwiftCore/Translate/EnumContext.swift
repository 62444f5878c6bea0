import Mustache

/// The context of one open enum (`OpenEnum.mustache`): documented cases plus `undocumented(String)`,
/// or, for an integer value table, `undocumented(Int)`; and of one option set (`OptionSet.mustache`)
/// for a table of bit flags. Models list both in `enums`, told apart by `isOptionSet`.
struct EnumContext {
    let name: String
    let members: [String]
    let description: String

    var value: TemplateValue {
        var scope = SwiftNames.Scope(reserved: ["undocumented", "rawValue", "init"])
        var seen = Set<String>()
        let unique = members.filter { seen.insert($0).inserted }
        let readableNames = EnumContext.readableNames(unique)
        let cases: [[String: TemplateValue]] = zip(unique, readableNames).map { member, readable in
            let caseName = scope.claim(SwiftNames.safeMemberName(readable))
            // Doc lines present though empty: a case without them would show the enum's own lines.
            return Self.caseValue(caseName, rawValueLiteral: ContextValues.literal(member), docLines: .list([]))
        }
        return Self.enumValue(name: name, description: description, rawType: "String", isOptionSet: false, cases: cases)
    }

    /// One case (or flag) of the context.
    static func caseValue(_ caseName: String, rawValueLiteral: TemplateValue, docLines: TemplateValue) -> [String: TemplateValue] {
        ["name": .string(SwiftNames.escaped(caseName)), "plainName": .string(caseName),
         "rawValueLiteral": rawValueLiteral, "docLines": docLines]
    }

    /// The whole context, which `OpenEnum` and `OptionSet` share.
    static func enumValue(name: String, description: String, rawType: String, isOptionSet: Bool,
                          cases: [[String: TemplateValue]]) -> TemplateValue {
        .object([
            "typeName": .string(name),
            "docLines": ContextValues.docLines(description),
            "rawType": .string(rawType),
            "isOptionSet": .bool(isOptionSet),
            "cases": ContextValues.list(cases),
        ])
    }

    /// An integer value table (`GUILD_TEXT | 0`) as an open enum with `Int` raw values, or a table
    /// of bit flags (`PINNED | 1 << 1`) as an option set. Case names come from the docs' names
    /// (`guildText`); a value listed twice keeps its first name, since a switch over raw values
    /// cannot hold one value twice.
    static func value(name: String, values: [NamedValue], isOptionSet: Bool, description: String) -> TemplateValue {
        var scope = SwiftNames.Scope(reserved: isOptionSet ? ["rawValue", "init", "elements"] : ["undocumented", "rawValue", "init"])
        var seen = Set<Int>()
        let cases: [[String: TemplateValue]] = values.filter { seen.insert($0.value).inserted }.map { member in
            let caseName = scope.claim(SwiftNames.safeMemberName(member.name))
            return caseValue(caseName, rawValueLiteral: .string(integerLiteral(member)),
                             docLines: ContextValues.docLines(member.description))
        }
        return enumValue(name: name, description: description, rawType: "Int", isOptionSet: isOptionSet, cases: cases)
    }

    /// The value as Swift source: the docs' spelling when it is a plain shift or number (`1 << 4`),
    /// else the number. Docs are untrusted: nothing else of the cell reaches the code.
    static func integerLiteral(_ member: NamedValue) -> String {
        let allowed = member.written.allSatisfy { $0.isASCII && ($0.isNumber || $0 == " " || $0 == "<") }
        return allowed && ValueTable.integer(member.written) == member.value ? member.written : String(member.value)
    }

    /// Readable parts of a family of URN-like values (`urn:…:relationTypes:estate:address:buyer`):
    /// the segments after the prefix all of them share, and at least the last three when only the
    /// last one differs (`estateAddressBuyer`, not `buyer`). Other values go through `readable`.
    static func readableNames(_ members: [String]) -> [String] {
        let split = members.map { $0.split(separator: ":", omittingEmptySubsequences: false) }
        guard members.count >= 2, split.allSatisfy({ $0.count > 3 }), let shortest = split.map(\.count).min() else {
            return members.map(readable)
        }
        var common = 0
        while common < shortest - 1, split.allSatisfy({ $0[common] == split[0][common] }) { common += 1 }
        return split.map { segments in
            let start = segments.count - common < 2 ? max(0, segments.count - 3) : common
            return segments[start...].joined(separator: " ")
        }
    }

    /// The readable part of a raw value: the last segment of a URN (`urn:…:estate:address:buyer` → `buyer`)
    /// is not enough on its own, so URNs keep their last two segments.
    static func readable(_ raw: String) -> String {
        let segments = raw.split(separator: ":")
        guard segments.count > 3 else { return raw.isEmpty ? "empty" : raw }
        return segments.suffix(2).joined(separator: " ")
    }
}
