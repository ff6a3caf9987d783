import Foundation
import Simulation
import Symbolic
import Dynamics
import Testing

@Suite("Theorem 4.1 along simulated runs (theory.md §5)")
struct DecreaseBoundTests {
    /// Implicit Lion-κ on a 1-smooth quadratic from a point inside dom K*: every step obeys
    /// H(x⁺, m⁺) − H(x, m) ≤ −εΔ + (Lε²/2)‖∇K(m̃) − λx⁺‖² (up to rounding).
    @Test(arguments: [KappaID.l1, .l2, .halfSq, .relu, .huber(1), .l1PlusHalfSq])
    func everyStepObeysTheBound(kappa: KappaID) throws {
        let f = QuadraticObjective(hessian: .diagonal([1, Rational(1, 2), Rational(1, 4)]), center: [3, -2, Rational(2, 5)])
        for (eps, lam) in [(Rational(1, 10), Rational(1, 2)), (Rational(1, 2), Rational(1, 10)), (Rational(1, 100), 1)] {
            let cfg = SimulationConfig(
                kappa: kappa, scheme: .implicit, hyper: LionHyperParameters(eps: eps, lam: lam), steps: 300,
                initialX: .values([Rational(1, 10), 0, Rational(1, 10)]), initialM: .values([1, -1, Rational(1, 2)]),
                smoothness: 1)
            let t = try Simulation.simulate(cfg, objective: f)
            let checked = t.records.dropFirst()
            #expect(checked.allSatisfy { $0.decreaseBound != nil && $0.hChange != nil }, "\(kappa)")
            for r in checked {
                let change = try #require(r.hChange), bound = try #require(r.decreaseBound)
                #expect(change <= bound + 1e-9 * max(1, abs(bound)), "\(kappa) ε=\(eps) λ=\(lam) step \(r.step): \(change) > \(bound)")
            }
        }
    }

    @Test func boundIsOnlyRecordedWhenAskedFor() throws {
        let f = QuadraticObjective.halfSquaredDistance(to: [1])
        let t = try Simulation.simulate(SimulationConfig(scheme: .implicit, steps: 10), objective: f)
        #expect(t.records.allSatisfy { $0.decreaseBound == nil && $0.hChange == nil })
        let u = try Simulation.simulate(SimulationConfig(scheme: .implicit, steps: 10, recordEvery: 5, smoothness: 1), objective: f)
        #expect(u.records.map(\.step) == [0, 5, 10])
        #expect(u.records[0].decreaseBound == nil && u.records[1].decreaseBound != nil && u.records[2].decreaseBound != nil)
        #expect(u.csv().hasPrefix("step,f,H,x_inf,radius,x_2,m_inf,m_2,dH,bound,x[1],m[1]\n"))
        #expect(SVG.plotDecrease(u)?.contains("<svg") == true)
        #expect(SVG.plotDecrease(t) == nil)
    }
}
