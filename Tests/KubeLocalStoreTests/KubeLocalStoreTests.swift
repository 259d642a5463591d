import KubeAPI
import Testing

@testable import KubeLocalStore
