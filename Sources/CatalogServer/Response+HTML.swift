import Hummingbird

extension Response {
    /// A response with a body and content type, cacheable for a short time.
    static func body(
        _ buffer: ByteBuffer,
        contentType: String,
        status: HTTPResponse.Status = .ok,
        maxAge: Int = 60
    ) -> Response {
        Response(
            status: status,
            headers: [.contentType: contentType, .cacheControl: "public, max-age=\(maxAge)"],
            body: .init(byteBuffer: buffer)
        )
    }

    /// An HTML page.
    static func html(_ buffer: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        body(buffer, contentType: "text/html; charset=utf-8", status: status)
    }
}
