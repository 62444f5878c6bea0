/// One real page, split where a copy appends its suffix to a renamed word.
///
/// Copies are made by concatenation, so writing 30,000 pages costs little more than the bytes.
struct PageTemplate {
    /// The path relative to the corpus folder.
    var path: String
    var bytes: [UInt8]
    /// Offsets just past each renamed word of `bytes`, ascending.
    var insertions: [Int]
    /// The path's bytes and insertion offsets.
    var pathBytes: [UInt8]
    var pathInsertions: [Int]

    init(path: String, bytes: [UInt8], renaming names: Set<String>) {
        self.path = path
        self.bytes = bytes
        insertions = Self.wordEnds(in: bytes, renaming: names)
        pathBytes = Array(path.utf8)
        pathInsertions = Self.wordEnds(in: pathBytes, renaming: names)
    }

    /// The page's text in copy `suffix` (empty: the original).
    func text(suffix: [UInt8]) -> [UInt8] { Self.splice(bytes, at: insertions, suffix: suffix) }

    /// The page's path in copy `suffix`.
    func path(suffix: [UInt8]) -> String {
        String(decoding: Self.splice(pathBytes, at: pathInsertions, suffix: suffix), as: UTF8.self)
    }

    static func splice(_ bytes: [UInt8], at offsets: [Int], suffix: [UInt8]) -> [UInt8] {
        guard !suffix.isEmpty, !offsets.isEmpty else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + offsets.count * suffix.count)
        var start = 0
        for offset in offsets {
            result.append(contentsOf: bytes[start..<offset])
            result.append(contentsOf: suffix)
            start = offset
        }
        result.append(contentsOf: bytes[start...])
        return result
    }

    /// Ends of the words (ASCII letters, digits, `_`) that are in `names`. A word joined to
    /// another by `-` is part of a compound (`Content-Type`, `Accept-Language`) and is kept.
    static func wordEnds(in bytes: [UInt8], renaming names: Set<String>) -> [Int] {
        var ends: [Int] = []
        var index = 0
        while index < bytes.count {
            guard isWordByte(bytes[index]) else { index += 1; continue }
            let start = index
            while index < bytes.count, isWordByte(bytes[index]) { index += 1 }
            let hyphenated = (start > 0 && bytes[start - 1] == UInt8(ascii: "-"))
                || (index < bytes.count && bytes[index] == UInt8(ascii: "-"))
            if !hyphenated, names.contains(String(decoding: bytes[start..<index], as: UTF8.self)) {
                ends.append(index)
            }
        }
        return ends
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
    }
}
