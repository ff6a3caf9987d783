import Foundation
import Dynamics
import Symbolic

extension Replay {
    /// Evaluates a piece of the symbolic κ (K, K*, ∇K*, …) at a concrete vector.
    static func evaluate<T: EvaluationScalar>(_ piece: (Expr) -> Expr, at v: [T]) throws -> Value<T> {
        let y = Symbol.vector("replay_arg")
        return try piece(Expr(y)).evaluate([y: .vector(v)])
    }

    static func scalar<T: EvaluationScalar>(_ piece: (Expr) -> Expr, at v: [T]) throws -> T {
        guard let s = try evaluate(piece, at: v).scalarValue else { throw EvaluationError.dimensionMismatch("expected a number, got a vector") }
        return s
    }

    static func vector<T: EvaluationScalar>(_ piece: (Expr) -> Expr, at v: [T]) throws -> [T] {
        switch try evaluate(piece, at: v) {
        case .vector(let w): return w
        case .scalar(let s): return Array(repeating: s, count: v.count)  // a constant such as x̃ = 0
        }
    }

    static func inDomain<T: EvaluationScalar>(_ k: Kappa, _ v: [T]) throws -> Bool {
        let y = Symbol.vector("replay_arg")
        return try k.conjugateDomain(Expr(y)).evaluate([y: .vector(v)])
    }

    /// Theorem 4.1 (theory.md §5, implicit scheme) for a κ of the catalogue: ℓ1 with every
    /// parameter free (`LionClaims.lyapunovDiscrete`, any mutation) or at Lion's defaults
    /// (`KappaClaims.lyapunovDiscrete(κ)`). The step is taken by the simulator's exact stepper
    /// (not by the claim's expressions), f is an L-smooth quadratic through the model's
    /// (x, f0, g) and (x⁺, f1), and H, Δ are evaluated from the symbolic κ (K, K*, ∇K*) in
    /// exact arithmetic, then again with the Double stepper.
    static func replayLyapunov(
        _ v: ValueReader, kappa name: String, mutation: LionClaims.Mutation, fixedDefaults fixed: Bool, _ r: inout ReplayResult
    ) {
        r.lhsName = "H(x⁺, m⁺) − H(x, m)"
        r.rhsName = "−εΔ + (Lε²/2)‖∇K(m̃) − λx⁺‖²"
        guard let nk = KappaID(name: name), nk.inCatalogue else {
            r.status = .spurious(reason: "κ = \(name) has no simulator kernel")
            return
        }
        let k = nk.kappa
        guard nk.hasRationalGradient else {
            r.status = .spurious(reason: "no exact replay for κ = \(name): its ∇K takes irrational values (the counterexample is re-checked exactly by the engine)")
            return
        }
        // Parameters: from the model; at fixed defaults the engine may leave them out.
        func param(_ p: String, _ dflt: Rational) -> Rational? { v.scalar(p) ?? (fixed ? dflt : nil) }
        guard let b1 = param("beta1", LionDefaults.beta1), let b2 = param("beta2", LionDefaults.beta2),
            let eps = param("eps", LionDefaults.eps), let lam = param("lam", LionDefaults.lam), let L = param("L", LionDefaults.L),
            let f0 = v.scalar("f0")
        else {
            r.status = .spurious(reason: "the model lacks a parameter or f0")
            return
        }
        let x = v.vector("x"), m = v.vector("m"), g = v.vector("g")
        do {
            var failed: [String] = []
            if !(b1 >= 0 && b1 < 1) { failed.append("β1 ∈ [0, 1)") }
            if !(b2 >= 0 && b2 < 1) { failed.append("β2 ∈ [0, 1)") }
            if mutation != .betaOrderDropped && !(b1 <= b2) { failed.append("β1 ≤ β2") }
            if !(eps > 0 && lam > 0 && L > 0) { failed.append("ε, λ, L > 0") }
            if !(try inDomain(k, x.map { lam * $0 })) { failed.append(name == "l1" ? "‖λx‖∞ ≤ 1 (λx ∈ dom K*)" : "λx ∈ dom K*") }
            if !failed.isEmpty {
                r.status = .spurious(reason: "hypotheses fail at the model: " + failed.joined(separator: ", "))
                return
            }
            let h = LionHyperParameters(eps: eps, lam: lam, beta1: b1, beta2: b2)
            let exact = ExactLionStepper(kappa: nk, scheme: .implicit, convention: .paper, hyper: h)
            guard let (xnPre, _) = exact.step(x: x, m: m, g: g) else {
                r.status = .spurious(reason: "internal: exact step failed")
                return
            }
            guard let f = realiseLSmooth(v, x: x, g: g, f0: f0, xNext: xnPre, L: L, &r) else { return }
            guard let gx = f.exactGradient(x), let (xn, mn) = exact.step(x: x, m: m, g: gx), let f1 = f.exactValue(xn),
                let s = nk.exactGradient(exact.lookahead(m: m, g: gx))
            else {
                r.status = .spurious(reason: "internal: exact step failed")
                return
            }
            let mt = exact.lookahead(m: m, g: gx)
            guard try inDomain(k, xn.map { lam * $0 }) else {
                r.status = .spurious(reason: "λx⁺ left dom K* (its indicator would be +∞)")
                return
            }
            guard let cBase = lyapunovC(h) else {
                r.status = .spurious(reason: "c's denominator ελ(1−β1) + 1 − β2 vanishes")
                return
            }
            let c = mutation == .doubledC ? 2 * cBase : cBase
            let den = eps * lam * (1 - b1) + (1 - b2)
            let A = (1 - b2 + eps * lam) / den
            let B = b1 * (1 - b2) / ((1 - b1) * den)
            func H(_ fv: Rational, _ xv: [Rational], _ mv: [Rational]) throws -> Rational {
                let ks = try scalar(k.conjugate, at: xv.map { lam * $0 })
                return fv + ks / lam + c * (ks + (try scalar(k.K, at: mv)) - lam * dot(mv, xv))
            }
            let xt = try vector(k.conjugateGradientValue, at: xn.map { lam * $0 })
            let u = zip(s, xn).map { $0 - lam * $1 }
            let bregman = try scalar(k.K, at: m) - scalar(k.K, at: mt) - dot(s, zip(m, mt).map { $0 - $1 })
            let delta = A * dot(u, zip(mt, xt).map { $0 - $1 }) + B * bregman
            let bound = -eps * delta + L * eps * eps / 2 * dot(u, u)
            let lhs = try H(f1, xn, mn) - H(f0, x, m)
            r.lhsExact = lhs.description
            r.rhsExact = bound.description
            r.details["x_next"] = text(xn)
            r.details["m_next"] = text(mn)
            r.details["c"] = c.description
            r.details["Delta"] = delta.description
            r.details["excess"] = (lhs - bound).description
            let kinks = mt.indices.filter { mt[$0].isZero }.map { String($0 + 1) }
            if !kinks.isEmpty {
                r.details["kinks"] = "m̃ = 0 at coordinate(s) \(kinks.joined(separator: ", ")): replayed with the simulator's ∇K there (sign(0) = 0, the implementation convention)"
            }

            // Double: the simulator's Double stepper, H and Δ from the symbolic κ in Double.
            var xd = x.map(\.doubleValue), md = m.map(\.doubleValue), sd = xd
            let (x0d, m0d) = (xd, md)
            let gd: [Double] = f.gradient(xd)
            LionStepper<Double>(kappa: nk, scheme: .implicit, convention: .paper, hyper: h).step(x: &xd, m: &md, g: gd, scratch: &sd)
            let (lamD, epsD, LD, cD, b1D) = (lam.doubleValue, eps.doubleValue, L.doubleValue, c.doubleValue, b1.doubleValue)
            let mtd = (0..<m0d.count).map { b1D * m0d[$0] - (1 - b1D) * gd[$0] }
            let sdv: [Double] = nk.gradient(mtd)
            func Hd(_ fv: Double, _ xv: [Double], _ mv: [Double]) throws -> Double {
                let ks: Double = try scalar(k.conjugate, at: xv.map { lamD * $0 })
                return fv + ks / lamD + cD * (ks + (try scalar(k.K, at: mv)) - lamD * dot(mv, xv))
            }
            let xtd: [Double] = try vector(k.conjugateGradientValue, at: xd.map { lamD * $0 })
            let ud = (0..<xd.count).map { sdv[$0] - lamD * xd[$0] }
            let bregD: Double = try scalar(k.K, at: m0d) - scalar(k.K, at: mtd) - dot(sdv, zip(m0d, mtd).map { $0 - $1 })
            let deltaD = A.doubleValue * dot(ud, zip(mtd, xtd).map { $0 - $1 }) + B.doubleValue * bregD
            r.lhsDouble = try Hd(f.value(xd), xd, md) - Hd(f0.doubleValue, x0d, m0d)
            r.rhsDouble = -epsD * deltaD + LD * epsD * epsD / 2 * dot(ud, ud)
            r.violatedInDouble = r.lhsDouble! > r.rhsDouble!
            r.status = lhs > bound
                ? .confirmed
                : .spurious(reason: "the replayed step satisfies the claim: H⁺ − H = \(lhs) ≤ bound \(bound)")
        } catch {
            r.status = .spurious(reason: "κ = \(name) could not be evaluated at the model: \(error)")
        }
    }
}
