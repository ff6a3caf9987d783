import Foundation
import Simulation
import Symbolic
import Dynamics
import Testing

@Suite("Objectives")
struct ObjectiveTests {
    /// Central differences in Double against the analytic gradient.
    func checkGradient(_ f: any Objective, at x: [Double], tol: Double = 1e-6) {
        let g: [Double] = f.gradient(x)
        for i in 0..<x.count {
            var xp = x, xm = x
            let h = 1e-5
            xp[i] += h
            xm[i] -= h
            let fd = (f.value(xp) - f.value(xm)) / (2 * h)
            #expect(abs(fd - g[i]) < tol * max(1, abs(fd)), "\(f.name) ∂\(i): \(g[i]) vs \(fd)")
        }
    }

    @Test func logisticGradientMatchesDifferences() {
        let f = LogisticObjective(dimension: 5, samples: 40, regularization: 0.01, seed: 3)
        checkGradient(f, at: [0.3, -0.2, 1.1, 0, -0.7])
        // Same seed, same data.
        #expect(LogisticObjective(dimension: 5, samples: 40, seed: 3).labels == f.labels)
        #expect(LogisticObjective(dimension: 5, samples: 40, seed: 4).features != f.features)
    }

    @Test func denseQuadraticExactAndFloating() {
        let H: [[Rational]] = [[2, 1, 0], [1, 3, Rational(1, 2)], [0, Rational(1, 2), 1]]
        let f = QuadraticObjective(hessian: .dense(H), center: [1, -1, 2], linear: [Rational(1, 3), 0, -1], offset: 5)
        checkGradient(f, at: [0.5, 0.25, -1])
        let x: [Rational] = [Rational(1, 2), Rational(1, 4), -1]
        let ge = f.exactGradient(x)!.map(\.doubleValue)
        let gd: [Double] = f.gradient(x.map(\.doubleValue))
        for i in 0..<3 { #expect(abs(ge[i] - gd[i]) < 1e-12) }
        #expect(abs(f.exactValue(x)!.doubleValue - f.value(x.map(\.doubleValue))) < 1e-12)
        #expect(f.exactValue([1, -1, 2]) == 5)
    }

    @Test func rosenbrockAndExpressionGradients() {
        checkGradient(RosenbrockObjective(dimension: 4), at: [-1.2, 1, 0.5, 0.3], tol: 1e-5)
        let e = ExpressionObjective(Expr.scalar("a") * sum(Expr.vector("x").squared), dimension: 3,
                                    parameters: [.scalar("a"): Rational(3, 2)])
        #expect(e.gradientMethod == "symbolic derivative")
        checkGradient(e, at: [1, -2, 0.5])
        #expect(e.exactGradient([1, 2, 3]) == [3, 6, 9])
    }

    @Test func floatRunOfLogisticDecreasesTheLoss() throws {
        let f = LogisticObjective(dimension: 10, samples: 200, seed: 5)
        let cfg = SimulationConfig(kappa: .l1, precision: .float, hyper: LionHyperParameters(eps: Rational(1, 100), lam: Rational(1, 10)),
                                   steps: 300, recordEvery: 300)
        let t = try Simulation.simulate(cfg, objective: f)
        #expect(t.records.last!.f < t.records.first!.f)
        #expect(t.records.first!.f > 0.69 && t.records.first!.f < 0.7)  // log 2 at w = 0
    }
}
