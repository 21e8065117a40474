import ArgumentParser
import CatalogModel
import CatalogServer
import Foundation
import Hummingbird
import Logging

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the catalog as a website and JSON API."
    )

    @OptionGroup var catalog: CatalogOptions

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0 picks a free one).")
    var port = 8080

    @Flag(help: "Watch the catalog's tables and serve new versions when they are valid.")
    var reload = false

    @Option(help: "The public address of the site, for canonical links and the sitemap.")
    var baseURL = ""

    @Option(help: "Log level: trace, debug, info, notice, warning, error or critical.")
    var logLevel = "info"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("unknown --log-level '\(logLevel)'")
        }
    }

    func run() async throws {
        let loaded = try catalog.loadValid()
        let indexDirectory = NSTemporaryDirectory() + "coursemap-serve-\(getpid())"
        let configuration = ServerConfiguration(
            host: host,
            port: port,
            catalogDirectory: catalog.directory,
            reload: reload,
            baseURL: baseURL,
            indexDirectory: indexDirectory,
            logLevel: Logger.Level(rawValue: logLevel) ?? .info
        )
        defer { try? FileManager.default.removeItem(atPath: indexDirectory) }
        let snapshot: CatalogSnapshot
        do {
            snapshot = try CatalogSnapshot(
                catalog: loaded.catalog,
                baseURL: baseURL,
                indexDirectory: configuration.indexDirectory,
                links: LiveCatalog.loadLinks(catalog.directory),
                sitemapLimit: configuration.sitemapLimit
            )
        } catch {
            printError("error: cannot build the search index: \(error)")
            throw ExitCode.failure
        }
        let live = LiveCatalog(snapshot, configuration: configuration)
        let host = self.host
        let lessons = loaded.catalog.lessons.count
        let app = buildApplication(configuration, live: live) { port in
            // Written straight to the file handle so it shows at once even when stdout is a pipe.
            FileHandle.standardOutput.write(
                Data("coursemap serving \(lessons) lessons at http://\(host):\(port)/\n".utf8)
            )
        }
        try await app.runService()
    }
}
