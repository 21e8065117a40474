import CatalogModel
import Foundation
import Logging
import ServiceLifecycle

/// Watches the catalog's table files and reloads the live catalog when they change.
///
/// Polls modification times and sizes (portable, no inotify); a change that leaves the
/// tables with errors is logged and the old catalog keeps serving.
package struct CatalogWatcher: Service {
    let live: LiveCatalog
    let directory: String
    let interval: Duration
    let logger: Logger

    package init(live: LiveCatalog, directory: String, interval: Duration, logger: Logger) {
        self.live = live
        self.directory = directory
        self.interval = interval
        self.logger = logger
    }

    package func run() async throws {
        var seen = fingerprint()
        while !Task.isCancelled {
            do {
                try await Task.sleep(for: interval)
            } catch {
                return  // cancelled: the server is shutting down
            }
            let now = fingerprint()
            guard now != seen else { continue }
            seen = now
            do {
                let generation = try live.reload()
                logger.info("catalog reloaded", metadata: ["generation": "\(generation)"])
            } catch {
                logger.warning("catalog not reloaded, still serving the previous one", metadata: ["reason": "\(error)"])
            }
        }
    }

    /// Size and modification time of each table file; a missing file counts as a change too.
    func fingerprint() -> [String] {
        TableKind.allCases.map { table in
            let file = directory + "/" + table.fileName
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: file) else { return "-" }
            let size = (attributes[.size] as? NSNumber)?.intValue ?? -1
            let date = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return "\(size)@\(date)"
        }
    }
}
