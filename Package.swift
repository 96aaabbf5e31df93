// swift-tools-version:6.0
import PackageDescription

// One target per pipeline stage; data flows one way:
// PDF bytes → Extraction (glyphs) → Layout (words, lines, zones, blocks)
// → Structure (document model) → Writer (validated JSON). Pipeline composes them.
let package = Package(
    name: "docstruct",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "docstruct", targets: ["docstruct"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        .target(name: "Extraction", dependencies: ["CPoppler"]),
        .target(name: "Layout", dependencies: ["Extraction"]),
        .target(name: "DocumentModel"),
        .target(name: "Structure", dependencies: ["Layout", "DocumentModel"]),
        .target(name: "JSONSchema"),
        .target(name: "Writer", dependencies: ["DocumentModel", "JSONSchema"],
                resources: [.copy("Resources/document.schema.json")]),
        .target(name: "Pipeline", dependencies: ["Extraction", "Layout", "Structure", "Writer"]),
        .executableTarget(
            name: "docstruct",
            dependencies: ["Pipeline", "Writer", "JSONSchema", "Extraction", "Layout",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Locates ../shared (the corpus) and the repository for the tests.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "TestSupport"]),
        .testTarget(name: "LayoutTests", dependencies: ["Layout", "TestSupport"]),
        .testTarget(name: "StructureTests", dependencies: ["Structure", "Layout", "Extraction", "DocumentModel", "TestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "JSONSchemaTests", dependencies: ["JSONSchema"]),
        .testTarget(name: "WriterTests", dependencies: ["Writer", "JSONSchema", "DocumentModel"]),
        .testTarget(name: "IntegrationTests", dependencies: ["Pipeline", "Writer", "JSONSchema", "DocumentModel", "TestSupport"]),
    ]
)
