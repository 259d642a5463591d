import Testing
@testable import ScalingSimulator
