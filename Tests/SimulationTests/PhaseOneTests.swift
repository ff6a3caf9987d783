import Foundation
import Simulation
import Symbolic
import Dynamics
import Testing

@Suite("Phase 1: the constraint is entered exponentially fast (theory.md §3)")
struct PhaseOneTests {
    /// Euclidean distance from y to dom K* for the κ whose domain is a box or a ball.
    static func distance(_ kappa: KappaID, _ y: [Double]) -> Double {
        switch kappa {
        case .l1, .huber:
            return y.reduce(0) { $0 + pow(max(abs($1) - 1, 0), 2) }.squareRoot()
        case .relu:
            return y.reduce(0) { $0 + pow($1 < 0 ? -$1 : max($1 - 1, 0), 2) }.squareRoot()
        case .l2:
            return max(y.reduce(0) { $0 + $1 * $1 }.squareRoot() - 1, 0)
        default:
            return .nan
        }
    }

    @Test(arguments: [KappaID.l1, .l2, .relu, .huber(1)], [Scheme.explicit, .implicit])
    func distanceContractsEveryStep(kappa: KappaID, scheme: Scheme) throws {
        let f = RosenbrockObjective(dimension: 3)
        let lam = 0.5, eps = 0.2
        let cfg = SimulationConfig(
            kappa: kappa, scheme: scheme, hyper: LionHyperParameters(eps: Rational(1, 5), lam: Rational(1, 2)), steps: 60,
            initialX: .values([8, -6, 5]), initialM: .values([1, -2, 3]))
        let t = try Simulation.simulate(cfg, objective: f)
        let factor = scheme == .explicit ? 1 - eps * lam : 1 / (1 + eps * lam)
        let dist = t.records.map { Self.distance(kappa, $0.x!.map { lam * $0 }) }
        #expect(dist[0] > 1)
        for k in 1..<dist.count {
            #expect(dist[k] <= factor * dist[k - 1] + 1e-12, "\(kappa) \(scheme) step \(k): \(dist[k]) > \(factor) × \(dist[k - 1])")
        }
    }
}
