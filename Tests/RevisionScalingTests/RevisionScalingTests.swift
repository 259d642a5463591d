import Testing
@testable import RevisionScaling
