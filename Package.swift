// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "pathlint",
    products: [
        .library(name: "PathLintCore", targets: ["PathLintCore"]),
        .executable(name: "pathlint", targets: ["pathlint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // libyaml, the system library (Debian: libyaml-dev).
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // Everything that knows about annotation files: parsing, reference data, rules.
        // The executables only do I/O and presentation.
        .target(
            name: "PathLintCore",
            dependencies: ["CYAML"]
        ),
        .executableTarget(
            name: "pathlint",
            dependencies: [
                "PathLintCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PathLintCoreTests", dependencies: ["PathLintCore"]),
        .testTarget(name: "PathLintCLITests", dependencies: ["PathLintCore"]),
    ],
    swiftLanguageModes: [.v6]
)
