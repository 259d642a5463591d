import Testing
@testable import KubeLocal
