import Doc2SwiftCore

/// The parsed command line. Parsing is by hand (the package takes no dependencies) and strict:
/// an unknown option or a missing value is a usage error (exit 64) that says what to type instead.
struct CommandLineArguments: Equatable {
    enum Command: String, CaseIterable {
        case generate, check, schema, report
        case dumpContext = "dump-context"
        case openapi
    }

    var command: Command
    var inputDirectory: String
    var outputDirectory: String?
    var templatesDirectory: String?
    var packageName: String?
    var apiName: String?
    var accessModifier: String?
    var configFile: String?
    var moduleName: String?
    var layout: GenerationOptions.Layout?
    var requiredProperties: RequiredProperties?
    var strict = false
    var quiet = false
    var verbose = false

    /// A usage error's message.
    struct UsageError: Error, Equatable {
        var message: String
    }

    /// What the first argument asked for.
    enum Request: Equatable {
        case help(String?)
        case version
        case run(CommandLineArguments)
    }

    static func parse(_ arguments: [String]) throws(UsageError) -> Request {
        guard let first = arguments.first else { return .help(nil) }
        if ["-h", "--help", "help"].contains(first) { return .help(arguments.dropFirst().first) }
        if first == "--version" { return .version }
        guard let command = Command(rawValue: first) else {
            throw UsageError(message: "unknown command '\(first)'; expected one of: "
                + Command.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if arguments.dropFirst().contains(where: { $0 == "-h" || $0 == "--help" }) { return .help(first) }
        var positional: [String] = []
        var result = CommandLineArguments(command: command, inputDirectory: "")
        var index = 1
        func value(for option: String) throws(UsageError) -> String {
            index += 1
            guard index < arguments.count, !arguments[index].hasPrefix("--") else {
                throw UsageError(message: "option '\(option)' needs a value")
            }
            return arguments[index]
        }
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "--output", "-o": result.outputDirectory = try value(for: argument)
            case "--templates": result.templatesDirectory = try value(for: argument)
            case "--package": result.packageName = try value(for: argument)
            case "--api": result.apiName = try value(for: argument)
            case "--access":
                let access = try value(for: argument)
                guard ["public", "package", "internal"].contains(access) else {
                    throw UsageError(message: "'--access \(access)' is not an access level; use public, package or internal")
                }
                result.accessModifier = access
            case "--config": result.configFile = try value(for: argument)
            case "--module-name": result.moduleName = try value(for: argument)
            case "--layout":
                let name = try value(for: argument)
                guard let layout = GenerationOptions.Layout(rawValue: name) else {
                    throw UsageError(message: "'--layout \(name)' is not a layout; use "
                        + GenerationOptions.Layout.allCases.map(\.rawValue).joined(separator: ", "))
                }
                result.layout = layout
            case "--required-properties":
                let name = try value(for: argument)
                guard let mode = RequiredProperties(rawValue: name) else {
                    throw UsageError(message: "'--required-properties \(name)' is not a mode; use optional (every "
                        + "property optional) or documented (properties the docs mark required and not nullable "
                        + "are non-optional)")
                }
                result.requiredProperties = mode
            case "--strict": result.strict = true
            case "--quiet", "-q": result.quiet = true
            case "--verbose", "-v": result.verbose = true
            default:
                if argument.hasPrefix("-") && argument != "-" {
                    throw UsageError(message: "unknown option '\(argument)'; see 'doc2swift help \(command.rawValue)'")
                }
                positional.append(argument)
            }
            index += 1
        }
        guard positional.count == 1 else {
            throw UsageError(message: positional.isEmpty
                ? "missing <input-dir>: the folder that holds the reference pages"
                : "expected one <input-dir>, got \(positional.count): \(positional.joined(separator: " "))")
        }
        result.inputDirectory = positional[0]
        if [.generate, .check].contains(command) && result.outputDirectory == nil {
            throw UsageError(message: "'\(command.rawValue)' needs '--output <dir>', the folder the generated code goes to")
        }
        return .run(result)
    }
}
