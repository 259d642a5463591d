// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [.swiftLanguageMode(.v6)]

/// Release `thaw` (and `thaw-bench-informer`, which stands for a controller binary built on the
/// framework) on Linux: the Swift runtime and Foundation linked statically, by lld, with packed
/// relative relocations and without exporting every symbol. An idle `thaw apiserver` then maps
/// 10 MiB less (BENCHMARKS.md, "Local API server"): one image instead of ten shared libraries,
/// no 3 MiB relocation table and no 2 MiB dynamic symbol table read at start-up. The static
/// Foundation archives do not name their own dependencies, hence the explicit libraries.
/// Debug builds and tests keep the default dynamic linking.
let thawReleaseLinking: [LinkerSetting] = [
    .unsafeFlags(
        [
            "-static-stdlib", "-use-ld=lld",
            "-Xlinker", "--no-export-dynamic", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
            "-l_FoundationCollections", "-lCoreFoundation", "-l_FoundationICU", "-l_FoundationCShims",
        ],
        .when(platforms: [.linux], configuration: .release)),
]

let package = Package(
    name: "thaw",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "thaw", targets: ["thaw"]),
        .executable(name: "configmap-mirror", targets: ["configmap-mirror"]),
        .library(name: "KubeAPI", targets: ["KubeAPI"]),
        .library(name: "ControllerRuntime", targets: ["ControllerRuntime"]),
        .library(name: "Subsetting", targets: ["Subsetting"]),
        .library(name: "RevisionScaling", targets: ["RevisionScaling"]),
        .library(name: "ScalingSimulator", targets: ["ScalingSimulator"]),
        .library(name: "KubeClient", targets: ["KubeClient"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.29.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.0.0"),
    ],
    targets: [
        .target(name: "KubeAPI", dependencies: [.product(name: "Yams", package: "Yams")], swiftSettings: strict),
        .target(name: "ThawDeterminism", swiftSettings: strict),
        .target(name: "KubePatch", dependencies: ["KubeAPI"], swiftSettings: strict),
        .target(name: "KubeSchema", dependencies: ["KubeAPI", "ThawDeterminism"], swiftSettings: strict),
        .target(name: "KubeProtobuf", dependencies: ["KubeAPI"], swiftSettings: strict),
        .target(
            name: "KubeLocalStore",
            dependencies: ["KubeAPI", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict),
        .target(
            name: "KubeLocal",
            dependencies: [
                "KubeAPI", "KubePatch", "KubeSchema", "KubeProtobuf", "KubeLocalStore", "ThawDeterminism",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict),
        .target(name: "KubeLocalCluster", dependencies: ["KubeAPI", "KubeClient", "ControllerRuntime", "ThawDeterminism"], swiftSettings: strict),
        .target(
            name: "ControllerRuntime",
            dependencies: [
                "KubeAPI", "KubeClient", "KubePatch", "ThawDeterminism",
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "HeapModule", package: "swift-collections"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            // Cross-module optimization lets callers specialize the generic work queue and store
            // for their key types: ~6× the work-queue throughput (BENCHMARKS.md).
            swiftSettings: strict),
        .executableTarget(
            name: "thaw-bench-runtime",
            dependencies: ["ControllerRuntime", "KubeAPI", "KubeClient", "KubeLocal"],
            swiftSettings: strict),
        .executableTarget(
            // The informer-memory client on its own: only what a controller links, so that its
            // resident set measures the framework and not the benchmarks' local server.
            name: "thaw-bench-informer",
            dependencies: ["ControllerRuntime", "KubeAPI", "KubeClient"],
            swiftSettings: strict,
            linkerSettings: thawReleaseLinking),
        .target(
            name: "ConfigMapMirror",
            dependencies: ["ControllerRuntime", "KubeAPI", "KubeClient"],
            path: "Examples/ConfigMapMirror/MirrorController",
            swiftSettings: strict),
        .executableTarget(
            name: "configmap-mirror",
            dependencies: [
                "ConfigMapMirror", "ControllerRuntime", "KubeClient",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            path: "Examples/ConfigMapMirror/Main",
            swiftSettings: strict),
        .target(
            name: "KubeClient",
            dependencies: [
                "KubeAPI",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: strict),
        .executableTarget(
            name: "thaw-bench-client",
            dependencies: ["KubeAPI", "KubeClient"],
            swiftSettings: strict),
        .target(
            name: "ImageCaching",
            dependencies: ["KubeAPI", "KubeClient", "ControllerRuntime", "ThawDeterminism", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict),
        .target(name: "Subsetting", dependencies: ["ThawDeterminism"], swiftSettings: strict),
        .target(name: "SubsettingExample", dependencies: ["Subsetting", "ThawDeterminism"], swiftSettings: strict),
        .target(name: "RevisionScaling", swiftSettings: strict),
        .target(
            name: "ScalingSimulator",
            dependencies: ["RevisionScaling", "ThawDeterminism", .product(name: "Collections", package: "swift-collections"), .product(name: "Yams", package: "Yams")],
            swiftSettings: strict),
        .target(
            name: "ScalingSimulatorWeb",
            dependencies: [
                "ScalingSimulator", "RevisionScaling",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict),
        .executableTarget(
            name: "thaw",
            dependencies: [
                "KubeAPI", "KubeLocal", "Subsetting", "RevisionScaling", "ScalingSimulator", "ScalingSimulatorWeb",
                "SubsettingExample",
                "KubeLocalCluster", "KubeClient", "ControllerRuntime", "ImageCaching",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict,
            linkerSettings: thawReleaseLinking),
        // Helpers shared by integration test targets (polling, conflict-retrying updates).
        .target(name: "ThawTestSupport", dependencies: ["KubeAPI", "KubeClient"], path: "Tests/ThawTestSupport", swiftSettings: strict),
        .testTarget(name: "KubeAPITests", dependencies: ["KubeAPI", "ThawDeterminism"], swiftSettings: strict),
        .testTarget(name: "KubePatchTests", dependencies: ["KubePatch"], swiftSettings: strict),
        .testTarget(name: "KubeSchemaTests", dependencies: ["KubeSchema"], swiftSettings: strict),
        .testTarget(
            name: "KubeProtobufTests", dependencies: ["KubeProtobuf", "KubeAPI", "ThawDeterminism"], exclude: ["Fixtures"],
            swiftSettings: strict),
        .testTarget(name: "KubeLocalStoreTests", dependencies: ["KubeLocalStore", "ThawDeterminism"], swiftSettings: strict),
        .testTarget(
            name: "KubeLocalTests",
            dependencies: [
                "KubeLocal",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: strict),
        .testTarget(
            name: "ImageCachingTests",
            dependencies: [
                "ImageCaching", "KubeLocalCluster", "KubeAPI", "KubeClient", "ControllerRuntime", "KubeLocal", "ThawDeterminism", "ThawTestSupport",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict),
        .testTarget(name: "SubsettingTests", dependencies: ["Subsetting", "SubsettingExample", "ThawDeterminism"], swiftSettings: strict),
        .testTarget(name: "SubsettingCommandTests", dependencies: ["thaw"], swiftSettings: strict),
        .testTarget(name: "ManagerCommandTests", dependencies: ["thaw", "ImageCaching"], swiftSettings: strict),
        .testTarget(name: "ServerCommandTests", dependencies: ["thaw", "KubeLocal", "KubeClient", "KubeAPI"], swiftSettings: strict),
        .testTarget(
            name: "KubeLocalClusterTests",
            dependencies: ["KubeLocalCluster", "KubeAPI", "KubeClient", "ControllerRuntime", "KubeLocal", "ThawDeterminism", "ThawTestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "KubeClientTests",
            dependencies: [
                "KubeClient", "KubeLocal", "KubeLocalStore", "ThawDeterminism",
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "MetricsTestKit", package: "swift-metrics"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: strict),
        .testTarget(
            name: "ControllerRuntimeTests",
            dependencies: [
                "ControllerRuntime", "ConfigMapMirror", "KubeClient", "KubeLocal", "ThawDeterminism", "ThawTestSupport",
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            swiftSettings: strict),
        .testTarget(name: "RevisionScalingTests", dependencies: ["RevisionScaling", "ThawDeterminism"], swiftSettings: strict),
        .testTarget(name: "ScalingSimulatorTests", dependencies: ["ScalingSimulator", "ThawDeterminism"], swiftSettings: strict),
        .testTarget(name: "SimDecideTests", dependencies: ["thaw"], swiftSettings: strict),
        .testTarget(name: "SimRunTests", dependencies: ["thaw"], swiftSettings: strict),
        .testTarget(
            name: "ScalingSimulatorWebTests",
            dependencies: [
                "ScalingSimulatorWeb", "ScalingSimulator",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict),
    ]
)
