import Testing

@testable import CatalogModel
