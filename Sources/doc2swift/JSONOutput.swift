import Doc2SwiftCore
import Foundation
import Mustache

/// JSON printed by `schema` and `dump-context`: sorted keys, so output is stable.
enum JSONOutput {
    static func encode<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    static func contexts(_ files: [FileContext]) -> String {
        TemplateValue.list(files.map { file in
            .object(["path": .string(file.path), "template": .string(file.template), "context": file.context])
        }).json
    }
}
