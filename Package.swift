// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "pathlint",
    products: [
        .library(name: "PathLintCore", targets: ["PathLintCore"]),
        .executable(name: "pathlint", targets: ["pathlint"]),
        .executable(name: "pathlint-lsp", targets: ["pathlint-lsp"]),
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
        // json-c, the system library (Debian: libjson-c-dev).
        .systemLibrary(
            name: "CJSONC",
            pkgConfig: "json-c",
            providers: [.apt(["libjson-c-dev"])]
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
        // JSON values (parsed with json-c, serialized in Swift) and LSP base-protocol framing.
        .target(
            name: "JSONRPC",
            dependencies: ["CJSONC"]
        ),
        // The language server: typed LSP messages and the server that maps them to core calls.
        .target(
            name: "PathLintLSP",
            dependencies: ["PathLintCore", "JSONRPC"]
        ),
        // Its executable: stdin/stdout and the clock, nothing else.
        .executableTarget(
            name: "pathlint-lsp",
            dependencies: ["PathLintLSP", "JSONRPC"]
        ),
        .testTarget(name: "PathLintCoreTests", dependencies: ["PathLintCore"]),
        .testTarget(name: "PathLintCLITests", dependencies: ["PathLintCore"]),
        .testTarget(name: "JSONRPCTests", dependencies: ["JSONRPC"]),
        .testTarget(name: "PathLintLSPTests", dependencies: ["PathLintCore", "JSONRPC", "PathLintLSP"]),
    ],
    swiftLanguageModes: [.v6]
)
