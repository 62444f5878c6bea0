import Doc2SwiftCore
import Foundation

/// Reads a user's template folder: every `NAME.mustache` replaces the default template NAME.
enum TemplateOverrides {
    static func load(_ directory: String?) throws -> [String: (path: String, text: String)] {
        guard let directory else { return [:] }
        let url = URL(fileURLWithPath: directory)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else {
            throw Diagnostic.error("template folder '\(directory)' cannot be read; check the --templates path "
                + "(or 'templates' in the config) and its permissions", at: nil)
        }
        var overrides: [String: (path: String, text: String)] = [:]
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let path = (directory.hasSuffix("/") ? directory : directory + "/") + name
            guard let data = FileManager.default.contents(atPath: url.appendingPathComponent(name).path) else { continue }
            let key = String(name.dropLast(".mustache".count))
            if DefaultTemplates.all[key] == nil {
                printError("\(path): warning: no default template is called '\(key)'; it is only used as a partial")
            }
            overrides[key] = (path, String(decoding: data, as: UTF8.self))
        }
        return overrides
    }
}
