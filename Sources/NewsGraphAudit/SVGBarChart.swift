/// A horizontal bar chart as inline SVG: one row per bar, each bar a stack of segments.
struct SVGBarChart {
    struct Segment {
        var value: Int
        /// A CSS class (`linked`, `recognised`, `docs`) that colours the segment.
        var style: String
        var tooltip: String
    }

    struct Bar {
        var label: String
        var segments: [Segment]
        /// Text written after the bar (counts, a share).
        var note: String
    }

    var title: String
    var bars: [Bar]
    var legend: [(style: String, text: String)] = []
    var labelWidth = 220
    var barWidth = 420
    var noteWidth = 150
    var rowHeight = 22

    func write(to html: HTMLWriter) throws {
        let legendHeight = legend.isEmpty ? 0 : rowHeight
        let top = 26 + legendHeight
        let width = labelWidth + barWidth + noteWidth
        let height = top + max(1, bars.count) * rowHeight + 6
        let largest = max(1, bars.map { $0.segments.reduce(0) { $0 + $1.value } }.max() ?? 1)
        try html.open("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("width", "\(width)"), ("height", "\(height)"),
                              ("viewBox", "0 0 \(width) \(height)"), ("role", "img"), ("aria-label", title)])
        try html.element("title", [], title)
        try html.element("text", [("x", "0"), ("y", "16"), ("class", "chart-title")], title)
        var x = labelWidth
        for item in legend {
            try html.empty("rect", [("x", "\(x)"), ("y", "\(26)"), ("width", "12"), ("height", "12"), ("class", item.style)])
            try html.element("text", [("x", "\(x + 16)"), ("y", "\(36)")], item.text)
            x += 16 + 8 * item.text.count + 24
        }
        for (row, bar) in bars.enumerated() {
            let y = top + row * rowHeight
            try html.element("text", [("x", "\(labelWidth - 8)"), ("y", "\(y + 15)"), ("text-anchor", "end")], SVGBarChart.shorten(bar.label, 28))
            var offset = labelWidth
            for segment in bar.segments where segment.value > 0 {
                let length = max(1, segment.value * barWidth / largest)
                try html.open("rect", [("x", "\(offset)"), ("y", "\(y + 3)"), ("width", "\(length)"), ("height", "\(rowHeight - 6)"), ("class", segment.style)])
                try html.element("title", [], segment.tooltip)
                try html.close()
                offset += length
            }
            try html.element("text", [("x", "\(offset + 6)"), ("y", "\(y + 15)"), ("class", "note")], bar.note)
        }
        try html.close()
    }

    static func shorten(_ text: String, _ columns: Int) -> String {
        TerminalText.fit(text, columns)
    }
}
