/// Diagnostics about the names `ModuleNaming` had to change, computed from the same decisions.
extension Translator {
    /// Every type and operation of `schema` whose Swift name is not the one its docs name asks
    /// for, because that name (ignoring case, as macOS and Windows file systems compare file
    /// names) was taken; plus types whose file would have a name Windows reserves (`Aux.swift`).
    ///
    /// Names that differ only in case or punctuation (`Thing_Get` and `thing_get`, types `Thing`
    /// and `thing`) are warnings: the docs name two things alike. Names the naming scheme itself
    /// makes alike (`v1A_GetAll` and `v1B_GetAll`, both `GetAllRequest`; a docs type named like a
    /// support type) are notes. The generated code does not depend on this function.
    /// - Parameters:
    ///   - schema: the API, as passed to `translate`.
    ///   - facts: the facts of the API's pages, to locate a page's diagnostics at its `uid`/`id`
    ///     (else `title`, else heading) line; without them, at the page's first line.
    public func namingDiagnostics(_ schema: APISchema, facts: [PageFacts] = []) -> Diagnostics {
        let naming = ModuleNaming(schema: schema, typeNameOverrides: options.typeNameOverrides)
        let nameLocations = Dictionary(facts.compactMap { page in page.nameLocation.map { (page.file, $0) } },
                                       uniquingKeysWith: { first, _ in first })
        let owners = NameOwners(schema: schema, naming: naming, nameLocations: nameLocations)
        var diagnostics = Diagnostics()
        let reserved = SwiftNames.Scope.keys(SwiftNames.reservedTypeNames)
        for definition in schema.types {
            let name = naming.types.typeNames[definition.name]!
            let location = definition.locations.first
            let wanted = options.typeNameOverrides[definition.name] ?? SwiftNames.typeName(definition.name)
            if name != wanted {
                let this = "type '\(quoted(definition.name))'"
                if reserved.contains(wanted.lowercased()) {
                    diagnostics.note("\(this) would be named '\(wanted)', a name Swift or the generated module's "
                        + "support code already uses; it is named '\(name)'\(file(type: name)) instead (rename it "
                        + "with 'typeNames' in doc2swift-config.json)", at: location)
                } else if case .type(let other, let otherLocation)? = owners[wanted] {
                    let alike = other.lowercased() == definition.name.lowercased() ? "differs only in case from"
                        : "makes the same Swift name as"
                    diagnostics.warning("\(this) \(alike) type '\(quoted(other))'\(place(otherLocation)), so both "
                        + "would be named '\(wanted)'; this one is named '\(name)'\(file(type: name)) instead; "
                        + "spell the type the same way on every page, or rename it with 'typeNames' in "
                        + "doc2swift-config.json", at: location)
                }
            }
            if options.layout == .modules, let device = FileNameSafety.reservedDeviceName(name) {
                diagnostics.warning("type '\(quoted(definition.name))' is named '\(name)', but \(device) is a "
                    + "Windows device name, which no file may be named: its file is 'Models/\(Translator.modelFileName(name))' "
                    + "instead of 'Models/\(name).swift'; rename the type with 'typeNames' in doc2swift-config.json",
                    at: location)
            }
        }
        for operation in schema.operations {
            let name = naming.requestNames[operation.id]!
            let wanted = SwiftNames.requestName(forOperationID: operation.id)
            guard name != wanted else { continue }
            let location = nameLocations[operation.location.file] ?? operation.location
            let this = "page id '\(quoted(operation.id))'"
            let result = "this operation is named '\(name)'\(file(operation: name)) instead"
            if reserved.contains(wanted.lowercased()) {
                diagnostics.note("\(this) makes the name '\(wanted)', a name Swift or the generated module's support "
                    + "code already uses; "
                    + result, at: location)
                continue
            }
            switch owners[wanted] {
            case .type(let other, let otherLocation)?:
                diagnostics.note("\(this) makes the name '\(wanted)' of the type '\(quoted(other))'"
                    + "\(place(otherLocation)); \(result)", at: location)
            case .operation(let other, let otherLocation)?:
                if SchemaBuildState.baseName(other) == SchemaBuildState.baseName(operation.id) {
                    diagnostics.note("\(this) makes the same name '\(wanted)' as page id '\(quoted(other))'"
                        + "\(place(otherLocation)), since only the part after the last '_' names an operation; "
                        + result, at: location)
                } else {
                    let alike = other.lowercased() == operation.id.lowercased()
                        ? "differs only in case from" : "makes the same name, ignoring case, as"
                    diagnostics.warning("\(this) \(alike) '\(quoted(other))'\(place(otherLocation)), so both would be "
                        + "named '\(wanted)'; \(result); give the pages ids that differ in more than case and "
                        + "punctuation", at: location)
                }
            case nil:
                break // Unreachable: a name is changed only because another one holds it.
            }
        }
        return diagnostics
    }

    private func quoted(_ name: String) -> String { DocComment.singleLine(name) }

    private func place(_ location: SourceLocation?) -> String { location.map { " at \($0)" } ?? "" }

    /// The file of a renamed declaration, where the layout names files after declarations.
    private func file(type name: String) -> String {
        options.layout == .modules ? " (file 'Models/\(name).swift')" : ""
    }

    private func file(operation name: String) -> String {
        options.layout == .modules ? " (file 'Operations/\(name).swift')" : ""
    }
}

/// Who holds each Swift name of a module (keyed ignoring case): a type or an operation, with the
/// docs name it came from and where that is written.
private struct NameOwners {
    enum Owner {
        case type(String, SourceLocation?)
        case operation(String, SourceLocation)
    }

    private var owners: [String: Owner] = [:]

    init(schema: APISchema, naming: ModuleNaming, nameLocations: [String: SourceLocation]) {
        for definition in schema.types {
            owners[naming.types.typeNames[definition.name]!.lowercased()] = .type(definition.name,
                                                                                  definition.locations.first)
        }
        for operation in schema.operations {
            owners[naming.requestNames[operation.id]!.lowercased()] =
                .operation(operation.id, nameLocations[operation.location.file] ?? operation.location)
        }
    }

    subscript(name: String) -> Owner? { owners[name.lowercased()] }
}
