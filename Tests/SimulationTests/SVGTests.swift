import Foundation
import Simulation
import Symbolic
import Dynamics
import Testing

@Suite("SVG plots")
struct SVGTests {
    func oneDimensionalRun() throws -> Trajectory {
        let f = QuadraticObjective(hessian: .diagonal([1]), center: [20])
        let cfg = SimulationConfig(kappa: .l1, scheme: .implicit, hyper: LionHyperParameters(eps: Rational(1, 10), lam: Rational(1, 2)),
                                   steps: 300, initialX: .values([-1]))
        return try Simulation.simulate(cfg, objective: f)
    }

    @Test func plotsAreWellFormedSVG() throws {
        let t = try oneDimensionalRun()
        let plots = [SVG.plotLyapunov(t), SVG.plotSupNorm(t), try #require(SVG.phasePortrait(t)),
                     SVG.parameterMap([
                         .init(x: 0...0.5, y: 0...1, verdict: "proved"), .init(x: 0.5...1, y: 0...0.5, verdict: "refuted"),
                         .init(x: 0.5...1, y: 0.5...1, verdict: "unknown"),
                     ], xName: "β1", yName: "β2")]
        for svg in plots {
            #expect(svg.hasPrefix("<?xml"))
            #expect(svg.contains("<svg") && svg.hasSuffix("</svg>\n"))
            // Every opened element is closed (self-closing or with an end tag).
            let opens = svg.components(separatedBy: "<").dropFirst().filter { !$0.hasPrefix("/") && !$0.hasPrefix("?") }
            let selfClosing = opens.filter { $0.components(separatedBy: ">").first?.hasSuffix("/") == true }.count
            let closes = svg.components(separatedBy: "</").count - 1
            #expect(opens.count == selfClosing + closes)
        }
        #expect(plots[1].contains("1/λ = 2"))
        #expect(plots[3].contains("#d62728") && plots[3].contains("#2ca02c") && plots[3].contains("#bdbdbd"))
    }

    @Test func phasePortraitOnlyInDimensionOne() throws {
        let f = QuadraticObjective.halfSquaredDistance(to: [1, 2])
        let t = try Simulation.simulate(SimulationConfig(steps: 5), objective: f)
        #expect(SVG.phasePortrait(t) == nil)
    }

    @Test func niceTicks() {
        let t = SVG.ticks(0, 1, count: 5)
        #expect(t.count == 6 && zip(t, [0, 0.2, 0.4, 0.6, 0.8, 1]).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(SVG.ticks(-3, 7, count: 5) == [-2, 0, 2, 4, 6])
    }
}

/// Writes example plots to $LIONK_SIM_PLOTS (a directory) when set; used to look at them.
@Suite("SVG examples (manual)")
struct SVGExamples {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["LIONK_SIM_PLOTS"] != nil))
    func writeExamples() throws {
        let dir = URL(fileURLWithPath: ProcessInfo.processInfo.environment["LIONK_SIM_PLOTS"]!)
        let f = QuadraticObjective(hessian: .diagonal([1]), center: [20])
        let t = try Simulation.simulate(
            SimulationConfig(kappa: .l1, scheme: .implicit, hyper: LionHyperParameters(eps: Rational(1, 10), lam: Rational(1, 2)),
                             steps: 300, initialX: .values([-1])), objective: f)
        let q = QuadraticObjective(hessian: .scaledIdentity(Rational(1, 10)), center: [0])
        let p = try Simulation.simulate(
            SimulationConfig(kappa: .l1, hyper: LionHyperParameters(eps: Rational(1, 10), lam: 0, beta1: Rational(1, 2), beta2: Rational(9, 10)),
                             steps: 400, initialX: .values([Rational(3, 2)])), objective: q)
        let boxes: [SVG.ParameterBox] = [
            .init(x: 0...0.5, y: 0...1, verdict: "proved"), .init(x: 0.5...0.75, y: 0.5...1, verdict: "proved"),
            .init(x: 0.5...0.75, y: 0...0.5, verdict: "refuted"), .init(x: 0.75...1, y: 0...0.5, verdict: "refuted"),
            .init(x: 0.75...1, y: 0.5...1, verdict: "unknown"),
        ]
        let dq = QuadraticObjective(hessian: .diagonal([1, Rational(1, 2)]), center: [3, -2])
        let dt = try Simulation.simulate(
            SimulationConfig(kappa: .huber(1), scheme: .implicit, hyper: LionHyperParameters(eps: Rational(1, 10), lam: Rational(1, 2)),
                             steps: 150, smoothness: 1), objective: dq)
        try SVG.plotDecrease(dt)!.write(to: dir.appendingPathComponent("decrease.svg"), atomically: true, encoding: .utf8)
        try SVG.plotLyapunov(t).write(to: dir.appendingPathComponent("lyapunov.svg"), atomically: true, encoding: .utf8)
        try SVG.plotSupNorm(t).write(to: dir.appendingPathComponent("supnorm.svg"), atomically: true, encoding: .utf8)
        try SVG.phasePortrait(p)!.write(to: dir.appendingPathComponent("phase.svg"), atomically: true, encoding: .utf8)
        try SVG.parameterMap(boxes, xName: "β1", yName: "β2").write(to: dir.appendingPathComponent("map.svg"), atomically: true, encoding: .utf8)
    }
}
