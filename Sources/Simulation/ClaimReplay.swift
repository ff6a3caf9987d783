import Foundation
public import Dynamics
public import Symbolic
public import Verification

/// Replay of any claim that declares its dynamics (`DeclaredDynamics`): the simulator's own
/// kernel steps from the counterexample's state, a concrete function of the declared class is
/// built through the counterexample's values, and the claim as stated is evaluated on that
/// trajectory, exactly and in Double. The claim's own next-state definitions are compared
/// with the kernel's step, so a claim whose update is not the one it declares is reported.
extension Replay {
    public static func replay(_ cx: Counterexample, claim: Claim, dynamics dyn: DeclaredDynamics) -> ReplayResult {
        var r = ReplayResult(
            status: .notReplayable(reason: "not replayed"), claim: claim.name, dimension: cx.dimension, function: "",
            lhsName: "", rhsName: "", details: [:])
        let d = cx.dimension
        var env: Environment<Rational> = [:]
        for (s, v) in cx.values {
            guard let q = v.rational else {
                r.status = .notReplayable(reason: "the counterexample has an irrational value for \(s); an exact replay needs rationals")
                return r
            }
            env[s] = .scalar(q)
        }
        // The claim's definitions, inlined (later ones may use earlier ones).
        var inlined: [Symbol: Expr] = [:]
        for (sym, value) in claim.definitions {
            inlined[sym] = value.substituting(inlined)
        }
        let vectorNames = Set((claim.variables + claim.definitions.map(\.0)).filter { if case .vector = $0.shape { true } else { false } }.map(\.name))
        func symbol(_ name: String) -> Symbol {
            if let s = claim.variables.first(where: { $0.name == name }) ?? claim.definitions.map(\.0).first(where: { $0.name == name }) { return s }
            if let p = claim.parameters.first(where: { $0.symbol.name == name }) { return p.symbol }
            return vectorNames.contains(name) ? .vector(name, dim: "d") : .scalar(name)
        }
        /// A named value at the point: a definition evaluated, or the variable's value (a
        /// vector by its coordinates; coordinates the engine left out are 0).
        func value(_ name: String, in env: Environment<Rational>) throws -> Value<Rational> {
            let s = symbol(name)
            if let e = inlined[s] {
                // Vectors by their coordinates, for the evaluator's vector values.
                var withVectors = env
                for v in claim.variables where vectorNames.contains(v.name) {
                    withVectors[v] = .vector((1...d).map { env[.coordinate(v.name, $0)]?.scalarValue ?? 0 })
                }
                return try e.evaluate(withVectors)
            }
            if case .vector = s.shape {
                return .vector((1...d).map { env[.coordinate(name, $0)]?.scalarValue ?? 0 })
            }
            if let v = env[s] { return v }
            throw ReplayError(message: "the counterexample has no value for \(name)")
        }
        func vector(_ name: String) throws -> [Rational] {
            switch try value(name, in: env) {
            case .vector(let v): return v
            case .scalar(let q): return [q]
            }
        }
        func scalar(_ name: String) throws -> Rational {
            if let q = Rational(name) ?? ClaimFile.exactNumber(name) { return q }
            guard case .scalar(let q) = try value(name, in: env) else { throw ReplayError(message: "\(name) is a vector, a number was expected") }
            return q
        }

        do {
            // The kernel: the library κ's own step, or for a user-defined κ the same step
            // (`exactCoefficients`) with ∇K(m̃) evaluated exactly from its expression.
            let scheme = dyn.scheme
            if dyn.custom == nil, !dyn.kappa.hasRationalGradient {
                r.status = .notReplayable(reason: "κ = \(dyn.kappa) has no rational ∇K: no exact step")
                return r
            }
            // β2 only matters for the momentum update (a claim without one may not have it).
            let beta1 = try scalar("beta1")
            let beta2 = dyn.nextM == nil ? ((try? scalar("beta2")) ?? beta1) : try scalar("beta2")
            let h = LionHyperParameters(eps: try scalar("eps"), lam: try scalar("lam"), beta1: beta1, beta2: beta2)
            let x = try vector(dyn.x), m = try vector(dyn.m), g = try vector(dyn.gradient)
            let xk: [Rational], mk: [Rational]
            if let user = dyn.custom {
                let e = exactCoefficients(h, scheme: scheme, convention: .paper)
                let mt = (0..<x.count).map { e.b1 * m[$0] + e.q1 * g[$0] }
                var kenv = env
                kenv[user.variable] = .vector(mt)
                let s: [Rational]
                do {
                    switch try user.gradient.evaluate(kenv) {
                    case .vector(let v) where v.count == x.count: s = v
                    case .scalar(let q): s = [Rational](repeating: q, count: x.count)
                    default: throw EvaluationError.dimensionMismatch("∇K has the wrong number of coordinates")
                    }
                } catch {
                    r.status = .notReplayable(reason: "∇K = \(user.gradient) at m̃ = \(text(mt)): \(error); no exact step")
                    return r
                }
                xk = (0..<x.count).map { e.ax * x[$0] + e.ed * s[$0] }
                mk = (0..<x.count).map { e.b2 * m[$0] + e.q2 * g[$0] }
            } else {
                let stepper = ExactLionStepper(kappa: dyn.kappa, scheme: scheme, convention: .paper, hyper: h)
                guard let (xs, ms) = stepper.step(x: x, m: m, g: g) else {
                    r.status = .notReplayable(reason: "internal: the exact step failed")
                    return r
                }
                (xk, mk) = (xs, ms)
            }
            r.details["x_next"] = text(xk)
            r.details["m_next"] = text(mk)
            // The claim's update against the kernel's.
            var differs: [String] = []
            if let nx = dyn.nextX {
                let claimX = try vector(nx)
                if claimX != xk { differs.append("\(nx) = \(text(claimX)), the kernel's x⁺ = \(text(xk))") }
            }
            if let nm = dyn.nextM {
                let claimM = try vector(nm)
                if claimM != mk { differs.append("\(nm) = \(text(claimM)), the kernel's m⁺ = \(text(mk))") }
            }
            if !differs.isEmpty {
                r.details["update"] = "differs from the declared \(dyn.rule.rawValue) step (\(dyn.scheme), κ = \(dyn.kappaName))"
                r.status = .notReplayable(
                    reason: "the claim's update is not the declared \(dyn.rule.rawValue) update (\(dyn.scheme), κ = \(dyn.kappaName)): " + differs.joined(separator: "; "))
                return r
            }
            r.details["update"] = dyn.nextX == nil
                ? "not compared: the claim names no next state (its x⁺ is written out in its formulas)"
                : "the claim's next state is the kernel's step"

            // A concrete function of the class through the point's values.
            var replayed = env
            if let fx = dyn.valueAtX, let fn = dyn.valueAtNext {
                let f0 = try scalar(fx), f1 = try scalar(fn)
                let dx = zip(xk, x).map { $0 - $1 }
                guard let a = curvature(x: x, xNext: xk, g: g, f0: f0, f1: f1) else {
                    r.status = .spurious(reason: "x⁺ = x but \(fn) = \(f1) ≠ \(fx) = \(f0): no function takes two values at one point")
                    return r
                }
                r.details["curvature a"] = a.description
                let L = try dyn.smoothness.map { try scalar($0) }
                switch dyn.functionClass {
                case .lSmooth:
                    if let L, a.magnitude > L {
                        r.status = .spurious(reason: "no L-smooth quadratic takes these values: it needs curvature a = \(a), outside [−L, L] = [−\(L), \(L)]")
                        return r
                    }
                case .convexLSmooth:
                    if a < 0 || (L.map { a > $0 } ?? false) {
                        r.status = .spurious(reason: "no convex L-smooth quadratic takes these values: it needs curvature a = \(a), outside [0, L]")
                        return r
                    }
                }
                r.function = "f(y) = \(f0) + ⟨g, y − x⟩ + (\(a)/2)‖y − x‖² with x = \(text(x)), g = \(text(g)) (\(dyn.functionClass.rawValue)\(L.map { ", L = \($0)" } ?? ""))"
                if let gn = dyn.gradientAtNext {
                    let gNext = zip(g, dx).map { $0 + a * $1 }
                    for (i, v) in gNext.enumerated() { replayed[.coordinate(gn, i + 1)] = .scalar(v) }
                    r.details["grad f(x⁺)"] = text(gNext)
                }
            } else {
                r.function = "f(y) = ⟨g, y − x⟩ with g = \(text(g)) (linear: the claim uses no values of f)"
            }
            if let why = claim.relaxation {
                r.details["class"] = "the claim's hypotheses are a relaxation (\(why)); the replay's f is a function of the class itself"
            }

            // The claim as stated, on the replayed trajectory.
            let (hyps, goal) = claim.inlined()
            let domains = claim.parameters.map { $0.domain.constraint(for: $0.expr).node }
            let hypNodes = try domains + hyps.map { try Instantiation.expand($0.node, dim: d) }
            let goalNode = try Instantiation.expand(goal.node, dim: d)
            let hypsHold = try hypNodes.allSatisfy { try Constraint($0).evaluate(replayed) }
            let goalHolds = try Constraint(goalNode).evaluate(replayed)
            if goalNode.args.count == 2, [Op.le, .lt, .eq].contains(goalNode.op) {
                // The sides as the claim writes them (with its definitions' names).
                let stated = claim.goal.node
                r.lhsName = Expr(stated.args.count == 2 ? stated.args[0] : goal.node.args[0]).description
                r.rhsName = Expr(stated.args.count == 2 ? stated.args[1] : goal.node.args[1]).description
                r.lhsExact = try Expr(goalNode.args[0]).evaluateScalar(replayed).description
                r.rhsExact = try Expr(goalNode.args[1]).evaluateScalar(replayed).description
                var envD: Environment<Double> = [:]
                for (s, v) in replayed { if let q = v.scalarValue { envD[s] = .scalar(q.doubleValue) } }
                // The kernel in Double, from the same state.
                if let xd = doubleStep(dyn, h, x: x, m: m, g: g, env: env) {
                    r.details["x_next_double"] = "(" + xd.map { String($0) }.joined(separator: ", ") + ")"
                }
                if let l = try? Expr(goalNode.args[0]).evaluateScalar(envD), let rr = try? Expr(goalNode.args[1]).evaluateScalar(envD) {
                    r.lhsDouble = l
                    r.rhsDouble = rr
                    r.violatedInDouble = !(try Constraint(goalNode).evaluate(envD))
                }
            }
            if !hypsHold {
                r.status = .spurious(reason: "the claim's hypotheses do not hold on the replayed trajectory")
            } else if goalHolds {
                r.status = .spurious(reason: "the goal holds on the replayed trajectory")
            } else {
                r.status = .confirmed
            }
        } catch {
            r.status = .notReplayable(reason: "\(error)")
        }
        return r
    }
}

/// x⁺ of the declared step in Double (nil where a user κ's ∇K is undefined in Double).
func doubleStep(_ dyn: DeclaredDynamics, _ h: LionHyperParameters, x: [Rational], m: [Rational], g: [Rational],
                env: Environment<Rational>) -> [Double]? {
    var xd = x.map(\.doubleValue), md = m.map(\.doubleValue)
    let gd = g.map(\.doubleValue)
    guard let user = dyn.custom else {
        var sd = xd
        LionStepper<Double>(kappa: dyn.kappa, scheme: dyn.scheme, convention: .paper, hyper: h).step(x: &xd, m: &md, g: gd, scratch: &sd)
        return xd
    }
    let e = exactCoefficients(h, scheme: dyn.scheme, convention: .paper)
    let mt = (0..<xd.count).map { e.b1.doubleValue * md[$0] + e.q1.doubleValue * gd[$0] }
    var denv: Environment<Double> = [:]
    for (s, v) in env { if let q = v.scalarValue { denv[s] = .scalar(q.doubleValue) } }
    denv[user.variable] = .vector(mt)
    let s: [Double]
    switch try? user.gradient.evaluate(denv) {
    case .vector(let v)? where v.count == xd.count: s = v
    case .scalar(let q)?: s = [Double](repeating: q, count: xd.count)
    default: return nil
    }
    return (0..<xd.count).map { e.ax.doubleValue * xd[$0] + e.ed.doubleValue * s[$0] }
}

struct ReplayError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
