import Mustache

/// The context of one open enum (`OpenEnum.mustache`): documented cases plus `undocumented(String)`.
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
            return ["name": .string(SwiftNames.escaped(caseName)), "plainName": .string(caseName),
                    "rawValueLiteral": ContextValues.literal(member)]
        }
        return .object([
            "typeName": .string(name),
            "docLines": ContextValues.docLines(description),
            "cases": ContextValues.list(cases),
        ])
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
