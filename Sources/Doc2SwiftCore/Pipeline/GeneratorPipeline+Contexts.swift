extension GeneratorPipeline {
    /// Every file context of the schemas, as `dump-context` prints them.
    public func translatorContexts(_ schemas: [APISchema], facts: [PageFacts] = []) -> [FileContext] {
        let pages = Self.pageFiles(facts)
        return schemas.flatMap { translator.translate($0, pages: pages[$0.name] ?? []) }
    }
}
