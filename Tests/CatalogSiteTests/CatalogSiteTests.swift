import Testing

@testable import CatalogSite
