import Foundation

/// Hand-written code lives next to the generated SDK and can use it directly.
extension ContactRelation {
    /// "Source → Destination", for display.
    public var summary: String {
        "\(sourceContactName ?? "?") → \(destinationContactName ?? "?")"
    }
}
