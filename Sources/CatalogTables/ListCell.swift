import CatalogModel

/// The `;`-separated list cells of the format.
package enum ListCell {
    /// The items of a list cell, trimmed, empty items dropped.
    package static func items(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        if !text.utf8.contains(UInt8(ascii: ";")) {
            let item = text.trimmingSpaces()
            return item.isEmpty ? [] : [item]
        }
        // Split on the UTF-8 bytes: `;` is ASCII, and this runs for every list cell of the catalog.
        return text.utf8.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: true).compactMap { item in
            let trimmed = Substring(item).trimmingSpaces()
            return trimmed.isEmpty ? nil : trimmed
        }
    }

    /// The canonical spelling of a list: items joined by `;` with no spaces around them.
    package static func join(_ items: [String]) -> String {
        items.joined(separator: ";")
    }
}
