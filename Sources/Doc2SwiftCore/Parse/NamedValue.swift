/// One row of a documented integer value table: the name the docs give a value and the value
/// (`GUILD_TEXT` → 0, `PINNED` → `1 << 1` = 2).
public struct NamedValue: Hashable, Sendable, Codable {
    public var name: String
    public var value: Int
    /// The value as the docs write it (`1 << 1`, `0x10`, `2`), for the generated code to show.
    public var written: String
    /// What the docs say the value means.
    public var description: String

    public init(name: String, value: Int, written: String? = nil, description: String = "") {
        self.name = name
        self.value = value
        self.written = written ?? String(value)
        self.description = description
    }
}
