import Testing

@testable import OutlineImport
