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
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        // qpdf's C API: object access, to repair a font's ToUnicode map before Poppler reads the text.
        .systemLibrary(
            name: "CQPDF",
            pkgConfig: "libqpdf",
            providers: [.apt(["libqpdf-dev"])]
        ),
        // OpenSSL's libcrypto: the SHA-256 of every source file (SHA extensions where the CPU has
        // them; GLib's digest cost about 53 instructions a byte).
        .systemLibrary(
            name: "CLibCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        .target(name: "Extraction", dependencies: ["CPoppler", "CQPDF", "CLibCrypto"]),
        .target(name: "Layout", dependencies: ["Extraction"]),
        .target(name: "DocumentModel"),
        .target(name: "Structure", dependencies: ["Extraction", "Layout", "DocumentModel"]),
        .target(name: "JSONSchema"),
        // Citations of UN documents in running text (symbols, resolutions and decisions by number).
        .target(name: "Citations"),
        // The schema is compiled in (EmbeddedSchema.swift, made by Scripts/embed-schema.sh from
        // Resources/document.schema.json): the binary needs no resource bundle at run time.
        .target(name: "Writer", dependencies: ["DocumentModel", "JSONSchema", "Citations"], exclude: ["Resources"]),
        .target(name: "Pipeline", dependencies: ["Extraction", "Layout", "Structure", "Writer", "DocumentModel"]),
        // Other formats made from the written JSON: Akoma Ntoso XML, Markdown, plain text, JSON Lines.
        .target(name: "Export", dependencies: ["JSONSchema"]),
        // The ledger of the nightly job (SQLite through GRDB): files, runs, history. Read by
        // ingest, which writes it, and by report, which needs nothing else of ingest.
        .target(name: "Ledger", dependencies: [.product(name: "GRDB", package: "GRDB.swift")]),
        // The nightly job: worker processes, incremental runs over the ledger.
        .target(name: "Ingest", dependencies: ["Ledger", "Pipeline", "Writer", "DocumentModel", "Extraction"]),
        // Checks, comparisons and the HTML report over converted outputs and ledgers.
        .target(name: "Report", dependencies: ["Ledger", "Pipeline", "Writer", "JSONSchema", "DocumentModel", "Extraction", "Layout", "Structure", "Citations"]),
        .executableTarget(
            name: "docstruct",
            dependencies: ["Pipeline", "Writer", "JSONSchema", "Extraction", "Layout", "Ledger", "Ingest", "Report", "Export",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Locates ../shared (the corpus) and the repository for the tests.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "TestSupport"]),
        .testTarget(name: "LayoutTests", dependencies: ["Layout", "Extraction", "TestSupport"]),
        .testTarget(name: "StructureTests", dependencies: ["Structure", "Layout", "Extraction", "DocumentModel", "TestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "JSONSchemaTests", dependencies: ["JSONSchema"]),
        .testTarget(name: "WriterTests", dependencies: ["Writer", "JSONSchema", "DocumentModel"]),
        .testTarget(name: "IngestTests", dependencies: ["Ledger", "Ingest", "Pipeline", "Writer", "JSONSchema", "TestSupport",
                                                    "DocumentModel", "Extraction",
                                                    .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "ReportTests", dependencies: ["Report", "Ledger", "Ingest", "JSONSchema", "TestSupport", "Pipeline", "Writer", "Extraction"]),
        .testTarget(name: "CitationsTests", dependencies: ["Citations", "Pipeline", "Writer", "JSONSchema", "DocumentModel", "TestSupport"]),
        .testTarget(name: "ExportTests", dependencies: ["Export", "Pipeline", "Writer", "JSONSchema", "TestSupport"]),
        .testTarget(name: "IntegrationTests", dependencies: ["Pipeline", "Writer", "JSONSchema", "DocumentModel", "Extraction", "TestSupport"]),
    ]
)
