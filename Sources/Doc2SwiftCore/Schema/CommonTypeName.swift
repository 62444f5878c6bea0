/// The name several operation-named types share: `CreateLabelResponseBody`,
/// `GetSingleLabelResponseBody` and `ListAllLabelsForRepositoryResponseBodyItem` all carry a label,
/// so the type they merge into is `Label`.
///
/// Each name loses the part sample inference appended (`ResponseBody`, `Body`, `Item`…); what is
/// left is split into words, plural words made singular; the longest run of words every name holds,
/// leaving out verbs and fillers that say what an operation does rather than what it carries
/// (`Get`, `List`, `All`, `Of`), is the common name.
enum CommonTypeName {
    /// The common name, or nil when the names share no word that names a thing.
    static func of(_ names: [String]) -> String? {
        let phrases = names.map { words(ofOperationPart: $0) }
        guard let shortest = phrases.min(by: { $0.count < $1.count }), !shortest.isEmpty else { return nil }
        let lowered = phrases.map { $0.map { $0.lowercased() } }
        // Runs of the shortest phrase, longest first, then in reading order.
        for length in stride(from: shortest.count, through: 1, by: -1) {
            for start in 0...(shortest.count - length) {
                let run = Array(shortest[start..<(start + length)])
                guard !fillers.contains(run[0].lowercased()), !fillers.contains(run[run.count - 1].lowercased()) else {
                    continue
                }
                let key = run.map { $0.lowercased() }
                if lowered.allSatisfy({ contains($0, key) }) {
                    return run.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
                }
            }
        }
        return nil
    }

    /// Words that describe an operation or join words, never the thing a type carries.
    static let fillers: Set<String> = [
        "get", "list", "create", "add", "new", "update", "edit", "delete", "remove", "post", "put", "patch",
        "retrieve", "fetch", "set", "read", "write", "find", "search", "query", "show", "view", "change",
        "single", "all", "existing", "specific", "given", "current", "one", "many",
        "of", "to", "for", "on", "by", "in", "at", "from", "with", "and", "or", "a", "an", "the", "your", "my",
        "response", "request", "body", "item", "result", "results",
    ]

    /// `ListAllLabelsForRepositoryResponseBodyItem` → `List All Label For Repository`.
    static func words(ofOperationPart name: String) -> [String] {
        var base = Substring(name)
        while base.hasSuffix("Item") { base = base.dropLast(4) }
        for suffix in ["ResponseBody", "Body"] where base.hasSuffix(suffix) {
            base = base.dropLast(suffix.count)
            break
        }
        return split(base).map(singular)
    }

    /// Camel-case and punctuation boundaries: `postEntitiesSyncER` → `post Entities Sync ER`.
    static func split(_ text: Substring) -> [String] {
        var words: [String] = []
        var current = ""
        var previous: Character?
        for character in text {
            guard character.isLetter || character.isNumber else {
                if !current.isEmpty { words.append(current) }
                current = ""
                previous = nil
                continue
            }
            if let previous, character.isUppercase, !previous.isUppercase, !current.isEmpty {
                words.append(current)
                current = ""
            }
            current.append(character)
            previous = character
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// `Labels` → `Label`, `Entities` → `Entity`, `Addresses` → `Address`; `Status` stays.
    static func singular(_ word: String) -> String {
        let lower = word.lowercased()
        guard lower.count > 3, lower.hasSuffix("s"), !lower.hasSuffix("ss"), !lower.hasSuffix("us"),
              !lower.hasSuffix("is"), word.last?.isLowercase == true else { return word }
        if lower.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if lower.hasSuffix("sses") || lower.hasSuffix("xes") || lower.hasSuffix("ches") || lower.hasSuffix("shes") {
            return String(word.dropLast(2))
        }
        return String(word.dropLast())
    }

    static func contains(_ phrase: [String], _ run: [String]) -> Bool {
        guard run.count <= phrase.count else { return false }
        for start in 0...(phrase.count - run.count) where Array(phrase[start..<(start + run.count)]) == run {
            return true
        }
        return false
    }
}
