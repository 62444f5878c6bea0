/// The single place where docs' names become Swift identifiers.
///
/// Every identifier in generated code passes through here, so that nothing a page says can
/// become Swift syntax: only ASCII letters, digits and `_` survive, keywords are backquoted.
public enum SwiftNames {
    /// Words that cannot be used bare as identifiers.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
        "inout", "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public",
        "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue",
        "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw",
        "switch", "where", "while", "as", "Any", "await", "false", "is", "nil", "self", "Self", "super", "throws",
        "true", "try", "async", "package", "consume", "borrowing", "consuming", "some", "any", "Type", "Protocol",
    ]

    /// Names a generated module declares itself; a docs type of the same name is renamed.
    static let reservedTypeNames: Set<String> = [
        "JSONValue", "JSONCoding", "APIRequest", "Indirect", "Date", "Data", "String", "Int", "Int32", "Int64", "Double",
        "Bool", "Array", "Dictionary", "Optional", "Result", "Error", "Codable", "Decodable", "Encodable",
        "Hashable", "Sendable", "URL", "URLRequest", "Foundation", "Never", "Void", "Any", "Character",
        "Set", "Float", "UUID", "Response", "Self", "Type", "Protocol",
        // The client's support types.
        "APIOperation", "APIClientError", "HTTPTransport", "HTTPResponse", "URLSessionTransport", "HTTPDate",
        // The models' property tables.
        "PropertyTableModel", "WireProperty", "WireKey",
    ]

    /// The words of a name: split at non-alphanumerics and at lower→upper case changes,
    /// keeping acronyms together (`URLString` → `URL`, `String`).
    static func words(_ raw: String) -> [String] {
        let bytes = Array(raw.utf8)
        // Names are nearly always ASCII: bytes are enough there, and much faster than characters.
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return characterWords(raw) }
        var words: [String] = []
        var start = -1
        func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
        func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        func close(_ end: Int) {
            if start >= 0 { words.append(String(decoding: bytes[start..<end], as: UTF8.self)) }
            start = -1
        }
        for index in bytes.indices {
            let byte = bytes[index]
            guard isLower(byte) || isUpper(byte) || isDigit(byte) else {
                close(index)
                continue
            }
            if start >= 0 {
                let last = bytes[index - 1]
                let nextIsLower = index + 1 < bytes.count && isLower(bytes[index + 1])
                let lowerToUpper = (isLower(last) || isDigit(last)) && isUpper(byte)
                let acronymEnd = isUpper(last) && isUpper(byte) && nextIsLower
                if lowerToUpper || acronymEnd { close(index) }
            }
            if start < 0 { start = index }
        }
        close(bytes.count)
        return words
    }

    /// `words` for text with non-ASCII characters: a letter followed by a combining mark is not
    /// ASCII, and a non-ASCII lowercase letter after capitals ends an acronym.
    static func characterWords(_ raw: String) -> [String] {
        var words: [String] = []
        var current: [Character] = []
        let characters = Array(raw)
        for (index, character) in characters.enumerated() {
            guard character.isASCII, character.isLetter || character.isNumber else {
                if !current.isEmpty { words.append(String(current)); current = [] }
                continue
            }
            if let last = current.last {
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                let lowerToUpper = (last.isLowercase || last.isNumber) && character.isUppercase
                let acronymEnd = last.isUppercase && character.isUppercase && (next?.isLowercase ?? false)
                if lowerToUpper || acronymEnd { words.append(String(current)); current = [] }
            }
            current.append(character)
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// `UpperCamelCase` for types: `contact relation` → `ContactRelation`, `_Links` → `Links`.
    public static func typeName(_ raw: String) -> String {
        var name = words(raw).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        if name.isEmpty { name = "Unnamed" }
        if name.first?.isNumber == true { name = "_" + name }
        return name
    }

    /// The request builder's name an operation id asks for, before it is made unique in the
    /// module: the id's part after the last `_` as a type name, plus `Request`
    /// (`v1Thing_GetThing` → `GetThingRequest`, `/tmp/absolute` → `TmpAbsoluteRequest`).
    public static func requestName(forOperationID id: String) -> String {
        typeName(SchemaBuildState.baseName(id)) + "Request"
    }

    /// `lowerCamelCase` for properties and parameters: `SourceContactId` → `sourceContactId`,
    /// `$select` → `select`, `odata.nextLink` → `odataNextLink`, `ID` → `id`.
    public static func memberName(_ raw: String) -> String {
        let parts = words(raw)
        guard let first = parts.first else { return "value" }
        let head = first.lowercased()
        let tail = parts.dropFirst().map { word -> String in
            word.count > 1 && word == word.uppercased() && word.first!.isLetter
                ? word.prefix(1) + word.dropFirst().lowercased() : word.prefix(1).uppercased() + word.dropFirst()
        }
        var name = head + tail.joined()
        if name.first?.isNumber == true { name = "_" + name }
        return name
    }

    /// An identifier safe to declare: keywords are wrapped in backquotes.
    public static func escaped(_ identifier: String) -> String {
        keywords.contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// Names that stay special even in backquotes or after a dot (`self.init`, `x.Type`).
    static let unusableMembers: Set<String> = ["init", "deinit", "self", "Self", "super", "subscript", "Type", "Protocol"]

    /// A member name usable everywhere: `init` → `initValue`; other keywords stay and are escaped on declaration.
    public static func safeMemberName(_ raw: String) -> String {
        let name = memberName(raw)
        return unusableMembers.contains(name) ? name + "Value" : name
    }

    /// Makes names unique within one scope, case-insensitively (two `id`s, or `Id` and `ID`).
    public struct Scope: Sendable {
        private var taken: Set<String>
        /// Lowercased names taken in an enclosing scope; shared, not copied, so that thousands of
        /// nested scopes do not each copy the module's top-level names.
        private let inherited: Set<String>

        public init(reserved: Set<String> = [], inherited: Set<String> = []) {
            taken = Set(reserved.map { $0.lowercased() })
            self.inherited = inherited
        }

        /// The form `inherited` names are compared in.
        public static func keys(_ names: Set<String>) -> Set<String> { Set(names.map { $0.lowercased() }) }

        /// `name`, or `name2`, `name3`, … if taken.
        public mutating func claim(_ name: String) -> String {
            var candidate = name
            var counter = 2
            while taken.contains(candidate.lowercased()) || inherited.contains(candidate.lowercased()) {
                candidate = "\(name)\(counter)"
                counter += 1
            }
            taken.insert(candidate.lowercased())
            return candidate
        }
    }
}
