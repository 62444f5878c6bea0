/// Operation ids for operations that pages name in a heading rather than in front matter.
enum OperationNaming {
    /// Words that carry no meaning in a name: `Create a label` → `CreateLabel`.
    static let fillerWords: Set<String> = ["a", "an", "the"]

    /// `Create a label` → `CreateLabel`; `Get Channel` → `GetChannel`; empty when the title has no
    /// ASCII letters or digits.
    static func id(title: String) -> String {
        let words = title.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
            .filter { !fillerWords.contains($0.lowercased()) }
        return words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// `GET /repos/{owner}/{repo}/branches` → `GetReposOwnerRepoBranches`.
    static func id(method: String, path: String) -> String {
        id(title: method.lowercased() + " " + path)
    }
}
