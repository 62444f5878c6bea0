/// Which model properties generated Swift makes non-optional: the config's `requiredProperties`,
/// the command line's `--required-properties`.
///
/// The docs state two facts about a property (`Property.isRequired`, `Property.isNullable`): that
/// it may be absent and that it may be `null`. Swift's `Optional` holds both "absent" and "null",
/// so a property can only be non-optional when the docs promise that it is always present and
/// never `null`.
public enum RequiredProperties: String, Hashable, Sendable, Codable, CaseIterable {
    /// Every property is optional, whatever the docs mark (the default): a response that leaves out
    /// a property the docs require still decodes.
    case optional
    /// A property the docs mark required (`**Required**`, a `yes` Required cell, MSON `required`)
    /// and do not mark nullable (`?type`, `nullable`, `or null`) is non-optional, and its
    /// initialiser parameter has no default; every other property stays optional. A sample that
    /// leaves such a property out or gives it `null` is a warning, not a test.
    case documented

    /// Whether `property` is `Optional` in Swift.
    public func isOptional(_ property: Property) -> Bool {
        switch self {
        case .optional: return true
        case .documented: return property.isRequired != true || property.isNullable == true
        }
    }
}
