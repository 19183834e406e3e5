// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sipdial-lint",
    products: [
        .executable(name: "sipdial-lint", targets: ["sipdial-lint"]),
        .library(name: "SipdialLint", targets: ["SipdialLint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(
            name: "SipdialLint",
            dependencies: ["CLibXML2", "CYAML"]
        ),
        .executableTarget(
            name: "sipdial-lint",
            dependencies: [
                "SipdialLint",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer target (make fuzz); without -DFUZZING a replay tool for its inputs.
        .executableTarget(
            name: "sipdial-lint-fuzz",
            dependencies: ["SipdialLint"]
        ),
        // The tests also read the executable's command line (its quick option reader
        // against swift-argument-parser's).
        .testTarget(
            name: "SipdialLintTests",
            dependencies: [
                "SipdialLint", "sipdial-lint",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
    ],
    swiftLanguageModes: [.v5]
)
