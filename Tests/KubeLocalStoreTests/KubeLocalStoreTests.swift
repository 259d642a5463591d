import Testing
@testable import KubeLocalStore
