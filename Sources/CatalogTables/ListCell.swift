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
        return text.split(separator: ";", omittingEmptySubsequences: false).compactMap { item in
            let trimmed = item.trimmingSpaces()
            return trimmed.isEmpty ? nil : trimmed
        }
    }

    /// The canonical spelling of a list: items joined by `;` with no spaces around them.
    package static func join(_ items: [String]) -> String {
        items.joined(separator: ";")
    }
}
