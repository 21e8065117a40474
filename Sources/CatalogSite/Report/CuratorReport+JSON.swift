import CatalogCheck
import Foundation

extension CuratorReport {
    /// The report as pretty JSON with sorted keys: the same catalog gives the same bytes.
    package func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
