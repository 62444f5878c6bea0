import Mustache

/// The name every test's main template gets, so error expectations can name it.
let mainTemplateName = "main.mustache"

/// Parses `source` as the main template plus `partials` (name → source) and renders the main one.
func render(
    _ source: String,
    _ context: TemplateValue = [:],
    partials: [String: String] = [:],
    workLimit: Int? = nil
) throws(TemplateError) -> String {
    var templates = [try Template(name: mainTemplateName, source: source)]
    // Sorted so a parse error in the partials is the same one on every run.
    for (name, text) in partials.sorted(by: { $0.key < $1.key }) {
        templates.append(try Template(name: name, source: text))
    }
    var set = TemplateSet(templates: templates)
    if let workLimit { set.workLimit = workLimit }
    return try set.render(mainTemplateName, context: context)
}

/// The error rendering (or parsing) fails with, or nil when it succeeds.
func renderError(
    _ source: String,
    _ context: TemplateValue = [:],
    partials: [String: String] = [:],
    workLimit: Int? = nil
) -> TemplateError? {
    do {
        _ = try render(source, context, partials: partials, workLimit: workLimit)
        return nil
    } catch {
        return error
    }
}

/// The error parsing `source` fails with, or nil when it parses.
func parseError(_ source: String, name: String = mainTemplateName) -> TemplateError? {
    do {
        _ = try Template(name: name, source: source)
        return nil
    } catch {
        return error
    }
}

/// An error's position and message in one comparable string: "line:column: message".
///
/// Comparing this shape keeps each expectation on one line and shows all three parts on failure.
func located(_ error: TemplateError?) -> String? {
    error.map { "\($0.line):\($0.column): \($0.message)" }
}

/// A partial that includes itself once per level of `nestedChain`, printing a dot per level.
let chainPartial = "{{#next}}{{>node}}{{/next}}."

/// A context that makes `{{>node}}` with `chainPartial` nest exactly `levels` partials deep.
func nestedChain(levels: Int) -> TemplateValue {
    var value: TemplateValue = ["next": false]
    for _ in 1..<levels { value = ["next": value] }
    return value
}
