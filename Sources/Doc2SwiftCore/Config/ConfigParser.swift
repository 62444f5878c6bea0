import Mustache
import OrderedJSON

/// Reads a config file, reporting every problem at its `file:line:col`: unknown keys (with the
/// nearest known key suggested), values of the wrong type, and invalid names.
public enum ConfigParser {
    /// Every key the file may hold.
    public static let knownKeys = ["$schema", "accessModifier", "api", "moduleName", "outputs",
                                   "requiredProperties", "templates", "typeMappings", "typeNames", "warningsAsErrors"]

    /// Parses `text` read from `file`.
    public static func parse(_ text: String, file: String) -> (Doc2SwiftConfig, Diagnostics) {
        var diagnostics = Diagnostics()
        var config = Doc2SwiftConfig()
        let root: JSONNode
        do {
            root = try JSONParser.parse(text)
        } catch {
            diagnostics.error("config is not valid JSON: \(error.message)",
                              at: SourceLocation(file: file, line: error.line, column: error.column))
            return (config, diagnostics)
        }
        guard case .object(let members) = root else {
            diagnostics.error("config must be a JSON object", at: SourceLocation(file: file, line: 1, column: 1))
            return (config, diagnostics)
        }
        for member in members {
            let at = SourceLocation(file: file, line: member.line, column: member.column)
            func string() -> String? {
                if case .string(let value) = member.value { return value }
                diagnostics.error("'\(member.key)' must be a string", at: at)
                return nil
            }
            func map() -> [String: String] {
                guard case .object(let entries) = member.value else {
                    diagnostics.error("'\(member.key)' must be an object of strings", at: at)
                    return [:]
                }
                var result: [String: String] = [:]
                for entry in entries {
                    let entryAt = SourceLocation(file: file, line: entry.line, column: entry.column)
                    guard case .string(let value) = entry.value else {
                        diagnostics.error("'\(member.key).\(entry.key)' must be a string", at: entryAt)
                        continue
                    }
                    guard isIdentifier(value) else {
                        diagnostics.error("'\(value)' is not a Swift type name (letters, digits and _, not starting "
                            + "with a digit)", at: entryAt)
                        continue
                    }
                    result[entry.key] = value
                }
                return result
            }
            switch member.key {
            case "$schema": _ = string()
            case "moduleName":
                if let value = string() {
                    if isIdentifier(value) { config.moduleName = value } else {
                        diagnostics.error("'\(value)' is not a valid module name", at: at)
                    }
                }
            case "accessModifier":
                if let value = string() {
                    if ["public", "package", "internal"].contains(value) { config.accessModifier = value } else {
                        diagnostics.error("'accessModifier' must be \"public\", \"package\" or \"internal\", "
                            + "not \"\(value)\"", at: at)
                    }
                }
            case "api": config.api = string()
            case "requiredProperties":
                if case .string(let value) = member.value, let mode = RequiredProperties(rawValue: value) {
                    config.requiredProperties = mode
                } else {
                    diagnostics.error("'requiredProperties' must be \"optional\" (every property optional) or "
                        + "\"documented\" (properties the docs mark required and not nullable are non-optional), "
                        + "not \(member.value)", at: at)
                }
            case "templates": config.templates = string()
            case "warningsAsErrors":
                if case .bool(let value) = member.value { config.warningsAsErrors = value } else {
                    diagnostics.error("'warningsAsErrors' must be true or false", at: at)
                }
            case "typeNames": config.typeNames = map()
            case "typeMappings": config.typeMappings = map()
            case "outputs":
                guard case .array(let items) = member.value else {
                    diagnostics.error("'outputs' must be an array of \"models\", \"requests\", \"tests\"", at: at)
                    continue
                }
                var outputs = Set<Doc2SwiftConfig.Output>()
                for item in items {
                    guard case .string(let name) = item, let output = Doc2SwiftConfig.Output(rawValue: name) else {
                        diagnostics.error("'outputs' entries must be \"models\", \"requests\" or \"tests\"; "
                            + "found \(item)", at: at)
                        continue
                    }
                    outputs.insert(output)
                }
                config.outputs = outputs
            default:
                let hint = suggestion(for: member.key).map { "; did you mean '\($0)'?" } ?? ""
                diagnostics.error("unknown config key '\(member.key)'\(hint) (known keys: "
                    + knownKeys.joined(separator: ", ") + ")", at: at)
            }
        }
        return (config, diagnostics)
    }

    /// The known key closest to a misspelt one, if any is close.
    static func suggestion(for key: String) -> String? {
        NameSuggestion.closest(to: key, among: knownKeys)
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy {
            $0.isASCII && (("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_")
        } && !SwiftNames.keywords.contains(text)
    }
}
