/// A rendered page: its status and full HTML document.
package struct HTMLPage: Hashable, Sendable {
    /// 200 for a page, 404 for the not-found page.
    package var status: Int
    package var html: String

    package init(status: Int = 200, html: String) {
        self.status = status
        self.html = html
    }
}
