import OrderedJSON

/// The merged description of one API: the schema stage's output and the translate stage's input.
///
/// Names are the docs' own (wire names, type names as written); Swift naming happens later.
/// Every collection is sorted so that output never depends on page order.
public struct APISchema: Hashable, Sendable, Codable {
    /// The API's folder name, e.g. `SuperOffice`.
    public var name: String
    public var operations: [Operation]
    public var types: [TypeDefinition]

    public init(name: String, operations: [Operation], types: [TypeDefinition]) {
        self.name = name
        self.operations = operations
        self.types = types
    }

    /// The type definition named `name`, if any.
    public func type(named name: String) -> TypeDefinition? { types.first { $0.name == name } }
}

/// One documented HTTP operation.
public struct Operation: Hashable, Sendable, Codable {
    /// Stable id from the page (`uid`), else derived from the file name.
    public var id: String
    public var title: String
    public var summary: String
    public var method: String
    public var path: String
    public var parameters: [Parameter]
    public var requestBody: RequestBody?
    public var responses: [Response]
    public var requestSamples: [RequestSample]
    public var responseSamples: [ResponseSample]
    public var location: SourceLocation

    public init(id: String, title: String, summary: String, method: String, path: String,
                parameters: [Parameter], requestBody: RequestBody?, responses: [Response],
                requestSamples: [RequestSample], responseSamples: [ResponseSample], location: SourceLocation) {
        self.id = id
        self.title = title
        self.summary = summary
        self.method = method
        self.path = path
        self.parameters = parameters
        self.requestBody = requestBody
        self.responses = responses
        self.requestSamples = requestSamples
        self.responseSamples = responseSamples
        self.location = location
    }
}

/// A path, query or header parameter.
public struct Parameter: Hashable, Sendable, Codable {
    public var name: String
    public var place: ParameterPlace
    public var type: TypeExpression
    public var isRequired: Bool
    public var description: String
    public var location: SourceLocation

    public init(_ fact: ParameterFact) {
        name = fact.name
        place = fact.place
        type = fact.type
        isRequired = fact.isRequired
        description = fact.description
        location = fact.location
    }
}

/// The body an operation sends.
public struct RequestBody: Hashable, Sendable, Codable {
    /// The docs' name for the body parameter (`newEntity`), if given.
    public var parameterName: String?
    public var type: TypeExpression
    public var description: String
    public var location: SourceLocation
    /// Set when the request builder assembles the body itself instead of taking it whole: the
    /// JSON envelope of an action, some of whose members the page fixes.
    public var envelope: BodyEnvelope? = nil
}

/// A body object the request builder assembles: members the page fixes are written by the
/// builder, every other member is a parameter of the builder. `members` follows the properties of
/// the body's type, in order.
public struct BodyEnvelope: Hashable, Sendable, Codable {
    public var members: [EnvelopeMember]

    public init(members: [EnvelopeMember]) {
        self.members = members
    }
}

/// One member of an assembled body.
public struct EnvelopeMember: Hashable, Sendable, Codable {
    /// The JSON key.
    public var name: String
    public var type: TypeExpression
    /// The string the page fixes for this member, nil when the caller passes the value.
    public var fixedValue: String?
    /// Where a fixed value comes from, or what the caller passes.
    public var description: String

    public init(name: String, type: TypeExpression, fixedValue: String?, description: String) {
        self.name = name
        self.type = type
        self.fixedValue = fixedValue
        self.description = description
    }
}

/// One documented status and the body type it carries, if any.
public struct Response: Hashable, Sendable, Codable {
    public var status: Int
    public var description: String
    /// Nil when the status carries no body (204, errors the docs give no shape for).
    public var body: TypeExpression?
}

/// A sample request with its JSON body parsed (when it has one and it parses).
public struct RequestSample: Hashable, Sendable, Codable {
    public var sample: SampleRequest
    public var json: JSONNode?
    /// Why no test is generated from this sample; nil when it is tested.
    public var untestedReason: String?
}

/// A sample response with its JSON body parsed (when it has one and it parses).
public struct ResponseSample: Hashable, Sendable, Codable {
    public var sample: SampleResponse
    public var json: JSONNode?
    public var untestedReason: String?
}

/// A named object type, merged from every page that tables it or inferred from samples.
public struct TypeDefinition: Hashable, Sendable, Codable {
    /// Where the definition came from, so that guesses can be traced.
    public enum Origin: String, Hashable, Sendable, Codable {
        /// From at least one property table.
        case documented
        /// Inferred from sample JSON because no page tables it.
        case inferred
    }

    public var name: String
    public var description: String
    public var properties: [Property]
    public var origin: Origin
    /// Every place that defines or extends the type, in page order.
    public var locations: [SourceLocation]
    /// The docs' JSON examples of the object, in page order; nil when it has none.
    public var examples: [TypeExample]?

    public init(name: String, description: String, properties: [Property], origin: Origin,
                locations: [SourceLocation]) {
        self.name = name
        self.description = description
        self.properties = properties
        self.origin = origin
        self.locations = locations
    }
}

/// A JSON example of a defined object, parsed, with why it is not tested when it is not.
public struct TypeExample: Hashable, Sendable, Codable {
    public var example: ObjectExample
    public var json: JSONNode?
    public var untestedReason: String?
}

/// A property of a type, with its wire name.
public struct Property: Hashable, Sendable, Codable {
    public var name: String
    public var type: TypeExpression
    public var description: String
    /// True when the property was added from a sample rather than a table.
    public var isInferred: Bool
    public var location: SourceLocation
    /// As documented (see `PropertyFact.isRequired`); nil when the docs do not say.
    public var isRequired: Bool?
    /// True when the docs say the value may be `null`.
    public var isNullable: Bool?

    public init(name: String, type: TypeExpression, description: String, isInferred: Bool, location: SourceLocation) {
        self.name = name
        self.type = type
        self.description = description
        self.isInferred = isInferred
        self.location = location
    }
}
