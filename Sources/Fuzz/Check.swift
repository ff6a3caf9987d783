import Dynamics
import Verification
/// Settings of one check.
public struct CheckSettings: Sendable {
    /// Per-query timeout (seconds) for lionk and for the direct encoding.
    public var timeout: Double = 2
    /// Random points per dimension for the exact evaluator.
    public var samples: Int = 40
    public init(timeout: Double = 2, samples: Int = 40) {
        self.timeout = timeout
        self.samples = samples
    }
}

/// One claim decided by the three oracles and compared.
public struct ClaimReport: Sendable {
    public var claim: FClaim
    public var lionk: LionkAnswer
    public var direct: [DirectAnswer]
    public var findings: [Finding]
    public var seconds: Double

    public init(claim: FClaim, lionk: LionkAnswer, direct: [DirectAnswer], findings: [Finding], seconds: Double = 0) {
        self.claim = claim
        self.lionk = lionk
        self.direct = direct
        self.findings = findings
        self.seconds = seconds
    }

    public var isRejected: Bool { if case .rejected = lionk.outcome { true } else { false } }
    public var isCrash: Bool { findings.contains { $0.cause == .crash } }
    public var isDisagreement: Bool { findings.contains { $0.cause != .crash } }

    /// lionk decided, and so did the direct encoding wherever the verdict is compared.
    public var decidedByBoth: Bool {
        guard let v = lionk.verdict, v != .unknown else { return false }
        switch v {
        case .refuted, .found:
            guard let d = lionk.point?.dimension else { return false }
            return direct.first { $0.dimension == d }?.main.isDecided ?? false
        default:
            let dims = Comparator.comparedDimensions(claim, lionk)
            return !dims.isEmpty
                && dims.allSatisfy { d in
                    guard let a = direct.first(where: { $0.dimension == d }) else { return false }
                    return a.main.isDecided && (a.main == .sat || (a.undefined?.isDecided ?? true))
                }
        }
    }
}

public enum Fuzzer {
    /// The comparator with the direct encoding's point query.
    public static func comparator(timeout: Double) -> Comparator {
        Comparator { c, d, point in DirectOracle.pointQuery(c, dimension: d, point: point, timeout: timeout) }
    }

    /// Runs lionk, the direct encoding at each of its dimensions and the evaluator, and
    /// compares. `sampleSeed` makes the random points reproducible.
    public static func check(_ c: FClaim, settings: CheckSettings, sampleSeed: UInt64) -> ClaimReport {
        let start = ContinuousClock.now
        let lionk = LionkOracle.run(c, timeout: settings.timeout)
        let direct = directAnswers(c, timeout: settings.timeout)
        let samples = samples(c, count: settings.samples, seed: sampleSeed)
        let findings = comparator(timeout: settings.timeout).compare(c, lionk: lionk, direct: direct, samples: samples)
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return ClaimReport(claim: c, lionk: lionk, direct: direct, findings: findings, seconds: seconds)
    }

    /// Oracle (ii) at each of the claim's dimensions (`DirectOracle.dimensions`).
    public static func directAnswers(_ c: FClaim, timeout: Double) -> [DirectAnswer] {
        DirectOracle.dimensions(c).compactMap { DirectOracle.run(c, dimension: $0, timeout: timeout) }
    }

    /// Oracle (iii) at each of the claim's dimensions: `count` random points per dimension.
    public static func samples(_ c: FClaim, count: Int, seed: UInt64) -> [SampleResult] {
        var rng = SplitMix64(seed: seed)
        return DirectOracle.dimensions(c).compactMap { d in
            guard let sc = Instantiate.claim(c, dimension: d) else { return nil }
            let hit = Sampler.search(sc, kind: c.kind, subgradientAny: c.options.subgradientAny, rng: &rng, count: count)
            return SampleResult(dimension: d, hit: hit)
        }
    }

    /// A one-line description of the direct encoding's answers.
    public static func describe(_ direct: [DirectAnswer]) -> String {
        direct.map { a in
            "d=\(a.dimension): \(a.main)" + (a.undefined.map { ", undefined: \($0)" } ?? "")
        }.joined(separator: "; ")
    }
}
