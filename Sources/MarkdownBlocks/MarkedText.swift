/// Text on its way through `InlineText.plain(_:)`: scalars, each flagged when it must be left alone.
///
/// Code spans, `<code>` contents and backslash-escaped characters are protected, so later stages
/// (tags, links, emphasis, literal break tags) skip them without re-parsing where they are.
/// Where a removed tag stood, the next scalar starts a new run, so `**b**<sup>*</sup>` keeps
/// its bold pair and its footnote star apart although the tag has left no character between them.
struct MarkedText {
    /// The text, one element per Unicode scalar.
    private(set) var scalars: [Unicode.Scalar] = []
    /// Parallel to `scalars`: true where the scalar must not be interpreted as markup.
    private(set) var isProtected: [Bool] = []
    /// Parallel to `scalars`: true where a removed tag stood just before the scalar.
    private(set) var followsRemovedTag: [Bool] = []
    /// True when the next appended scalar follows a removed tag.
    private var pendingTagBoundary = false

    /// An empty text.
    init() {}

    /// `text` with nothing protected yet.
    init(_ text: String) {
        scalars = ScalarString.scalars(of: text)
        isProtected = Array(repeating: false, count: scalars.count)
        followsRemovedTag = isProtected
    }

    /// The number of scalars.
    var count: Int { scalars.count }

    /// The scalar at `index`, or nil when `index` is out of bounds (handy for look-around).
    subscript(safe index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    /// True when `index` is in bounds and the scalar there is open to interpretation.
    func isFree(_ index: Int) -> Bool {
        index >= 0 && index < scalars.count && !isProtected[index]
    }

    /// True when `index` is in bounds and a removed tag stood just before it.
    func isAfterRemovedTag(_ index: Int) -> Bool {
        index >= 0 && index < scalars.count && followsRemovedTag[index]
    }

    /// Records that a tag was removed here; the next appended scalar starts a new run.
    /// At the very start there is nothing to keep apart, so nothing is recorded.
    mutating func markRemovedTag() {
        pendingTagBoundary = !scalars.isEmpty
    }

    /// Appends one scalar with the given protection.
    mutating func append(_ scalar: Unicode.Scalar, protected: Bool) {
        scalars.append(scalar)
        isProtected.append(protected)
        followsRemovedTag.append(pendingTagBoundary)
        pendingTagBoundary = false
    }

    /// Appends every scalar of `text` with the given protection.
    mutating func append(_ text: String, protected: Bool) {
        for scalar in text.unicodeScalars { append(scalar, protected: protected) }
    }

    /// Appends `range` of `other`, keeping each scalar's protection.
    mutating func append(_ other: MarkedText, _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        let first = followsRemovedTag.count
        scalars.append(contentsOf: other.scalars[range])
        isProtected.append(contentsOf: other.isProtected[range])
        followsRemovedTag.append(contentsOf: other.followsRemovedTag[range])
        if pendingTagBoundary { followsRemovedTag[first] = true }
        pendingTagBoundary = false
    }

    /// The scalars of `range` as a `String`.
    func string(_ range: Range<Int>) -> String {
        ScalarString.make(scalars[range])
    }

    /// The text split into maximal runs of equal protection, in order.
    func runs() -> [(text: String, isProtected: Bool)] {
        var result: [(text: String, isProtected: Bool)] = []
        var start = 0
        while start < scalars.count {
            var end = start + 1
            while end < scalars.count && isProtected[end] == isProtected[start] { end += 1 }
            result.append((string(start..<end), isProtected[start]))
            start = end
        }
        return result
    }
}

/// Literal searches over marked text, ignoring protection (used for `<!--`, `-->` and autolinks).
extension MarkedText {
    /// True when the scalars of `literal` appear, unprotected or not, at `index`.
    func starts(with literal: String, at index: Int) -> Bool {
        var position = index
        for scalar in literal.unicodeScalars {
            guard position < count, scalars[position] == scalar else { return false }
            position += 1
        }
        return true
    }

    /// The first index at or after `start` where `literal` appears, or nil.
    func firstIndex(of literal: String, from start: Int) -> Int? {
        var position = start
        while position < count {
            if starts(with: literal, at: position) { return position }
            position += 1
        }
        return nil
    }
}
