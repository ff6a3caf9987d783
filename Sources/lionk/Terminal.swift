import Foundation
import Verification

/// What the terminal gets: colours only when stdout is a terminal (and NO_COLOR is unset,
/// TERM is not "dumb"); progress only when stderr is a terminal. Scripts that pipe lionk
/// see plain text, and --json output is never coloured.
enum Terminal {
    static let environment = ProcessInfo.processInfo.environment

    static let colours: Bool = {
        guard isatty(1) != 0 else { return false }
        if let v = environment["NO_COLOR"], !v.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }()

    static let progressEnabled: Bool = isatty(2) != 0 && environment["TERM"] != "dumb"

    /// ANSI SGR codes.
    enum Colour: String {
        case green = "32"
        case red = "31"
        case yellow = "33"
        case bold = "1"
        case dim = "2"
    }

    static func paint(_ text: String, _ c: Colour) -> String {
        colours ? "\u{1B}[\(c.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// A verdict word coloured by what it means: green proved/found, red refuted/no witness,
    /// yellow unknown and verdicts limited to a scope.
    static func verdict(_ v: Verdict, _ text: String? = nil) -> String {
        let t = text ?? v.name
        switch v {
        case .proved, .found: return paint(t, .green)
        case .refuted, .noWitness: return paint(t, .red)
        case .unknown, .provedInScope, .noWitnessInScope: return paint(t, .yellow)
        }
    }
}

/// A one-line progress bar on stderr, redrawn in place; silent unless stderr is a terminal.
/// Redraws at most once per percent (and per label change), so a long run costs nothing.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let total: Int
    private let unit: String
    private let start = Date()
    private var lastPercent = -1
    private let lock = NSLock()
    let enabled: Bool

    init(_ label: String, total: Int, unit: String, enabled: Bool = Terminal.progressEnabled) {
        self.label = label
        self.total = max(1, total)
        self.unit = unit
        self.enabled = enabled
    }

    /// The bar for `done` of `total` (also used by tests: no terminal needed).
    static func render(label: String, done: Int, total: Int, unit: String, seconds: Double, width: Int = 30) -> String {
        let t = max(1, total)
        let d = min(max(0, done), t)
        let filled = d * width / t
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        var line = "\(label) [\(bar)] \(d * 100 / t)% \(d)/\(t) \(unit)"
        if d > 0 && d < t && seconds >= 1 {
            let left = seconds * Double(t - d) / Double(d)
            line += String(format: ", ~%.0f s left", left)
        }
        return line
    }

    func update(_ done: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let percent = min(100, max(0, done) * 100 / total)
        guard percent != lastPercent else { return }
        lastPercent = percent
        let line = Self.render(label: label, done: done, total: total, unit: unit, seconds: Date().timeIntervalSince(start))
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
