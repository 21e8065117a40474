/// How politely and how hard `coursemap links` checks addresses.
package struct LinkCheckConfiguration: Hashable, Sendable {
    /// Requests in flight at once, over all hosts.
    package var concurrency = 32
    /// Requests in flight at once to one host name.
    package var perHost = 2
    /// The least time between the starts of two requests to one host name.
    package var hostInterval: Duration = .milliseconds(100)
    /// How long one request may take, from connecting to the response head.
    package var timeout: Duration = .seconds(15)
    /// Redirects followed before the link counts as broken.
    package var maxRedirects = 10
    /// Tries of one address, the first included, when failures are transient.
    package var maxAttempts = 3
    /// The first backoff delay; each retry doubles it, with jitter.
    package var backoffBase: Duration = .milliseconds(500)
    /// The longest `Retry-After` honoured; a server asking for more is left for a later run.
    package var maxRetryAfter: Duration = .seconds(60)
    /// Runs in a row a transiently failing link may fail before it counts as broken.
    package var brokenAfterRuns = 3
    /// Addresses checked more recently than this are not checked again (zero checks everything).
    package var maxAge: Duration = .zero
    /// Whether private, loopback and link-local addresses are checked (off: they are excluded).
    package var allowPrivate = false
    /// The User-Agent header: it names coursemap so site owners know who is knocking.
    package var userAgent = "coursemap-links/0.1 (+https://github.com/coursemap/coursemap; link checker)"

    package init() {}
}
