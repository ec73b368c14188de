// swift-tools-version: 6.1
import PackageDescription

// One library per job, so that the layout shows the architecture:
// Quantities (numbers in text) → ClaimAnalysis (claims, attribution, flags)
// → ClaimModel (the stored desk as plain values) → ClaimStore (SQLite) and ClaimReports
// (Markdown, JSON, CSV; reads the model, never the store), with a thin `claimdesk` on top.
// Extraction (Quantities, ClaimAnalysis) does no I/O and never imports storage.
let package = Package(
    name: "ClaimDesk",
    // macOS 15: `String(validating:as:)` (the strict UTF-8 check of article files) is new there.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "claimdesk", targets: ["claimdesk"]),
        .library(name: "Quantities", targets: ["Quantities"]),
        .library(name: "ClaimAnalysis", targets: ["ClaimAnalysis"]),
        .library(name: "ClaimModel", targets: ["ClaimModel"]),
        .library(name: "ClaimStore", targets: ["ClaimStore"]),
        .library(name: "ClaimReports", targets: ["ClaimReports"]),
        .library(name: "DeskKit", targets: ["DeskKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .target(name: "Quantities"),
        .target(name: "ClaimAnalysis", dependencies: ["Quantities"]),
        // The desk's domain: stored articles, claims, figures, flags, reviews and the review
        // rules, as plain values. No storage: every store and front end speaks in these.
        .target(name: "ClaimModel", dependencies: ["ClaimAnalysis", "Quantities"]),
        .target(
            name: "ClaimStore",
            dependencies: ["ClaimModel", "ClaimAnalysis", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(name: "ClaimReports", dependencies: ["ClaimModel", "ClaimAnalysis"]),
        // The desk's use cases, which every front end calls: reading article files, evidence rules.
        .target(name: "DeskKit", dependencies: ["ClaimModel", "ClaimAnalysis", "ClaimReports"]),
        .executableTarget(
            name: "claimdesk",
            dependencies: [
                "Quantities", "ClaimAnalysis", "ClaimModel", "ClaimStore", "ClaimReports", "DeskKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers shared by the test targets (golden files, the package root); not shipped.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        // Release-build throughput and memory figures: `swift run -c release claimdesk-bench`.
        .executableTarget(name: "claimdesk-bench", dependencies: ["Quantities", "ClaimAnalysis"]),
        // Calibration/ holds the hand-annotated news sentences the figure scorer reads from disk.
        .testTarget(name: "QuantitiesTests", dependencies: ["Quantities", "TestSupport"], exclude: ["Calibration"]),
        // Calibration/ holds the hand-labelled sentences the calibration suites read from disk.
        .testTarget(name: "ClaimAnalysisTests", dependencies: ["ClaimAnalysis", "Quantities", "TestSupport"], exclude: ["Calibration"]),
        .testTarget(
            name: "ClaimStoreTests",
            dependencies: [
                "ClaimModel", "ClaimStore", .product(name: "GRDB", package: "GRDB.swift"),
                // The work counter of LinearWorkTests reads SQLite's own statement counters.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // Golden files and fixtures are read from disk by path, not built.
        .testTarget(
            name: "ClaimReportsTests", dependencies: ["ClaimReports", "ClaimModel", "ClaimStore", "TestSupport"], exclude: ["Golden"]),
        // Unit tests of the desk's use cases, no process launched.
        .testTarget(name: "DeskKitTests", dependencies: ["DeskKit", "ClaimModel", "ClaimStore", "TestSupport"]),
        .testTarget(
            name: "ClaimDeskCLITests",
            dependencies: ["claimdesk", "ClaimModel", "ClaimStore", "DeskKit", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Golden", "Fixtures"]
        ),
    ]
)
