// swift-tools-version: 6.1
import PackageDescription

// libFuzzer harness for the extractor and the claim analysis (see README.md here). A package
// of its own, so that the root `swift build` and `swift test` never see it: it only links
// with `-sanitize=fuzzer`, which supplies the fuzzing engine.
let package = Package(
    name: "ClaimDeskFuzz",
    dependencies: [.package(name: "ClaimDesk", path: "..")],
    targets: [
        // The declaration of libFuzzer's LLVMFuzzerRunDriver, which Swift needs from a header.
        .target(name: "FuzzerDriver"),
        .executableTarget(
            name: "claimdesk-fuzz",
            dependencies: [
                "FuzzerDriver",
                .product(name: "Quantities", package: "ClaimDesk"),
                .product(name: "ClaimAnalysis", package: "ClaimDesk"),
            ]
        ),
    ]
)
