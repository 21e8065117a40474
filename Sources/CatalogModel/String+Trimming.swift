extension String {
    /// The text without leading and trailing spaces, tabs and line breaks.
    ///
    /// Works on UTF-8 bytes (every edge character it removes is ASCII): it runs for most cells
    /// of a catalog, and most cells have nothing to trim, so those return themselves.
    package func trimmingSpaces() -> String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        if !first.isEdgeSpace && !last.isEdgeSpace { return self }
        return self[...].trimmingSpaces()
    }
}

extension Substring {
    /// The text without leading and trailing spaces, tabs and line breaks.
    package func trimmingSpaces() -> String {
        var bytes = utf8[...]
        while let first = bytes.first, first.isEdgeSpace { bytes = bytes.dropFirst() }
        while let last = bytes.last, last.isEdgeSpace { bytes = bytes.dropLast() }
        return String(Substring(bytes))
    }
}

extension UInt8 {
    /// A space, tab, line feed or carriage return.
    fileprivate var isEdgeSpace: Bool {
        self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D
    }
}
