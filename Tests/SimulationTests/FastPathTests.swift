import Dynamics
import Foundation
import Simulation
import Symbolic
import Testing

/// An objective that counts how often f and ∇f are evaluated (wraps ½‖x − c‖²).
final class CountingObjective: Objective, @unchecked Sendable {
    let inner: QuadraticObjective
    private let lock = NSLock()
    private var values = 0, gradients = 0
    init(center: [Rational]) { inner = QuadraticObjective.halfSquaredDistance(to: center) }
    var dimension: Int { inner.dimension }
    var name: String { "counting " + inner.name }
    var counts: (values: Int, gradients: Int) { lock.withLock { (values, gradients) } }
    func value<T: SimScalar>(_ x: UnsafeBufferPointer<T>) -> T {
        lock.withLock { values += 1 }
        return inner.value(x)
    }
    func gradient<T: SimScalar>(_ x: UnsafeBufferPointer<T>, into g: UnsafeMutableBufferPointer<T>) {
        lock.withLock { gradients += 1 }
        inner.gradient(x, into: g)
    }
}

func close(_ a: Double?, _ b: Double?, rel: Double) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    return abs(a - b) <= rel * max(1, abs(a), abs(b))
}

@Suite("The floating fast path (½‖x − c‖², records in one pass)")
struct FastPathTests {
    static let alternating: [Rational] = (0..<7).map { $0 % 2 == 0 ? 1 : -1 }

    /// The fused run on a scalar or alternating centre gives the trajectory of the general
    /// path on the same centre written out: the same x bit for bit, records to rounding.
    @Test(arguments: [KappaID.l1, .l2, .lp(3), .halfSq, .relu, .huber(Rational(1, 2)), .l1PlusHalfSq, .logsumexp])
    func fusedEqualsTheGeneralPath(kappa: KappaID) throws {
        for (center, written) in [(Center.constant(Rational(3, 4)), [Rational](repeating: Rational(3, 4), count: 7)),
                                  (.alternating(1, -1), Self.alternating), (.values(Self.alternating), Self.alternating)] {
            for precision in [Precision.float, .double] {
                let cfg = SimulationConfig(kappa: kappa, precision: precision, hyper: LionHyperParameters(eps: Rational(1, 10), lam: Rational(1, 2)),
                                           steps: 60, recordEvery: 7, initialX: .uniform(scale: 1), seed: 3)
                let fast = try Simulation.simulate(cfg, objective: CenteredQuadratic(dimension: 7, center: center))
                let slow = try Simulation.simulate(cfg, objective: QuadraticObjective.halfSquaredDistance(to: written))
                #expect(fast.work?.gradient == "fused" && slow.work?.gradient == "objective")
                #expect(fast.finalX == slow.finalX, "\(kappa) \(center) \(precision)")
                #expect(fast.finalM == slow.finalM)
                #expect(fast.records.map(\.step) == slow.records.map(\.step))
                // The general path rounds f(x) to the working precision (Objective.value
                // returns T); the record pass keeps it in Double.
                let rel = precision == .float ? 1e-7 : 1e-12
                for (a, b) in zip(fast.records, slow.records) {
                    #expect(close(a.f, b.f, rel: rel) && close(a.H, b.H, rel: rel), "\(kappa) \(center) step \(a.step): \(a) vs \(b)")
                    #expect(a.xInf == b.xInf && a.mInf == b.mInf && a.x == b.x && a.m == b.m)
                    #expect(close(a.x2, b.x2, rel: 1e-12) && close(a.m2, b.m2, rel: 1e-12))
                }
            }
        }
    }

    @Test func scalarCentreIsEveryCoordinate() throws {
        let q = CenteredQuadratic(dimension: 4, center: .constant(1))
        #expect(q.name.contains("1 in every coordinate"))
        #expect(q.exactGradient([0, 1, 2, Rational(1, 2)]) == [-1, 0, 1, Rational(-1, 2)])
        #expect(q.exactValue([0, 1, 2, 3]) == 3)
        let g: [Double] = q.gradient([0, 1, 2, 3])
        #expect(g == [-1, 0, 1, 2])
        let alt = CenteredQuadratic(dimension: 3, center: .alternating(1, -1))
        #expect(alt.exactGradient([0, 0, 0]) == [-1, 1, -1])
        // The minimiser of ½‖x − 1‖² in the box ‖x‖∞ ≤ 1/λ = 2 is 1 in every coordinate.
        let cfg = SimulationConfig(kappa: .l1, precision: .float, hyper: LionHyperParameters(eps: Rational(1, 100), lam: Rational(1, 2)),
                                   steps: 3000, recordEvery: 3000, initialX: .constant(-1))
        let t = try Simulation.simulate(cfg, objective: q)
        #expect(t.records.first?.x == [-1, -1, -1, -1])
        #expect(t.finalX.allSatisfy { abs($0 - 1) < 0.02 }, "\(t.finalX)")
    }

    /// Records (and f) are computed at recorded steps only; ∇f of ½‖x − c‖² never goes
    /// through the objective.
    @Test func recordsOnlyWhenRecorded() throws {
        let counting = CountingObjective(center: [1, -1, 1])
        let cfg = SimulationConfig(kappa: .l1, precision: .float, steps: 100, recordEvery: 10)
        let t = try Simulation.simulate(cfg, objective: counting)
        #expect(t.records.map(\.step) == Array(stride(from: 0, through: 100, by: 10)))
        #expect(counting.counts.values == 11 && counting.counts.gradients == 100)
        #expect(t.work == {
            var w = RunWork()
            w.records = 11; w.objectiveValues = 11; w.gradientCalls = 100; w.gradient = "objective"
            return w
        }())
        // The last step is recorded even off the grid.
        let u = try Simulation.simulate(SimulationConfig(precision: .double, steps: 25, recordEvery: 10),
                                        objective: CenteredQuadratic(dimension: 3, center: .alternating(1, -1)))
        #expect(u.records.map(\.step) == [0, 10, 20, 25])
        #expect(u.work?.records == 4 && u.work?.objectiveValues == 0 && u.work?.gradientCalls == 0)
    }

    /// The same run in exact rationals and in floating point: the fast path agrees to the
    /// working precision (κ with a rational ∇K; the start is exact in Float).
    @Test(arguments: [KappaID.l1, .halfSq, .relu, .huber(1), .l1PlusHalfSq])
    func floatAgreesWithExact(kappa: KappaID) throws {
        let q = CenteredQuadratic(dimension: 5, center: .values([3, -2, Rational(2, 5), 0, 1]))
        let start: [Rational] = [Rational(1, 2), -1, Rational(1, 4), 2, 0]
        var cfg = SimulationConfig(kappa: kappa, scheme: .implicit, hyper: LionHyperParameters(eps: Rational(1, 10), lam: Rational(1, 4)),
                                   steps: 30, recordEvery: 5, initialX: .values(start))
        cfg.precision = .exact
        let exact = try Simulation.simulate(cfg, objective: q)
        for (precision, tol) in [(Precision.double, 1e-12), (.float, 1e-5)] {
            cfg.precision = precision
            let t = try Simulation.simulate(cfg, objective: q)
            #expect(t.records.count == exact.records.count)
            for (a, e) in zip(t.records, exact.records) {
                #expect(close(a.f, e.f, rel: tol) && close(a.H, e.H, rel: tol) && close(a.xInf, e.xInf, rel: tol),
                        "\(kappa) \(precision) step \(a.step): \(a.f) \(String(describing: a.H)) vs \(e.f) \(String(describing: e.H))")
                let ex = (e.exactX ?? []).compactMap { Rational($0)?.doubleValue }
                #expect(zip(a.x ?? [], ex).allSatisfy { abs($0 - $1) <= tol * max(1, abs($1)) })
            }
        }
    }

    /// A uniform start built in Float is the rational start of the exact mode, rounded.
    @Test func floatingStartIsTheExactStart() throws {
        let q = CenteredQuadratic(dimension: 9, center: .constant(0))
        var cfg = SimulationConfig(kappa: .l1, precision: .exact, steps: 1, initialX: .uniform(scale: 3), seed: 11)
        let exact = try Simulation.simulate(cfg, objective: q)
        let x0 = try #require(exact.records.first?.exactX).compactMap { Rational($0)?.doubleValue }
        for p in [Precision.float, .double] {
            cfg.precision = p
            #expect(try Simulation.simulate(cfg, objective: q).records.first?.x == x0)
        }
    }

    /// The record pass split over two threads gives the serial sums (K, K*, norms), and K,
    /// K* of arrays agree with direct formulas.
    @Test(arguments: KappaID.catalogue)
    func recordPassAgreesWithArrayFormulas(kappa: KappaID) throws {
        var rng = SplitMix64(seed: 5)
        let d = 40
        let x = (0..<d).map { _ in (rng.unit() * 2 - 1) * 0.05 }
        let m = (0..<d).map { _ in rng.unit() * 2 - 1 }
        let hyper = LionHyperParameters(eps: Rational(1, 10), lam: Rational(1, 2))
        // H from arrays, against H in the records of a zero-step run from (x, m).
        let exact = x.map { Rational(exactly: $0)! }, mom = m.map { Rational(exactly: $0)! }
        for threads in [1, 2] {
            let cfg = SimulationConfig(kappa: kappa, precision: .double, hyper: hyper, steps: 0, initialX: .values(exact),
                                       initialM: .values(mom), threads: threads, parallelThreshold: 8)
            let r = try #require(try Simulation.simulate(cfg, objective: CenteredQuadratic(dimension: d, center: .constant(0))).records.first)
            let h = lyapunovH(kappa: kappa, hyper: hyper, f: x.reduce(0) { $0 + $1 * $1 / 2 }, x: x, mPaper: m)
            #expect(close(r.H, h, rel: 1e-12), "\(kappa) threads \(threads): \(String(describing: r.H)) vs \(String(describing: h))")
        }
        switch kappa {
        case .logsumexp:
            #expect(close(kappa.value(m), log(m.reduce(0) { $0 + exp($1) }), rel: 1e-14))
        case .l2:
            #expect(close(kappa.value(m), m.reduce(0) { $0 + $1 * $1 }.squareRoot(), rel: 1e-14))
            #expect(kappa.conjugate([0.6, 0.8]) == 0 && kappa.conjugate([0.6, 0.81]) == .infinity)
        case .relu:
            #expect(kappa.conjugate([0, 1, 0.5]) == 0 && kappa.conjugate([-0.1, 0.5]) == .infinity)
        case .l1:
            #expect(kappa.value([1, -2, 0.5]) == 3.5 && kappa.conjugate([1, -1]) == 0 && kappa.conjugate([1.01]) == .infinity)
        default: break
        }
    }
}

@Suite("Memory estimate of a run")
struct MemoryPlanTests {
    @Test func fusedFloatRunIsTwoVectors() {
        var cfg = SimulationConfig(kappa: .l1, precision: .float, finalVectorsUpTo: 100_000)
        let e = MemoryPlan.estimate(cfg, dimension: 10_000_000, fusedGradient: true)
        #expect(e.bytes == 2 * 4 * 10_000_000 + MemoryPlan.programBytes)
        #expect(MemoryPlan.estimate(cfg, dimension: 10_000_000, fusedGradient: false).bytes == e.bytes + 4 * 10_000_000)
        cfg.kappa = .l2
        #expect(MemoryPlan.estimate(cfg, dimension: 10_000_000, fusedGradient: true).bytes == e.bytes + 4 * 10_000_000)
        cfg.precision = .double
        cfg.kappa = .l1
        #expect(MemoryPlan.estimate(cfg, dimension: 10_000_000, fusedGradient: true).bytes == 2 * e.bytes - MemoryPlan.programBytes)
        // Final vectors kept (small d): two more Double vectors.
        cfg.finalVectorsUpTo = nil
        #expect(MemoryPlan.estimate(cfg, dimension: 1000, fusedGradient: true).bytes == 1000 * (16 + 16) + MemoryPlan.programBytes)
        // No overflow at absurd sizes.
        #expect(MemoryPlan.estimate(cfg, dimension: .max / 2, fusedGradient: false).bytes == .max)
    }

    @Test func shortfallIsAnError() throws {
        let cfg = SimulationConfig(kappa: .l1, precision: .float, finalVectorsUpTo: 0)
        let e = MemoryPlan.estimate(cfg, dimension: 100_000_000, fusedGradient: true)
        #expect(e.bytes == 860_000_000)
        #expect(throws: MemoryPlan.Shortfall.self) { try MemoryPlan.check(e, available: 500_000_000) }
        do {
            try MemoryPlan.check(e, available: 500_000_000)
        } catch {
            #expect(error.description == "a run at this size needs about 860 MB (x, m (Float) + the program) but only 500 MB is available")
        }
        try MemoryPlan.check(e, available: 1_000_000_000)
        try MemoryPlan.check(e, available: nil)
    }

    @Test func availableMemoryCanBeOverridden() {
        #expect(MemoryPlan.available(environment: ["LIONK_MEMORY_AVAILABLE": "12345"]) == 12345)
        // On Linux /proc/meminfo is there.
        if FileManager.default.fileExists(atPath: "/proc/meminfo") {
            #expect((MemoryPlan.available(environment: [:]) ?? 0) > 0)
        }
        #expect(MemoryPlan.format(3_900_000_000) == "3.9 GB" && MemoryPlan.format(200_000_000) == "200 MB")
    }
}

@Suite("Plots of a run: legend, log scale, the κ's own constraint")
struct RunPlotTests {
    static func run(_ kappa: KappaID, start: InitialPoint = .constant(Rational(1, 2))) throws -> Trajectory {
        try Simulation.simulate(SimulationConfig(kappa: kappa, hyper: LionHyperParameters(eps: Rational(1, 10), lam: 1), steps: 40,
                                                 initialX: start), objective: CenteredQuadratic(dimension: 4, center: .constant(3)))
    }

    @Test func legendIsAboveTheCurvesAndDashedLikeThem() throws {
        let svg = SVG.plotLyapunov(try Self.run(.l1))
        let lines = svg.split(separator: "\n")
        // The frame is the second rect; the legend's lines lie above its top.
        let frame = try #require(lines.filter { $0.hasPrefix("<rect") }.dropFirst().first)
        let top = try #require(Double(frame.split(separator: "\"")[3]))
        let legend = lines.filter { $0.hasPrefix("<line") && $0.contains("stroke-width=\"2\"") }
        #expect(legend.count == 2)
        #expect(legend.allSatisfy { Double($0.split(separator: "\"")[3])! < top })
        #expect(legend[1].contains("stroke-dasharray") && !legend[0].contains("stroke-dasharray"))
    }

    @Test func logScaleAndHStar() throws {
        let t = try Self.run(.l1)
        let svg = SVG.plotLyapunov(t, logScale: true, hStar: 1)
        #expect(svg.contains("log₁₀(value − H* (H* = 1))"))
        #expect(svg.contains("f − H*"))
    }

    @Test func constraintPlotUsesTheKappasDomain() throws {
        // λx = (½, ½, ½, ½) at the start: ‖λx‖₂ = 1, ‖λx‖∞ = ½, Σ = 2.
        let l2 = try Self.run(.l2), l1 = try Self.run(.l1), lse = try Self.run(.logsumexp), relu = try Self.run(.relu)
        #expect(l2.records[0].lamXNorm == 1 && l1.records[0].lamXNorm == 0.5)
        #expect(lse.records[0].lamXSum == 2 && lse.records[0].H == nil)
        #expect(relu.records[0].lamXMin == 0.5 && relu.records[0].lamXMax == 0.5)
        #expect(SVG.plotConstraint(l2)?.contains("‖λx‖₂") == true)
        #expect(SVG.plotConstraint(lse)?.contains("Σ λxᵢ") == true)
        #expect(SVG.plotConstraint(relu)?.contains("min λxᵢ") == true)
        #expect(SVG.plotConstraint(try Self.run(.halfSq))?.contains("no constraint") == true)
        // Exact runs record the same.
        var cfg = SimulationConfig(kappa: .relu, precision: .exact, hyper: LionHyperParameters(eps: Rational(1, 10), lam: 1), steps: 1,
                                   initialX: .constant(Rational(1, 2)))
        let e = try Simulation.simulate(cfg, objective: CenteredQuadratic(dimension: 4, center: .constant(3)))
        #expect(e.records[0].lamXMin == 0.5)
        cfg.hyper.lam = 0
        #expect(SVG.plotConstraint(try Simulation.simulate(cfg, objective: CenteredQuadratic(dimension: 4, center: .constant(3)))) == nil)
    }
}

@Suite("Large uniform starts")
struct LargeStartTests {
    /// Above 2²⁰ coordinates the start is drawn in two parallel halves: the same stream.
    @Test func parallelDrawsAreTheSequentialStream() throws {
        let d = (1 << 20) + 3
        let cfg = SimulationConfig(kappa: .l1, precision: .float, steps: 0, initialX: .uniform(scale: 2), seed: 77)
        let t = try Simulation.simulate(cfg, objective: CenteredQuadratic(dimension: d, center: .constant(0)))
        var rng = SplitMix64(seed: 77)
        var same = true
        for i in 0..<d where t.finalX[i] != Double(Float((rng.unit() * 2 - 1) * 2)) { same = false; break }
        #expect(t.finalX.count == d && same)
    }
}
