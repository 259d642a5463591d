// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "thaw",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "thaw", targets: ["thaw"]),
        .library(name: "KubeAPI", targets: ["KubeAPI"]),
        .library(name: "Subsetting", targets: ["Subsetting"]),
        .library(name: "RevisionScaling", targets: ["RevisionScaling"]),
        .library(name: "ScalingSimulator", targets: ["ScalingSimulator"]),
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
    ],
    targets: [
        .target(name: "KubeAPI", dependencies: [.product(name: "Yams", package: "Yams")], swiftSettings: strict),
        .target(name: "KubePatch", dependencies: ["KubeAPI"], swiftSettings: strict),
        .target(name: "KubeSchema", dependencies: ["KubeAPI"], swiftSettings: strict),
        .target(name: "KubeProtobuf", dependencies: ["KubeAPI"], swiftSettings: strict),
        .target(
            name: "KubeLocalStore",
            dependencies: ["KubeAPI", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict),
        .target(
            name: "KubeLocal",
            dependencies: [
                "KubeAPI", "KubePatch", "KubeSchema", "KubeProtobuf", "KubeLocalStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict),
        .target(name: "KubeLocalCluster", dependencies: ["KubeAPI"], swiftSettings: strict),
        .target(name: "Subsetting", swiftSettings: strict),
        .target(name: "RevisionScaling", swiftSettings: strict),
        .target(
            name: "ScalingSimulator",
            dependencies: ["RevisionScaling", .product(name: "Collections", package: "swift-collections"), .product(name: "Yams", package: "Yams")],
            swiftSettings: strict),
        .executableTarget(
            name: "thaw",
            dependencies: [
                "KubeAPI", "KubeLocal", "Subsetting", "RevisionScaling", "ScalingSimulator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),
        .testTarget(name: "KubeAPITests", dependencies: ["KubeAPI"], swiftSettings: strict),
        .testTarget(name: "KubePatchTests", dependencies: ["KubePatch"], swiftSettings: strict),
        .testTarget(name: "KubeSchemaTests", dependencies: ["KubeSchema"], swiftSettings: strict),
        .testTarget(
            name: "KubeProtobufTests", dependencies: ["KubeProtobuf", "KubeAPI"], exclude: ["Fixtures"],
            swiftSettings: strict),
        .testTarget(name: "KubeLocalStoreTests", dependencies: ["KubeLocalStore"], swiftSettings: strict),
        .testTarget(
            name: "KubeLocalTests",
            dependencies: [
                "KubeLocal",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            swiftSettings: strict),
        .testTarget(name: "KubeLocalClusterTests", dependencies: ["KubeLocalCluster", "KubeAPI"], swiftSettings: strict),
        .testTarget(name: "SubsettingTests", dependencies: ["Subsetting"], swiftSettings: strict),
        .testTarget(name: "RevisionScalingTests", dependencies: ["RevisionScaling"], swiftSettings: strict),
        .testTarget(name: "ScalingSimulatorTests", dependencies: ["ScalingSimulator"], swiftSettings: strict),
    ]
)
