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
    ],
    targets: [
        .target(name: "KubeAPI", dependencies: [.product(name: "Yams", package: "Yams")], swiftSettings: strict),
        .target(name: "KubePatch", dependencies: ["KubeAPI"], swiftSettings: strict),
        .target(name: "KubeSchema", dependencies: ["KubeAPI"], swiftSettings: strict),
        .target(name: "Subsetting", swiftSettings: strict),
        .target(name: "RevisionScaling", swiftSettings: strict),
        .target(
            name: "ScalingSimulator",
            dependencies: ["RevisionScaling", .product(name: "Collections", package: "swift-collections"), .product(name: "Yams", package: "Yams")],
            swiftSettings: strict),
        .executableTarget(
            name: "thaw",
            dependencies: [
                "KubeAPI", "Subsetting", "RevisionScaling", "ScalingSimulator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),
        .testTarget(name: "KubeAPITests", dependencies: ["KubeAPI"], swiftSettings: strict),
        .testTarget(name: "KubePatchTests", dependencies: ["KubePatch"], swiftSettings: strict),
        .testTarget(name: "KubeSchemaTests", dependencies: ["KubeSchema"], swiftSettings: strict),
        .testTarget(name: "SubsettingTests", dependencies: ["Subsetting"], swiftSettings: strict),
        .testTarget(name: "RevisionScalingTests", dependencies: ["RevisionScaling"], swiftSettings: strict),
        .testTarget(name: "ScalingSimulatorTests", dependencies: ["ScalingSimulator"], swiftSettings: strict),
        .testTarget(name: "SimDecideTests", dependencies: ["thaw"], swiftSettings: strict),
        .testTarget(name: "SimRunTests", dependencies: ["thaw"], swiftSettings: strict),
    ]
)
