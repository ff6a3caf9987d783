public import Symbolic
public import Verification

/// Lemmas for the κ claims the nonlinear solver cannot decide in one query (ℓ2, ℓp at
/// d = 2). Each is a ∀-claim the engine proves on its own before using it
/// (`Claim.lemmas`, docs/engine.md "lemma"); the statements of the main claims are unchanged.
public enum KappaLemmas {
    static let u = Expr.vector("u")
    static let v = Expr.vector("v")
    static let a = Expr.vector("a")
    static let b = Expr.vector("b")

    /// Cauchy–Schwarz on the unit ball: ‖u‖₂ ≤ 1 ∧ ‖v‖₂ ≤ 1 ⇒ ⟨u, v⟩ ≤ 1.
    public static func unitBallInnerProduct(dimensions: DimensionScope = .anyDimension) -> Claim {
        Claim(
            name: "lionk.lemma.unit-ball-inner-product", parameters: [], variables: [.vector("u"), .vector("v")],
            hypotheses: [sum(u.squared) .<= 1, sum(v.squared) .<= 1], goal: dot(u, v) .<= 1, dimensions: dimensions)
    }

    /// Cauchy–Schwarz: ⟨a, b⟩ ≤ ‖a‖₂·‖b‖₂.
    public static func cauchySchwarz(dimensions: DimensionScope = .anyDimension) -> Claim {
        Claim(
            name: "lionk.lemma.cauchy-schwarz", parameters: [], variables: [.vector("a"), .vector("b")],
            hypotheses: [], goal: dot(a, b) .<= norm2(a) * norm2(b), dimensions: dimensions)
    }

    /// The triangle inequality ‖u + v‖₂ ≤ ‖u‖₂ + ‖v‖₂, itself proved through
    /// Cauchy–Schwarz at (u, v).
    public static func triangle(dimensions: DimensionScope = .anyDimension) -> Claim {
        Claim(
            name: "lionk.lemma.triangle", parameters: [], variables: [.vector("u"), .vector("v")],
            hypotheses: [], goal: norm2(u + v) .<= norm2(u) + norm2(v), dimensions: dimensions,
            lemmas: [LemmaUse(cauchySchwarz(dimensions: dimensions), at: [.vector("a"): u, .vector("b"): v])])
    }

    /// Positive homogeneity: t ≥ 0 ⇒ ‖t·v‖₂ = t·‖v‖₂.
    public static func homogeneity(dimensions: DimensionScope = .anyDimension) -> Claim {
        let t = Expr.scalar("t")
        return Claim(
            name: "lionk.lemma.homogeneity", parameters: [], variables: [.scalar("t"), .vector("v")],
            hypotheses: [0 .<= t], goal: norm2(t * v) .== t * norm2(v), dimensions: dimensions)
    }

    /// Lemmas of `KappaChecks.convexity`. For ℓ2: the triangle inequality at (θa, (1−θ)b)
    /// and homogeneity at (θ, a) and (1 − θ, b).
    /// For log-sum-exp (decided through the exp/log abstraction): the subgradient inequality
    /// K(y) ≥ K(x) + ⟨∇K(x), y − x⟩ (`KappaChecks.subgradient`) at x = θa + (1−θ)b and
    /// y = a, b; θ times the first plus (1−θ) times the second is the convexity inequality.
    static func convexity(_ k: Kappa, dimensions: DimensionScope) -> [LemmaUse] {
        let theta = Expr.scalar("theta")
        if k.name == Kappa.logSumExp.name {
            let mid = theta * a + (1 - theta) * b
            return [
                LemmaUse(
                    KappaChecks.subgradient(k, dimensions: dimensions),
                    instantiations: [[.vector("x"): mid, .vector("y"): a], [.vector("x"): mid, .vector("y"): b]])
            ]
        }
        guard k.name == "l2" else { return [] }
        return [
            LemmaUse(triangle(dimensions: dimensions), at: [.vector("u"): theta * a, .vector("v"): (1 - theta) * b]),
            LemmaUse(
                homogeneity(dimensions: dimensions),
                instantiations: [[.scalar("t"): theta, .vector("v"): a], [.scalar("t"): 1 - theta, .vector("v"): b]]),
        ]
    }

    /// Lemmas of the Phase-1 invariance (implicit and explicit scheme) for ℓ2:
    /// ⟨λx, s⟩ ≤ 1 for λx, s in the unit ball.
    static func invariance(_ k: Kappa, dimensions: DimensionScope) -> [LemmaUse] {
        guard k.name == "l2" else { return [] }
        return [
            LemmaUse(
                unitBallInnerProduct(dimensions: dimensions),
                at: [.vector("u"): Expr.scalar("lam") * Expr.vector("x"), .vector("v"): Expr.vector("s")])
        ]
    }

    /// Lemmas of the discrete Lyapunov claim at Lion's defaults for a norm given by a
    /// subgradient relation (ℓ2, ℓp): convexity along the momentum update,
    /// K(m⁺) ≤ a·K(m) + (1−a)·K(m̃) (`KappaClaims.momentumConvexityLemma`), and
    /// Fenchel–Young at (m, s), ⟨s, m⟩ ≤ K(m) for s ∈ dom K* (`KappaChecks.fenchelYoung`).
    /// The auxiliary variables of the lemmas' encodings are mapped to the main claim's (the
    /// same definitions), so the instances speak about the same values.
    static func lyapunov(_ k: Kappa, dimensions: DimensionScope) -> [LemmaUse] {
        guard k.subgradientRelation != nil || k.encodedSubgradientRelation != nil else { return [] }
        var fy: [Symbol: Expr] = [.vector("x"): Expr.vector("m"), .vector("y"): Expr.vector("s")]
        if k.encodeK != nil {
            fy[.vector("w_x")] = Expr.vector("w_m")
            fy[.scalar("r_x")] = Expr.scalar("r_m")
        }
        if k.encodeDomain != nil {
            fy[.vector("z_y")] = Expr.vector("z_s")
        }
        return [
            LemmaUse(momentumConvexityAtSubgradient(k, dimensions: dimensions), at: [:]),
            LemmaUse(KappaChecks.fenchelYoung(k, dimensions: dimensions), at: fy),
        ]
    }

    /// Convexity along the momentum update with K(m̃) read from a subgradient s ∈ ∂K(m̃)
    /// (as the Lyapunov claim does: K(m̃) = ⟨s, m̃⟩): K(m⁺) ≤ a·K(m) + (1−a)·⟨s, m̃⟩ at Lion's
    /// defaults, proved through `KappaClaims.momentumConvexityLemma`.
    public static func momentumConvexityAtSubgradient(_ k: Kappa, dimensions: DimensionScope = .anyDimension) -> Claim {
        let m = Expr.vector("m"), g = Expr.vector("g")
        let b1 = Expr.scalar("beta1"), b2 = Expr.scalar("beta2")
        var cb = ClaimBuilder([.vector("m"), .vector("g")])
        let mt = b1 * m - (1 - b1) * g
        let mn = b2 * m - (1 - b2) * g
        let a = (b2 - b1) / (1 - b1)
        let s = cb.use(k.subgradient(at: mt, name: "s"))
        let km = cb.use(k.value(m, tag: "m"))
        let kmn = cb.use(k.value(mn, tag: "mn"))
        var mc: [Symbol: Expr] = [:]
        if k.encodeK != nil {
            // ‖m̃‖ is r_s here (the relation encodes it with tag "s").
            mc[.vector("w_mt")] = Expr.vector("w_s")
            mc[.scalar("r_mt")] = Expr.scalar("r_s")
        }
        return Claim(
            name: "lionk.lemma.momentum-convexity-at-subgradient.\(k.name)",
            parameters: [Parameter("beta1", .exactly(LionDefaults.beta1)), Parameter("beta2", .exactly(LionDefaults.beta2))],
            variables: cb.variables, hypotheses: cb.hypotheses, goal: kmn .<= a * km + (1 - a) * dot(s, mt),
            dimensions: dimensions,
            lemmas: [LemmaUse(KappaClaims.momentumConvexityLemma(k, dimensions: dimensions), at: mc)])
    }
}
