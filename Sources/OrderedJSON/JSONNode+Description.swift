/// Shows a `JSONNode` as compact JSON, which is what a reader of a test failure or log wants to see.
extension JSONNode: CustomStringConvertible {
    /// The compact JSON text of this value.
    public var description: String { JSONWriter.compact(self) }
}
