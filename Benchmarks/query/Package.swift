// swift-tools-version:6.0
import PackageDescription

// A benchmark apart from the main package (not built by `swift build`/`swift test` there):
// loads a generated graph into NewsGraph's TripleIndex and times the bench queries.
let package = Package(
    name: "QueryBench",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "NewsGraph", path: "../..")],
    targets: [
        .executableTarget(
            name: "QueryBench",
            dependencies: [.product(name: "NewsGraph", package: "NewsGraph")],
            swiftSettings: [.unsafeFlags(["-Ounchecked"])]
        ),
    ]
)
