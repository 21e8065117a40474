import Testing

@testable import GeoExport
