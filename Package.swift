// swift-tools-version:6.0
import PackageDescription

// Modules follow the data: text -> ontology -> extraction -> graph -> store/query -> export/audit -> CLI.
// Each outside dependency is imported by exactly one module.
let package = Package(
    name: "NewsGraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "NewsGraph", targets: ["NewsGraph"]),
        .library(name: "NewsGraphExport", targets: ["NewsGraphExport"]),
        .executable(name: "newsgraph", targets: ["newsgraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "NewsGraphXML", dependencies: ["CLibXML2"]),
        .target(name: "NewsGraphRDF", dependencies: ["NewsGraphXML"]),
        .target(name: "NewsGraphText"),
        .target(name: "NewsGraphOntology", dependencies: ["NewsGraphText", "NewsGraphRDF"]),
        .target(name: "NewsGraphExtraction", dependencies: ["NewsGraphText", "NewsGraphOntology"]),
        .target(name: "NewsGraphSPARQL", dependencies: ["NewsGraphRDF", "NewsGraphXML", "NewsGraphText"]),
        .target(name: "NewsGraph", dependencies: [
            "NewsGraphText", "NewsGraphOntology", "NewsGraphExtraction", "NewsGraphRDF", "NewsGraphSPARQL",
        ]),
        .target(name: "NewsGraphStore", dependencies: [
            "NewsGraph", "NewsGraphRDF", "NewsGraphText", "NewsGraphOntology", "NewsGraphExtraction",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "NewsGraphExport", dependencies: ["NewsGraph", "NewsGraphRDF", "NewsGraphXML"]),
        // HTTP through Foundation's URLSession (FoundationNetworking on Linux): no new dependency.
        .target(name: "NewsGraphPush", dependencies: ["NewsGraph", "NewsGraphRDF", "NewsGraphExport"]),
        .target(name: "NewsGraphAudit", dependencies: [
            "NewsGraph", "NewsGraphExtraction", "NewsGraphOntology", "NewsGraphText", "NewsGraphXML",
        ]),
        .target(name: "NewsGraphCLI", dependencies: [
            "NewsGraph", "NewsGraphText", "NewsGraphOntology", "NewsGraphExtraction", "NewsGraphRDF",
            "NewsGraphSPARQL", "NewsGraphStore", "NewsGraphExport", "NewsGraphPush", "NewsGraphAudit", "NewsGraphXML",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "newsgraph", dependencies: ["NewsGraphCLI"]),

        .testTarget(name: "NewsGraphXMLTests", dependencies: ["NewsGraphXML"]),
        .testTarget(name: "NewsGraphRDFTests", dependencies: ["NewsGraphRDF", "NewsGraphXML"]),
        .testTarget(name: "NewsGraphTextTests", dependencies: ["NewsGraphText"]),
        .testTarget(name: "NewsGraphOntologyTests", dependencies: ["NewsGraphOntology", "NewsGraphText"]),
        .testTarget(name: "NewsGraphExtractionTests", dependencies: ["NewsGraphExtraction", "NewsGraphOntology", "NewsGraphText"]),
        .testTarget(name: "NewsGraphSPARQLTests", dependencies: ["NewsGraphSPARQL", "NewsGraphRDF", "NewsGraphXML", "NewsGraphText"]),
        .testTarget(name: "NewsGraphTests", dependencies: ["NewsGraph", "NewsGraphExtraction", "NewsGraphOntology", "NewsGraphRDF", "NewsGraphSPARQL"]),
        .testTarget(name: "NewsGraphStoreTests", dependencies: [
            "NewsGraphStore", "NewsGraph", "NewsGraphExtraction", "NewsGraphOntology", "NewsGraphRDF", "NewsGraphText",
        ]),
        .testTarget(name: "NewsGraphExportTests", dependencies: ["NewsGraphExport", "NewsGraph", "NewsGraphRDF"]),
        .testTarget(name: "NewsGraphPushTests", dependencies: [
            "NewsGraphPush", "NewsGraphExport", "NewsGraphStore", "NewsGraphSPARQL", "NewsGraph", "NewsGraphRDF",
        ]),
        .testTarget(name: "NewsGraphAuditTests", dependencies: [
            "NewsGraphAudit", "NewsGraph", "NewsGraphExtraction", "NewsGraphOntology",
        ]),
        .testTarget(name: "NewsGraphCLITests", dependencies: ["NewsGraphCLI", "NewsGraphStore", "NewsGraph", "NewsGraphRDF"]),
    ]
)
