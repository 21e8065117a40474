import Testing

@testable import CatalogTables
