import Dynamics
import Foundation
import Symbolic
public import Verification

/// Self-contained SVG plots (no external tools): line plots with axes, ticks and labels,
/// a phase portrait, and a parameter-box map.
public enum SVG {
    /// One polyline.
    public struct Series: Sendable {
        public var name: String
        public var points: [(x: Double, y: Double)]
        public var color: String
        public var dashed: Bool
        public init(name: String, points: [(x: Double, y: Double)], color: String = "#1f77b4", dashed: Bool = false) {
            self.name = name
            self.points = points
            self.color = color
            self.dashed = dashed
        }
    }

    /// A horizontal reference line (e.g. 1/λ).
    public struct Reference: Sendable {
        public var y: Double
        public var label: String
        public var color: String
        public init(y: Double, label: String, color: String = "#d62728") {
            self.y = y
            self.label = label
            self.color = color
        }
    }

    static func esc(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func fmt(_ v: Double) -> String {
        if v == 0 { return "0" }
        let a = abs(v)
        if a >= 1e5 || a < 1e-3 { return String(format: "%.2g", v) }
        var s = String(format: "%.4f", v)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    static func c(_ v: Double) -> String { String(format: "%.2f", v) }

    /// "Nice" tick values covering [lo, hi] (steps 1, 2, 5 × 10^k, about `count` of them).
    public static func ticks(_ lo: Double, _ hi: Double, count: Int = 6) -> [Double] {
        guard hi > lo, lo.isFinite, hi.isFinite else { return [lo] }
        let raw = (hi - lo) / Double(max(1, count))
        let mag = pow(10, floor(log10(raw)))
        let step = [1.0, 2, 5, 10].map { $0 * mag }.first { $0 >= raw } ?? 10 * mag
        var t = (lo / step).rounded(.up) * step
        var out: [Double] = []
        while t <= hi + step * 1e-9 {
            out.append(abs(t) < step * 1e-9 ? 0 : t)
            t += step
        }
        return out
    }

    struct Frame {
        var x0: Double, x1: Double, y0: Double, y1: Double
        var left = 70.0, right = 20.0, top = 40.0, bottom = 55.0
        var width: Double, height: Double
        func px(_ x: Double) -> Double { left + (x - x0) / (x1 - x0) * (width - left - right) }
        func py(_ y: Double) -> Double { height - bottom - (y - y0) / (y1 - y0) * (height - top - bottom) }
    }

    static func padded(_ lo: Double, _ hi: Double) -> (Double, Double) {
        if !(lo.isFinite && hi.isFinite) { return (0, 1) }
        if hi - lo < 1e-12 * max(1, abs(lo)) { return (lo - 0.5 * max(1, abs(lo)) * 0.1 - 0.5, hi + 0.5 * max(1, abs(hi)) * 0.1 + 0.5) }
        let pad = (hi - lo) * 0.05
        return (lo - pad, hi + pad)
    }

    static func axes(_ f: Frame, title: String, xLabel: String, yLabel: String) -> String {
        var s = ""
        let w = f.width, h = f.height
        s += "<rect x=\"0\" y=\"0\" width=\"\(c(w))\" height=\"\(c(h))\" fill=\"white\"/>\n"
        s += "<rect x=\"\(c(f.left))\" y=\"\(c(f.top))\" width=\"\(c(w - f.left - f.right))\" height=\"\(c(h - f.top - f.bottom))\" fill=\"none\" stroke=\"black\"/>\n"
        for t in ticks(f.x0, f.x1) {
            let x = f.px(t)
            s += "<line x1=\"\(c(x))\" y1=\"\(c(h - f.bottom))\" x2=\"\(c(x))\" y2=\"\(c(h - f.bottom + 5))\" stroke=\"black\"/>\n"
            s += "<line x1=\"\(c(x))\" y1=\"\(c(f.top))\" x2=\"\(c(x))\" y2=\"\(c(h - f.bottom))\" stroke=\"#e0e0e0\"/>\n"
            s += "<text x=\"\(c(x))\" y=\"\(c(h - f.bottom + 18))\" font-size=\"11\" text-anchor=\"middle\">\(fmt(t))</text>\n"
        }
        for t in ticks(f.y0, f.y1) {
            let y = f.py(t)
            s += "<line x1=\"\(c(f.left - 5))\" y1=\"\(c(y))\" x2=\"\(c(f.left))\" y2=\"\(c(y))\" stroke=\"black\"/>\n"
            s += "<line x1=\"\(c(f.left))\" y1=\"\(c(y))\" x2=\"\(c(w - f.right))\" y2=\"\(c(y))\" stroke=\"#e0e0e0\"/>\n"
            s += "<text x=\"\(c(f.left - 8))\" y=\"\(c(y + 4))\" font-size=\"11\" text-anchor=\"end\">\(fmt(t))</text>\n"
        }
        s += "<text x=\"\(c(w / 2))\" y=\"22\" font-size=\"15\" text-anchor=\"middle\">\(esc(title))</text>\n"
        s += "<text x=\"\(c((f.left + w - f.right) / 2))\" y=\"\(c(h - 12))\" font-size=\"13\" text-anchor=\"middle\">\(esc(xLabel))</text>\n"
        s += "<text x=\"16\" y=\"\(c((f.top + h - f.bottom) / 2))\" font-size=\"13\" text-anchor=\"middle\" transform=\"rotate(-90 16 \(c((f.top + h - f.bottom) / 2)))\">\(esc(yLabel))</text>\n"
        return s
    }

    static func document(_ w: Double, _ h: Double, _ body: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(c(w))\" height=\"\(c(h))\" viewBox=\"0 0 \(c(w)) \(c(h))\" font-family=\"sans-serif\">\n" + body + "</svg>\n"
    }

    /// A line plot of several series with optional horizontal reference lines and a legend.
    public static func linePlot(
        title: String, xLabel: String, yLabel: String, series: [Series], references: [Reference] = [],
        width: Double = 640, height: Double = 400, markers: Bool = false
    ) -> String {
        let pts = series.flatMap(\.points).filter { $0.x.isFinite && $0.y.isFinite }
        var ys = pts.map(\.y) + references.map(\.y)
        if ys.isEmpty { ys = [0, 1] }
        let (x0, x1) = padded(pts.map(\.x).min() ?? 0, pts.map(\.x).max() ?? 1)
        let (y0, y1) = padded(ys.min()!, ys.max()!)
        var f = Frame(x0: x0, x1: x1, y0: y0, y1: y1, width: width, height: height)
        // The legend sits between the title and the frame, never over the curves.
        f.top = 40 + 16 * Double(series.count)
        var s = axes(f, title: title, xLabel: xLabel, yLabel: yLabel)
        s += "<clipPath id=\"plot\"><rect x=\"\(c(f.left))\" y=\"\(c(f.top))\" width=\"\(c(width - f.left - f.right))\" height=\"\(c(height - f.top - f.bottom))\"/></clipPath>\n"
        for r in references {
            s += "<line x1=\"\(c(f.left))\" y1=\"\(c(f.py(r.y)))\" x2=\"\(c(width - f.right))\" y2=\"\(c(f.py(r.y)))\" stroke=\"\(r.color)\" stroke-dasharray=\"6 4\"/>\n"
            s += "<text x=\"\(c(width - f.right - 4))\" y=\"\(c(f.py(r.y) - 5))\" font-size=\"11\" text-anchor=\"end\" fill=\"\(r.color)\">\(esc(r.label))</text>\n"
        }
        for se in series {
            // Break the line at non-finite points.
            var segs: [[(x: Double, y: Double)]] = [[]]
            for p in se.points {
                if p.x.isFinite && p.y.isFinite { segs[segs.count - 1].append(p) } else if !segs[segs.count - 1].isEmpty { segs.append([]) }
            }
            for seg in segs where !seg.isEmpty {
                let d = seg.map { "\(c(f.px($0.x))),\(c(f.py($0.y)))" }.joined(separator: " ")
                s += "<polyline clip-path=\"url(#plot)\" points=\"\(d)\" fill=\"none\" stroke=\"\(se.color)\" stroke-width=\"1.5\"\(se.dashed ? " stroke-dasharray=\"4 3\"" : "")/>\n"
                if markers, let p = seg.first {
                    s += "<circle cx=\"\(c(f.px(p.x)))\" cy=\"\(c(f.py(p.y)))\" r=\"3.5\" fill=\"\(se.color)\"/>\n"
                }
            }
        }
        // Legend above the frame, each entry drawn as its curve is (dashed where dashed).
        for (i, se) in series.enumerated() {
            let y = 36 + 14 + Double(i) * 16
            s += "<line x1=\"\(c(f.left + 10))\" y1=\"\(c(y - 4))\" x2=\"\(c(f.left + 30))\" y2=\"\(c(y - 4))\" stroke=\"\(se.color)\" stroke-width=\"2\"\(se.dashed ? " stroke-dasharray=\"4 3\"" : "")/>\n"
            s += "<text x=\"\(c(f.left + 35))\" y=\"\(c(y))\" font-size=\"11\">\(esc(se.name))</text>\n"
        }
        return document(width, height, s)
    }

    /// H(t) and f(t) along a run (steps where H = +∞ leave a gap). With `hStar`, H − H* and
    /// f − H*; with `logScale`, log₁₀ of the values on the y axis (values ≤ 0 leave gaps).
    public static func plotLyapunov(_ t: Trajectory, logScale: Bool = false, hStar: Double? = nil) -> String {
        let shift = hStar ?? 0
        func y(_ v: Double?) -> Double {
            guard let v else { return .infinity }
            let u = v - shift
            return logScale ? (u > 0 ? Foundation.log10(u) : .nan) : u
        }
        let star = hStar.map { " − H* (H* = \(fmt($0)))" } ?? ""
        let h = Series(name: "H\(hStar == nil ? "" : " − H*") (theory.md §5)", points: t.records.map { (Double($0.step), y($0.H)) })
        let f = Series(name: hStar == nil ? "f" : "f − H*", points: t.records.map { (Double($0.step), y($0.f)) }, color: "#2ca02c", dashed: true)
        var title = "Lyapunov function, κ = \(t.config.kappaName), \(t.config.scheme)"
        if t.records.contains(where: { $0.H == nil }) { title += " (gaps: H = +∞, λx outside dom K*)" }
        return linePlot(title: title, xLabel: "step t", yLabel: logScale ? "log₁₀(value\(star))" : "value\(star)", series: [h, f])
    }

    /// The change of H over each recorded step against the §5 bound −εΔ + (Lε²/2)‖·‖²
    /// (runs with `smoothness`; nil otherwise).
    public static func plotDecrease(_ t: Trajectory) -> String? {
        let rs = t.records.filter { $0.decreaseBound != nil }
        guard !rs.isEmpty else { return nil }
        let dh = Series(name: "H(t) − H(t−1)", points: rs.map { (Double($0.step), $0.hChange ?? .nan) })
        let b = Series(name: "bound −εΔ + (Lε²/2)‖∇K(m̃) − λx‖²", points: rs.map { (Double($0.step), $0.decreaseBound!) },
                       color: "#d62728", dashed: true)
        return linePlot(title: "Lyapunov decrease and its bound, κ = \(t.config.kappaName)", xLabel: "step t", yLabel: "per-step change",
                        series: [dh, b])
    }

    /// ‖x_t‖∞ with the line 1/λ.
    public static func plotSupNorm(_ t: Trajectory) -> String {
        let s = Series(name: "‖x‖∞", points: t.records.map { (Double($0.step), $0.xInf) })
        let refs = t.records.first?.radius.map { [Reference(y: $0, label: "1/λ = \(fmt($0))")] } ?? []
        return linePlot(title: "‖x‖∞ against 1/λ, κ = \(t.config.kappaName)", xLabel: "step t", yLabel: "‖x‖∞", series: [s], references: refs)
    }

    /// λx against the κ's own dom K* (where H is finite): ‖λx‖∞ ≤ 1 (l1, huber), ‖λx‖₂ ≤ 1
    /// (l2), ‖λx‖_q ≤ 1 (lp), 0 ≤ λxᵢ ≤ 1 (relu: max and min of λxᵢ), the simplex
    /// (logsumexp: Σ λxᵢ = 1 and min λxᵢ ≥ 0); for half-sq and l1-plus-half-sq, whose dom K*
    /// is ℝᵈ, ‖x‖∞ alone. nil when λ = 0.
    public static func plotConstraint(_ t: Trajectory) -> String? {
        guard t.records.first?.lamXMin != nil else { return nil }
        func pts(_ v: (TrajectoryRecord) -> Double?) -> [(x: Double, y: Double)] { t.records.map { (Double($0.step), v($0) ?? .nan) } }
        if let custom = t.config.custom {
            // A user κ: the range of λxᵢ, and where λx leaves the given domain.
            let outside = t.records.filter { $0.lamXInDomain == false }.count
            let domain = custom.domain.map { ", dom K*: \($0)" + (outside > 0 ? " (outside at \(outside) records)" : "") } ?? ""
            return linePlot(title: "λx, κ given by \(custom.name)\(domain)", xLabel: "step t", yLabel: "λxᵢ",
                            series: [Series(name: "max λxᵢ", points: pts(\.lamXMax)),
                                     Series(name: "min λxᵢ", points: pts(\.lamXMin), color: "#2ca02c", dashed: true)])
        }
        let k = t.config.kappa
        let title = "λx against dom K*, κ = \(k)" + (k.domainConstraint.map { ": \($0)" } ?? "")
        switch k {
        case .l1, .huber, .l2, .lp:
            let norm: String
            switch k {
            case .l2: norm = "‖λx‖₂"
            case .lp: norm = "‖λx‖_q"
            default: norm = "‖λx‖∞"
            }
            return linePlot(title: title, xLabel: "step t", yLabel: norm, series: [Series(name: norm, points: pts(\.lamXNorm))],
                            references: [Reference(y: 1, label: "1")])
        case .relu:
            return linePlot(title: title, xLabel: "step t", yLabel: "λxᵢ",
                            series: [Series(name: "max λxᵢ", points: pts(\.lamXMax)),
                                     Series(name: "min λxᵢ", points: pts(\.lamXMin), color: "#2ca02c", dashed: true)],
                            references: [Reference(y: 1, label: "1"), Reference(y: 0, label: "0")])
        case .logsumexp:
            return linePlot(title: title, xLabel: "step t", yLabel: "λx",
                            series: [Series(name: "Σ λxᵢ", points: pts(\.lamXSum)),
                                     Series(name: "min λxᵢ", points: pts(\.lamXMin), color: "#2ca02c", dashed: true)],
                            references: [Reference(y: 1, label: "Σ = 1"), Reference(y: 0, label: "0")])
        case .halfSq, .l1PlusHalfSq:
            return linePlot(title: "‖x‖∞, κ = \(k) (dom K* = ℝᵈ: no constraint on λx)", xLabel: "step t", yLabel: "‖x‖∞",
                            series: [Series(name: "‖x‖∞", points: pts(\.xInf))])
        }
    }

    /// Phase portrait (x, m) of a one-dimensional run (the start is marked).
    public static func phasePortrait(_ t: Trajectory) -> String? {
        guard t.dimension == 1 else { return nil }
        let pts = t.records.compactMap { r -> (x: Double, y: Double)? in
            guard let x = r.x?.first, let m = r.m?.first else { return nil }
            return (x, m)
        }
        return linePlot(title: "Phase portrait (x, m), κ = \(t.config.kappaName)", xLabel: "x", yLabel: "m",
                        series: [Series(name: "trajectory (dot: start)", points: pts, color: "#9467bd")], markers: true)
    }

    /// A rectangle of a parameter map.
    public struct ParameterBox: Sendable {
        public var x: ClosedRange<Double>
        public var y: ClosedRange<Double>
        /// "proved", "refuted", "unknown" (or any verdict name).
        public var verdict: String
        public init(x: ClosedRange<Double>, y: ClosedRange<Double>, verdict: String) {
            self.x = x
            self.y = y
            self.verdict = verdict
        }
    }

    /// Boxes from the engine's bisection (unbounded sides are dropped).
    public static func boxes(_ results: [BoxResult], x: String, y: String) -> [ParameterBox] {
        results.compactMap { b in
            guard let dx = b.box[x], let dy = b.box[y], let xl = dx.lower, let xu = dx.upper, let yl = dy.lower, let yu = dy.upper
            else { return nil }
            return ParameterBox(x: xl.doubleValue...xu.doubleValue, y: yl.doubleValue...yu.doubleValue, verdict: b.verdict.name)
        }
    }

    static func colour(_ verdict: String) -> String {
        switch verdict {
        case "proved", "no-witness": return "#2ca02c"
        case "refuted", "found": return "#d62728"
        default: return "#bdbdbd"
        }
    }

    /// Rectangles coloured proved (green) / refuted (red) / unknown (grey) over two parameters.
    public static func parameterMap(_ boxes: [ParameterBox], xName: String, yName: String, title: String = "Parameter map",
                                    width: Double = 560, height: Double = 480) -> String {
        let x0 = boxes.map(\.x.lowerBound).min() ?? 0, x1 = boxes.map(\.x.upperBound).max() ?? 1
        let y0 = boxes.map(\.y.lowerBound).min() ?? 0, y1 = boxes.map(\.y.upperBound).max() ?? 1
        var f = Frame(x0: x0, x1: x1 > x0 ? x1 : x0 + 1, y0: y0, y1: y1 > y0 ? y1 : y0 + 1, width: width, height: height)
        f.right = 100
        var s = axes(f, title: title, xLabel: xName, yLabel: yName)
        for b in boxes {
            let l = f.px(b.x.lowerBound), r = f.px(b.x.upperBound), t = f.py(b.y.upperBound), bt = f.py(b.y.lowerBound)
            s += "<rect x=\"\(c(l))\" y=\"\(c(t))\" width=\"\(c(r - l))\" height=\"\(c(bt - t))\" fill=\"\(colour(b.verdict))\" fill-opacity=\"0.75\" stroke=\"white\" stroke-width=\"1\"><title>\(esc(b.verdict))</title></rect>\n"
        }
        for (i, v) in ["proved", "refuted", "unknown"].enumerated() {
            let x = width - f.right + 12, y = f.top + Double(i) * 20
            s += "<rect x=\"\(c(x))\" y=\"\(c(y))\" width=\"12\" height=\"12\" fill=\"\(colour(v))\"/>\n"
            s += "<text x=\"\(c(x + 16))\" y=\"\(c(y + 10))\" font-size=\"11\">\(v)</text>\n"
        }
        return document(width, height, s)
    }
}
