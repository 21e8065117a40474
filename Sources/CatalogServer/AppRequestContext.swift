import Foundation
import Hummingbird

/// The request context of every route: sorted-key JSON and a small upload limit.
package struct AppRequestContext: RequestContext {
    package var coreContext: CoreRequestContextStorage

    package init(source: Source) {
        coreContext = .init(source: source)
    }

    /// Every route is GET; a body larger than this is refused.
    package var maxUploadSize: Int { 16 * 1024 }

    /// Deterministic JSON: sorted keys, ISO-8601 dates, no escaped slashes.
    package var responseEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }
}
