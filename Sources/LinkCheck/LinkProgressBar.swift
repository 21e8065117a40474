/// A text progress bar for a terminal, e.g. `[#########...........]  450/1000 links`.
package enum LinkProgressBar {
    /// The bar for a moment of the run; `unit` names what is counted.
    package static func render(done: Int, total: Int, width: Int = 30, unit: String = "links") -> String {
        let width = max(1, width)
        let filled = total > 0 ? min(width, max(0, done * width / total)) : width
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        return "[\(bar)] \(done)/\(total) \(unit)"
    }
}
