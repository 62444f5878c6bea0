// swift-tools-version:6.0
import PackageDescription

// A package that adopts doc2swift the way a user would: its SDK target keeps the vendor's
// reference pages in `docs/`, and the build plugin turns them into Swift at build time.
let package = Package(
    name: "PluginConsumer",
    platforms: [.macOS(.v13)],
    dependencies: [
        // Named explicitly: a local package is otherwise known by its folder's name.
        .package(name: "doc2swift", path: "../.."),
    ],
    targets: [
        .target(
            name: "RelationsSDK",
            plugins: [.plugin(name: "Doc2SwiftBuildPlugin", package: "doc2swift")]
        ),
        .testTarget(
            name: "RelationsSDKTests",
            dependencies: ["RelationsSDK"],
            // Applied to a test target, the plugin writes the docs' sample tests.
            plugins: [.plugin(name: "Doc2SwiftBuildPlugin", package: "doc2swift")]
        ),
    ]
)
