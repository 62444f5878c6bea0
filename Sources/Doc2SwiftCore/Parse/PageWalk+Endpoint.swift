import Foundation
import MarkdownBlocks

/// The endpoint as pages without an ```http block write it: a `## URL` section holding a URL
/// template and a `## Method` section holding the method, often as `<div class="post">POST</div>`.
struct EndpointParts: Hashable, Sendable {
    /// A piece of text and where it is.
    struct Located: Hashable, Sendable {
        var text: String
        var location: SourceLocation
    }

    /// Every URL the URL section lists, in order; the first one is the endpoint.
    var urls: [Located] = []
    var method: Located?
}

/// The values a heading like `## Versions Supported` lists, one per line (`1.0 (Default)`).
struct SupportedValues: Hashable, Sendable {
    /// The singular subject of the heading (`version`), used to find the parameter they belong to.
    var subject: String
    var heading: String
    var values: [String] = []
    /// The value marked `(Default)`, if any.
    var defaultValue: String?
    var location: SourceLocation
}

/// Reads one attribute of the first tag of an HTML snippet.
enum HTMLAttribute {
    /// `post` for `name` `class` in `<div class="post">POST</div>`; nil when absent.
    static func value(of name: String, in html: String) -> String? {
        guard let open = html.firstIndex(of: "<"), let close = html[open...].firstIndex(of: ">") else { return nil }
        let tag = html[open..<close]
        for quote in ["\"", "'"] {
            if let start = tag.range(of: name + "=" + quote) {
                let rest = tag[start.upperBound...]
                if let end = rest.firstIndex(of: Character(quote)) { return String(rest[..<end]) }
            }
        }
        return nil
    }
}

extension PageWalk {
    /// One line of a URL section: a URL in a code span, in angle brackets or bare.
    mutating func readURL(_ rawLine: String, at location: SourceLocation) {
        let text = rawLine.trimmingBlanks()
            .trimmingCharacters(in: CharacterSet(charactersIn: "`<>"))
            .trimmingBlanks()
        guard !text.isEmpty else { return }
        endpointParts.urls.append(EndpointParts.Located(text: text, location: location))
    }

    /// The text of a method section; a class attribute that names another method is reported.
    mutating func readMethod(_ rawText: String, declaredClass: String?, at location: SourceLocation) {
        let text = rawText.trimmingBlanksAndNewlines()
        guard !text.isEmpty else { return }
        guard HTTPMethod.isMethod(text) else {
            diagnostics.warning("method section holds '\(text)', which is not an HTTP method; ignored", at: location)
            return
        }
        let method = text.uppercased()
        if let declaredClass, HTTPMethod.isMethod(declaredClass), declaredClass.uppercased() != method {
            diagnostics.warning("method block says \(method) but its class is '\(declaredClass)'; "
                + "the text \(method) is used", at: location)
        }
        if let existing = endpointParts.method {
            if existing.text != method {
                diagnostics.warning("a second method \(method) is given; \(existing.text) from line "
                    + "\(existing.location.line) is used", at: location)
            }
            return
        }
        endpointParts.method = EndpointParts.Located(text: method, location: location)
    }

    /// One line under a supported-values heading: its first word is the value; `(Default)` marks the default.
    mutating func readSupportedValue(_ rawLine: String, at location: SourceLocation) {
        guard !supportedValues.isEmpty else { return }
        for line in InlineText.plain(rawLine).split(separator: "\n") {
            guard let value = line.split(whereSeparator: \.isWhitespace).first.map(String.init) else { continue }
            supportedValues[supportedValues.count - 1].values.append(value)
            if line.lowercased().contains("(default)") { supportedValues[supportedValues.count - 1].defaultValue = value }
        }
    }

    /// Makes the endpoint from the URL and method sections when no ```http block gave one.
    mutating func finishEndpoint() {
        guard let url = endpointParts.urls.first else {
            if let method = endpointParts.method, facts.endpoint == nil {
                diagnostics.warning("the method section gives \(method.text) but no URL section gives a path; "
                    + "no endpoint", at: method.location)
            }
            return
        }
        guard facts.endpoint == nil else {
            diagnostics.note("URL section ignored: the ```http block already gives the endpoint", at: url.location)
            return
        }
        guard let target = URLTarget(url.text) else {
            diagnostics.warning("URL section holds '\(url.text)', which is not a URL; no endpoint", at: url.location)
            return
        }
        var method = endpointParts.method?.text
        if method == nil {
            let sampled = Set(facts.sampleRequests.map(\.method))
            if sampled.count == 1, let only = sampled.first {
                method = only
                diagnostics.warning("no method section; \(only), the method of the sample requests, is used",
                                    at: url.location)
            } else {
                method = "GET"
                diagnostics.warning("no method section and no sample request to take the method from; GET is assumed",
                                    at: url.location)
            }
        }
        var endpoint = Endpoint(method: method ?? "GET", path: target.path, location: url.location)
        endpoint.templateQueryNames = target.query.map(\.name)
        endpoint.templateQueryValues = target.query.map(\.value)
        if !target.host.isEmpty {
            diagnostics.note("host '\(target.host)' is the client's base URL; the request builder produces the path "
                + target.path, at: url.location)
        }
        facts.endpoint = endpoint
        // Further URLs for the same method are operations of their own, split off after the walk.
        for extra in endpointParts.urls.dropFirst() {
            guard let alternative = URLTarget(extra.text) else {
                diagnostics.warning("URL section lists '\(extra.text)', which is not a URL; skipped", at: extra.location)
                continue
            }
            var further = Endpoint(method: endpoint.method, path: alternative.path, location: extra.location)
            further.templateQueryNames = alternative.query.map(\.name)
            further.templateQueryValues = alternative.query.map(\.value)
            guard further.method + " " + further.path != endpoint.method + " " + endpoint.path,
                  !facts.alternativeEndpoints.contains(where: { $0.path == further.path }) else { continue }
            diagnostics.note("URL section lists a further URL '\(extra.text)'; it is an operation of its own, with "
                + "the page's tables and the sample requests sent to it", at: extra.location)
            facts.alternativeEndpoints.append(further)
        }
    }

    /// Query names the endpoint's template writes (`?v={version}`) but no table documents become
    /// optional string parameters, so that the builder can send them.
    mutating func addTemplateQueryParameters() {
        guard let endpoint = facts.endpoint else { return }
        for (name, value) in zip(endpoint.templateQueryNames, endpoint.templateQueryValues) where !name.isEmpty {
            guard !facts.parameters.contains(where: { $0.place == .query && $0.name == name }) else { continue }
            let isPlaceholder = value.hasPrefix("{") && value.hasSuffix("}")
            diagnostics.warning("query parameter '\(name)' is in the URL template (\(name)=\(value)) but in no "
                + "parameter table; added as an optional string", at: endpoint.location)
            facts.parameters.append(ParameterFact(
                name: name, place: .query, type: .string, isRequired: false,
                description: isPlaceholder ? "" : "The URL template gives `\(name)=\(value)`.",
                location: endpoint.location))
        }
    }

    /// Gives the values of a supported-values section to the query parameter they belong to: the
    /// one whose template placeholder, name or description mentions the section's subject
    /// (`?v={version}`, "Service Version"). The parameter becomes an open enumeration.
    mutating func applySupportedValues() {
        for list in supportedValues where !list.values.isEmpty {
            let subject = list.subject.lowercased()
            let placeholders = Dictionary(
                zip(facts.endpoint?.templateQueryNames ?? [], facts.endpoint?.templateQueryValues ?? []),
                uniquingKeysWith: { first, _ in first })
            let candidates = facts.parameters.indices.filter { index in
                let parameter = facts.parameters[index]
                guard parameter.place == .query else { return false }
                return (placeholders[parameter.name] ?? "").lowercased().contains(subject)
                    || parameter.name.lowercased().contains(subject)
                    || parameter.description.lowercased().contains(subject)
            }
            guard candidates.count == 1, let index = candidates.first else {
                let why = candidates.isEmpty ? "no query parameter mentions" : "\(candidates.count) query parameters mention"
                diagnostics.warning("'\(list.heading)' lists \(list.values.joined(separator: ", ")), but \(why) "
                    + "'\(subject)'; the values are not used", at: list.location)
                continue
            }
            let parameter = facts.parameters[index]
            guard parameter.type == .string || parameter.type == .unknown else {
                diagnostics.note("'\(list.heading)' values are not applied to '\(parameter.name)': it is typed "
                    + parameter.type.displayName, at: list.location)
                continue
            }
            var seen = Set<String>()
            facts.parameters[index].type = .enumeration(list.values.filter { seen.insert($0).inserted })
            var description = parameter.description
            if let defaultValue = list.defaultValue {
                description += (description.isEmpty ? "" : " ") + "Default: \(defaultValue)."
            }
            facts.parameters[index].description = description
            diagnostics.note("'\(parameter.name)' takes the values listed under '\(list.heading)' "
                + "(\(list.values.joined(separator: ", "))); typed as an open enumeration", at: list.location)
        }
    }
}
