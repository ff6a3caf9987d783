import Simulation
import Symbolic
import Dynamics
import Testing

@Suite("Period-two orbits of Lion without weight decay (theory.md §7)")
struct PeriodTwoTests {
    /// f = (h/2)x², λ = 0. Candidate orbit x0 = −ε/2, x1 = ε/2, m0 = −(1−β2)hε/(2(1+β2)), m1 = −m0:
    /// it is an orbit iff sign(β1 m0 − (1−β1)h x0) = +1, i.e. 1 + β2 > 2β1 — a condition on
    /// (β1, β2) only. Checked in exact arithmetic.
    func run(beta1: Rational, beta2: Rational, h: Rational = 3, eps: Rational = Rational(1, 10)) throws -> Trajectory {
        let f = QuadraticObjective(hessian: .diagonal([h]), center: [0])
        let m0 = -(1 - beta2) * h * eps / (2 * (1 + beta2))
        let cfg = SimulationConfig(
            kappa: .l1, precision: .exact, hyper: LionHyperParameters(eps: eps, lam: 0, beta1: beta1, beta2: beta2), steps: 6,
            initialX: .values([-eps / 2]), initialM: .values([m0]))
        return try Simulation.simulate(cfg, objective: f)
    }

    @Test func orbitExistsWhenTwoBeta1BelowOnePlusBeta2() throws {
        let t = try run(beta1: Rational(9, 10), beta2: Rational(99, 100))
        let xs = t.records.map { $0.exactX![0] }
        #expect(xs == ["-1/20", "1/20", "-1/20", "1/20", "-1/20", "1/20", "-1/20"])
        #expect(t.records[0].m == t.records[2].m && t.records[0].m == t.records[6].m)
        #expect(t.records[0].H == nil)  // λ = 0: H undefined
    }

    @Test func noSuchOrbitWhenTwoBeta1AboveOnePlusBeta2() throws {
        let t = try run(beta1: Rational(99, 100), beta2: Rational(9, 10))
        #expect(t.records[2].exactX![0] != t.records[0].exactX![0] || t.records[2].m != t.records[0].m)
    }
}
