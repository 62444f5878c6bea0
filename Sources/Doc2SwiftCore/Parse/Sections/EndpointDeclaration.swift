import MarkdownBlocks

/// One `METHOD /path` a page declares, in whatever form it writes it (a fenced line, a heading, a
/// backticked paragraph), with the path already in the one template form the rest of the pipeline
/// reads: `{name}` placeholders, no host, no query.
struct EndpointDeclaration: Hashable, Sendable {
    /// How the page wrote the declaration; the assembler scopes heading forms differently.
    enum Form: Hashable, Sendable {
        /// A line of a fenced block (` ```plaintext `, ` ```http `, a bare fence).
        case codeLine
        /// A whole paragraph: `` `GET /tasks/{task_id}` `` or `GET http://example.com/kittens/<ID>`.
        case paragraph
        /// A heading: `## Get Channel % GET /channels/{id}`, `### Delete [DELETE]`, `# GET /message`.
        case heading
    }

    var method: String
    /// The path template: `/channels/{channel_id}`.
    var path: String
    /// Query names the declaration writes (`?state=active`, `{?limit}`), in order, with the value
    /// written for each (empty for a URI-template variable).
    var query: [(name: String, value: String)]
    /// Scheme and host of a declaration written as a full URL (`https://graph.example.com`), else empty.
    var host: String
    var form: Form
    var location: SourceLocation

    static func == (lhs: EndpointDeclaration, rhs: EndpointDeclaration) -> Bool {
        lhs.method == rhs.method && lhs.path == rhs.path && lhs.host == rhs.host && lhs.form == rhs.form
            && lhs.location == rhs.location && lhs.query.map(\.name) == rhs.query.map(\.name)
            && lhs.query.map(\.value) == rhs.query.map(\.value)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(method)
        hasher.combine(path)
        hasher.combine(location)
    }

    /// The declaration as an `Endpoint` of the page facts.
    var endpoint: Endpoint {
        var endpoint = Endpoint(method: method, path: path, location: location)
        endpoint.templateQueryNames = query.map(\.name)
        endpoint.templateQueryValues = query.map(\.value)
        return endpoint
    }

    /// Method and path, the identity of an operation within an API.
    var key: String { method + " " + path }
}
