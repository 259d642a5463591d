/// A line chart as inline SVG: one polyline per series over a shared time axis, y from 0 to the
/// largest value, axis labels at the extremes and a legend. Long series are reduced to one point
/// per horizontal pixel, keeping each pixel's largest value (so spikes stay visible). Missing
/// values (nil) break the line.
struct SVGLineChart {
    struct Line {
        var label: String
        var color: String
        /// One value per second from `start`.
        var values: [Double?]
        var dashed = false
    }

    var title: String
    var unit: String
    var start: Int
    var lines: [Line]
    var width = 960
    var height = 220

    private static let left = 56.0
    private static let right = 12.0
    private static let top = 26.0
    private static let bottom = 24.0

    var svg: String {
        let plotWidth = Double(width) - Self.left - Self.right
        let plotHeight = Double(height) - Self.top - Self.bottom
        let count = lines.map(\.values.count).max() ?? 0
        let columns = max(1, min(count, Int(plotWidth)))
        let reduced = lines.map { Self.reduce($0.values, to: columns) }
        let peak = max(reduced.flatMap { $0.compactMap { $0 } }.filter(\.isFinite).max() ?? 0, 1e-9)
        func x(_ column: Int) -> Double { Self.left + (columns <= 1 ? 0 : Double(column) / Double(columns - 1) * plotWidth) }
        func y(_ value: Double) -> Double { Self.top + plotHeight - value / peak * plotHeight }

        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(width)\" height=\"\(height)\" "
        out += "viewBox=\"0 0 \(width) \(height)\" aria-label=\"\(HTML.escape(title))\">"
        out += "<text x=\"\(Self.number(Self.left))\" y=\"16\" class=\"title\">\(HTML.escape(title)) (\(HTML.escape(unit)))</text>"
        // Axes and extreme labels.
        let x0 = Self.left, x1 = Self.left + plotWidth, yTop = Self.top, yBottom = Self.top + plotHeight
        out += "<path d=\"M\(Self.number(x0)),\(Self.number(yTop))V\(Self.number(yBottom))H\(Self.number(x1))\" class=\"axis\"/>"
        out += "<text x=\"\(Self.number(x0 - 4))\" y=\"\(Self.number(yTop + 4))\" text-anchor=\"end\">\(Self.label(peak))</text>"
        out += "<text x=\"\(Self.number(x0 - 4))\" y=\"\(Self.number(yBottom))\" text-anchor=\"end\">0</text>"
        out += "<text x=\"\(Self.number(x0))\" y=\"\(Self.number(yBottom + 16))\">\(start) s</text>"
        out += "<text x=\"\(Self.number(x1))\" y=\"\(Self.number(yBottom + 16))\" text-anchor=\"end\">\(start + max(0, count - 1)) s</text>"
        for (index, line) in lines.enumerated() {
            var path = ""
            var penDown = false
            for (column, value) in reduced[index].enumerated() {
                guard let value, value.isFinite else {
                    penDown = false
                    continue
                }
                path += (penDown ? "L" : "M") + Self.number(x(column)) + "," + Self.number(y(value))
                penDown = true
            }
            let dash = line.dashed ? " stroke-dasharray=\"4 3\"" : ""
            out += "<path d=\"\(path)\" fill=\"none\" stroke=\"\(line.color)\" stroke-width=\"1.5\"\(dash)>"
            out += "<title>\(HTML.escape(line.label))</title></path>"
            let legendX = x1 - Double(lines.count - index) * 150
            out += "<rect x=\"\(Self.number(legendX))\" y=\"6\" width=\"12\" height=\"4\" fill=\"\(line.color)\"/>"
            out += "<text x=\"\(Self.number(legendX + 16))\" y=\"12\">\(HTML.escape(line.label))</text>"
        }
        return out + "</svg>"
    }

    /// Largest value per column (nil when a column has none).
    static func reduce(_ values: [Double?], to columns: Int) -> [Double?] {
        guard values.count > columns else { return values }
        var out = [Double?](repeating: nil, count: columns)
        for (index, value) in values.enumerated() {
            guard let value, value.isFinite else { continue }
            let column = index * columns / values.count
            out[column] = max(out[column] ?? value, value)
        }
        return out
    }

    private static func label(_ value: Double) -> String {
        value >= 100 ? String(Int(value.rounded())) : number(value)
    }

    /// A number with at most one decimal, for coordinates and labels.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
