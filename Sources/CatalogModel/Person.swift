/// A person who teaches, writes or maintains material in the catalog.
package struct Person: Hashable, Sendable, Identifiable {
    package var id: PersonID
    package var name: String
    package var url: String
    package var affiliation: String
    /// Where the row was read, when it came from a table.
    package var source: RecordSource?

    package init(id: PersonID, name: String, url: String = "", affiliation: String = "", source: RecordSource? = nil) {
        self.id = id
        self.name = name
        self.url = url
        self.affiliation = affiliation
        self.source = source
    }
}
