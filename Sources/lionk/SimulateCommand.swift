import ArgumentParser
import Dynamics
import Foundation
import Simulation
import Symbolic

struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Run Lion-κ numerically and record f, H, ‖x‖∞ against 1/λ along the trajectory.",
        discussion: """
            Objectives: 'quadratic' (½‖x − c‖², c from --center: one number for
            every coordinate, or d numbers; default 1, −1, 1, …), 'rosenbrock',
            'logistic' (seeded synthetic data), or 'expr:TEXT' for any expression
            in x (the vector variable; gradient by the symbolic derivative).
            κ: l1, l2, l3, l3_2, lp:P, half-squared, relu, huber or huber:DELTA,
            l1-half-squared, logsumexp (the names of `lionk kappa list`), or your own
            with --K (an expression of the vector x; ∇K derived unless --grad) and,
            for H, --conjugate (K* in the vector y) with --domain (dom K*). A user κ
            is evaluated from its expressions (d up to 100000) and is not checked
            here: `lionk kappa check --K …` verifies its pieces.
            Sizes: float and double runs of 'quadratic' and 'rosenbrock' take --dim
            up to 1e8. 'quadratic' is the fast path (∇f inside the step, records in
            one pass; memory about x and m: 80 MB at d = 1e7 in float). Exact runs,
            'logistic' and 'expr:' take --dim up to 100000. Exact rationals are
            slow (about 70 µs a coordinate and step after 10 steps, growing with
            the fractions): use them for short runs at small d. A run that needs
            more memory than the machine has is refused with exit 69.
            Deterministic given --seed. Outputs are written whole or not at all.
            Runs of 10,000 steps or more draw a progress bar on stderr when it is
            a terminal.

            Examples:
              lionk simulate --kappa l1 --dim 3 --center 3,-2,0.4 --lam 1 \\
                --eps 1/100 --steps 2000 --csv run.csv
              lionk simulate --kappa l1 --precision float --dim 10000000 \\
                --steps 100 --center 1 --timings
              lionk simulate --kappa huber:1 --objective rosenbrock --dim 2 \\
                --plot h.svg --plot-norm box.svg
              lionk simulate --precision exact --kappa l1 --dim 1 --steps 20 \\
                --phase phase.svg
              lionk simulate --K 'norm1(x) + sum(x^2)' --conjugate \\
                'sum(relu(abs(y) - 1)^2)/4' --dim 3 --lam 1 --steps 500
            """)

    @Option(help: "κ (see above; default l1).") var kappa: KappaID?
    @Option(name: .customLong("K"), help: "User-defined K: a scalar expression of the vector x (instead of --kappa).") var userK: String?
    @Option(help: "User-defined ∇K: a vector expression of x (derived from --K when omitted).") var grad: String?
    @Option(help: "User-defined K*: a scalar expression of the vector y (H is computed only with it).") var conjugate: String?
    @Option(help: "dom K* of the user-defined κ as a condition on y (default: all y; outside it H = +∞).") var domain: String?
    @Option(help: "The update scheme.") var scheme: Scheme = .explicit
    @Option(help: "paper (m tracks −∇f) or original (Chen et al. 2023).") var convention: MomentumConvention = .paper
    @Option(help: "Arithmetic of the run.") var precision: Precision = .double
    @Option(help: "Objective (see above).") var objective: String = "quadratic"
    @Option(help: "Centre of the quadratic objective: one exact number (every coordinate) or d comma-separated ones.") var center: String?
    @Option(parsing: .unconditional, help: "Dimension (1 to 1e8 for float/double quadratic and rosenbrock runs, else 1 to 100000).") var dim: Int = 3
    @Option(parsing: .unconditional, help: "Step size ε (exact).") var eps: String = "1/100"
    @Option(parsing: .unconditional, help: "Weight decay λ (exact; 0 for none).") var lam: String = "1/10"
    @Option(parsing: .unconditional, help: "β1 (exact).") var beta1: String = "9/10"
    @Option(parsing: .unconditional, help: "β2 (exact).") var beta2: String = "99/100"
    @Option(parsing: .unconditional, help: "Number of steps (1 to 1e9).") var steps: Int = 1000
    @Option(parsing: .unconditional, help: "Record every k-th step (at most 1e6 records).") var recordEvery: Int = 1
    @Option(help: "Initial x: 'zeros', 'uniform:SCALE', one exact number (every coordinate) or d comma-separated ones.") var initial: String = "uniform:2"
    @Option(parsing: .unconditional, help: "Random seed (0 to 2^64 − 1).") var seed: UInt64 = 0
    @Option(help: "Write the trajectory as CSV to this file.") var csv: String?
    @Option(help: "Write the trajectory as JSON to this file ('-' for stdout).") var json: String?
    @Option(help: "SVG plot of H(t) (Lyapunov function).") var plot: String?
    @Option(help: "SVG plot of λx against the κ's own dom K* (‖λx‖∞ ≤ 1 for l1, ‖λx‖₂ ≤ 1 for l2, 0 ≤ λxᵢ ≤ 1 for relu, the simplex for logsumexp; ‖x‖∞ alone when dom K* = ℝᵈ).") var plotNorm: String?
    @Option(help: "SVG phase portrait (x, m), dimension 1 only.") var phase: String?
    @Flag(help: "Print the time of set-up, steps and output on stderr.") var timings = false
    @Option(help: "L of an L-smooth f (1 for 'quadratic'): check H's change over each recorded step against Theorem 4.1's bound (paper convention).") var smoothness: String?
    @Option(help: "SVG plot of H's per-step change against Theorem 4.1's bound (needs --smoothness).") var plotDecrease: String?
    @Flag(help: "Logarithmic y axis in the --plot of H and f (values ≤ 0 leave gaps).") var logScale = false
    @Option(help: "Plot H − H* and f − H* instead of H and f (an exact number, e.g. the minimum).") var hStar: String?

    /// Float and double runs of the quadratic and Rosenbrock objectives.
    static let maxDimension = 100_000_000
    /// Exact runs and the objectives that hold d-sized data or expressions.
    static let maxSmallDimension = 100_000
    /// The final x and m are kept (JSON `finalX`/`finalM`, the printed x) up to this d.
    static let finalVectorsUpTo = 100_000
    /// Exit status when the run needs more memory than the machine has.
    static let outOfMemory: Int32 = 69
    static let maxSteps = 1_000_000_000
    static let maxRecords = 1_000_000
    static let smallest = Rational(1, 1_000_000_000_000)
    static let largest = Rational(1_000_000_000_000)

    func validate() throws {
        try checkRange(dim, in: 1...Self.maxDimension, "--dim")
        if userK != nil && kappa != nil { throw ValidationError("give --kappa or --K (a user-defined κ), not both") }
        if userK == nil, let flag = [("--grad", grad), ("--conjugate", conjugate), ("--domain", domain)].first(where: { $0.1 != nil })?.0 {
            throw ValidationError("\(flag) is a piece of a user-defined κ: give --K too")
        }
        if userK != nil && dim > Self.maxSmallDimension {
            throw ValidationError("--dim above \(Self.maxSmallDimension) needs a library κ (--kappa): a user-defined κ is evaluated from its expressions, not \(dim)")
        }
        if dim > Self.maxSmallDimension {
            if precision == .exact {
                throw ValidationError("--dim above \(Self.maxSmallDimension) needs --precision float or double (exact rationals are too slow at this size), not \(dim)")
            }
            if objective != "quadratic" && objective != "rosenbrock" {
                throw ValidationError("--dim above \(Self.maxSmallDimension) is for the quadratic and rosenbrock objectives only, not \(dim)")
            }
        }
        try checkRange(steps, in: 1...Self.maxSteps, "--steps")
        try checkRange(recordEvery, in: 1...Self.maxSteps, "--record-every")
        guard steps / recordEvery <= Self.maxRecords else {
            throw ValidationError("--steps / --record-every must be at most \(Self.maxRecords) recorded steps, not \(steps / recordEvery) (raise --record-every)")
        }
        for (flag, text) in [("--eps", eps), ("--lam", lam), ("--beta1", beta1), ("--beta2", beta2)] {
            guard let r = exactNumber(text) else {
                throw ValidationError("\(flag) expects an exact number (an integer, a decimal or one fraction p/q), got '\(text)'")
            }
            // Beyond this the Double kernels overflow or the exact ones crawl (1e999 ran for minutes).
            guard r.isZero || (r.magnitude >= Self.smallest && r.magnitude <= Self.largest) else {
                throw ValidationError("\(flag) must be 0 or between 1e-12 and 1e12 in magnitude, not '\(text)'")
            }
        }
        if initial.hasPrefix("uniform:") {
            guard let s = Double(initial.dropFirst(8)), s.isFinite, s > 0, s <= 1e6 else {
                throw ValidationError("--initial must be 'zeros', 'uniform:SCALE' with 0 < SCALE ≤ 1e6, or exact numbers, got '\(initial)'")
            }
        }
    }

    func run() throws {
        try runMain {
            let (k, sch, conv, prec) = (kappa ?? .l1, scheme, convention, precision)
            var custom: CustomKappa? = nil
            if let text = userK {
                let c = CustomKappa(K: text, gradient: grad, conjugate: conjugate, domain: domain)
                do throws(KappaTextError) { _ = try c.compiled() } catch {
                    throw fail("--\(error.piece): \(error.message)", code: Exit.dataError)
                }
                custom = c
            }
            func exact(_ t: String, _ flag: String) throws -> Rational {
                guard let r = exactNumber(t) else { throw fail("\(flag) expects an exact number (an integer, a decimal or one fraction p/q), got '\(t)'") }
                return r
            }
            let hyper = LionHyperParameters(
                eps: try exact(eps, "--eps"), lam: try exact(lam, "--lam"), beta1: try exact(beta1, "--beta1"), beta2: try exact(beta2, "--beta2"))
            let clock = ContinuousClock()
            let started = clock.now
            // One number or d of them; never a d-sized list of rationals built by lionk itself.
            func numbers(_ text: String, _ flag: String) throws -> [Rational] {
                let parts = text.split(separator: ",", omittingEmptySubsequences: false)
                guard parts.count == 1 || parts.count == dim else {
                    throw fail("\(flag) has \(parts.count) numbers but --dim is \(dim) (give one number for every coordinate, or \(dim))")
                }
                return try parts.map { try exact(String($0).trimmingCharacters(in: .whitespaces), flag) }
            }
            let start: InitialPoint
            if initial == "zeros" {
                start = .zeros
            } else if initial.hasPrefix("uniform:"), let s = Double(initial.dropFirst(8)), s.isFinite, s > 0 {
                start = .uniform(scale: s)
            } else {
                let v = try numbers(initial, "--initial")
                start = v.count == 1 && dim != 1 ? .constant(v[0]) : .values(v)
            }
            let obj: any Objective
            var objectiveBytes = 0
            switch objective {
            case "quadratic":
                var c = Center.alternating(1, -1)
                if let text = center {
                    let v = try numbers(text, "--center")
                    c = v.count == 1 && dim != 1 ? .constant(v[0]) : .values(v)
                    if case .values = c { objectiveBytes = 8 * dim }
                }
                obj = CenteredQuadratic(dimension: dim, center: c)
            case "rosenbrock":
                guard dim >= 2 else { throw fail("--objective rosenbrock needs --dim 2 or more") }
                obj = RosenbrockObjective(dimension: dim)
            case "logistic":
                objectiveBytes = 8 * 201 * dim
                obj = LogisticObjective(dimension: dim, samples: 200, seed: seed &+ 1)
            default:
                guard objective.hasPrefix("expr:") else { throw fail("--objective must be quadratic, rosenbrock, logistic or expr:TEXT") }
                do {
                    obj = try ExpressionObjective(parsing: String(objective.dropFirst(5)), dimension: dim)
                } catch {
                    throw fail("--objective: \(error)", code: Exit.dataError)
                }
            }
            var L: Rational? = nil
            if let text = smoothness {
                let v = try exact(text, "--smoothness")
                guard v > 0 else { throw fail("--smoothness must be positive, not '\(text)'") }
                guard conv == .paper else { throw fail("--smoothness needs --convention paper (the bound is stated for the paper's m)") }
                L = v
            }
            if plotDecrease != nil && L == nil { throw fail("--plot-decrease needs --smoothness L") }
            let star = try hStar.map { try exact($0, "--h-star").doubleValue }
            var config = SimulationConfig(
                kappa: k, scheme: sch, convention: conv, precision: prec, hyper: hyper, steps: steps, recordEvery: recordEvery,
                initialX: start, initialM: .zeros, seed: seed, finalVectorsUpTo: Self.finalVectorsUpTo)
            config.smoothness = L
            config.custom = custom
            let need = MemoryPlan.estimate(config, dimension: dim, fusedGradient: obj is CenteredQuadratic, objectiveBytes: objectiveBytes)
            do {
                try MemoryPlan.check(need, available: MemoryPlan.available())
            } catch {
                let hint = prec == .double ? "lower --dim, or use --precision float" : "lower --dim"
                throw fail("--dim \(dim): \(error) (\(hint))", code: Self.outOfMemory)
            }
            let t: Trajectory
            // The first report comes after the start vectors and the record of step 0.
            var firstReport: ContinuousClock.Instant? = nil
            do {
                let bar = ProgressBar("simulate", total: steps, unit: "steps", enabled: Terminal.progressEnabled && steps >= 10_000)
                t = try Simulation.simulate(config, objective: obj, progress: { done, _ in
                    if firstReport == nil { firstReport = clock.now }
                    bar.update(done)
                })
                bar.finish()
            } catch {
                throw fail("\(error)", code: Exit.dataError)
            }
            let simulated = clock.now
            var outputs: [(String, String)] = []
            if let p = csv { outputs.append((p, t.csv())) }
            if let p = json, p != "-" { outputs.append((p, try t.json())) }
            if let p = plot { outputs.append((p, SVG.plotLyapunov(t, logScale: logScale, hStar: star))) }
            if let p = plotDecrease, let svg = SVG.plotDecrease(t) { outputs.append((p, svg)) }
            if let p = plotNorm {
                guard let svg = SVG.plotConstraint(t) else { throw fail("--plot-norm needs λ ≠ 0 (dom K* constrains λx)") }
                outputs.append((p, svg))
            }
            if let p = phase {
                guard let svg = SVG.phasePortrait(t) else { throw fail("--phase needs --dim 1") }
                outputs.append((p, svg))
            }
            for (path, text) in outputs {
                do {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
                } catch {
                    throw fail("cannot write '\(path)': \(error.localizedDescription)", code: Exit.dataError)
                }
            }
            if timings {
                func s(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18 }
                let setUp = s((firstReport ?? simulated) - started), run = s(simulated - (firstReport ?? simulated))
                func f3(_ v: Double) -> String { String(format: "%.3f", v) }
                let line = "lionk: timings: set-up \(f3(setUp)) s (to the record of step 0), \(steps) steps \(f3(run)) s "
                    + "(\(f3(run / Double(steps) * 1000)) ms a step, \(t.records.count) records), output \(f3(s(clock.now - simulated))) s\n"
                FileHandle.standardError.write(Data(line.utf8))
            }
            if json == "-" {
                print(try t.json())
            } else if let first = t.records.first, let last = t.records.last {
                print("simulated \(t.records.last?.step ?? steps) steps of \(custom == nil ? "Lion-\(k)" : "Lion-κ with \(config.kappaName)") (\(sch.rawValue), \(prec.rawValue)) on \(t.objective), d = \(t.dimension)")
                print("  f: \(first.f) → \(last.f)")
                if hyper.lam.isZero {
                    print("  H: not defined for λ = 0 (theory.md §5 divides by λ)")
                } else if let c = custom, c.conjugate == nil {
                    print("  H: not computed (H needs K*: give --conjugate, and --domain if dom K* is not all y)")
                } else {
                    func show(_ h: Double?) -> String { h.map { "\($0)" } ?? "+∞" }
                    print("  H: \(show(first.H)) → \(show(last.H))")
                    if first.H == nil || last.H == nil {
                        let rule: String
                        if let c = custom {
                            rule = c.domain.map { ", i.e. where y = λx fails \($0), or K, K* are undefined" } ?? ", or where K, K* are undefined"
                        } else {
                            rule = k.domainConstraint.map { ", i.e. unless \($0)" } ?? ""
                        }
                        let finite = t.records.first { $0.H != nil }.map { "; first finite at step \($0.step)" } ?? "; never finite in this run"
                        print("    (H = +∞ while λx is outside dom K*\(rule)\(finite))")
                    }
                }
                let bound = hyper.lam.isZero ? "" : "  (1/λ = \(Rational.one / hyper.lam))"
                print("  ‖x‖∞: \(first.xInf) → \(last.xInf)\(bound)")
                if L != nil {
                    let checked = t.records.filter { $0.hChange != nil && $0.decreaseBound != nil }
                    let over = checked.filter { $0.hChange! > $0.decreaseBound! + 1e-9 * max(1, abs($0.decreaseBound!)) }
                    let worst = checked.map { $0.hChange! - $0.decreaseBound! }.max()
                    var line = "  Theorem 4.1: H(t) − H(t−1) ≤ −εΔ + (Lε²/2)‖∇K(m̃) − λx‖² at \(checked.count - over.count) of \(checked.count) checked steps"
                    if let w = worst { line += " (largest change − bound: \(w))" }
                    if let v = over.first { line += "; first violation at step \(v.step)" }
                    print(line)
                    if sch != .implicit { print("    (the theorem is stated for --scheme implicit; this run is explicit)") }
                    if hyper.beta1 > hyper.beta2 { print("    (the theorem assumes β1 ≤ β2)") }
                    if custom != nil && checked.isEmpty {
                        print("    (no bound without x̃ = ∇K*(λx): give --conjugate with a K* lionk can differentiate)")
                    }
                }
                if !t.finalX.isEmpty && t.finalX.count <= 8 { print("  x = \(t.finalX)") }
                if let c = custom {
                    var check = "lionk kappa check --K '\(c.K)'"
                    if let g = c.gradient { check += " --grad '\(g)'" }
                    if let y = c.conjugate { check += " --conjugate '\(y)'" }
                    if let dm = c.domain { check += " --domain '\(dm)'" }
                    print("  (the κ's pieces are used as given, not checked here: \(check) verifies them)")
                }
                for (path, _) in outputs { print("  wrote \(path)") }
            }
            return 0
        }
    }
}
