// swift-tools-version:6.0
import PackageDescription

// Export speed benchmark: a separate package so the main package's tests never build it.
// Run it through run.sh, which builds it in release mode and times the peers alongside.
let package = Package(
    name: "ExportBenchmark",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "NewsGraph", path: "../.."),
    ],
    targets: [
        .executableTarget(name: "export-bench", dependencies: [
            .product(name: "NewsGraph", package: "NewsGraph"),
            .product(name: "NewsGraphExport", package: "NewsGraph"),
        ]),
    ]
)
