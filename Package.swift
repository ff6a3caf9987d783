// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "lionk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lionk", targets: ["lionk"]),
        .library(name: "Symbolic", targets: ["Symbolic"]),
        .library(name: "Solver", targets: ["Solver"]),
        .library(name: "Verification", targets: ["Verification"]),
        .library(name: "Dynamics", targets: ["Dynamics"]),
        .library(name: "Simulation", targets: ["Simulation"]),
        .library(name: "Fuzz", targets: ["Fuzz"]),
        .library(name: "Proof", targets: ["Proof"]),
    ],
    dependencies: [
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The Z3 C API (Debian: libz3-dev). Only the Solver module imports it.
        .systemLibrary(
            name: "CZ3",
            pkgConfig: "z3",
            providers: [.apt(["libz3-dev"])]
        ),
        .target(
            name: "Symbolic",
            dependencies: [.product(name: "BigInt", package: "BigInt")],
            swiftSettings: strict
        ),
        .target(
            name: "Solver",
            dependencies: ["CZ3", "Symbolic"],
            swiftSettings: strict
        ),
        .target(
            name: "Verification",
            dependencies: ["Symbolic", "Solver"],
            swiftSettings: strict
        ),
        .target(
            name: "Dynamics",
            dependencies: ["Symbolic", "Verification"],
            swiftSettings: strict
        ),
        .target(
            name: "Simulation",
            dependencies: ["Symbolic", "Verification", "Dynamics"],
            swiftSettings: strict
        ),
        // The differential fuzzer (docs/reliability.md): its own claim AST, a direct SMT-LIB2
        // encoding and an exact evaluator, compared with the engine.
        .target(
            name: "Fuzz",
            dependencies: ["Symbolic", "Solver", "Verification", "Dynamics"],
            swiftSettings: strict
        ),
        // Proof bundles (docs/proof-logs.md): writing them, and re-checking them without
        // trusting the lionk that wrote them.
        .target(
            name: "Proof",
            dependencies: ["Symbolic", "Solver", "Verification", "Dynamics", "Simulation"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "lionk",
            dependencies: [
                "Symbolic", "Solver", "Verification", "Dynamics", "Simulation", "Fuzz", "Proof",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "SymbolicTests", dependencies: ["Symbolic"], swiftSettings: strict),
        .testTarget(name: "SolverTests", dependencies: ["Solver", "Symbolic"], swiftSettings: strict),
        .testTarget(name: "VerificationTests", dependencies: ["Verification", "Solver", "Symbolic", "Dynamics"], swiftSettings: strict),
        .testTarget(name: "DynamicsTests", dependencies: ["Dynamics", "Verification", "Symbolic"], swiftSettings: strict),
        // End-to-end: runs the built `lionk` binary (make test builds it first).
        .testTarget(name: "CLITests", dependencies: ["lionk"], swiftSettings: strict),
        .testTarget(name: "FuzzTests", dependencies: ["Fuzz", "Verification", "Symbolic"], exclude: ["Regressions"], swiftSettings: strict),
        .testTarget(name: "ProofTests", dependencies: ["Proof", "Verification", "Dynamics", "Symbolic"], swiftSettings: strict),
        .testTarget(name: "SimulationTests", dependencies: ["Simulation", "Dynamics", "Verification", "Symbolic"], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
