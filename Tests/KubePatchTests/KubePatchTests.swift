import Testing
@testable import KubePatch
