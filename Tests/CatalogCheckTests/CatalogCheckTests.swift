import Testing

@testable import CatalogCheck
