extension GeneratorPipeline {
    /// Every file context of the schemas, as `dump-context` prints them.
    public func translatorContexts(_ schemas: [APISchema]) -> [FileContext] {
        schemas.flatMap { translator.translate($0) }
    }
}
