import Hummingbird

/// Refuses requests the site never needs: long targets, bodies, bad UTF-8 and other methods.
///
/// Runs first, so that nothing else spends time on them; every refusal is a 4xx.
package struct RequestLimitsMiddleware<Context: RequestContext>: RouterMiddleware {
    let maximumTargetLength: Int
    let maximumBodySize: Int

    package init(maximumTargetLength: Int, maximumBodySize: Int) {
        self.maximumTargetLength = maximumTargetLength
        self.maximumBodySize = maximumBodySize
    }

    package func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let target = request.uri.string
        guard target.utf8.count <= maximumTargetLength else {
            throw HTTPError(.uriTooLong, message: "the address is longer than \(maximumTargetLength) bytes")
        }
        guard request.method == .get || request.method == .head else {
            throw HTTPError(.methodNotAllowed, headers: [.allow: "GET, HEAD"], message: "only GET and HEAD are served")
        }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maximumBodySize {
            throw HTTPError(.contentTooLarge, message: "request bodies are not accepted")
        }
        guard Self.decodesAsUTF8(target) else {
            throw HTTPError(.badRequest, message: "the address is not valid percent-encoded UTF-8")
        }
        return try await next(request, context)
    }

    /// Whether percent-decoding the target gives valid UTF-8 (`%FF` does not).
    static func decodesAsUTF8(_ target: String) -> Bool {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(target.utf8.count)
        var iterator = target.utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                    return false
                }
                bytes.append(high << 4 | low)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self) != nil
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
