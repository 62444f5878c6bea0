import Mustache
import OrderedJSON

/// Turns one API's schema into the files to render: the schema → contexts stage.
///
/// All naming happens here, through `SwiftNames`, in sorted order so names are stable.
public struct Translator: Sendable {
    public var options: GenerationOptions
    /// Prefix removed from source paths shown in generated comments, so output does not depend
    /// on where the input folder lives.
    public var sourceRoot: String

    public init(options: GenerationOptions = GenerationOptions(), sourceRoot: String = "") {
        self.options = options
        self.sourceRoot = sourceRoot
    }

    /// The files of one API's module and its test target.
    /// - Parameters:
    ///   - schema: the API.
    ///   - pages: the display paths of the API's pages; in plugin layouts every page gets a file,
    ///     even one that yields no declaration, because the plugin declared it in advance.
    public func translate(_ schema: APISchema, pages: [String] = []) -> [FileContext] {
        let files = moduleFiles(schema)
        switch options.layout {
        case .modules: return files
        case .pluginSources, .pluginTests: return PluginLayout(translator: self).arrange(files, pages: pages)
        }
    }

    /// The module layout: one file per type, per operation and per support template.
    func moduleFiles(_ schema: APISchema) -> [FileContext] {
        let module = options.moduleName(for: schema.name)
        let naming = ModuleNaming(schema: schema, typeNameOverrides: options.typeNameOverrides,
                                  requiredProperties: options.requiredProperties)
        var files: [FileContext] = []
        let base = TemplateValue.object(common(module: module, sources: []))
        for support in ["JSONValue", "JSONCoding", "APIRequest", "Indirect", "HTTPDate", "HTTPTransport", "PropertyTable"] {
            files.append(FileContext(path: "Sources/\(module)/Support/\(support).swift", template: support, context: base))
        }
        files.append(FileContext(path: "Tests/\(module)Tests/Support/JSONEquivalence.swift",
                                 template: "JSONEquivalence", context: base))
        let client = ClientModel(schema: schema, naming: naming)
        files.append(FileContext(path: "Sources/\(module)/Client/\(client.clientName).swift", template: "Client",
                                 context: client.value(common: common(module: module, sources: []))))
        // Contexts are built when rendered (on all cores), so the module's contexts never all
        // live at once; the builders capture only the schema's parts and the shared naming.
        let requiredProperties = options.requiredProperties
        for definition in schema.types {
            let name = naming.types.typeNames[definition.name]!
            let common = common(module: module, sources: definition.locations)
            files.append(FileContext(path: "Sources/\(module)/Models/\(Self.modelFileName(name))", template: "Model",
                                     owner: definition.locations.first?.file) {
                ModelContext(definition: definition, swiftName: name, naming: naming,
                             requiredProperties: requiredProperties).value(common: common)
            })
        }
        for (members, name) in naming.types.unionNames.sorted(by: { $0.value < $1.value }) {
            let context = UnionContext(members: members, swiftName: name, types: naming.types)
            let common = common(module: module, sources: [])
            files.append(FileContext(path: "Sources/\(module)/Models/\(Self.modelFileName(name))", template: "Union",
                                     owner: nil) { context.value(common: common) })
        }
        // Each operation's builders depend only on the naming: made on all cores.
        let built = ParallelMap.map(schema.operations) { operation in
            let builder = OperationContext(operation: operation, swiftName: naming.requestNames[operation.id]!, naming: naming)
            let clientOperation = ClientOperationContext(builder: builder, client: client)
            return (builder, clientOperation, ReplayTestContext(builder: builder, client: clientOperation, naming: naming),
                    SampleTestContext(operation: operation, builder: builder, naming: naming, sourcePath: relative))
        }
        var replays: [ReplayTestContext] = []
        var sampleTests: [SampleTestContext] = []
        for (operation, (builder, clientOperation, replay, tests)) in zip(schema.operations, built) {
            let name = naming.requestNames[operation.id]!
            let common = common(module: module, sources: [operation.location])
            let owner = operation.location.file
            files.append(FileContext(path: "Sources/\(module)/Operations/\(name).swift", template: "Request",
                                     owner: owner) { builder.value(common: common) })
            files.append(FileContext(path: "Sources/\(module)/Operations/\(name)+Client.swift", template: "ClientOperation",
                                     owner: owner) { clientOperation.value(common: common) })
            if replay.hasTests {
                files.append(FileContext(path: "Tests/\(module)Tests/Replay/\(name)ReplayTests.swift",
                                         template: "ReplayTests", owner: owner) { replay.value(common: common) })
            }
            replays.append(replay)
            if tests.hasTests {
                files.append(FileContext(path: "Tests/\(module)Tests/\(name)Tests.swift", template: "SampleTests",
                                         owner: owner) { tests.value(common: common) })
                sampleTests.append(tests)
            }
        }
        if !sampleTests.isEmpty {
            let context = SampleTestContext.suiteValue(common: common(module: module, sources: []), tests: sampleTests)
            files.append(FileContext(path: "Tests/\(module)Tests/DocsSampleTests.swift", template: "SampleSuite",
                                     context: context))
        }
        let examples = ExampleTestsContext(schema: schema, naming: naming, sourcePath: relative)
        if examples.hasTests {
            let common = common(module: module, sources: [])
            files.append(FileContext(path: "Tests/\(module)Tests/DocsExampleTests.swift", template: "ExampleTests",
                                     owner: nil) { examples.value(common: common) })
        }
        files.append(FileContext(path: "Tests/\(module)Tests/Support/ReplaySupport.swift", template: "ReplaySupport",
                                 context: ReplaySupportContext.value(common: common(module: module, sources: []),
                                                                     replays: replays)))
        return files.sorted { $0.path < $1.path }
    }

    /// The file of a model type: its name, unless that is a Windows device name (`Aux`), which no
    /// file may have in any case or with any extension; `+Model` keeps it apart from every type name.
    static func modelFileName(_ typeName: String) -> String {
        FileNameSafety.reservedDeviceName(typeName) == nil ? "\(typeName).swift" : "\(typeName)+Model.swift"
    }

    /// Keys every template sees: `header`, `access`, `moduleName`.
    func common(module: String, sources: [SourceLocation]) -> [String: TemplateValue] {
        var header = "// Generated by doc2swift. Do not edit: change the reference pages or the templates instead."
        let files = Array(Set(sources.map { relative($0.file) })).sorted()
        if !files.isEmpty {
            header += "\n// Source: " + files.map(DocComment.singleLine).joined(separator: "\n// Source: ")
        }
        return ["header": .string(header), "access": .string(options.accessModifier), "moduleName": .string(module)]
    }

    func relative(_ file: String) -> String {
        guard !sourceRoot.isEmpty, file.hasPrefix(sourceRoot) else { return file }
        return String(file.dropFirst(sourceRoot.count)).trimmingPrefix("/").description
    }
}

extension String {
    func trimmingPrefix(_ character: Character) -> Substring {
        self[(firstIndex { $0 != character } ?? endIndex)...]
    }
}

/// The Swift names of one module's types and request builders, decided once.
struct ModuleNaming {
    var types: SwiftTypes
    var requestNames: [String: String]
    /// Every top-level name, for nested names to avoid.
    var topLevel: Set<String>
    /// `topLevel` as scopes compare names, computed once per module.
    var topLevelKeys: Set<String>
    /// `Type.property` pairs that close a cycle of stored values and so are stored out of line.
    var indirectProperties: Set<String>
    /// Swift names of the types with a non-optional property (`RequiredProperties.documented`),
    /// which have no initialiser without arguments.
    var typesWithNonOptionalProperties: Set<String> = []

    init(schema: APISchema, typeNameOverrides: [String: String] = [:],
         requiredProperties: RequiredProperties = .optional) {
        var scope = SwiftNames.Scope(reserved: SwiftNames.reservedTypeNames)
        var typeNames: [String: String] = [:]
        // Overrides claim their names first so that derived names step around them.
        for definition in schema.types {
            if let name = typeNameOverrides[definition.name] { typeNames[definition.name] = scope.claim(name) }
        }
        for definition in schema.types where typeNames[definition.name] == nil {
            typeNames[definition.name] = scope.claim(SwiftNames.typeName(definition.name))
        }
        var requestNames: [String: String] = [:]
        for operation in schema.operations {
            requestNames[operation.id] = scope.claim(SwiftNames.requestName(forOperationID: operation.id))
        }
        types = SwiftTypes(typeNames: typeNames)
        // Unions claim their names last, so that no other name depends on whether the API has any.
        for members in schema.unions {
            types.unionNames[members] = scope.claim(UnionContext.baseName(members, types: types))
        }
        self.requestNames = requestNames
        topLevel = Set(typeNames.values).union(requestNames.values).union(types.unionNames.values)
            .union(SwiftNames.reservedTypeNames)
        topLevelKeys = SwiftNames.Scope.keys(topLevel)
        indirectProperties = Self.cycleEdges(schema.types)
        if requiredProperties != .optional {
            for definition in schema.types where definition.properties.contains(where: { !requiredProperties.isOptional($0) }) {
                typesWithNonOptionalProperties.insert(typeNames[definition.name]!)
            }
        }
    }

    /// Properties whose type can reach back to the type that holds them through stored
    /// (non-array) properties: a struct cannot contain itself, so these are boxed in `Indirect`.
    /// `A.p: B` closes a cycle exactly when B reaches A, that is when A and B lie in one strongly
    /// connected component; components are found once (Tarjan), so this stays linear in the schema.
    static func cycleEdges(_ definitions: [TypeDefinition]) -> Set<String> {
        var index: [String: Int] = [:]
        for (position, definition) in definitions.enumerated() where index[definition.name] == nil {
            index[definition.name] = position
        }
        let edges: [[Int]] = definitions.map { definition in
            definition.properties.compactMap { property in
                if case .named(let target) = property.type { return index[target] }
                return nil
            }
        }
        let component = StronglyConnected.components(edges)
        var result = Set<String>()
        for (position, definition) in definitions.enumerated() {
            for property in definition.properties {
                if case .named(let target) = property.type, let targetIndex = index[target],
                   component[targetIndex] == component[position] {
                    result.insert("\(definition.name).\(property.name)")
                }
            }
        }
        return result
    }
}

/// Small helpers shared by the context builders.
enum ContextValues {
    static func docLines(_ text: String) -> TemplateValue { .list(DocComment.lines(text).map { .string($0) }) }

    static func literal(_ text: String) -> TemplateValue { .string(JSONWriter.swiftStringLiteral(text)) }

    /// Marks the last element of a list with `isLast`, first with `isFirst`.
    static func list(_ items: [[String: TemplateValue]]) -> TemplateValue {
        .list(items.enumerated().map { index, item in
            var item = item
            item["isFirst"] = .bool(index == 0)
            item["isLast"] = .bool(index == items.count - 1)
            return .object(item)
        })
    }
}
