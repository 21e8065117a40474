import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// An HTTP/1.1 server on 127.0.0.1 started by a test: scripted answers by path, and a record
/// of what it saw (requests per path, methods, the most requests in flight per host name).
///
/// Paths: `/ok`, `/chain/N` (N permanent redirects), `/temporary`, `/loop/a`, `/status/CODE`,
/// `/limited/KEY` (429 with Retry-After once), `/flaky/KEY` (503 once), `/slow`, `/nohead`
/// (HEAD 405), `/delay/MS/...`, and any path whose status a test sets with ``setStatus(_:for:)``.
final class LocalHTTPServer: Sendable {
    struct Record {
        var active: [String: Int] = [:]
        var maxActive: [String: Int] = [:]
        var maxActiveOverall = 0
        var activeOverall = 0
        var requests: [String: Int] = [:]
        var methods: [String: [String]] = [:]
        var userAgents: Set<String> = []
        var statuses: [String: Int] = [:]
    }

    let port: Int
    private let record = Mutex(Record())

    private init(port: Int) { self.port = port }

    /// The address of a path on a host name that reaches this server.
    func url(_ path: String, host: String = "127.0.0.1") -> String { "http://\(host):\(port)\(path)" }

    /// What the server saw so far.
    var seen: Record { record.withLock { $0 } }

    /// Makes a path answer a status from now on.
    func setStatus(_ status: Int, for path: String) { record.withLock { $0.statuses[path] = status } }

    /// Starts a server on 127.0.0.1, runs the body, then stops the server.
    static func withServer<T: Sendable>(_ body: (LocalHTTPServer) async throws -> T) async throws -> T {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: 0) { child in
                child.eventLoop.makeCompletedFuture {
                    try child.pipeline.syncOperations.configureHTTPServerPipeline()
                    return try NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>(
                        wrappingChannelSynchronously: child
                    )
                }
            }
        let server = LocalHTTPServer(port: channel.channel.localAddress?.port ?? 0)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await withThrowingDiscardingTaskGroup { connections in
                    try await channel.executeThenClose { inbound in
                        for try await connection in inbound {
                            connections.addTask { await server.serve(connection) }
                        }
                    }
                }
            }
            do {
                let result = try await body(server)
                group.cancelAll()
                try? await channel.channel.close()
                return result
            } catch {
                group.cancelAll()
                try? await channel.channel.close()
                throw error
            }
        }
    }

    /// A port on 127.0.0.1 where nothing listens: a server is bound there and closed again.
    static func closedPort() async throws -> Int {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0).get()
        let port = channel.localAddress?.port ?? 1
        try await channel.close()
        return port
    }

    // MARK: - Serving

    private struct Reply {
        var status: Int
        var headers: [(String, String)] = []
        var delay: Duration = .zero
    }

    private func serve(_ connection: NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>) async {
        try? await connection.executeThenClose { inbound, outbound in
            var head: HTTPRequestHead?
            for try await part in inbound {
                switch part {
                case .head(let value): head = value
                case .body: break
                case .end:
                    guard let request = head else { continue }
                    let host =
                        (request.headers.first(name: "Host") ?? "").split(separator: ":").first.map(String.init)
                        ?? ""
                    let reply = enter(request, host: host)
                    if reply.delay > .zero { try? await Task.sleep(for: reply.delay) }
                    var headers = HTTPHeaders(reply.headers)
                    let body = "status \(reply.status)\n"
                    headers.add(name: "Content-Length", value: String(body.utf8.count))
                    try await outbound.write(
                        .head(
                            HTTPResponseHead(
                                version: .http1_1,
                                status: .init(statusCode: reply.status),
                                headers: headers
                            )
                        )
                    )
                    if request.method != .HEAD {
                        try await outbound.write(.body(.byteBuffer(ByteBuffer(string: body))))
                    }
                    try await outbound.write(.end(nil))
                    leave(host: host)
                    head = nil
                }
            }
        }
    }

    private func enter(_ request: HTTPRequestHead, host: String) -> Reply {
        let path = request.uri
        let (count, override) = record.withLock { record in
            record.requests[path, default: 0] += 1
            record.methods[path, default: []].append(request.method.rawValue)
            if let agent = request.headers.first(name: "User-Agent") { record.userAgents.insert(agent) }
            record.active[host, default: 0] += 1
            record.maxActive[host] = max(record.maxActive[host] ?? 0, record.active[host] ?? 0)
            record.activeOverall += 1
            record.maxActiveOverall = max(record.maxActiveOverall, record.activeOverall)
            return (record.requests[path] ?? 1, record.statuses[path])
        }
        if let override { return Reply(status: override) }
        let parts = path.split(separator: "/").map(String.init)
        switch parts.first {
        case "ok": return Reply(status: 200)
        case "temporary": return Reply(status: 302, headers: [("Location", "/ok")])
        case "chain":
            let remaining = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
            if remaining <= 0 { return Reply(status: 200) }
            return Reply(status: 301, headers: [("Location", "/chain/\(remaining - 1)")])
        case "loop":
            let next = parts.count > 1 && parts[1] == "a" ? "/loop/b" : "/loop/a"
            return Reply(status: 302, headers: [("Location", next)])
        case "status": return Reply(status: parts.count > 1 ? Int(parts[1]) ?? 500 : 500)
        case "limited":
            return count == 1 ? Reply(status: 429, headers: [("Retry-After", "7")]) : Reply(status: 200)
        case "flaky": return Reply(status: count == 1 ? 503 : 200)
        case "slow": return Reply(status: 200, delay: .seconds(3))
        case "nohead": return Reply(status: request.method == .HEAD ? 405 : 200)
        case "delay":
            let milliseconds = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
            return Reply(status: 200, delay: .milliseconds(milliseconds))
        default: return Reply(status: 404)
        }
    }

    private func leave(host: String) {
        record.withLock { record in
            record.active[host, default: 1] -= 1
            record.activeOverall -= 1
        }
    }
}
