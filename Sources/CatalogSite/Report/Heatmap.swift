import CatalogCheck
import CatalogModel
import Foundation
import LearningGraph

/// Renders a coverage matrix as an inline SVG heatmap: no script, labelled axes, a legend, and a
/// colour-blind-safe sequential palette (viridis) with every count also written in its cell.
///
/// Empty cells are hatched, so a gap reads without colour. The same function draws the report's
/// heatmaps and the site's coverage page.
package enum Heatmap {
    /// The palette from few to many lessons (viridis, safe for the common colour-vision deficiencies).
    package static let palette = ["#fde725", "#7ad151", "#22a884", "#2a788e", "#414487", "#440154"]
    /// Text colour readable on each palette colour.
    private static let inkOnPalette = ["#1a1a1a", "#1a1a1a", "#1a1a1a", "#ffffff", "#ffffff", "#ffffff"]

    /// The SVG of a matrix.
    /// - Parameters:
    ///   - matrix: counts with row and column labels.
    ///   - title: the chart's title, also its accessible name.
    ///   - rowAxis: the name of the row axis, e.g. `Topic`.
    ///   - columnAxis: the name of the column axis, e.g. `Ecosystem`.
    ///   - id: a prefix for the ids inside the SVG, unique on the page.
    /// - Returns: one `<svg>` element as text.
    package static func svg(
        _ matrix: CoverageMatrix,
        title: String,
        rowAxis: String = "Topic",
        columnAxis: String = "Ecosystem",
        id: String = "heatmap"
    ) -> String {
        let prefix = Identifiers.slugOrDefault(id)
        let columnCount = matrix.columns.count
        let wideColumns = columnCount <= 6
        let cellWidth = wideColumns ? 96 : 26
        let cellHeight = 24
        let charWidth = 7.0
        let rowLabelWidth =
            Int(
                Double(
                    matrix.rowLabels.enumerated().map { index, label in
                        label.count + 2 * depth(matrix, index)
                    }.max() ?? 10
                ) * charWidth
            ) + 24
        let shortLabels = matrix.columnLabels.map { truncate($0, to: wideColumns ? 14 : 28) }
        // Rotated labels (-55 degrees) rise by sin(55) and lean right by cos(55) of their length.
        let longestLabel = Double(shortLabels.map(\.count).max() ?? 4) * charWidth
        let columnLabelHeight = wideColumns ? 24 : Int(longestLabel * 0.82) + 16
        let labelOverhang = wideColumns ? 0 : Int(longestLabel * 0.58)
        let titleHeight = 28
        let axisHeight = 20
        let gridTop = titleHeight + axisHeight + columnLabelHeight
        let gridLeft = rowLabelWidth
        let gridWidth = cellWidth * columnCount
        let gridHeight = cellHeight * matrix.rows.count
        let legendTop = gridTop + gridHeight + 28
        let bins = self.bins(maximum: matrix.maximum)
        let legendWidth = 154 + bins.count * 80 + 24  // label, gap swatch, then one swatch and range per bin
        let width = max(
            gridLeft + gridWidth + labelOverhang + 24,
            legendWidth + 16,
            Int(Double(title.count) * 9.5) + 16
        )
        let height = legendTop + 48

        var svg = ""
        svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heatmap\" role=\"img\" "
        svg += "width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" "
        svg += "aria-labelledby=\"\(prefix)-title \(prefix)-desc\" "
        svg += "font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\" font-size=\"12\">\n"
        svg += "<title id=\"\(prefix)-title\">\(escape(title))</title>\n"
        svg +=
            "<desc id=\"\(prefix)-desc\">\(escape(description(matrix, rowAxis: rowAxis, columnAxis: columnAxis)))</desc>\n"
        svg += "<defs><pattern id=\"\(prefix)-gap\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
        svg += "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>"
        svg += "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#b0b0b0\" stroke-width=\"2\"/></pattern></defs>\n"
        svg += "<rect width=\"\(width)\" height=\"\(height)\" fill=\"#ffffff\"/>\n"
        svg += "<text x=\"8\" y=\"20\" font-size=\"15\" font-weight=\"600\" fill=\"#1a1a1a\">\(escape(title))</text>\n"

        // Axis titles: the column axis above the column labels, the row axis above the row labels.
        svg += "<text x=\"\(gridLeft + gridWidth / 2)\" y=\"\(titleHeight + 14)\" text-anchor=\"middle\" "
        svg += "font-weight=\"600\" fill=\"#1a1a1a\">\(escape(columnAxis)) →</text>\n"
        svg += "<text x=\"8\" y=\"\(gridTop - 8)\" font-weight=\"600\" fill=\"#1a1a1a\">\(escape(rowAxis)) ↓</text>\n"

        for (column, label) in shortLabels.enumerated() {
            let full = column < matrix.columnLabels.count ? matrix.columnLabels[column] : label
            let x = gridLeft + column * cellWidth + cellWidth / 2
            if wideColumns {
                svg += "<text x=\"\(x)\" y=\"\(gridTop - 8)\" text-anchor=\"middle\" fill=\"#1a1a1a\">"
            } else {
                svg += "<text x=\"\(x + 4)\" y=\"\(gridTop - 6)\" text-anchor=\"start\" fill=\"#1a1a1a\" "
                svg += "transform=\"rotate(-55 \(x + 4) \(gridTop - 6))\">"
            }
            svg += "<title>\(escape(full))</title>\(escape(label))</text>\n"
        }

        for (row, label) in matrix.rowLabels.enumerated() {
            let y = gridTop + row * cellHeight
            let indent = 8 + 14 * depth(matrix, row)
            let weight = depth(matrix, row) == 0 ? " font-weight=\"600\"" : ""
            svg +=
                "<text x=\"\(indent)\" y=\"\(y + cellHeight / 2 + 4)\" fill=\"#1a1a1a\"\(weight)>\(escape(label))</text>\n"
            for column in 0..<columnCount {
                let count =
                    row < matrix.counts.count && column < matrix.counts[row].count ? matrix.counts[row][column] : 0
                let x = gridLeft + column * cellWidth
                let bin = self.bin(of: count, in: bins)
                let fill = bin.map { palette[$0] } ?? "url(#\(prefix)-gap)"
                let ink = bin.map { inkOnPalette[$0] } ?? "#595959"
                let columnLabel = column < matrix.columnLabels.count ? matrix.columnLabels[column] : ""
                svg +=
                    "<g><title>\(escape(label)) × \(escape(columnLabel)): \(count) \(count == 1 ? "lesson" : "lessons")</title>"
                svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(cellWidth)\" height=\"\(cellHeight)\" fill=\"\(fill)\" "
                svg += "stroke=\"#ffffff\" stroke-width=\"1\"/>"
                if wideColumns || count < 1000 {
                    svg += "<text x=\"\(x + cellWidth / 2)\" y=\"\(y + cellHeight / 2 + 4)\" text-anchor=\"middle\" "
                    svg += "fill=\"\(ink)\" font-size=\"\(wideColumns ? 12 : 10)\">\(count)</text>"
                }
                svg += "</g>\n"
            }
        }
        svg += "<rect x=\"\(gridLeft)\" y=\"\(gridTop)\" width=\"\(gridWidth)\" height=\"\(gridHeight)\" fill=\"none\" "
        svg += "stroke=\"#8c8c8c\" stroke-width=\"1\"/>\n"

        // Legend: the hatched gap swatch, then one swatch per bin with its range.
        svg +=
            "<g class=\"legend\"><text x=\"8\" y=\"\(legendTop + 15)\" font-weight=\"600\" fill=\"#1a1a1a\">Lessons</text>\n"
        var x = 70
        svg +=
            "<rect x=\"\(x)\" y=\"\(legendTop)\" width=\"22\" height=\"22\" fill=\"url(#\(prefix)-gap)\" stroke=\"#8c8c8c\"/>"
        svg += "<text x=\"\(x + 28)\" y=\"\(legendTop + 15)\" fill=\"#1a1a1a\">0 (gap)</text>\n"
        x += 84
        for (index, range) in bins.enumerated() {
            svg +=
                "<rect x=\"\(x)\" y=\"\(legendTop)\" width=\"22\" height=\"22\" fill=\"\(palette[index])\" stroke=\"#8c8c8c\"/>"
            svg += "<text x=\"\(x + 28)\" y=\"\(legendTop + 15)\" fill=\"#1a1a1a\">\(rangeLabel(range))</text>\n"
            x += 80
        }
        svg += "</g>\n</svg>"
        return svg
    }

    /// The count ranges of the palette's colours for a largest count: at most six, each at least
    /// one wide, growing geometrically so that both small and large counts stay distinct.
    package static func bins(maximum: Int) -> [ClosedRange<Int>] {
        guard maximum >= 1 else { return [] }
        if maximum <= palette.count { return (1...maximum).map { $0...$0 } }
        var lowers: [Int] = [1]
        for step in 1..<palette.count {
            let value = Int(pow(Double(maximum), Double(step) / Double(palette.count)).rounded())
            lowers.append(max(value, (lowers.last ?? 0) + 1))
        }
        return lowers.enumerated().map { index, lower in
            let upper = index + 1 < lowers.count ? lowers[index + 1] - 1 : maximum
            return lower...max(lower, upper)
        }
    }

    private static func bin(of count: Int, in bins: [ClosedRange<Int>]) -> Int? {
        guard count >= 1 else { return nil }
        return bins.firstIndex { $0.contains(count) } ?? (bins.isEmpty ? nil : bins.count - 1)
    }

    private static func rangeLabel(_ range: ClosedRange<Int>) -> String {
        range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound)–\(range.upperBound)"
    }

    private static func depth(_ matrix: CoverageMatrix, _ row: Int) -> Int {
        row < matrix.rowDepths.count ? matrix.rowDepths[row] : 0
    }

    private static func truncate(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }

    private static func description(_ matrix: CoverageMatrix, rowAxis: String, columnAxis: String) -> String {
        let gaps = matrix.counts.joined().filter { $0 == 0 }.count
        return "Lesson counts by \(rowAxis.lowercased()) (\(matrix.rows.count) rows) and \(columnAxis.lowercased()) "
            + "(\(matrix.columns.count) columns); \(gaps) empty cells are hatched."
    }

    private static func escape(_ text: String) -> String { HTML.escape(text) }
}

extension Identifiers {
    /// A slug for an SVG id prefix, `heatmap` when nothing usable is left.
    fileprivate static func slugOrDefault(_ text: String) -> String {
        let slug = slug(text)
        return slug.isEmpty ? "heatmap" : slug
    }
}
