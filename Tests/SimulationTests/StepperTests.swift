import Dynamics
import Foundation
import Simulation
import Symbolic
import Testing

/// A reference step written directly from theory.md §1 (paper convention), in Double.
func referenceStep(_ kappa: KappaID, _ scheme: Scheme, _ h: LionHyperParameters, x: [Double], m: [Double], g: [Double]) -> ([Double], [Double]) {
    let b1 = h.beta1.doubleValue, b2 = h.beta2.doubleValue, e = h.eps.doubleValue, l = h.lam.doubleValue
    let mt = (0..<x.count).map { b1 * m[$0] - (1 - b1) * g[$0] }
    let d: [Double] = kappa.gradient(mt)
    let xn = (0..<x.count).map { i in
        scheme == .explicit ? x[i] + e * (d[i] - l * x[i]) : (x[i] + e * d[i]) / (1 + e * l)
    }
    return (xn, (0..<x.count).map { b2 * m[$0] - (1 - b2) * g[$0] })
}

@Suite("Lion-κ stepper")
struct StepperTests {
    let h = LionHyperParameters(eps: Rational(1, 10), lam: Rational(1, 2))

    @Test(arguments: KappaID.catalogue)
    func matchesReferenceInBothSchemes(kappa: KappaID) {
        var rng = SplitMix64(seed: 7)
        let d = 5
        let x0 = (0..<d).map { _ in rng.unit() * 2 - 1 }, m0 = (0..<d).map { _ in rng.normal() }, g = (0..<d).map { _ in rng.normal() }
        for scheme in Scheme.allCases {
            let (xr, mr) = referenceStep(kappa, scheme, h, x: x0, m: m0, g: g)
            var x = x0, m = m0, s = [Double](repeating: 0, count: d)
            LionStepper<Double>(kappa: kappa, scheme: scheme, hyper: h).step(x: &x, m: &m, g: g, scratch: &s)
            for i in 0..<d {
                #expect(abs(x[i] - xr[i]) < 1e-12, "\(kappa) \(scheme) x[\(i)]")
                #expect(abs(m[i] - mr[i]) < 1e-12)
            }
        }
    }

    @Test func originalConventionIsPaperWithNegatedMomentumForL1() {
        var rng = SplitMix64(seed: 3)
        let d = 8
        var x1 = (0..<d).map { _ in Float(rng.unit()) }, x2 = x1
        var m1 = [Float](repeating: 0, count: d), m2 = m1, s = m1
        let paper = LionStepper<Float>(kappa: .l1, convention: .paper, hyper: h)
        let orig = LionStepper<Float>(kappa: .l1, convention: .original, hyper: h)
        for _ in 0..<20 {
            let g = (0..<d).map { _ in Float(rng.normal()) }
            paper.step(x: &x1, m: &m1, g: g, scratch: &s)
            orig.step(x: &x2, m: &m2, g: g, scratch: &s)
        }
        #expect(x1 == x2)
        #expect(m1 == m2.map { -$0 })
    }

    @Test(arguments: KappaID.catalogue)
    func parallelEqualsSerial(kappa: KappaID) {
        let d = 1000
        var rng = SplitMix64(seed: 11)
        let x0 = (0..<d).map { _ in Float(rng.unit() - 0.5) }, g = (0..<d).map { _ in Float(rng.normal()) }
        var serial = LionStepper<Float>(kappa: kappa, hyper: h)
        serial.parallelThreshold = .max
        var par = serial
        par.parallelThreshold = 10
        par.threads = 2
        var xa = x0, xb = x0, ma = g, mb = g, s = x0
        serial.step(x: &xa, m: &ma, g: g, scratch: &s)
        par.step(x: &xb, m: &mb, g: g, scratch: &s)
        if kappa.isSeparable {
            #expect(xa == xb)
        } else {
            // The reduction is summed in a different order.
            #expect(zip(xa, xb).allSatisfy { abs($0 - $1) <= 1e-6 })
        }
        #expect(ma == mb)
    }

    @Test func exactAgreesWithDoubleForRationalKappas() throws {
        let q = QuadraticObjective(hessian: .diagonal([1, 2, Rational(1, 2)]), center: [3, -2, Rational(2, 5)])
        for kappa in KappaID.catalogue where kappa.hasRationalGradient {
            var cfg = SimulationConfig(kappa: kappa, precision: .exact, hyper: h, steps: 12, initialX: .values([1, 0, -1]))
            let exact = try Simulation.simulate(cfg, objective: q)
            cfg.precision = .double
            let dbl = try Simulation.simulate(cfg, objective: q)
            for i in 0..<3 { #expect(abs(exact.finalX[i] - dbl.finalX[i]) < 1e-9, "\(kappa)") }
            #expect(exact.finalExactX?.count == 3)
        }
    }

    @Test func exactModeRefusesTranscendentalKappa() {
        let q = QuadraticObjective.halfSquaredDistance(to: [1, 2])
        #expect(throws: SimulationError.self) {
            try Simulation.simulate(SimulationConfig(kappa: .logsumexp, precision: .exact, steps: 2), objective: q)
        }
    }

    @Test func softmaxAndNormGradients() {
        let s: [Double] = KappaID.logsumexp.gradient([1, 2, 3])
        #expect(abs(s.reduce(0, +) - 1) < 1e-12)
        let u: [Double] = KappaID.l2.gradient([3, 4])
        #expect(abs(u[0] - 0.6) < 1e-12 && abs(u[1] - 0.8) < 1e-12)
        let z: [Double] = KappaID.l2.gradient([0, 0])
        #expect(z == [0, 0])
        let p: [Double] = KappaID.lp(2).gradient([3, 4])
        #expect(abs(p[0] - 0.6) < 1e-12)
        let sg: [Float] = KappaID.l1.gradient([-2, 0, 5])
        #expect(sg == [-1, 0, 1])
        #expect(KappaID(name: "huber:1/2") == .huber(Rational(1, 2)))
        #expect(KappaID.catalogue.allSatisfy { KappaID(name: $0.name) == $0 })
        // One naming: the κ of the symbolic catalogue are KappaID's catalogue, by name and
        // by expression, in the same order.
        #expect(Kappa.catalogue.map(\.name) == KappaID.catalogue.map(\.name))
        for id in KappaID.catalogue {
            #expect(id.kappa.name == id.name)
            #expect(id.inCatalogue)
        }
        // Outside the catalogue: lp:P and huber:DELTA, named alike by the symbolic κ.
        #expect(KappaID(name: "lp:4")?.kappa.name == "lp:4")
        #expect(KappaID(name: "huber:2")?.kappa.name == "huber:2")
        #expect(KappaID(name: "lp:4")?.inCatalogue == false)
        #expect(KappaID(name: "lp:1") == nil && KappaID(name: "huber:0") == nil && KappaID(name: "l7") == nil)
        // The simulator's earlier spellings still read.
        #expect(KappaID(name: "half-sq") == .halfSq)
        #expect(KappaID(name: "l1-plus-half-sq") == .l1PlusHalfSq)
        #expect(KappaID(name: "lp") == .lp(3))
    }

    @Test func boxIsEnteredAndKeptForLion() throws {
        let q = QuadraticObjective.halfSquaredDistance(to: [30, -20, 4])
        let cfg = SimulationConfig(kappa: .l1, precision: .float, hyper: LionHyperParameters(eps: Rational(1, 20), lam: 1),
                                   steps: 400, initialX: .values([5, -5, 0]))
        let tr = try Simulation.simulate(cfg, objective: q)
        // Phase 1 (theory.md §3): once ‖λx‖∞ ≤ 1 it stays.
        let entered = try #require(tr.records.firstIndex { $0.xInf <= 1 + 1e-6 })
        #expect(tr.records[entered...].allSatisfy { $0.xInf <= 1 + 1e-6 })
        #expect(entered < 320)  // dist shrinks by (1 − ελ) per step: 4·0.95^t ≤ 1e−6 at t ≈ 300
    }
}
