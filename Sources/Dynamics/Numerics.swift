import Foundation
public import Symbolic

/// SplitMix64 (Steele, Lea, Flood 2014): a small deterministic generator, shared by the
/// spot checks here and the simulator's seeded objectives and starting points.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// Uniform in [0, 1) with 53 bits.
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }
    /// Standard normal (Box–Muller).
    public mutating func normal() -> Double {
        let u = max(unit(), 0x1p-60), v = unit()
        return (-2 * Foundation.log(u)).squareRoot() * Foundation.cos(2 * Double.pi * v)
    }
}

/// Random-point numeric spot checks (Double). They never prove anything: they are reported
/// beside an `unknown` verdict (e.g. for log-sum-exp) to say whether a violation was seen.
public enum NumericCheck {
    /// The deterministic generator of the spot checks (so reports are reproducible).
    public typealias Generator = SplitMix64

    /// The outcome of a spot check.
    public struct Report: Sendable, CustomStringConvertible {
        public var samples: Int
        /// Samples where the expression could not be evaluated (domain errors).
        public var skipped: Int
        /// Samples with slack < −tolerance.
        public var violations: Int
        public var minimumSlack: Double
        public var description: String {
            "\(samples) random points (\(skipped) skipped): \(violations) violations, minimum slack \(minimumSlack)"
        }
    }

    /// Evaluates `slack` (the claim holds where slack ≥ 0) at random points: every vector
    /// symbol gets `dimension` coordinates, every scalar one value, from `sample(symbol, rng)`.
    public static func spotCheck(
        _ slack: Expr, dimension: Int, samples: Int = 1000, seed: UInt64 = 1, tolerance: Double = 1e-9,
        sample: (Symbol, inout Generator) -> [Double]
    ) -> Report {
        var rng = Generator(seed: seed)
        var report = Report(samples: samples, skipped: 0, violations: 0, minimumSlack: .infinity)
        let symbols = slack.symbols.sorted { $0.name < $1.name }
        for _ in 0..<samples {
            var env: Environment<Double> = [:]
            for s in symbols {
                let v = sample(s, &rng)
                env[s] = s.isVector ? .vector(Array(v.prefix(dimension))) : .scalar(v[0])
            }
            guard let value = try? slack.evaluateScalar(env), value.isFinite else {
                report.skipped += 1
                continue
            }
            report.minimumSlack = min(report.minimumSlack, value)
            if value < -tolerance { report.violations += 1 }
        }
        return report
    }

    /// Spot check of the discrete Lyapunov decrease at Lion's defaults for a κ: m, g uniform
    /// in [−2, 2]^d; λx uniform in dom K* via `domainPoint` (default: the box [−1, 1]^d);
    /// f1 at its worst case (the descent-lemma bound). Only for κ with an explicit ∇K (not
    /// a subgradient relation).
    public static func lyapunov(
        _ k: Kappa, dimension: Int, samples: Int = 1000, seed: UInt64 = 1,
        domainPoint: ((Int, inout Generator) -> [Double])? = nil
    ) -> Report {
        let slack = KappaClaims.lyapunovSlack(k)
        return spotCheck(slack, dimension: dimension, samples: samples, seed: seed) { s, rng in
            switch s.name {
            case "x":
                let y = domainPoint?(dimension, &rng) ?? (0..<dimension).map { _ in Double.random(in: -1...1, using: &rng) }
                return y.map { $0 / Double(LionDefaults.lam.doubleValue) }
            case "f0": return [0]
            default: return (0..<dimension).map { _ in Double.random(in: -2...2, using: &rng) }
            }
        }
    }

    /// A point of the simplex {y ≥ 0, Σy = 1} (normalised uniform weights, kept inside).
    public static func simplexPoint(_ d: Int, _ rng: inout Generator) -> [Double] {
        let w = (0..<d).map { _ in Double.random(in: 0.01...1, using: &rng) }
        let t = w.reduce(0, +)
        return w.map { $0 / t }
    }
}
