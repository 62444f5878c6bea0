/// Recognises the date-time strings API docs use, the same forms the generated `JSONCoding` accepts:
/// `2009-05-27`, `2009-05-27T17:37:38`, with optional fraction (1–9 digits) and zone (`Z`, `+02:00`, `+0200`, `+02`).
enum DateText {
    static func isDate(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func digits(_ count: Int) -> Int? {
            guard index + count <= scalars.count else { return nil }
            var value = 0
            for scalar in scalars[index..<index + count] {
                guard ("0"..."9").contains(scalar) else { return nil }
                value = value * 10 + Int(scalar.value - 48)
            }
            index += count
            return value
        }
        func expect(_ characters: Set<Character>) -> Bool {
            guard index < scalars.count, characters.contains(Character(scalars[index])) else { return false }
            index += 1
            return true
        }
        guard digits(4) != nil, expect(["-"]), let month = digits(2), (1...12).contains(month),
              expect(["-"]), let day = digits(2), (1...31).contains(day) else { return false }
        if index == scalars.count { return true }
        guard expect(["T", "t", " "]), let hour = digits(2), hour < 24, expect([":"]),
              let minute = digits(2), minute < 60, expect([":"]), let second = digits(2), second < 61 else { return false }
        if expect(["."]) {
            var count = 0
            while index < scalars.count, ("0"..."9").contains(scalars[index]) {
                index += 1
                count += 1
            }
            guard (1...9).contains(count) else { return false }
        }
        if index == scalars.count || expect(["Z", "z"]) { return index == scalars.count }
        guard expect(["+", "-"]), digits(2) != nil else { return false }
        if index == scalars.count { return true }
        _ = expect([":"])
        return digits(2) != nil && index == scalars.count
    }
}
