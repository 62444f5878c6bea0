import OrderedJSON

/// Merges the facts of every page of one API into an `APISchema`: the facts → schema stage.
///
/// Pages are visited in path order so that "the first page wins" is the same on every run.
public struct SchemaBuilder: Sendable {
    /// Which properties the generated Swift makes non-optional; samples are checked against it,
    /// so that one that would not decode is a warning instead of a failing test.
    public var requiredProperties: RequiredProperties

    public init(requiredProperties: RequiredProperties = .optional) {
        self.requiredProperties = requiredProperties
    }

    /// Builds the schema of one API.
    /// - Parameters:
    ///   - api: the API's name (its input folder).
    ///   - pages: the facts of its pages, in any order.
    /// - Returns: the schema and every diagnostic about merging, inference and samples.
    public func build(api: String, pages: [PageFacts]) -> (APISchema, Diagnostics) {
        var state = SchemaBuildState()
        state.requiredProperties = requiredProperties
        let sorted = pages.sorted(by: { $0.file < $1.file })
        for page in sorted { state.addDefinitions(page) }
        for page in sorted { state.add(page) }
        state.resolveDefinedNames()
        state.typeBodyFieldsFromResponses()
        state.resolveEnvelopes()
        state.resolveTypesFromSamples()
        state.syncEnvelopes()
        state.checkSamples()
        let examples = state.checkedExamples()
        let built = APISchema(
            name: api,
            operations: state.operations.sorted { ($0.id, $0.location) < ($1.id, $1.location) },
            types: state.registry.definitions.values.sorted { $0.name < $1.name }.map { definition in
                var definition = definition
                definition.examples = examples[definition.name]
                return definition
            })
        let (schema, merges) = IdenticalTypeMerger(namedByDocs: state.namedByDocs).merge(built)
        state.diagnostics.append(contentsOf: merges)
        return (schema, state.diagnostics)
    }
}

/// The mutable state of one `SchemaBuilder.build` run.
struct SchemaBuildState {
    var registry = TypeRegistry()
    /// Which properties are non-optional in Swift, for `checkSamples`.
    var requiredProperties = RequiredProperties.optional
    var operations: [Operation] = []
    var diagnostics = Diagnostics()
    /// Samples found not to fit their documented type while types were completed, with the reason.
    var sampleIssues: [SampleKey: String] = [:]
    /// Action operations whose envelope type is built once every page is known.
    var pendingActions: [PendingAction] = []
    /// Types documented by parameter lists, which name the notable members rather than all of
    /// them: a sample with other members is no contradiction.
    var openTypes: Set<String> = []

    /// Operation id → where it is documented, to find a repeated id without a scan.
    var operationLocations: [String: SourceLocation] = [:]

    /// Names of the objects pages define, by `referenceKey`, to resolve references that spell
    /// them otherwise.
    var definedNames: [String: Set<String>] = [:]
    /// The enumerations and flag sets pages define in value tables, by `referenceKey` of their name.
    var enumerations: [String: TypeExpression] = [:]
    /// Names that stand for another type (`Coupons` → `array of Coupon`), by `referenceKey`.
    var aliases: [String: TypeExpression] = [:]
    /// Where each alias is defined, to point at one that stands for itself (`Coupon` as `array[Coupon]`).
    var aliasLocations: [String: SourceLocation] = [:]
    /// Objects that extend another, by name: derived → base.
    var bases: [String: String] = [:]
    /// Types inferred from samples under a name the docs gave them (a table's type cell), which
    /// keep that name when identical types merge.
    var namedByDocs: Set<String> = []
    /// Links written in table cells, by `referenceKey` of their text, in page order.
    var typeLinks: [String: [TypeLink]] = [:]
    /// Links written in table cells, by row: the cell's file and line, column 0 (a table row is
    /// one line), so that a property finds the links of its own description.
    var rowLinks: [SourceLocation: [TypeLink]] = [:]
    /// The docs' JSON examples of defined objects, by the object's name, in page order.
    var objectExamples: [String: [ObjectExample]] = [:]
    /// Defined objects and enumerations by the anchors links use for them.
    var definitionAnchors: [String: Set<String>] = [:]
    /// Defined objects and enumerations by `TypeLink.pageKey` of the page that defines them.
    var pageDefinitions: [String: Set<String>] = [:]

    /// Runs a sample inference that owns the registry meanwhile. A copy would be copied again on
    /// the inference's first change, and again on the state's next one: every definition, each time.
    mutating func inferring<Result>(at location: SourceLocation, _ body: (inout SampleInference) -> Result) -> Result {
        var inference = SampleInference(registry: TypeRegistry(), location: location)
        swap(&inference.registry, &registry)
        let result = body(&inference)
        swap(&inference.registry, &registry)
        diagnostics.append(contentsOf: inference.notes)
        return result
    }

    /// Turns one page into an operation, registering the types its tables describe.
    mutating func add(_ page: PageFacts) {
        if page.isIndexPage && page.endpoint == nil {
            diagnostics.note("index page (lists other pages); no operation", at: page.location)
            return
        }
        if page.endpoint == nil, page.title == nil, !(page.sampleRequests.isEmpty && page.sampleResponses.isEmpty) {
            diagnostics.note("include fragment (holds only samples); read where a page includes it", at: page.location)
            return
        }
        guard let endpoint = page.endpoint else {
            if Self.isOverview(page) {
                diagnostics.note("no HTTP method and path, parameters or samples: an overview page; no operation",
                                 at: page.location)
            } else {
                diagnostics.warning("no HTTP method and path found (expected a code block with a line like "
                    + "`GET /api/v1/Thing/{id}`); page skipped", at: page.location)
            }
            return
        }
        var id = page.operationID ?? Self.stem(of: page.file)
        if page.operationID == nil, operationLocations[id] != nil {
            // `a.md` and `a.mdx` in one folder: the second keeps its extension in its id.
            id = page.file.split(separator: "/").last.map(String.init) ?? page.file
        }
        if let existing = operationLocations[id], let fallback = page.fallbackOperationID,
           operationLocations[fallback] == nil {
            diagnostics.note("operation name '\(id)' is taken by the operation at \(existing); this one is named "
                + "'\(fallback)', after its method and path", at: page.location)
            id = fallback
        }
        if let existing = operationLocations[id] {
            diagnostics.warning("operation '\(id)' is already documented at \(existing); this page is skipped",
                                at: page.location)
            return
        }
        operationLocations[id] = page.location
        var parameters: [Parameter] = []
        var seen: Set<String> = []
        for fact in page.parameters {
            if !seen.insert(fact.place.rawValue + " " + fact.name).inserted {
                diagnostics.warning("\(fact.place.rawValue) parameter '\(fact.name)' is documented twice; "
                    + "the first row is used", at: fact.location)
                continue
            }
            parameters.append(Parameter(fact))
        }
        var requestBody = page.requestBody.map { resolveRequestBody($0, operationID: id, page: page) }
        if let action = page.action {
            requestBody = registerAction(action, operationID: id, operationIndex: operations.count)
        }
        let bodyType = page.responseBody.flatMap { resolveResponseBody($0, operationID: id) }
        let responses = attach(bodyType, to: page)
        operations.append(Operation(
            id: id, title: page.title ?? id, summary: page.summary, method: endpoint.method, path: endpoint.path,
            parameters: parameters, requestBody: requestBody, responses: responses,
            requestSamples: withoutBasePath(page.sampleRequests, template: endpoint.path).map { parseSample($0) },
            responseSamples: page.sampleResponses.map { parseSample($0) },
            location: page.location))
    }

    /// The samples with any server base path taken off (see `SampleBasePath`), each noted.
    mutating func withoutBasePath(_ samples: [SampleRequest], template: String) -> [SampleRequest] {
        samples.map { sample in
            guard let (stripped, base) = SampleBasePath.strip(sample, template: template) else { return sample }
            diagnostics.note("sample target \(sample.path) starts with \(base), read as the server's base URL (the "
                + "client's setting); compared as \(stripped.path)", at: sample.location)
            return stripped
        }
    }

    /// A page with nothing an operation is made of: prose only.
    static func isOverview(_ page: PageFacts) -> Bool {
        page.parameters.isEmpty && page.requestBody == nil && page.responseBody == nil && page.responses.isEmpty
            && page.sampleRequests.isEmpty && page.sampleResponses.isEmpty && page.action == nil
    }

    /// The documented statuses with the body type attached to the successful ones.
    ///
    /// No-content statuses never carry a body, whatever the page's `Response body:` heading says:
    /// generators are known to print stale type names there.
    mutating func attach(_ bodyType: TypeExpression?, to page: PageFacts) -> [Response] {
        var statuses = page.responses
        if statuses.isEmpty, bodyType != nil || page.endpoint != nil {
            statuses = [ResponseFact(status: 200, description: "OK", location: page.endpoint?.location ?? page.location)]
            if bodyType != nil {
                diagnostics.warning("no status table; the response body is assumed to come with 200 OK",
                                    at: page.responseBody?.location ?? page.location)
            }
        }
        let assumed = page.sampleResponses.filter(\.isStatusAssumed)
        if let first = assumed.first, !statuses.contains(where: { $0.status == first.status }) {
            // Bare sample responses of a page that documents only errors came with a success status.
            statuses.append(ResponseFact(status: first.status, description: "OK", location: first.location))
            diagnostics.note("no success status is documented; \(first.status) is added for the sample response(s) "
                + "without a status line", at: first.location)
        }
        var seen = Set<Int>()
        var responses: [Response] = []
        for fact in statuses where seen.insert(fact.status).inserted {
            let carriesBody = (200..<300).contains(fact.status) && fact.status != 204 && fact.status != 205
            // A status table's own type for this status comes first (`| 200 | OK | [Pet](#schemapet) |`).
            var body = carriesBody ? (fact.bodyType.flatMap { $0 == .unknown ? nil : $0 } ?? bodyType) : nil
            let sampled = page.sampleResponses.filter { $0.status == fact.status && $0.body != nil }
            if body == nil, carriesBody, !sampled.isEmpty {
                // Left open here; `inferUntypedBodies` types it from the samples.
                body = .unknown
                diagnostics.note("response \(fact.status) has no documented body, but \(sampled.count) sample(s) "
                    + "show one; its type is inferred from them", at: sampled[0].bodyLocation ?? sampled[0].location)
            }
            responses.append(Response(status: fact.status, description: fact.description, body: body))
        }
        if let bodyType, !responses.contains(where: { $0.body != nil }), let body = page.responseBody {
            diagnostics.note("response body \(bodyType.displayName) belongs to no documented success status; "
                + "not decoded", at: body.location)
        }
        return responses.sorted { $0.status < $1.status }
    }

    /// A sample with its JSON body parsed; an unparsable body is reported and left untested.
    mutating func parseSample(_ sample: SampleRequest) -> RequestSample {
        let (json, reason) = parseJSON(sample.body, at: sample.bodyLocation ?? sample.location)
        return RequestSample(sample: sample, json: json, untestedReason: reason)
    }

    mutating func parseSample(_ sample: SampleResponse) -> ResponseSample {
        let (json, reason) = parseJSON(sample.body, at: sample.bodyLocation ?? sample.location)
        return ResponseSample(sample: sample, json: json, untestedReason: reason)
    }

    mutating func parseJSON(_ text: String?, at location: SourceLocation) -> (JSONNode?, String?) {
        guard let text else { return (nil, nil) }
        do {
            return (try JSONParser.parse(text), nil)
        } catch {
            var errorLocation = location
            errorLocation.line += error.line - 1
            errorLocation.column = error.line == 1 ? location.column + error.column - 1 : error.column
            diagnostics.warning("sample body is not valid JSON (\(error.message)); sample not tested", at: errorLocation)
            return (nil, "its body is not valid JSON")
        }
    }

    /// `v1Foo_Bar` for `docs/…/v1Foo_Bar.md`.
    static func stem(of file: String) -> String {
        let last = file.split(separator: "/").last.map(String.init) ?? file
        for suffix in [".md", ".markdown", ".mdx"] where last.lowercased().hasSuffix(suffix) {
            return String(last.dropLast(suffix.count))
        }
        return last
    }
}
