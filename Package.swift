// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sipdial-lint",
    products: [
        .executable(name: "sipdial-lint", targets: ["sipdial-lint"]),
        .library(name: "SipdialLint", targets: ["SipdialLint"]),
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
            dependencies: ["SipdialLint"]
        ),
        // make generate: the built-in rules and the generated docs sections.
        .executableTarget(
            name: "sipdial-lint-generate",
            dependencies: ["SipdialLint"]
        ),
        // libFuzzer target (make fuzz); without -DFUZZING a replay tool for its inputs.
        .executableTarget(
            name: "sipdial-lint-fuzz",
            dependencies: ["SipdialLint"]
        ),
        .testTarget(
            name: "SipdialLintTests",
            dependencies: ["SipdialLint", "sipdial-lint"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
