/// Everything one page says, before pages are merged into a schema.
///
/// Values are as documented (names as written, types normalised by `TypeExpression`), each with
/// the location it came from, so later stages can report conflicts precisely.
public struct PageFacts: Hashable, Sendable, Codable {
    /// The page's path as shown in diagnostics.
    public var file: String
    /// The page's path relative to the input root (used to resolve includes).
    public var relativePath: String
    /// The API folder the page belongs to (e.g. `SuperOffice`).
    public var api: String
    public var title: String?
    /// The operation id from front matter `uid`/`id`, else nil.
    public var operationID: String?
    /// An id made from the method and path, used when `operationID` (made from a heading) is
    /// already taken by another page of the API; nil when the id comes from front matter.
    public var fallbackOperationID: String?
    /// Where the page names itself, for diagnostics about names: the front-matter `uid`/`id`
    /// line, else the `title` line, else the first `#` heading; nil when there is none.
    public var nameLocation: SourceLocation?
    /// Plain-text description of the operation (first paragraphs under the title).
    public var summary: String
    public var endpoint: Endpoint?
    /// Further URLs a URL section lists for the same method (`/relationships/{id}` and
    /// `/relationshiptypes/{type}/relationships/{id}`): each is an operation of its own
    /// (`splittingAlternativeEndpoints`).
    public var alternativeEndpoints: [Endpoint] = []
    public var parameters: [ParameterFact] = []
    public var requestBody: BodyFact?
    public var responses: [ResponseFact] = []
    /// The response body as documented (one per page in every format seen).
    public var responseBody: BodyFact?
    public var sampleRequests: [SampleRequest] = []
    public var sampleResponses: [SampleResponse] = []
    /// Set on pages that document an action sent inside a JSON envelope instead of an HTTP
    /// method and path (see `ActionFact`).
    public var action: ActionFact?
    /// Objects the page defines for operations to refer to (on one facts value of the page only).
    public var typeDefinitions: [TypeDefinitionFact] = []
    /// The links in the page's table cells, which tell what a type name written with them means.
    public var typeLinks: [TypeLink] = []
    /// True for pages that only list other pages (`uid: tag-…`, bullet lists of links).
    public var isIndexPage = false
    public var location: SourceLocation

    public init(file: String, relativePath: String, api: String, location: SourceLocation) {
        self.file = file
        self.relativePath = relativePath
        self.api = api
        self.summary = ""
        self.location = location
    }
}

/// `POST /api/v1/Relation/{id}` as found in the page's first ```http block.
public struct Endpoint: Hashable, Sendable, Codable {
    public var method: String
    /// The path template without query, e.g. `/api/v1/Relation/{id}`.
    public var path: String
    /// Query names written in the template itself (`?v={version}`), in order.
    public var templateQueryNames: [String] = []
    /// The values the template gives those names (`{version}`), in the same order.
    public var templateQueryValues: [String] = []
    public var location: SourceLocation

    public init(method: String, path: String, location: SourceLocation) {
        self.method = method
        self.path = path
        self.location = location
    }

    /// Names of `{placeholders}` in the path, in order.
    public var pathParameterNames: [String] {
        var names: [String] = []
        var current: String?
        for character in path {
            if character == "{" { current = "" } else if character == "}" {
                if let name = current, !name.isEmpty { names.append(name) }
                current = nil
            } else if current != nil { current?.append(character) }
        }
        return names
    }
}

/// Where a parameter travels.
public enum ParameterPlace: String, Hashable, Sendable, Codable, Comparable {
    case path, query, header

    public static func < (lhs: ParameterPlace, rhs: ParameterPlace) -> Bool {
        let order: [ParameterPlace] = [.path, .query, .header]
        return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
    }
}

/// One row of a path-part, query-string or request-header table.
public struct ParameterFact: Hashable, Sendable, Codable {
    public var name: String
    public var place: ParameterPlace
    public var type: TypeExpression
    public var isRequired: Bool
    public var description: String
    public var location: SourceLocation

    public init(name: String, place: ParameterPlace, type: TypeExpression, isRequired: Bool,
                description: String, location: SourceLocation) {
        self.name = name
        self.place = place
        self.type = type
        self.isRequired = isRequired
        self.description = description
        self.location = location
    }
}

/// One row of a property table.
public struct PropertyFact: Hashable, Sendable, Codable {
    public var name: String
    public var type: TypeExpression
    public var description: String
    public var location: SourceLocation
    /// Whether the property must be present: true for `**Required**` or a `yes` Required cell,
    /// false for `name?` or `no`, nil when the page does not say.
    public var isRequired: Bool?
    /// True when the page says the value may be `null` (`?string`); absence and null differ.
    public var isNullable: Bool?

    public init(name: String, type: TypeExpression, description: String, location: SourceLocation) {
        self.name = name
        self.type = type
        self.description = description
        self.location = location
    }
}

/// A request or response body: its declared name/type, description and property table if any.
public struct BodyFact: Hashable, Sendable, Codable {
    /// The parameter name for requests (`newEntity`), nil for responses.
    public var parameterName: String?
    /// The declared type (`ContactRelationEntityWithLinks`, `bool`, `object`), `.unknown` when none.
    public var declaredType: TypeExpression
    public var description: String
    /// Rows of the property table; empty when the page has none.
    public var properties: [PropertyFact]
    /// Whether a property table was present (an empty table differs from none).
    public var hasTable: Bool
    public var location: SourceLocation

    public init(parameterName: String?, declaredType: TypeExpression, description: String,
                properties: [PropertyFact], hasTable: Bool, location: SourceLocation) {
        self.parameterName = parameterName
        self.declaredType = declaredType
        self.description = description
        self.properties = properties
        self.hasTable = hasTable
        self.location = location
    }
}

/// One row of the `| Response | Description |` table.
public struct ResponseFact: Hashable, Sendable, Codable {
    public var status: Int
    public var description: String
    public var location: SourceLocation
    /// The body type a status table's type column gives this status (`| 200 | OK | [Pet](#schemapet) |`),
    /// nil when it has none; it takes precedence over the page's one response body.
    public var bodyType: TypeExpression?

    public init(status: Int, description: String, location: SourceLocation) {
        self.status = status
        self.description = description
        self.location = location
    }
}

extension PageFacts {
    /// The display path of a file given relative to the input root, in the same form as `file`.
    func includeDisplayPath(_ relative: String) -> String {
        guard file.hasSuffix(relativePath) else { return relative }
        return String(file.dropLast(relativePath.count)) + relative
    }
}
