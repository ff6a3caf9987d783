import Dynamics
import Foundation
import Symbolic

// A run with a user-defined κ (`SimulationConfig.custom`): the same update as `LionStepper`
// — c = b1·m + q1·g, x⁺ = ax·x + ed·∇K(c), m⁺ = b2·m + q2·g with the coefficients of
// `exactCoefficients` — but ∇K, K and K* are evaluated from their expressions, so it is
// slower than the library κ's kernels (the command line keeps it to d ≤ 100,000).

extension Simulation {
    static func runCustom(
        _ config: SimulationConfig, _ kappa: CompiledKappa, _ objective: any Objective, _ report: (Int) -> Void
    ) throws(SimulationError) -> Trajectory {
        let d = objective.dimension
        switch config.precision {
        case .float:
            let x0: [Float] = try startVector(config.initialX, d, seed: config.seed)
            let m0: [Float] = try startVector(config.initialM, d, seed: config.seed &+ 0x5EED)
            return try customLoop(config, kappa, objective, x0, m0, report, value: { (Double(objective.value($0)), nil) },
                                  gradient: { objective.gradient($0) }, double: { Double($0) }, text: nil)
        case .double:
            let x0: [Double] = try startVector(config.initialX, d, seed: config.seed)
            let m0: [Double] = try startVector(config.initialM, d, seed: config.seed &+ 0x5EED)
            return try customLoop(config, kappa, objective, x0, m0, report, value: { (objective.value($0), nil) },
                                  gradient: { objective.gradient($0) }, double: { $0 }, text: nil)
        case .exact:
            let x0 = try start(config.initialX, d, seed: config.seed)
            let m0 = try start(config.initialM, d, seed: config.seed &+ 0x5EED)
            return try customLoop(config, kappa, objective, x0, m0, report, value: { objective.exactValue($0).map { ($0.doubleValue, $0.description) } },
                                  gradient: { objective.exactGradient($0) }, double: { $0.doubleValue }, text: { $0.description })
        }
    }

    /// The loop in any number type N (Float, Double, Rational). `value` (f in Double, and
    /// exactly as text in exact runs) and `gradient` are the objective's in N (nil: undefined,
    /// an error); `text` writes exact values (exact runs).
    static func customLoop<N: EvaluationScalar>(
        _ config: SimulationConfig, _ kappa: CompiledKappa, _ objective: any Objective, _ x0: [N], _ m0: [N],
        _ report: (Int) -> Void, value: ([N]) -> (Double, String?)?, gradient: ([N]) -> [N]?, double: (N) -> Double,
        text: ((N) -> String)?
    ) throws(SimulationError) -> Trajectory {
        let e = exactCoefficients(config.hyper, scheme: config.scheme, convention: config.convention)
        let b1 = N(rational: e.b1), q1 = N(rational: e.q1), b2 = N(rational: e.b2), q2 = N(rational: e.q2)
        let ax = N(rational: e.ax), ed = N(rational: e.ed)
        let d = x0.count
        var x = x0, m = m0
        var records: [TrajectoryRecord] = []
        let L = config.convention == .paper ? config.smoothness?.doubleValue : nil
        var work = RunWork()
        func makeRecord(_ t: Int) throws(SimulationError) -> TrajectoryRecord {
            guard let (f, exactF) = value(x) else { throw SimulationError("\(objective.name) has no value at step \(t)") }
            work.objectiveValues += 1
            work.records += 1
            var r = customRecord(t, config, kappa, f, x.map(double), m.map(double))
            if let text { r.exactX = x.map(text) }
            r.exactF = exactF
            return r
        }
        var pending: (H0: Double?, bound: Double?)? = nil
        for t in 0...config.steps {
            let recorded = t % config.recordEvery == 0 || t == config.steps
            var current: TrajectoryRecord? = nil
            if recorded {
                var r = try makeRecord(t)
                current = r
                if let p = pending {
                    if let h0 = p.H0, let h1 = r.H { r.hChange = h1 - h0 }
                    r.decreaseBound = p.bound
                }
                records.append(r)
            }
            pending = nil
            report(t)
            if t == config.steps { break }
            guard let g = gradient(x), g.count == d else { throw SimulationError("\(objective.name) has no gradient at step \(t)") }
            work.gradientCalls += 1
            var c = [N](repeating: N.zeroValue, count: d)
            for i in 0..<d { c[i] = b1 * m[i] + q1 * g[i] }
            let s: [N]
            do { s = try kappa.gradient(at: c) } catch {
                throw SimulationError("∇K = \(kappa.gradient) is undefined at step \(t) (\(error))")
            }
            let track = L != nil && ((t + 1) % config.recordEvery == 0 || t + 1 == config.steps)
            var before: (H0: Double?, m: [Double], mt: [Double], s: [Double])? = nil
            if track {
                let h0: Double?
                if let current { h0 = current.H } else { h0 = try makeRecord(t).H }
                before = (h0, m.map(double), c.map(double), s.map(double))
            }
            for i in 0..<d {
                x[i] = ax * x[i] + ed * s[i]
                m[i] = b2 * m[i] + q2 * g[i]
            }
            if let b = before, let L {
                // Paper convention: m̃ = c, and x̃ = ∇K*(λx⁺) (none without K*: no bound).
                let xn = x.map(double)
                let lam = config.hyper.lam.doubleValue
                var bound: Double? = nil
                if let xt = kappa.conjugateGradient(at: xn.map { lam * $0 }) {
                    bound = decreaseBound(hyper: config.hyper, smoothness: L, m: b.m, mTilde: b.mt, xNext: xn, gradient: b.s,
                                          xTilde: xt, value: { kappa.value($0) })
                }
                pending = (b.H0, bound)
            }
        }
        let keep = config.finalVectorsUpTo.map { d <= $0 } ?? true
        var t = Trajectory(
            config: config, objective: objective.name, gradientMethod: objective.gradientMethod, dimension: d,
            lyapunovC: lyapunovC(config.hyper)?.doubleValue, records: records,
            finalX: keep ? x.map(double) : [], finalM: keep ? m.map(double) : [], finalExactX: text.map { x.map($0) })
        work.gradient = "objective"
        t.work = work
        return t
    }

    /// A record of a run with a user-defined κ: H from its K and K* (nil without K*, outside
    /// the domain, or where K or K* is undefined), λx's range and whether it is in the domain.
    static func customRecord(
        _ step: Int, _ config: SimulationConfig, _ kappa: CompiledKappa, _ f: Double, _ xd: [Double], _ md: [Double]
    ) -> TrajectoryRecord {
        let mPaper = config.convention == .paper ? md : md.map { -$0 }
        let lam = config.hyper.lam.doubleValue
        let y = xd.map { lam * $0 }
        var h: Double? = nil
        if !config.hyper.lam.isZero, let c = lyapunovC(config.hyper)?.doubleValue, let ks = kappa.conjugateValue(y),
           let km = kappa.value(mPaper)
        {
            var mx = 0.0
            for i in 0..<xd.count { mx += mPaper[i] * xd[i] }
            h = f + ks / lam + c * (ks + km - lam * mx)
        }
        let small = xd.count <= config.recordVectorsUpTo
        var r = TrajectoryRecord(
            step: step, f: f, H: h,
            xInf: xd.reduce(0) { max($0, abs($1)) }, x2: xd.reduce(0) { $0 + $1 * $1 }.squareRoot(),
            mInf: md.reduce(0) { max($0, abs($1)) }, m2: md.reduce(0) { $0 + $1 * $1 }.squareRoot(),
            radius: config.hyper.lam.isZero ? nil : 1 / lam,
            x: small ? xd : nil, m: small ? md : nil)
        if !config.hyper.lam.isZero {
            r.lamXMin = y.min()
            r.lamXMax = y.max()
            r.lamXSum = y.reduce(0, +)
            if let dom = kappa.domain {
                r.lamXInDomain = (try? dom.evaluate(kappa.environment("y", y))) == true
            }
        }
        return r
    }
}
