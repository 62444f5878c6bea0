import Doc2SwiftCore
import Foundation

/// The settings of one run: the config file's values with the command line's on top.
struct Settings {
    static let defaultConfigName = "doc2swift-config.json"

    var options: GenerationOptions
    var apiName: String?
    var templatesDirectory: String?
    var strict: Bool
    var outputs: Set<Doc2SwiftConfig.Output>?
    var typeMappings: [String: String]
    var configLocation: SourceLocation?

    /// Reads the config (the `--config` file, else `<input-dir>/doc2swift-config.json` if present)
    /// and applies the flags. Config problems come back as located diagnostics.
    static func resolve(_ arguments: CommandLineArguments) -> (Settings, Diagnostics) {
        var config = Doc2SwiftConfig()
        var diagnostics = Diagnostics()
        var configPath = arguments.configFile
        if configPath == nil {
            let candidate = (arguments.inputDirectory as NSString).appendingPathComponent(defaultConfigName)
            if FileManager.default.fileExists(atPath: candidate) { configPath = candidate }
        }
        var templates = arguments.templatesDirectory
        if let configPath {
            if let data = FileManager.default.contents(atPath: configPath) {
                let (parsed, found) = ConfigParser.parse(String(decoding: data, as: UTF8.self), file: configPath)
                config = parsed
                diagnostics.append(contentsOf: found)
                if templates == nil, let relative = config.templates {
                    // Template folders in a config are relative to the config file.
                    templates = relative.hasPrefix("/") ? relative
                        : ((configPath as NSString).deletingLastPathComponent as NSString).appendingPathComponent(relative)
                }
            } else {
                diagnostics.error("config file '\(configPath)' cannot be read; check the --config path and its permissions",
                                  at: nil)
            }
        }
        let options = GenerationOptions(
            accessModifier: arguments.accessModifier ?? config.accessModifier ?? "public",
            moduleName: arguments.moduleName ?? config.moduleName,
            layout: arguments.layout ?? .modules,
            typeNameOverrides: config.typeNames,
            requiredProperties: arguments.requiredProperties ?? config.requiredProperties ?? .optional)
        let settings = Settings(
            options: options, apiName: arguments.apiName ?? config.api, templatesDirectory: templates,
            strict: arguments.strict || config.warningsAsErrors == true, outputs: config.outputs,
            typeMappings: config.typeMappings,
            configLocation: configPath.map { SourceLocation(file: $0, line: 1, column: 1) })
        return (settings, diagnostics)
    }

    /// Whether a file of the modules layout is one of the configured outputs (support files always are).
    func wants(_ path: String) -> Bool {
        guard let outputs, options.layout == .modules else { return true }
        if path.contains("/Support/") || path == "Package.swift" { return true }
        if path.hasPrefix("Tests/") { return outputs.contains(.tests) }
        if path.contains("/Models/") { return outputs.contains(.models) }
        if path.contains("/Operations/") { return outputs.contains(.requests) }
        return true
    }
}
