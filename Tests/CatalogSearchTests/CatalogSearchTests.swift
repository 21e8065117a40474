import Testing

@testable import CatalogSearch
