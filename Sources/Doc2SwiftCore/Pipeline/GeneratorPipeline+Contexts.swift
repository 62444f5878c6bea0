extension GeneratorPipeline {
    /// Every file context of the schemas, as `dump-context` prints them.
    public func translatorContexts(_ schemas: [APISchema], facts: [PageFacts] = []) -> [FileContext] {
        let pages = Dictionary(grouping: facts, by: \.api).mapValues { $0.map(\.file) }
        return schemas.flatMap { translator.translate($0, pages: pages[$0.name] ?? []) }
    }
}
