/// When a table and the samples spell a property differently only in case (`DateTime` in the
/// table of `dateTimeTimeZone`, `dateTime` in every sample of it), the samples show what the API
/// sends: the property takes their spelling, so that the model decodes real responses, and a
/// warning at the table's row says the docs disagree.
extension SchemaBuildState {
    /// Renames the documented properties of `name` that no sample object spells as the table does
    /// but every one that has it spells the same other way; returns whether anything changed.
    mutating func adoptSampleSpelling(_ observations: [SampleObservation], of name: String) -> Bool {
        guard let definition = registry[name], definition.origin == .documented else { return false }
        var keys: [String: Set<String>] = [:]
        var firstSeen: [String: SourceLocation] = [:]
        var spelled = Set<String>()
        for observation in observations {
            guard case .object(let members) = observation.node else { continue }
            for member in members {
                spelled.insert(member.key)
                keys[member.key.lowercased(), default: []].insert(member.key)
                if firstSeen[member.key] == nil { firstSeen[member.key] = observation.location }
            }
        }
        let documented = Set(definition.properties.map(\.name))
        var renames: [String: String] = [:]
        for property in definition.properties where !property.isInferred && !spelled.contains(property.name) {
            guard let spellings = keys[property.name.lowercased()], spellings.count == 1,
                  let sample = spellings.first, !documented.contains(sample) else { continue }
            renames[property.name] = sample
            diagnostics.warning("property '\(property.name)' of \(name) is spelled '\(sample)' in every sample that "
                + "has it (first at \(firstSeen[sample]!)); the wire name follows the samples", at: property.location)
        }
        registry.renameProperties(renames, in: name)
        return !renames.isEmpty
    }
}
