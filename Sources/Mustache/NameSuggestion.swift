/// The "did you mean" of an error message: the known name closest to a mistyped one.
///
/// Public because the generator's config reader suggests keys the same way, and one definition
/// of "close" keeps the two kinds of message consistent.
public enum NameSuggestion {
    /// The name in `known` closest to `name` (ignoring case), or nil when none is close enough
    /// to be the likely intent: at most 2 edits (a third of the length for long names), and never
    /// as many edits as the name has characters, so `b` does not suggest `a`.
    /// Ties go to the name that sorts first, so the message is the same on every run.
    public static func closest(to name: String, among known: some Sequence<String>) -> String? {
        let target = name.lowercased()
        let limit = min(max(2, name.count / 3), name.count - 1)
        var best: (name: String, distance: Int)?
        for candidate in known where candidate != name {
            let distance = editDistance(candidate.lowercased(), target)
            guard distance <= limit else { continue }
            if let current = best, (current.distance, current.name) <= (distance, candidate) { continue }
            best = (candidate, distance)
        }
        return best?.name
    }

    /// The Levenshtein distance between two strings, counted in characters.
    public static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs), b = Array(rhs)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
