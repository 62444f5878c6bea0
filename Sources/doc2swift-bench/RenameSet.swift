/// The names a copy of the corpus renames, so that each copy adds its own operations, types and
/// paths to the schema instead of repeating the first copy's.
///
/// Collected from where the pages declare them: front matter `uid`s and file names (operation ids
/// and include targets), capitalised segments of request paths, `Response body:` types and the
/// type column of tables. Primitive type names are kept, so `String` stays a string.
enum RenameSet {
    /// Type names that mean a primitive in some page format; renaming them would invent types.
    static let primitives: Set<String> = [
        "string", "integer", "int", "int32", "int64", "long", "bool", "boolean", "object", "array", "double",
        "float", "number", "decimal", "byte", "date", "datetime", "time", "enum", "null", "true", "false",
        "binary", "stream", "guid", "uuid", "void", "any", "list", "map", "dictionary", "json", "file",
    ]

    static let methods: Set<String> = ["GET", "POST", "PUT", "PATCH", "DELETE", "DEL", "HEAD", "OPTIONS"]

    static func collect(_ files: [(path: String, bytes: [UInt8])]) -> Set<String> {
        var names = Set<String>()
        for file in files {
            let fileName = file.path.split(separator: "/").last.map(String.init) ?? file.path
            names.insert(String(fileName.dropLast(3)))
            let text = String(decoding: file.bytes, as: UTF8.self)
            for line in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
                names.formUnion(declaredNames(in: line))
            }
        }
        return names.filter { !$0.isEmpty && !primitives.contains($0.lowercased()) && $0 != "api" }
    }

    /// The names one line declares, by the line's form.
    static func declaredNames(in line: Substring) -> [String] {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        if trimmed.hasPrefix("uid:") {
            return [trimmed.dropFirst(4).trimmingCharacters(in: .whitespaces)]
        }
        if let range = trimmed.range(of: "Response body:") {
            return capitalisedWords(trimmed[range.upperBound...])
        }
        if trimmed.hasPrefix("|") {
            let cells = trimmed.split(separator: "|", omittingEmptySubsequences: false).dropFirst()
            // `| name | type | description |`: only three-column rows have a type column.
            guard cells.count >= 3 else { return [] }
            let type = cells[cells.startIndex + 1].trimmingCharacters(in: .whitespaces)
            return type.hasPrefix("Enum") ? [] : capitalisedWords(Substring(type))
        }
        let words = trimmed.split(separator: " ", maxSplits: 1)
        if words.count == 2, methods.contains(String(words[0])) {
            let path = words[1].prefix { $0 != "?" && $0 != " " }
            return path.split(separator: "/").compactMap { segment in
                segment.first?.isUppercase == true && segment.allSatisfy(Self.isWordCharacter) ? String(segment) : nil
            }
        }
        return []
    }

    /// Words of `text` that start with a capital letter.
    static func capitalisedWords(_ text: Substring) -> [String] {
        text.split { !isWordCharacter($0) }.filter { $0.first?.isUppercase == true }.map(String.init)
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "_")
    }
}
