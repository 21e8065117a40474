// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "coursemap",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "coursemap", targets: ["coursemap"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.0"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.5.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.24.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.0.0"),
        // LinkCheck's request types and LinkCheckTests' local server; async-http-client brings it in anyway.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.81.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.0.0"),
    ],
    targets: [
        // MARK: - Pure core
        .target(name: "CatalogModel", swiftSettings: swiftSettings),
        .target(name: "CatalogTables", dependencies: ["CatalogModel"], swiftSettings: swiftSettings),
        .target(name: "CatalogCheck", dependencies: ["CatalogModel"], swiftSettings: swiftSettings),
        .target(
            name: "OutlineImport",
            dependencies: ["CatalogModel", "CatalogTables"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "LearningGraph",
            dependencies: ["CatalogModel", "CatalogCheck"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "GeoExport",
            dependencies: ["CatalogModel", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "CatalogSite",
            dependencies: ["CatalogModel", "CatalogTables", "CatalogCheck", "LearningGraph", "CatalogSearch"],
            swiftSettings: swiftSettings
        ),

        // MARK: - Adapters
        .target(
            name: "CatalogSearch",
            dependencies: ["CatalogModel", "CatalogCheck", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "CatalogServer",
            dependencies: [
                "CatalogModel", "CatalogTables", "CatalogCheck", "LearningGraph", "CatalogSearch", "CatalogSite",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "LinkCheck",
            dependencies: [
                "CatalogModel", "CatalogTables", .product(name: "AsyncHTTPClient", package: "async-http-client"),
                // AsyncHTTPClient's own vocabulary (TimeAmount, HTTPMethod), not a second client.
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: - Executable
        .executableTarget(
            name: "coursemap",
            dependencies: [
                "CatalogModel", "CatalogTables", "CatalogCheck", "OutlineImport", "LearningGraph", "CatalogSearch",
                "GeoExport", "CatalogSite", "CatalogServer", "LinkCheck",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: - Tests
        .target(
            name: "CatalogTestSupport",
            dependencies: ["CatalogModel", "CatalogTables"],
            path: "Tests/CatalogTestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "CatalogModelTests", dependencies: ["CatalogModel"], swiftSettings: swiftSettings),
        .testTarget(
            name: "CatalogTablesTests",
            dependencies: ["CatalogTables", "CatalogTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CatalogCheckTests",
            dependencies: ["CatalogCheck", "CatalogTables", "CatalogTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OutlineImportTests",
            dependencies: ["OutlineImport", "CatalogCheck", "CatalogTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "LearningGraphTests",
            dependencies: ["LearningGraph", "CatalogTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "GeoExportTests",
            dependencies: ["GeoExport", "CatalogTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CatalogSearchTests",
            dependencies: ["CatalogSearch", "CatalogTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CatalogSiteTests",
            dependencies: ["CatalogSite", "CatalogTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CatalogServerTests",
            dependencies: [
                "CatalogServer", "CatalogTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "LinkCheckTests",
            dependencies: [
                "LinkCheck", "CatalogTestSupport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
