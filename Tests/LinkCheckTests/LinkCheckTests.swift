import Testing

@testable import LinkCheck
