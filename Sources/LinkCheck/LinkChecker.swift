import AsyncHTTPClient
import CatalogTables
import Foundation
import NIOCore
import NIOHTTP1

/// Checks web addresses concurrently and politely: a total limit, a per-host limit with a
/// minimum interval between starts, redirects followed by hand, and retries with backoff.
///
/// One shared `HTTPClient` per run; HEAD first, GET when HEAD is refused.
package struct LinkChecker: Sendable {
    package var configuration: LinkCheckConfiguration
    package var clock: any LinkCheckClock
    /// A number in `0..<1` for backoff jitter; injected so tests can pin it.
    package var jitter: @Sendable () -> Double

    package init(
        configuration: LinkCheckConfiguration = LinkCheckConfiguration(),
        clock: any LinkCheckClock = SystemLinkClock(),
        jitter: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }
    ) {
        self.configuration = configuration
        self.clock = clock
        self.jitter = jitter
    }

    /// Checks every address once (with its redirects and retries) and answers by address.
    /// - Parameters:
    ///   - urls: the addresses; duplicates are checked once.
    ///   - progress: called with the number of addresses done after each one finishes.
    package func check(
        _ urls: [String],
        progress: @escaping @Sendable (Int) -> Void = { _ in }
    ) async
        -> [String: LinkOutcome]
    {
        let order = Self.interleavedByHost(Array(Set(urls)).sorted())
        guard !order.isEmpty else { return [:] }
        let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: clientConfiguration)
        let gate = HostGate(limit: configuration.perHost, interval: configuration.hostInterval, clock: clock)
        var outcomes: [String: LinkOutcome] = [:]
        await withTaskGroup(of: (String, LinkOutcome).self) { group in
            var pending = order.makeIterator()
            for _ in 0..<max(1, configuration.concurrency) {
                guard let url = pending.next() else { break }
                group.addTask { (url, await checkOne(url, client: client, gate: gate)) }
            }
            while let (url, outcome) = await group.next() {
                outcomes[url] = outcome
                progress(outcomes.count)
                if let next = pending.next() {
                    group.addTask { (next, await checkOne(next, client: client, gate: gate)) }
                }
            }
        }
        try? await client.shutdown()
        return outcomes
    }

    // MARK: - One address

    /// The result of one attempt, with the delay the server asked for before the next one.
    private struct Attempt {
        var outcome: LinkOutcome
        var retryAfter: Duration?
    }

    private func checkOne(_ url: String, client: HTTPClient, gate: HostGate) async -> LinkOutcome {
        guard LinkAddress.host(of: url) != nil, URL(string: url) != nil else {
            return LinkOutcome(observed: .broken, status: "bad-address", detail: "not an absolute http(s) address")
        }
        var attempt = 0
        while true {
            attempt += 1
            let result = await followRedirects(from: url, client: client, gate: gate)
            var outcome = result.outcome
            outcome.attempts = attempt
            guard outcome.observed == .transient, attempt < configuration.maxAttempts else { return outcome }
            let delay: Duration
            if let retryAfter = result.retryAfter {
                // A server asking for a long pause gets it on a later run rather than stalling this one.
                guard retryAfter <= configuration.maxRetryAfter else {
                    outcome.detail += "; Retry-After \(Self.seconds(retryAfter)) s is longer than the limit"
                    return outcome
                }
                delay = retryAfter
            } else {
                delay = backoff(afterAttempt: attempt)
            }
            do {
                try await clock.sleep(for: delay)
            } catch {
                return outcome
            }
        }
    }

    /// The wait before retry `attempt + 1`: base × 2^(attempt−1), half of it fixed and half random.
    package func backoff(afterAttempt attempt: Int) -> Duration {
        let exponential = configuration.backoffBase * (1 << min(max(attempt - 1, 0), 16))
        let half = exponential / 2
        return half + half * min(max(jitter(), 0), 1)
    }

    private func followRedirects(from url: String, client: HTTPClient, gate: HostGate) async -> Attempt {
        var current = url
        var visited: Set<String> = [url]
        var redirects: [LinkOutcome.Redirect] = []
        while true {
            let answer: Answer
            switch await request(current, client: client, gate: gate) {
            case .failure(let status, let detail):
                let observed: LinkHistory.Health = status == "bad-address" ? .broken : .transient
                return Attempt(
                    outcome: LinkOutcome(
                        observed: observed,
                        status: status,
                        redirects: redirects,
                        detail: detail
                    )
                )
            case .answer(let value):
                answer = value
            }
            let code = answer.status
            if (300...399).contains(code), code != 304, let location = answer.location {
                guard let next = Self.resolve(location, against: current) else {
                    return Attempt(
                        outcome: LinkOutcome(
                            observed: .broken,
                            status: "bad-redirect",
                            redirects: redirects,
                            detail: "\(code) to an unusable address \(location)"
                        )
                    )
                }
                redirects.append(LinkOutcome.Redirect(status: code, from: current, to: next))
                if visited.contains(next) {
                    return Attempt(
                        outcome: LinkOutcome(
                            observed: .broken,
                            status: "redirect-loop",
                            redirects: redirects,
                            detail: "redirects loop back to \(next)"
                        )
                    )
                }
                if redirects.count > configuration.maxRedirects {
                    return Attempt(
                        outcome: LinkOutcome(
                            observed: .broken,
                            status: "too-many-redirects",
                            redirects: redirects,
                            detail: "more than \(configuration.maxRedirects) redirects"
                        )
                    )
                }
                visited.insert(next)
                current = next
                continue
            }
            let finalURL = current == url ? "" : current
            let observed: LinkHistory.Health
            switch code {
            case 200...399:
                observed = redirects.contains(where: \.isPermanent) ? .redirected : .ok
            case 408, 429, 500...599:
                observed = .transient
            case 400...499:
                observed = .broken
            default:
                observed = .transient
            }
            let outcome = LinkOutcome(
                observed: observed,
                status: String(code),
                finalURL: finalURL,
                redirects: redirects,
                detail: answer.detail
            )
            let retryAfter = code == 429 || code == 503 ? answer.retryAfter : nil
            return Attempt(outcome: outcome, retryAfter: retryAfter)
        }
    }

    // MARK: - One request

    private struct Answer {
        var status: Int
        var location: String?
        var retryAfter: Duration?
        var detail: String
    }

    private enum RequestResult {
        case answer(Answer)
        case failure(status: String, detail: String)
    }

    /// HEAD, then GET when the HEAD answer is a 4xx other than 429: many servers refuse or
    /// mishandle HEAD (405, 501, even 403 or 404) while serving the page to browsers.
    private func request(_ url: String, client: HTTPClient, gate: HostGate) async -> RequestResult {
        let head = await send(.HEAD, url, client: client, gate: gate)
        guard case .answer(let answer) = head, (400...499).contains(answer.status), answer.status != 429
        else { return head }
        let get = await send(.GET, url, client: client, gate: gate)
        guard case .answer(var fallback) = get else { return get }
        fallback.detail = "HEAD \(answer.status), GET \(fallback.status)"
        return .answer(fallback)
    }

    private func send(
        _ method: HTTPMethod,
        _ url: String,
        client: HTTPClient,
        gate: HostGate
    ) async
        -> RequestResult
    {
        let host = LinkAddress.host(of: url) ?? ""
        let wait = await gate.acquire(host)
        if wait > .zero { try? await clock.sleep(for: wait) }
        let result = await perform(method, url, client: client)
        await gate.release(host)
        return result
    }

    private func perform(_ method: HTTPMethod, _ url: String, client: HTTPClient) async -> RequestResult {
        var request = HTTPClientRequest(url: url)
        request.method = method
        request.headers.add(name: "User-Agent", value: configuration.userAgent)
        request.headers.add(name: "Accept", value: "*/*")
        do {
            let response = try await client.execute(request, timeout: Self.timeAmount(configuration.timeout))
            // Read a little of the body so the connection can be reused, and no more.
            var received = 0
            for try await chunk in response.body {
                received += chunk.readableBytes
                if received > 64 * 1024 { break }
            }
            let code = Int(response.status.code)
            return .answer(
                Answer(
                    status: code,
                    location: response.headers.first(name: "Location"),
                    retryAfter: response.headers.first(name: "Retry-After").flatMap {
                        Self.retryAfter($0, now: clock.now)
                    },
                    detail: "\(method.rawValue) \(code)"
                )
            )
        } catch {
            return Self.failure(error, timeout: configuration.timeout)
        }
    }

    // MARK: - Helpers

    /// Names a transport failure: `timeout`, `refused`, `dns`, `bad-address` or `network`.
    private static func failure(_ error: any Error, timeout: Duration) -> RequestResult {
        if let error = error as? HTTPClientError {
            if error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout
                || error == .getConnectionFromPoolTimeout || error == .writeTimeout
            {
                return .failure(status: "timeout", detail: "timed out after \(seconds(timeout)) s")
            }
            if error == .invalidURL || error == .emptyHost {
                return .failure(status: "bad-address", detail: "not a usable address (\(error))")
            }
        }
        if let error = error as? IOError, error.errnoCode == ECONNREFUSED {
            return .failure(status: "refused", detail: "connection refused")
        }
        let text = String(describing: error)
        let lower = text.lowercased()
        if lower.contains("refused") { return .failure(status: "refused", detail: "connection refused") }
        if lower.contains("unsupportedscheme") || lower.contains("invalidurl") {
            return .failure(status: "bad-address", detail: "not a usable address (\(text))")
        }
        if lower.contains("dns") || lower.contains("resolution") || lower.contains("resolve") {
            return .failure(status: "dns", detail: "host name not found")
        }
        if lower.contains("timeout") || lower.contains("timedout") {
            return .failure(status: "timeout", detail: "timed out after \(seconds(timeout)) s")
        }
        return .failure(status: "network", detail: text)
    }

    /// The delay a `Retry-After` value asks for: whole seconds or an HTTP date.
    package static func retryAfter(_ value: String, now: Date) -> Duration? {
        let value = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(value), seconds >= 0 { return .seconds(seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: value) else { return nil }
        return .seconds(max(0, Int(date.timeIntervalSince(now).rounded(.up))))
    }

    /// A `Location` value made absolute against the address that sent it.
    package static func resolve(_ location: String, against base: String) -> String? {
        let location = location.trimmingCharacters(in: .whitespaces)
        guard !location.isEmpty, let baseURL = URL(string: base),
            let resolved = URL(string: location, relativeTo: baseURL)?.absoluteString,
            LinkAddress.host(of: resolved) != nil
        else { return nil }
        return resolved
    }

    /// Addresses reordered round-robin over their hosts, so the workers spread over hosts
    /// instead of queueing behind one host's limit.
    package static func interleavedByHost(_ urls: [String]) -> [String] {
        var queues: [String: [String]] = [:]
        var hosts: [String] = []
        for url in urls {
            let host = LinkAddress.host(of: url) ?? ""
            if queues[host] == nil { hosts.append(host) }
            queues[host, default: []].append(url)
        }
        var result: [String] = []
        result.reserveCapacity(urls.count)
        var round = 0
        while result.count < urls.count {
            for host in hosts {
                if let queue = queues[host], round < queue.count { result.append(queue[round]) }
            }
            round += 1
        }
        return result
    }

    private var clientConfiguration: HTTPClient.Configuration {
        var pool = HTTPClient.Configuration.ConnectionPool(idleTimeout: .seconds(30))
        // The host gate is the limit (the pool counts host and port together, the gate the host
        // name alone); the pool only has to allow at least as many connections.
        pool.concurrentHTTP1ConnectionsPerHostSoftLimit = max(8, configuration.perHost)
        // Our own retries back off and count attempts; the pool's would retry a refused
        // connection silently until the request's deadline.
        pool.retryConnectionEstablishment = false
        let timeout = Self.timeAmount(configuration.timeout)
        return HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: timeout, read: timeout),
            connectionPool: pool
        )
    }

    private static func timeAmount(_ duration: Duration) -> TimeAmount {
        let parts = duration.components
        return .nanoseconds(parts.seconds * 1_000_000_000 + parts.attoseconds / 1_000_000_000)
    }

    private static func seconds(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
