/// What a page says about an action that is sent inside a JSON envelope rather than as an HTTP
/// method and path of its own: every action of such an API is a POST of the same envelope
/// (`{"actionid": …, "resourcetype": …, "parameters": {…}}`) to one endpoint.
///
/// The page shape: no tables and no method or path; values stated as
/// `**Resource type:** \`relation\``; a parameter list opened by a bold `**Parameters:**` label;
/// samples that are whole envelopes.
public struct ActionFact: Hashable, Sendable, Codable {
    /// Values the page states for envelope members, in page order.
    public var statedValues: [StatedValue] = []
    /// The label that opened the parameter list (`Parameters`); it names the envelope member that
    /// carries the parameters. Nil when the page has no parameter list.
    public var parametersLabel: String?
    /// The documented parameters, in page order.
    public var parameters: [ActionParameter] = []
    public var location: SourceLocation

    public init(location: SourceLocation) {
        self.location = location
    }
}

/// `**Resource type:** \`relation\``: a label and the value(s) the page gives it.
public struct StatedValue: Hashable, Sendable, Codable {
    public var label: String
    /// One value, or several when the page lists alternatives (`address, estate, searchcriteria`).
    public var values: [String]
    public var location: SourceLocation

    public init(label: String, values: [String], location: SourceLocation) {
        self.label = label
        self.values = values
        self.location = location
    }
}

/// One entry of a parameter list: `` `parentid` `` on its own line, then `ARRAY. MANDATORY. Estate IDs`.
public struct ActionParameter: Hashable, Sendable, Codable {
    public var name: String
    /// The type the first word of the description names; `.unknown` when it names none.
    public var type: TypeExpression
    /// `MANDATORY.` → true, `OPTIONAL.` → false, nil when the page does not say.
    public var isRequired: Bool?
    public var isDeprecated: Bool
    public var description: String
    /// Values the description lists as quoted code spans (`'urn:…:buyer'`) or after "Possible values:".
    public var allowedValues: [String]
    /// Sub-parameters of an object or array parameter (`` - `Deadline:`DATETIME. … `` list items).
    public var members: [ActionParameter]
    public var location: SourceLocation

    public init(name: String, type: TypeExpression, isRequired: Bool? = nil, isDeprecated: Bool = false,
                description: String = "", allowedValues: [String] = [], members: [ActionParameter] = [],
                location: SourceLocation) {
        self.name = name
        self.type = type
        self.isRequired = isRequired
        self.isDeprecated = isDeprecated
        self.description = description
        self.allowedValues = allowedValues
        self.members = members
        self.location = location
    }

    /// The type the parameter is given: a string with listed values becomes an enumeration.
    public var effectiveType: TypeExpression {
        if type == .string && allowedValues.count >= 2 { return .enumeration(allowedValues) }
        return type
    }
}
