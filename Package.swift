// swift-tools-version:6.1
import PackageDescription

/// Settings every target shares: Swift 6 language mode (the tools-version default) plus
/// `any` spelled out for existentials.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

/// One module per folder of `Input/`.
let generatedModules = ["ApolloERAPI", "OnOfficeAPI", "SuperOfficeAPI"]

let package = Package(
    name: "doc2swift",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "doc2swift", targets: ["doc2swift"]),
        .library(name: "Doc2SwiftCore", targets: ["Doc2SwiftCore"]),
        .plugin(name: "Doc2SwiftBuildPlugin", targets: ["Doc2SwiftBuildPlugin"]),
        .plugin(name: "Doc2SwiftCommandPlugin", targets: ["Doc2SwiftCommandPlugin"]),
    ],
    targets: [
        // Pipeline libraries, lowest first. No target depends on anything outside the toolchain.
        .target(name: "MarkdownBlocks", swiftSettings: swiftSettings),
        .target(name: "Mustache", swiftSettings: swiftSettings),
        .target(name: "OrderedJSON", swiftSettings: swiftSettings),
        .target(
            name: "Doc2SwiftCore",
            dependencies: ["MarkdownBlocks", "Mustache", "OrderedJSON"],
            swiftSettings: swiftSettings
        ),
        // Reading pages and writing output folders, shared by the CLI and the benchmark.
        .target(name: "Doc2SwiftIO", dependencies: ["Doc2SwiftCore"], swiftSettings: swiftSettings),
        .executableTarget(name: "doc2swift", dependencies: ["Doc2SwiftCore", "Doc2SwiftIO"],
                          swiftSettings: swiftSettings),
        // `swift run -c release doc2swift-bench`: synthetic corpora timed end to end and per stage.
        .executableTarget(name: "doc2swift-bench", dependencies: ["Doc2SwiftCore", "Doc2SwiftIO"],
                          swiftSettings: swiftSettings),

        // Plugins: thin wrappers that run the `doc2swift` executable.
        .plugin(name: "Doc2SwiftBuildPlugin", capability: .buildTool(), dependencies: ["doc2swift"]),
        .plugin(
            name: "Doc2SwiftCommandPlugin",
            capability: .command(
                intent: .custom(verb: "generate-code-from-docs",
                                description: "Regenerate committed Swift sources from markdown reference pages"),
                permissions: [.writeToPackageDirectory(reason: "Writes the generated Swift sources")]
            ),
            dependencies: ["doc2swift"]
        ),

        // The seeded random generator the property tests and mutation fuzzers share.
        .target(name: "SeededRandom", path: "Tests/SeededRandom", swiftSettings: swiftSettings),
        .testTarget(name: "MarkdownBlocksTests", dependencies: ["MarkdownBlocks", "SeededRandom"], swiftSettings: swiftSettings),
        .testTarget(name: "MustacheTests", dependencies: ["Mustache"], exclude: ["Fixtures"], swiftSettings: swiftSettings),
        .testTarget(name: "OrderedJSONTests", dependencies: ["OrderedJSON", "SeededRandom"], swiftSettings: swiftSettings),
        .testTarget(name: "Doc2SwiftIOTests", dependencies: ["Doc2SwiftIO", "Doc2SwiftCore"], swiftSettings: swiftSettings),
        .testTarget(
            name: "Doc2SwiftCoreTests",
            dependencies: ["Doc2SwiftCore", "SeededRandom"],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "doc2swiftTests",
            dependencies: ["doc2swift", "doc2swift-bench", "Doc2SwiftCore", "SeededRandom"],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        // The generated clients of Generated/, driven through stub transports (no network).
        .testTarget(name: "ClientTests", dependencies: ["ApolloERAPI", "OnOfficeAPI", "SuperOfficeAPI"],
                    swiftSettings: swiftSettings),

        // The committed output of `doc2swift generate Input --output Generated`, built and tested
        // here so that a change to the generator that breaks generated code fails `swift test`.
    ] + generatedModules.flatMap { module in
        [
            Target.target(name: module, path: "Generated/Sources/\(module)"),
            Target.testTarget(name: "\(module)Tests", dependencies: [.target(name: module)],
                              path: "Generated/Tests/\(module)Tests"),
        ]
    }
)
