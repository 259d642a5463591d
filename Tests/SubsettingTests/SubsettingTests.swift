import Testing
@testable import Subsetting
