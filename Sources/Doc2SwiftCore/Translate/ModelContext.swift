import Mustache

/// The template context of one model type (`Model.mustache`).
struct ModelContext {
    let definition: TypeDefinition
    let swiftName: String
    let naming: ModuleNaming

    /// The property's Swift type, boxed when it closes a cycle.
    func swiftType(_ property: Property, enumName: String?) -> String {
        let type = naming.types.swiftType(property.type, enumName: enumName)
        return naming.indirectProperties.contains("\(definition.name).\(property.name)") ? "Indirect<\(type)>" : type
    }

    func value(common: [String: TemplateValue]) -> TemplateValue {
        var memberScope = SwiftNames.Scope(reserved: ["codingKeys"])
        var enumScope = SwiftNames.Scope(reserved: [swiftName, "CodingKeys"], inherited: naming.topLevelKeys)
        var properties: [[String: TemplateValue]] = []
        var enums: [TemplateValue] = []
        for property in definition.properties {
            let name = memberScope.claim(SwiftNames.safeMemberName(property.name))
            var enumName: String?
            if let members = SwiftTypes.enumerationMembers(property.type) {
                let claimed = enumScope.claim(SwiftNames.typeName(property.name))
                enumName = claimed
                enums.append(EnumContext(name: claimed, members: members,
                                         description: "Values of `\(DocComment.singleLine(property.name))`.").value)
            }
            var doc = property.description
            if property.isInferred && definition.origin == .documented { doc += (doc.isEmpty ? "" : "\n\n") + "Not in the docs' tables; inferred from a sample." }
            properties.append([
                "name": .string(SwiftNames.escaped(name)),
                "plainName": .string(name),
                "wireNameLiteral": ContextValues.literal(property.name),
                "swiftType": .string(swiftType(property, enumName: enumName)),
                "docLines": ContextValues.docLines(doc),
            ])
        }
        var context = common
        context["typeName"] = .string(swiftName)
        context["docLines"] = ContextValues.docLines(definition.description.isEmpty
            ? (definition.origin == .inferred ? "Inferred from the docs' samples; no table documents it." : "")
            : definition.description)
        context["hasProperties"] = .bool(!properties.isEmpty)
        context["properties"] = ContextValues.list(properties)
        context["enums"] = .list(enums)
        context["isInferred"] = .bool(definition.origin == .inferred)
        return .object(context)
    }
}

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
