import Testing

@testable import LearningGraph
