import Foundation

/// What a run will allocate, estimated before anything is allocated, and what the machine
/// has: a run that cannot fit is refused with one line instead of being killed half-way.
public enum MemoryPlan {
    /// The estimate for one run, in bytes, with what it is made of.
    public struct Estimate: Sendable, Hashable, CustomStringConvertible {
        public var bytes: Int
        /// e.g. "x, m (Float) + gradient".
        public var parts: String
        public var description: String { "\(MemoryPlan.format(bytes)) (\(parts))" }
    }

    /// Too little memory for a run.
    public struct Shortfall: Error, Sendable, CustomStringConvertible {
        public var needed: Estimate
        public var available: Int
        public var description: String {
            "a run at this size needs about \(needed) but only \(MemoryPlan.format(available)) is available"
        }
    }

    /// Bytes per coordinate an exact run keeps (x, m, g, the next x and m as rationals, and
    /// the record's strings): a rough figure — exact runs are meant for small d.
    public static let exactBytesPerCoordinate = 1024

    /// The program itself (code, Z3, the Swift runtime, small buffers): about 60 MB resident.
    public static let programBytes = 60_000_000

    /// The vectors of a run of `config` at dimension `d`: x and m, the gradient unless ∇f
    /// is fused (`fusedGradient`), the scratch vector of a non-separable κ, the final x
    /// and m in Double when kept, the Double arrays of the §5 bound when `smoothness` is
    /// set, plus `objectiveBytes` the objective itself holds (e.g. a centre list, data).
    public static func estimate(_ config: SimulationConfig, dimension d: Int, fusedGradient: Bool, objectiveBytes: Int = 0) -> Estimate {
        if config.precision == .exact {
            let (b, o) = d.multipliedReportingOverflow(by: exactBytesPerCoordinate)
            return Estimate(bytes: o ? .max : b &+ objectiveBytes &+ programBytes,
                            parts: "exact rationals, about \(exactBytesPerCoordinate) bytes a coordinate, + the program")
        }
        let size = config.precision == .float ? 4 : 8
        let type = config.precision == .float ? "Float" : "Double"
        var vectors = 2 * size
        var parts = ["x, m (\(type))"]
        if !fusedGradient {
            vectors += size
            parts.append("gradient")
        }
        if config.custom != nil {
            // c, ∇K(c) and the evaluator's vectors of a user-defined κ.
            vectors += 4 * 8
            parts.append("the user κ's evaluation")
        } else if !config.kappa.isSeparable {
            vectors += size
            parts.append("scratch for \(config.kappa)")
        }
        if config.finalVectorsUpTo.map({ d <= $0 }) ?? true {
            vectors += 16
            parts.append("final x, m in Double")
        }
        if config.smoothness != nil && config.convention == .paper {
            vectors += 5 * 8 + (fusedGradient ? size : 0)
            parts.append("the §5 bound's arrays")
        }
        let (b, o) = d.multipliedReportingOverflow(by: vectors)
        let total = o ? Int.max : b &+ objectiveBytes &+ programBytes
        if objectiveBytes > 0 { parts.append("objective") }
        parts.append("the program")
        return Estimate(bytes: total, parts: parts.joined(separator: " + "))
    }

    /// Memory this process may still use, in bytes: MemAvailable of /proc/meminfo, lowered to
    /// what a cgroup v2 limit (memory.max − memory.current) leaves; nil when neither is known.
    /// `LIONK_MEMORY_AVAILABLE` (bytes) replaces both — for tests and for capping a run.
    public static func available(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int? {
        if let text = environment["LIONK_MEMORY_AVAILABLE"], let v = Int(text), v >= 0 { return v }
        var best: Int? = nil
        if let info = try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8) {
            for line in info.split(separator: "\n") where line.hasPrefix("MemAvailable:") {
                let fields = line.split(separator: " ")
                if fields.count >= 2, let kb = Int(fields[1]) { best = kb * 1024 }
            }
        }
        func read(_ path: String) -> Int? {
            guard let t = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
            return Int(t.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        if let limit = read("/sys/fs/cgroup/memory.max") {  // "max" (no limit) does not parse
            let left = max(0, limit - (read("/sys/fs/cgroup/memory.current") ?? 0))
            best = min(best ?? left, left)
        }
        return best
    }

    /// Throws when `needed` exceeds `available` (nothing is checked when it is unknown).
    public static func check(_ needed: Estimate, available: Int?) throws(Shortfall) {
        guard let a = available, needed.bytes > a else { return }
        throw Shortfall(needed: needed, available: a)
    }

    /// "3.9 GB", "200 MB", "512 kB" (10³ multiples).
    public static func format(_ bytes: Int) -> String {
        if bytes == .max { return "more than 9 EB" }
        let b = Double(bytes)
        for (unit, scale) in [("TB", 1e12), ("GB", 1e9), ("MB", 1e6), ("kB", 1e3)] where b >= scale {
            let v = b / scale
            return (v < 10 ? String(format: "%.1f", v) : String(format: "%.0f", v)) + " " + unit
        }
        return "\(bytes) B"
    }
}
