import CatalogTables
import Foundation
import Testing

@testable import LinkCheck

@Suite("Checking addresses against a local server")
struct LinkCheckerTests {
    /// A fast configuration: loopback allowed, no spacing, short timeout.
    static func configuration(attempts: Int = 3, timeout: Duration = .seconds(5)) -> LinkCheckConfiguration {
        var configuration = LinkCheckConfiguration()
        configuration.allowPrivate = true
        configuration.hostInterval = .zero
        configuration.maxAttempts = attempts
        configuration.timeout = timeout
        return configuration
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var path: String
        var health: LinkHistory.Health
        var status: String
        var finalPath: String?
        var attempts: Int

        var testDescription: String { "\(path) is \(health) (\(status))" }
    }

    @Test(
        "each kind of answer is classified",
        arguments: [
            Case(path: "/ok", health: .ok, status: "200", finalPath: nil, attempts: 1),
            Case(path: "/chain/3", health: .redirected, status: "200", finalPath: "/chain/0", attempts: 1),
            Case(path: "/temporary", health: .ok, status: "200", finalPath: "/ok", attempts: 1),
            Case(path: "/loop/a", health: .broken, status: "redirect-loop", finalPath: nil, attempts: 1),
            Case(path: "/status/404", health: .broken, status: "404", finalPath: nil, attempts: 1),
            Case(path: "/status/410", health: .broken, status: "410", finalPath: nil, attempts: 1),
            Case(path: "/limited/a", health: .ok, status: "200", finalPath: nil, attempts: 2),
            Case(path: "/flaky/a", health: .ok, status: "200", finalPath: nil, attempts: 2),
            Case(path: "/status/503", health: .transient, status: "503", finalPath: nil, attempts: 3),
            Case(path: "/nohead", health: .ok, status: "200", finalPath: nil, attempts: 1),
        ]
    )
    func classifies(_ example: Case) async throws {
        let clock = TestClock()
        let outcome = try await LocalHTTPServer.withServer { server in
            let url = server.url(example.path)
            let outcomes = await LinkChecker(configuration: Self.configuration(), clock: clock).check([url])
            return (try #require(outcomes[url]), server.url(example.finalPath ?? ""))
        }
        #expect(outcome.0.observed == example.health)
        #expect(outcome.0.status == example.status)
        #expect(outcome.0.attempts == example.attempts)
        #expect(outcome.0.finalURL == (example.finalPath == nil ? "" : outcome.1))
    }

    @Test("a 301 chain reports every hop and suggests the final address")
    func redirectChain() async throws {
        let outcome = try await LocalHTTPServer.withServer { server in
            let url = server.url("/chain/2")
            return await LinkChecker(configuration: Self.configuration(), clock: TestClock()).check([url])[url]
        }
        let redirects = try #require(outcome?.redirects)
        #expect(redirects.map(\.status) == [301, 301])
        #expect(redirects.allSatisfy { $0.isPermanent })
        #expect(redirects.last?.to.hasSuffix("/chain/0") == true)
    }

    @Test("more redirects than the limit is broken")
    func tooManyRedirects() async throws {
        var configuration = Self.configuration()
        configuration.maxRedirects = 2
        let outcome = try await LocalHTTPServer.withServer { server in
            let url = server.url("/chain/5")
            return await LinkChecker(configuration: configuration, clock: TestClock()).check([url])[url]
        }
        #expect(outcome?.observed == .broken)
        #expect(outcome?.status == "too-many-redirects")
    }

    @Test("429 waits as long as Retry-After says before trying again")
    func retryAfter() async throws {
        let clock = TestClock()
        let requests = try await LocalHTTPServer.withServer { server in
            _ = await LinkChecker(configuration: Self.configuration(), clock: clock).check([server.url("/limited/b")])
            return server.seen.requests["/limited/b"]
        }
        #expect(clock.sleeps == [.seconds(7)])
        #expect(requests == 2)
    }

    @Test("a Retry-After longer than the limit leaves the link transient without waiting")
    func retryAfterTooLong() async throws {
        var configuration = Self.configuration()
        configuration.maxRetryAfter = .seconds(5)
        let clock = TestClock()
        let outcome = try await LocalHTTPServer.withServer { server in
            let url = server.url("/limited/c")
            return await LinkChecker(configuration: configuration, clock: clock).check([url])[url]
        }
        #expect(outcome?.observed == .transient)
        #expect(outcome?.status == "429")
        #expect(clock.sleeps.isEmpty)
    }

    @Test("5xx retries back off exponentially")
    func backoffBetweenRetries() async throws {
        let clock = TestClock()
        var configuration = Self.configuration(attempts: 4)
        configuration.backoffBase = .seconds(1)
        let checker = LinkChecker(configuration: configuration, clock: clock, jitter: { 0 })
        _ = try await LocalHTTPServer.withServer { server in await checker.check([server.url("/status/502")]) }
        #expect(clock.sleeps == [.milliseconds(500), .seconds(1), .seconds(2)])
    }

    @Test("jitter keeps each backoff between half and all of the exponential delay", arguments: [0.0, 0.5, 0.999])
    func jitterBounds(_ random: Double) {
        var configuration = LinkCheckConfiguration()
        configuration.backoffBase = .seconds(2)
        let checker = LinkChecker(configuration: configuration, clock: TestClock(), jitter: { random })
        for attempt in 1...4 {
            let full = Duration.seconds(2) * (1 << (attempt - 1))
            let delay = checker.backoff(afterAttempt: attempt)
            #expect(delay >= full / 2 && delay <= full)
        }
    }

    @Test("a response slower than the timeout is a transient timeout")
    func slowResponse() async throws {
        let outcome = try await LocalHTTPServer.withServer { server in
            let url = server.url("/slow")
            let configuration = Self.configuration(attempts: 1, timeout: .milliseconds(300))
            return await LinkChecker(configuration: configuration, clock: TestClock()).check([url])[url]
        }
        #expect(outcome?.observed == .transient)
        #expect(outcome?.status == "timeout")
    }

    @Test("HEAD refused with 405 falls back to GET")
    func headFallsBackToGet() async throws {
        let methods = try await LocalHTTPServer.withServer { server in
            _ = await LinkChecker(configuration: Self.configuration(), clock: TestClock()).check([server.url("/nohead")]
            )
            return server.seen.methods["/nohead"]
        }
        #expect(methods == ["HEAD", "GET"])
    }

    @Test("a refused connection is transient")
    func connectionRefused() async throws {
        let port = try await LocalHTTPServer.closedPort()
        let url = "http://127.0.0.1:\(port)/ok"
        let clock = TestClock()
        let outcome = await LinkChecker(
            configuration: Self.configuration(attempts: 2, timeout: .seconds(3)),
            clock: clock
        )
        .check([url])[url]
        #expect(outcome?.observed == .transient)
        #expect(outcome?.status == "refused")
        #expect(outcome?.attempts == 2)
    }

    @Test("requests carry a User-Agent that names coursemap")
    func userAgent() async throws {
        let agents = try await LocalHTTPServer.withServer { server in
            _ = await LinkChecker(configuration: Self.configuration(), clock: TestClock()).check([server.url("/ok")])
            return server.seen.userAgents
        }
        #expect(agents.count == 1)
        #expect(agents.allSatisfy { $0.contains("coursemap") })
    }

    @Test("the per-host limit holds while other hosts proceed in parallel")
    func perHostLimit() async throws {
        // One attempt and a long timeout: under a loaded machine a timed-out attempt would free its
        // slot while the server still served the abandoned request, and its retry would then look
        // like a third request at once (this failed once that way while CI builds shared the cores).
        var configuration = Self.configuration(attempts: 1, timeout: .seconds(60))
        configuration.perHost = 2
        configuration.concurrency = 16
        let seen = try await LocalHTTPServer.withServer { server in
            let urls = (0..<12).flatMap { index in
                ["127.0.0.1", "localhost"].map { server.url("/delay/60/\(index)", host: $0) }
            }
            let outcomes = await LinkChecker(configuration: configuration).check(urls)
            #expect(outcomes.count == urls.count)
            #expect(outcomes.values.allSatisfy { $0.observed == .ok })
            return server.seen
        }
        #expect(seen.maxActive.count == 2)
        for (host, most) in seen.maxActive {
            #expect(most <= 2, "host \(host) saw \(most) requests at once")
        }
        // Both hosts were served at once: the total limit is not what held them back.
        #expect(seen.maxActiveOverall >= 3)
    }

    @Test("the minimum interval spaces request starts to one host")
    func hostInterval() async {
        let clock = TestClock()
        let gate = HostGate(limit: 5, interval: .milliseconds(100), clock: clock)
        var waits: [Duration] = []
        for _ in 0..<3 { waits.append(await gate.acquire("example.org")) }
        let other = await gate.acquire("example.com")
        #expect(waits == [.zero, .milliseconds(100), .milliseconds(200)])
        #expect(other == .zero)
    }

    @Test("addresses are interleaved over hosts")
    func interleaving() {
        let urls = ["https://a.org/1", "https://a.org/2", "https://a.org/3", "https://b.org/1", "https://c.org/1"]
        #expect(
            LinkChecker.interleavedByHost(urls) == [
                "https://a.org/1", "https://b.org/1", "https://c.org/1", "https://a.org/2", "https://a.org/3",
            ]
        )
    }

    @Test("Retry-After reads seconds and HTTP dates")
    func retryAfterValues() {
        let now = Date(timeIntervalSince1970: 1_750_000_000)
        #expect(LinkChecker.retryAfter("120", now: now) == .seconds(120))
        let later = now.addingTimeInterval(30)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        #expect(LinkChecker.retryAfter(formatter.string(from: later), now: now) == .seconds(30))
        #expect(LinkChecker.retryAfter("soon", now: now) == nil)
    }
}
