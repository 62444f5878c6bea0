/// A page whose URL section lists several URLs for one method documents one operation per URL:
/// they share the page's tables and statuses; a sample request belongs to the URL its path fits.
extension PageFacts {
    /// This page as one facts value per endpoint: itself (with the sample requests that fit only
    /// a further URL taken away), then one per further URL, named after its method and path.
    func splittingAlternativeEndpoints() -> ([PageFacts], Diagnostics) {
        guard let endpoint, !alternativeEndpoints.isEmpty else { return ([self], Diagnostics()) }
        var diagnostics = Diagnostics()
        var first = self
        first.alternativeEndpoints = []
        var others: [PageFacts] = []
        var taken = Set<Int>()
        for alternative in alternativeEndpoints {
            var facts = first
            facts.endpoint = alternative
            facts.operationID = OperationNaming.id(method: alternative.method, path: alternative.path)
            facts.fallbackOperationID = nil
            facts.nameLocation = alternative.location
            // Definitions and links are the page's, registered once with the first operation.
            facts.typeDefinitions = []
            facts.typeLinks = []
            // Its samples: the requests sent to its path (not the first's); responses stay with the
            // first operation, which the page's text describes.
            let mine = sampleRequests.indices.filter { index in
                PathMatch.match(template: alternative.path, sample: sampleRequests[index].path) != nil
                    && PathMatch.match(template: endpoint.path, sample: sampleRequests[index].path) == nil
            }
            taken.formUnion(mine)
            facts.sampleRequests = mine.map { sampleRequests[$0] }
            facts.sampleResponses = []
            // Path placeholders only this URL has are strings the page's tables do not list.
            facts.parameters.removeAll { $0.place == .path && !alternative.pathParameterNames.contains($0.name) }
            for name in alternative.pathParameterNames where !facts.parameters.contains(where: { $0.place == .path && $0.name == name }) {
                facts.parameters.append(ParameterFact(name: name, place: .path, type: .string, isRequired: true,
                                                      description: "", location: alternative.location))
                diagnostics.warning("path placeholder '{\(name)}' of the further URL has no row in a path parameter "
                    + "table; typed as String", at: alternative.location)
            }
            others.append(facts)
        }
        first.sampleRequests = sampleRequests.indices.filter { !taken.contains($0) }.map { sampleRequests[$0] }
        return ([first] + others, diagnostics)
    }
}
