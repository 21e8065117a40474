import Testing

@testable import CatalogServer
