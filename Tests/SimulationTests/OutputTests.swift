import Foundation
import Simulation
import Symbolic
import Dynamics
import Testing

@Suite("Trajectory output")
struct OutputTests {
    func run(seed: UInt64, precision: Precision = .double) throws -> Trajectory {
        let f = LogisticObjective(dimension: 4, samples: 50, seed: 42)
        let cfg = SimulationConfig(kappa: .l1, precision: precision, hyper: .defaults, steps: 50, recordEvery: 5,
                                   initialX: .uniform(scale: 2), initialM: .zeros, seed: seed)
        return try Simulation.simulate(cfg, objective: f)
    }

    @Test func deterministicGivenSeed() throws {
        let a = try run(seed: 9), b = try run(seed: 9), c = try run(seed: 10)
        #expect(a.csv() == b.csv())
        #expect(try a.json() == b.json())
        #expect(a.csv() != c.csv())
    }

    @Test func csvHasHeaderAndOneRowPerRecord() throws {
        let t = try run(seed: 1)
        let lines = t.csv().split(separator: "\n")
        #expect(lines.first == "step,f,H,x_inf,radius,x_2,m_inf,m_2,x[1],x[2],x[3],x[4],m[1],m[2],m[3],m[4]")
        #expect(lines.count == t.records.count + 1)
        #expect(t.records.map(\.step) == [0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50])
        #expect(lines[1].split(separator: ",", omittingEmptySubsequences: false).count == 16)
    }

    @Test func jsonRoundTripsWithInfiniteH() throws {
        // Outside the box (‖λx‖∞ > 1) H is +∞: recorded as absent, and the JSON still encodes.
        let f = QuadraticObjective.halfSquaredDistance(to: [100])
        let cfg = SimulationConfig(kappa: .l1, hyper: .defaults, steps: 3, initialX: .values([50]))
        let t = try Simulation.simulate(cfg, objective: f)
        #expect(t.records.allSatisfy { $0.H == nil })
        let back = try Trajectory.decode(json: try t.json())
        #expect(back.records == t.records)
        #expect(back.config.kappa == .l1)
    }

    @Test func lyapunovDecreasesAlongAnImplicitRun() throws {
        // theory.md §5 with a small step on a 1-smooth quadratic: H (nearly) decreases.
        let f = QuadraticObjective(hessian: .diagonal([1, Rational(1, 2)]), center: [3, -1])
        let cfg = SimulationConfig(kappa: .l1, scheme: .implicit, hyper: .defaults, steps: 2000, initialX: .values([1, 1]))
        let t = try Simulation.simulate(cfg, objective: f)
        let hs = t.records.compactMap(\.H)
        #expect(hs.count == t.records.count)
        #expect(hs.last! < hs.first!)
        #expect(t.records.allSatisfy { $0.xInf <= $0.radius! + 1e-9 })
    }

    @Test func expressionObjectiveUsesSymbolicGradient() throws {
        let e = try ExpressionObjective(parsing: "sum((x - 1)^2) / 2 + x[1]*x[2]", dimension: 2)
        #expect(e.gradientMethod == "symbolic derivative")
        let g: [Double] = e.gradient([2, 3])
        #expect(g == [1 + 3, 2 + 2])
        #expect(e.exactGradient([2, 3]) == [4, 4])
        let r = RosenbrockObjective(dimension: 3)
        let gd: [Double] = r.gradient([0.5, -0.2, 1.1])
        let ge = r.exactGradient([Rational(1, 2), Rational(-1, 5), Rational(11, 10)])!.map(\.doubleValue)
        for i in 0..<3 { #expect(abs(gd[i] - ge[i]) < 1e-9) }
    }
}
