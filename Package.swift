// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "newsdesk",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "newsdesk", targets: ["newsdesk"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        // C shims: the only places that include C headers.
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // SHA-256 from Debian's libcrypto (swift-crypto would compile BoringSSL on every CI run).
        .systemLibrary(name: "CLibCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),

        // Linux process calls Glibc's Swift module leaves out (pipe2, accept4, prctl, setrlimit).
        .target(name: "CSystem"),

        // Safe Swift binding over libpq; knows nothing of jobs or articles.
        .target(name: "LibPQ", dependencies: ["CLibPQ"]),
        // What extraction and enrichment share: the date grammar and calendar words, typed flags
        // and field sources, furniture phrase lists, byte search, script-aware word measures.
        // Pure Swift: no Foundation, no I/O.
        .target(name: "TextCore"),
        // libxml2's HTML parser walked in place into a compact block list; imports no Foundation.
        .target(name: "HTMLParser", dependencies: ["CLibXML2", "TextCore"]),
        // Raw page (HTML or text dump) -> clean article; knows nothing of PostgreSQL.
        .target(name: "Extraction", dependencies: ["HTMLParser", "TextCore"]),
        // Clean article -> language, entities, countries, dates, quotes, keyphrases, ... (shares
        // TextCore with extraction; never sees navigation or teasers).
        .target(name: "Enrichment", dependencies: ["TextCore", "CLibCrypto"], resources: [.copy("Resources")]),
        // The job table: migrations, claiming, completion, leases, retries.
        .target(name: "Queue", dependencies: ["LibPQ"], resources: [.copy("SQL")]),
        // Wires queue, extraction and enrichment into a long-running worker.
        .target(name: "Daemon", dependencies: [
            "Queue", "LibPQ", "Extraction", "Enrichment", "TextCore", "CSystem",
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Prometheus", package: "swift-prometheus"),
        ]),
        // The release number, importable by the CLI and the worker alike.
        .target(name: "BuildInfo"),
        .executableTarget(name: "newsdesk", dependencies: [
            "Daemon", "Queue", "LibPQ", "Extraction", "BuildInfo", "CLibCrypto",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),

        // Test utilities: throwaway databases, seeded randomness, paths to shared data.
        .target(name: "TestSupport", dependencies: ["LibPQ", "Queue"], path: "Tests/TestSupport"),

        // Unit tests: no database.
        .testTarget(name: "TextCoreTests", dependencies: ["TextCore"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "HTMLParser", "TextCore", "TestSupport"]),
        .testTarget(name: "EnrichmentTests", dependencies: ["Enrichment", "TextCore", "TestSupport"]),
        // Integration tests: need DATABASE_URL pointing at a real PostgreSQL (scripts/test starts one).
        .testTarget(name: "LibPQTests", dependencies: ["LibPQ", "TestSupport"]),
        .testTarget(name: "QueueTests", dependencies: ["Queue", "LibPQ", "TestSupport"]),
        .testTarget(name: "DaemonTests", dependencies: ["Daemon", "Queue", "LibPQ", "Extraction", "TestSupport"]),
        // Operations: the shipped roles, unit, install and samples, driven through the built binary.
        .testTarget(name: "OperationsTests", dependencies: ["LibPQ", "Queue", "BuildInfo", "TestSupport"]),
    ]
)
