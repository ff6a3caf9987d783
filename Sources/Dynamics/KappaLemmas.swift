import Foundation
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
        if k.name == "l3" {
            return minkowski3(
                k, first: (a, "a"), second: (b, "b"), mid: (theta * a + (1 - theta) * b, "mid"), weight: theta, dimensions: dimensions)
        }
        if k.name == "l3_2" {
            return minkowskiHalf(
                k, first: (a, "a"), second: (b, "b"), mid: (theta * a + (1 - theta) * b, "mid"), weight: theta, dimensions: dimensions)
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
    static func invariance(_ k: Kappa, scheme: KappaClaims.Scheme, dimensions: DimensionScope) -> [LemmaUse] {
        if let p = k.lpExponent {
            // ℓp: convexity of |t|^q per coordinate at λx⁺ = θ·λx + (1−θ)·s.
            let q = p / (p - 1)
            let eps = Expr.scalar("eps"), lam = Expr.scalar("lam"), x = Expr.vector("x"), s = Expr.vector("s")
            let theta: Expr
            let xn: Expr
            switch scheme {
            case .explicit:
                theta = 1 - eps * lam
                xn = x + eps * (s - lam * x)
            case .implicit:
                theta = 1 / (1 + eps * lam)
                xn = (x + eps * s) / (1 + eps * lam)
            }
            return [
                LemmaUse(
                    powerConvexity(q, dimensions: dimensions),
                    at: [
                        .vector("u"): lam * x, .vector("v"): s, .vector("mid"): lam * xn, .scalar("theta"): theta,
                        .vector("zu"): Expr.vector("z_x"), .vector("zv"): Expr.vector("z_s"), .vector("zmid"): Expr.vector("z_xn"),
                    ])
            ]
        }
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

extension KappaLemmas {
    /// Young's inequality, scaled for Hölder, coordinate-wise (so it separates: proved for
    /// every d at d = 1; the claims that use it, like every lemma that separates, ask it
    /// with `.anyDimension`, which covers any claim), for ℓp with p = 3 or 3/2 in the exact encodings of `Kappa.lp`
    /// (w = |a|^p, z = |b|^q, r = ‖a‖_p > 0, ρ = Σw = r^p):
    ///
    /// - p = 3, q = 3/2: 3r²·aᵢbᵢ ≤ wᵢ + 2r³·zᵢ  (aᵢbᵢ ≤ |aᵢ|³/(3r²) + (2/3)·r·|bᵢ|^{3/2})
    /// - p = 3/2, q = 3: 3ρ·aᵢbᵢ ≤ 2r·wᵢ + rρ·zᵢ  (aᵢbᵢ ≤ (2/3)|aᵢ|^{3/2}·r^{−1/2} + (1/3)·r·|bᵢ|³, r^{−1/2} = r/ρ)
    ///
    /// Summed over i with Σz ≤ 1 it gives Hölder: ⟨a, b⟩ ≤ ‖a‖_p for ‖b‖_q ≤ 1.
    public static func scaledYoung(_ k: Kappa, dimensions: DimensionScope = .anyDimension) -> Claim? {
        let av = Expr.vector("a"), bv = Expr.vector("b"), w = Expr.vector("w"), z = Expr.vector("z")
        let r = Expr.scalar("r"), rho = Expr.scalar("rho")
        let vars: [Symbol] = [.vector("a"), .vector("b"), .vector("w"), .vector("z"), .scalar("r"), .scalar("rho")]
        let hyps: [Constraint]
        let goal: Constraint
        switch k.name {
        case "l3":
            hyps = [0 .< r, rho .== r.pow(3), 0 .<= w, w.pow(2) .== av.pow(6), 0 .<= z, z.pow(4) .== bv.pow(6)]
            goal = 3 * r.squared * (av * bv) .<= w + 2 * r.pow(3) * z
        case "l3_2":
            hyps = [0 .< r, 0 .< rho, rho.squared .== r.pow(3), 0 .<= w, w.pow(4) .== av.pow(6), 0 .<= z, z.pow(2) .== bv.pow(6)]
            goal = 3 * rho * (av * bv) .<= 2 * r * w + r * rho * z
        default: return nil
        }
        return Claim(
            name: "lionk.lemma.scaled-young.\(k.name)", parameters: [], variables: vars, hypotheses: hyps, goal: goal,
            dimensions: dimensions)
    }

    /// ‖v‖_p = 0 only at v = 0, in the encoding of `Kappa.lp` (r ≥ 0, r^a = (Σw)^b, w = |v|^p).
    public static func normZero(_ k: Kappa, dimensions: DimensionScope = .anyDimension) -> Claim? {
        guard k.encodeK != nil else { return nil }
        var cb = ClaimBuilder([.vector("v")])
        let r = cb.use(k.value(Expr.vector("v"), tag: "v"))
        return Claim(
            name: "lionk.lemma.norm-zero.\(k.name)", parameters: [], variables: cb.variables,
            hypotheses: cb.hypotheses + [r .<= 0], goal: Expr.vector("v") .== 0, dimensions: dimensions)
    }

    /// The encoding of ‖v‖_p defines it uniquely: two encodings (w1, r1), (w2, r2) of the same
    /// v give r1 = r2.
    public static func normUnique(_ k: Kappa, dimensions: DimensionScope = .anyDimension) -> Claim? {
        guard k.encodeK != nil else { return nil }
        var cb = ClaimBuilder([.vector("v")])
        let r1 = cb.use(k.value(Expr.vector("v"), tag: "1"))
        let r2 = cb.use(k.value(Expr.vector("v"), tag: "2"))
        // Through two smaller lemmas: |v|^p is unique coordinate-wise (separable), and so is
        // the nonnegative root r of r^a = (Σw)^b.
        let p = k.lpExponent!
        let pa = Int(exactly: p.numerator)!
        let w1 = Expr.vector("w1"), w2 = Expr.vector("w2"), v = Expr.vector("v")
        let e1 = Kappa.absPower(v, p, "w1"), e2 = Kappa.absPower(v, p, "w2")
        let power = Claim(
            name: "lionk.lemma.abs-power-unique.\(k.name)", parameters: [],
            variables: [.vector("v"), .vector("w1"), .vector("w2")], hypotheses: e1.hypotheses + e2.hypotheses,
            goal: w1 .== w2, dimensions: .anyDimension)
        let s1 = Expr.scalar("s1"), s2 = Expr.scalar("s2")
        let root = Claim(
            name: "lionk.lemma.root-unique.\(pa)", parameters: [], variables: [.scalar("s1"), .scalar("s2")],
            hypotheses: [0 .<= s1, 0 .<= s2, s1.pow(pa) .== s2.pow(pa)], goal: s1 .== s2, dimensions: .anyDimension)
        return Claim(
            name: "lionk.lemma.norm-unique.\(k.name)", parameters: [], variables: cb.variables, hypotheses: cb.hypotheses,
            goal: r1 .== r2, dimensions: dimensions,
            lemmas: [
                LemmaUse(power, at: [.vector("w1"): Expr.vector("w_1"), .vector("w2"): Expr.vector("w_2")]),
                LemmaUse(root, at: [.scalar("s1"): r1, .scalar("s2"): r2]),
            ])
    }

    /// ℓp: the two encodings of ‖v‖_p named by the tags are the same number.
    static func sameNorm(_ k: Kappa, _ v: Expr, _ tag1: String, _ tag2: String, dimensions: DimensionScope) -> LemmaUse? {
        guard let unique = normUnique(k, dimensions: dimensions) else { return nil }
        return LemmaUse(
            unique,
            at: [
                .vector("v"): v, .vector("w_1"): Expr.vector("w_" + tag1), .scalar("r_1"): Expr.scalar("r_" + tag1),
                .vector("w_2"): Expr.vector("w_" + tag2), .scalar("r_2"): Expr.scalar("r_" + tag2),
            ])
    }

    /// Lemmas of `KappaChecks.fenchelYoungEquality` for ℓp: K(x) (tag x) is the ‖x‖ of the
    /// subgradient relation (tag s).
    static func fenchelYoungEquality(_ k: Kappa, dimensions: DimensionScope) -> [LemmaUse] {
        guard let same = sameNorm(k, Expr.vector("x"), "x", "s", dimensions: dimensions) else { return [] }
        return [same]
    }

    /// Lemmas of `KappaChecks.subgradient` for ℓp: K(x) is the ‖x‖ of the relation, and
    /// Fenchel–Young (Hölder) at (y, s): ⟨s, y⟩ ≤ K(y).
    static func subgradient(_ k: Kappa, dimensions: DimensionScope) -> [LemmaUse] {
        guard let same = sameNorm(k, Expr.vector("x"), "x", "s", dimensions: dimensions), k.encodeDomain != nil else { return [] }
        let fy: [Symbol: Expr] = [
            .vector("x"): Expr.vector("y"), .vector("y"): Expr.vector("s"), .vector("w_x"): Expr.vector("w_y"),
            .scalar("r_x"): Expr.scalar("r_y"), .vector("z_y"): Expr.vector("z_s"),
        ]
        return [same, LemmaUse(KappaChecks.fenchelYoung(k, dimensions: dimensions), at: fy)]
    }

    /// The last step of Hölder from the summed scaled Young inequality (scalar): with
    /// P = ⟨a, b⟩, R = ‖a‖_p > 0, ρ = Σ|aᵢ|^p, Z = Σ|bᵢ|^q ≤ 1, the sum of
    /// `scaledYoung` over the coordinates gives P ≤ R.
    public static func hoelderStep(_ k: Kappa, dimensions: DimensionScope = .anyDimension) -> Claim? {
        let P = Expr.scalar("P"), R = Expr.scalar("R"), rho = Expr.scalar("rho"), Z = Expr.scalar("Z")
        let hyps: [Constraint]
        switch k.name {
        case "l3": hyps = [0 .< R, rho .== R.pow(3), 3 * R.squared * P .<= rho + 2 * R.pow(3) * Z, Z .<= 1]
        case "l3_2": hyps = [0 .< R, 0 .<= rho, rho.squared .== R.pow(3), 3 * rho * P .<= 2 * R * rho + R * rho * Z, Z .<= 1]
        default: return nil
        }
        return Claim(
            name: "lionk.lemma.hoelder-step.\(k.name)", parameters: [],
            variables: [.scalar("P"), .scalar("R"), .scalar("rho"), .scalar("Z")], hypotheses: hyps, goal: P .<= R,
            dimensions: .anyDimension)
    }

    /// Lemmas of `KappaChecks.fenchelYoung` for ℓp: ‖x‖_p = 0 ⇒ x = 0, the scaled Young
    /// inequality at (x, y, w_x, z_y, r_x, Σw_x), and the Hölder step at
    /// (⟨x, y⟩, r_x, Σw_x, Σz_y).
    static func fenchelYoung(_ k: Kappa, dimensions: DimensionScope) -> [LemmaUse] {
        // Separable: asked for every d, so it covers the claim at any dimension.
        guard let young = scaledYoung(k, dimensions: .anyDimension), let zero = normZero(k, dimensions: dimensions),
            let step = hoelderStep(k, dimensions: dimensions)
        else { return [] }
        return [
            LemmaUse(zero, at: [.vector("v"): Expr.vector("x"), .vector("w_v"): Expr.vector("w_x"), .scalar("r_v"): Expr.scalar("r_x")]),
            LemmaUse(
                step,
                at: [
                    .scalar("P"): dot(Expr.vector("x"), Expr.vector("y")), .scalar("R"): Expr.scalar("r_x"),
                    .scalar("rho"): sum(Expr.vector("w_x")), .scalar("Z"): sum(Expr.vector("z_y")),
                ]),
            LemmaUse(
                young,
                at: [
                    .vector("a"): Expr.vector("x"), .vector("b"): Expr.vector("y"), .vector("w"): Expr.vector("w_x"),
                    .vector("z"): Expr.vector("z_y"), .scalar("r"): Expr.scalar("r_x"), .scalar("rho"): sum(Expr.vector("w_x")),
                ])
        ]
    }

    /// Convexity of t ↦ |t|^q per coordinate (separable: every d from d = 1), in the encoding
    /// of `Kappa.lp` (z ≥ 0, z^(2b) = t^(2a) for q = a/b): mid = θu + (1−θ)v, θ ∈ [0, 1] ⇒
    /// |mid|^q ≤ θ|u|^q + (1−θ)|v|^q.
    public static func powerConvexity(_ q: Rational, dimensions: DimensionScope = .anyDimension) -> Claim {
        let theta = Expr.scalar("theta"), u = Expr.vector("u"), v = Expr.vector("v"), mid = Expr.vector("mid")
        let eu = Kappa.absPower(u, q, "zu"), ev = Kappa.absPower(v, q, "zv"), em = Kappa.absPower(mid, q, "zmid")
        var lemmas: [LemmaUse] = []
        if q.denominator == 2 {
            // z⁴ = t⁶ is hard for the solver: go through z² = |t|³ (sign cases instead of degree).
            let a = Int(exactly: q.numerator)!
            let t = Expr.vector("t"), z = Expr.vector("z")
            let bridge = Claim(
                name: "lionk.lemma.half-power-bridge.\(a)", parameters: [], variables: [.vector("t"), .vector("z")],
                hypotheses: Kappa.absPower(t, q, "z").hypotheses, goal: z.squared .== abs(t).pow(a), dimensions: .anyDimension)
            let zu = Expr.vector("zu"), zv = Expr.vector("zv"), zm = Expr.vector("zmid")
            let absForm = Claim(
                name: "lionk.lemma.power-convexity-abs.\(a)_2", parameters: [],
                variables: [.scalar("theta"), .vector("u"), .vector("v"), .vector("mid"), .vector("zu"), .vector("zv"), .vector("zmid")],
                hypotheses: [
                    0 .<= theta, theta .<= 1, mid .== theta * u + (1 - theta) * v, 0 .<= zu, zu.squared .== abs(u).pow(a), 0 .<= zv,
                    zv.squared .== abs(v).pow(a), 0 .<= zm, zm.squared .== abs(mid).pow(a),
                ],
                goal: zm .<= theta * zu + (1 - theta) * zv, dimensions: .anyDimension)
            lemmas = [
                LemmaUse(
                    bridge,
                    instantiations: [[.vector("t"): u, .vector("z"): zu], [.vector("t"): v, .vector("z"): zv], [.vector("t"): mid, .vector("z"): zm]]),
                LemmaUse(absForm, at: [:]),
            ]
        }
        return Claim(
            name: "lionk.lemma.power-convexity.\(q.description.replacingOccurrences(of: "/", with: "_"))", parameters: [],
            variables: [.scalar("theta"), .vector("u"), .vector("v"), .vector("mid")] + eu.variables + ev.variables + em.variables,
            hypotheses: [0 .<= theta, theta .<= 1, mid .== theta * u + (1 - theta) * v] + eu.hypotheses + ev.hypotheses + em.hypotheses,
            goal: em.value .<= theta * eu.value + (1 - theta) * ev.value, dimensions: .anyDimension, lemmas: lemmas)
    }
}

// MARK: - Minkowski for ℓ3 (convexity of ‖·‖₃ along the momentum)

extension KappaLemmas {
    /// Young for ℓ3 against the scaled dual vector σ = v∘|v| (Σ|σᵢ|^{3/2} = ‖v‖₃³), per
    /// coordinate (separable): with M = |m|³, W = |v|³ (encoded), R, r > 0,
    /// 3R²r·mᵢvᵢ|vᵢ| ≤ r³·Mᵢ + 2R³·Wᵢ.
    public static func dualYoung3(dimensions: DimensionScope = .anyDimension) -> Claim {
        let m = Expr.vector("m"), v = Expr.vector("v"), M = Expr.vector("M"), W = Expr.vector("W"), t = Expr.vector("t")
        let R = Expr.scalar("R"), r = Expr.scalar("r")
        return Claim(
            name: "lionk.lemma.dual-young.l3", parameters: [],
            variables: [.vector("m"), .vector("v"), .vector("t"), .vector("M"), .vector("W"), .scalar("R"), .scalar("r")],
            hypotheses: [0 .< R, 0 .< r, 0 .<= t, t.squared .== v.squared, 0 .<= M, M.squared .== m.pow(6), 0 .<= W, W.squared .== v.pow(6)],
            goal: 3 * R.squared * r * (m * v * t) .<= r.pow(3) * M + 2 * R.pow(3) * W, dimensions: dimensions)
    }

    /// W = |v|³ in the encoding W ≥ 0, W² = v⁶ (separable).
    public static func cubeAbs(dimensions: DimensionScope = .anyDimension) -> Claim {
        let v = Expr.vector("v"), W = Expr.vector("W"), t = Expr.vector("t")
        return Claim(
            name: "lionk.lemma.cube-abs", parameters: [], variables: [.vector("v"), .vector("t"), .vector("W")],
            hypotheses: [0 .<= t, t.squared .== v.squared, 0 .<= W, W.squared .== v.pow(6)], goal: W .== v.squared * t,
            dimensions: dimensions)
    }

    /// The Hölder step for the dual vector (scalar): R, r > 0, ρ_M = R³, ρ_W = r³,
    /// 3R²r·A ≤ r³ρ_M + 2R³ρ_W ⇒ A ≤ R·r².
    public static func dualStep3(dimensions: DimensionScope = .anyDimension) -> Claim {
        let A = Expr.scalar("A"), R = Expr.scalar("R"), r = Expr.scalar("r"), pM = Expr.scalar("rhoM"), pW = Expr.scalar("rhoW")
        return Claim(
            name: "lionk.lemma.dual-step.l3", parameters: [],
            variables: [.scalar("A"), .scalar("R"), .scalar("r"), .scalar("rhoM"), .scalar("rhoW")],
            hypotheses: [0 .< R, 0 .< r, pM .== R.pow(3), pW .== r.pow(3), 3 * R.squared * r * A .<= r.pow(3) * pM + 2 * R.pow(3) * pW],
            goal: A .<= R * r.squared, dimensions: dimensions)
    }

    /// Lemmas of `KappaClaims.momentumConvexityLemma` for ℓ3 (see `minkowski3`) and ℓ3/2 (`minkowskiHalf`).
    static func momentumConvexity(_ k: Kappa, m: Expr, mt: Expr, mn: Expr, dimensions: DimensionScope) -> [LemmaUse] {
        let b1 = Expr.scalar("beta1"), b2 = Expr.scalar("beta2")
        let weight = (b2 - b1) / (1 - b1)
        if k.name == "l3_2" {
            return minkowskiHalf(k, first: (m, "m"), second: (mt, "mt"), mid: (mn, "mn"), weight: weight, dimensions: dimensions)
        }
        return minkowski3(k, first: (m, "m"), second: (mt, "mt"), mid: (mn, "mn"), weight: weight, dimensions: dimensions)
    }

    /// Convexity of ‖·‖₃ at mid = c·u + (1−c)·v (an identity of the claim) for the encoded
    /// norms with the given tags: with σ = mid∘|mid|, ⟨σ, u⟩ ≤ ‖u‖·‖mid‖² and
    /// ⟨σ, v⟩ ≤ ‖v‖·‖mid‖² (dual Young per coordinate + Hölder step; ‖u‖ = 0 ⇒ u = 0), and
    /// ‖mid‖³ = ⟨σ, mid⟩ = c⟨σ, u⟩ + (1−c)⟨σ, v⟩; then divide by ‖mid‖².
    static func minkowski3(
        _ k: Kappa, first: (Expr, String), second: (Expr, String), mid: (Expr, String), weight: Expr, dimensions: DimensionScope
    ) -> [LemmaUse] {
        guard k.name == "l3", let zero = normZero(k, dimensions: dimensions) else { return [] }
        let w = { (tag: String) in Expr.vector("w_" + tag) }
        let r = { (tag: String) in Expr.scalar("r_" + tag) }
        let (mn, midTag) = mid
        // |mid| as √(mid²) (an auxiliary q ≥ 0, q² = mid², no sign split; its side condition
        // midᵢ² ≥ 0 holds from the parameters alone).
        let absMn = sqrt(mn.squared)
        var young: [[Symbol: Expr]] = []
        var step: [[Symbol: Expr]] = []
        var zeros: [[Symbol: Expr]] = []
        for (u, tag) in [first, second] {
            young.append([
                .vector("m"): u, .vector("v"): mn, .vector("t"): absMn, .vector("M"): w(tag), .vector("W"): w(midTag), .scalar("R"): r(tag),
                .scalar("r"): r(midTag),
            ])
            step.append([
                .scalar("A"): sum(u * mn * absMn), .scalar("R"): r(tag), .scalar("r"): r(midTag), .scalar("rhoM"): sum(w(tag)),
                .scalar("rhoW"): sum(w(midTag)),
            ])
            zeros.append([.vector("v"): u, .vector("w_v"): w(tag), .scalar("r_v"): r(tag)])
        }
        let a = weight
        let rr = Expr.scalar("rr"), B = Expr.scalar("B")
        let divide = Claim(
            name: "lionk.lemma.divide-square", parameters: [], variables: [.scalar("rr"), .scalar("B")],
            hypotheses: [0 .< rr, rr.pow(3) .<= rr.squared * B], goal: rr .<= B)
        return [
            LemmaUse(
                convexCombination,
                at: [
                    .scalar("c"): a, .scalar("A1"): sum(first.0 * mn * absMn), .scalar("A2"): sum(second.0 * mn * absMn),
                    .scalar("X1"): r(first.1) * r(midTag).squared, .scalar("X2"): r(second.1) * r(midTag).squared,
                ]),
            LemmaUse(divide, at: [.scalar("rr"): r(midTag), .scalar("B"): a * r(first.1) + (1 - a) * r(second.1)]),
            LemmaUse(cubeAbs(), at: [.vector("v"): mn, .vector("t"): absMn, .vector("W"): w(midTag)]),
            LemmaUse(dualYoung3(), instantiations: young),
            LemmaUse(dualStep3(), instantiations: step),
            LemmaUse(zero, instantiations: zeros),
        ]
    }
}

// MARK: - Minkowski for ℓ3/2 (convexity of ‖·‖_{3/2})

extension KappaLemmas {
    /// |t|^{1/2} coordinate-wise as a fourth root, (t²)^{1/4}: the engine clears it to an
    /// auxiliary h ≥ 0 with h⁴ = t², whose side condition t² ≥ 0 holds from the parameters alone
    /// (a square root of |t| written with abs or √ would need a sign split or a side
    /// condition on another auxiliary).
    static func halfPower(_ t: Expr) -> Expr { t.squared.pow(Rational(1, 4)) }

    /// In the encoding of ‖·‖_{3/2}: w ≥ 0 with w⁴ = u⁶ (w = |u|^{3/2}) and h ≥ 0 with h⁴ = u²
    /// (h = |u|^{1/2}) give w = h³ (separable).
    public static func halfPowerCube(dimensions: DimensionScope = .anyDimension) -> Claim {
        let u = Expr.vector("u"), h = Expr.vector("h"), w = Expr.vector("w")
        return Claim(
            name: "lionk.lemma.half-power-cube", parameters: [], variables: [.vector("u"), .vector("h"), .vector("w")],
            hypotheses: [0 .<= h, h.pow(4) .== u.squared, 0 .<= w, w.pow(4) .== u.pow(6)], goal: w .== h.pow(3),
            dimensions: dimensions)
    }

    /// For r = ‖·‖_{3/2} in its encoding (r ≥ 0, r³ = ρ², ρ = Σw ≥ 0) and α ≥ 0 with α⁴ = r²
    /// (α = √r): α² = r and α³ = ρ (scalar).
    public static func halfRoot(dimensions: DimensionScope = .anyDimension) -> Claim {
        let r = Expr.scalar("r"), al = Expr.scalar("al"), rho = Expr.scalar("rho")
        return Claim(
            name: "lionk.lemma.half-root", parameters: [], variables: [.scalar("r"), .scalar("al"), .scalar("rho")],
            hypotheses: [0 .<= r, 0 .<= al, al.pow(4) .== r.squared, 0 .<= rho, r.pow(3) .== rho.squared],
            goal: al.squared .== r && al.pow(3) .== rho, dimensions: dimensions)
    }

    /// The triangle inequality per coordinate, |mid| ≤ c|u| + (1−c)|v|, in half powers and
    /// multiplied by t = |mid|^{1/2} ≥ 0: t³ ≤ c·t·a² + (1−c)·t·b² (a = |u|^{1/2}, b = |v|^{1/2};
    /// separable).
    public static func halfTriangle(dimensions: DimensionScope = .anyDimension) -> Claim {
        let c = Expr.scalar("c"), u = Expr.vector("u"), v = Expr.vector("v"), mid = Expr.vector("mid")
        let a = Expr.vector("a"), b = Expr.vector("b"), t = Expr.vector("t")
        return Claim(
            name: "lionk.lemma.half-triangle", parameters: [],
            variables: [.scalar("c"), .vector("u"), .vector("v"), .vector("mid"), .vector("a"), .vector("b"), .vector("t")],
            hypotheses: [
                0 .<= c, c .<= 1, mid .== c * u + (1 - c) * v, 0 .<= a, a.pow(4) .== u.squared, 0 .<= b, b.pow(4) .== v.squared, 0 .<= t,
                t.pow(4) .== mid.squared,
            ],
            goal: t.pow(3) .<= c * t * a.squared + (1 - c) * t * b.squared, dimensions: dimensions)
    }

    /// Hölder for the exponents (3/2, 3) on nonnegative vectors in half powers:
    /// a, t ≥ 0, Σa³ = α³, Σt³ = s³ (α, s ≥ 0) ⇒ Σ t·a² ≤ α²·s. (With a = |u|^{1/2} this is
    /// ⟨|mid|^{1/2}, |u|⟩ ≤ ‖u‖_{3/2}·‖ |mid|^{1/2} ‖₃.) Proved through Young per coordinate
    /// (3X²Y ≤ 2X³ + Y³ at X = s·aᵢ, Y = α·tᵢ; separable), the scalar step that divides by
    /// 3αs² and the cases α = 0 and s = 0.
    public static func hoelderHalf(dimensions: DimensionScope) -> Claim {
        let a = Expr.vector("a"), t = Expr.vector("t"), al = Expr.scalar("al"), s = Expr.scalar("s")
        let vars: [Symbol] = [.vector("a"), .vector("t"), .scalar("al"), .scalar("s")]
        let young = Claim(
            name: "lionk.lemma.young-3-3_2", parameters: [], variables: [.scalar("s"), .scalar("al"), .vector("a"), .vector("t")],
            hypotheses: [0 .<= s, 0 .<= al, 0 .<= a, 0 .<= t],
            goal: 3 * s.squared * al * a.squared * t .<= 2 * s.pow(3) * a.pow(3) + al.pow(3) * t.pow(3), dimensions: .anyDimension)
        let P = Expr.scalar("P"), rhoA = Expr.scalar("rhoA"), rhoT = Expr.scalar("rhoT")
        let step = Claim(
            name: "lionk.lemma.hoelder-half-step", parameters: [],
            variables: [.scalar("P"), .scalar("al"), .scalar("s"), .scalar("rhoA"), .scalar("rhoT")],
            hypotheses: [0 .< al, 0 .< s, rhoA .== al.pow(3), rhoT .== s.pow(3), 3 * al * s.squared * P .<= 2 * s.pow(3) * rhoA + al.pow(3) * rhoT],
            goal: P .<= al.squared * s, dimensions: .anyDimension)
        let base: [Constraint] = [0 .<= a, 0 .<= t, 0 .<= al, 0 .<= s]
        let goal = sum(t * a.squared) .<= al.squared * s
        let zeroA = Claim(
            name: "lionk.lemma.hoelder-half-zero-a", parameters: [], variables: vars,
            hypotheses: base + [sum(a.pow(3)) .== al.pow(3), al .<= 0], goal: goal, dimensions: dimensions)
        let zeroT = Claim(
            name: "lionk.lemma.hoelder-half-zero-t", parameters: [], variables: vars,
            hypotheses: base + [sum(t.pow(3)) .== s.pow(3), s .<= 0], goal: goal, dimensions: dimensions)
        return Claim(
            name: "lionk.lemma.hoelder-half", parameters: [], variables: vars,
            hypotheses: base + [sum(a.pow(3)) .== al.pow(3), sum(t.pow(3)) .== s.pow(3)], goal: goal, dimensions: dimensions,
            lemmas: [
                LemmaUse(young, at: [:]),
                LemmaUse(step, at: [.scalar("P"): sum(t * a.squared), .scalar("rhoA"): sum(a.pow(3)), .scalar("rhoT"): sum(t.pow(3))]),
                LemmaUse(zeroA, at: [:]), LemmaUse(zeroT, at: [:]),
            ])
    }

    /// θ·A₁ + (1−θ)·A₂ ≤ θ·X₁ + (1−θ)·X₂ from Aᵢ ≤ Xᵢ, θ ∈ [0, 1] (a product of an inequality
    /// with a nonnegative variable, which the solver does not find by itself).
    static var convexCombination: Claim {
        let th = Expr.scalar("c"), A1 = Expr.scalar("A1"), A2 = Expr.scalar("A2"), X1 = Expr.scalar("X1"), X2 = Expr.scalar("X2")
        return Claim(
            name: "lionk.lemma.convex-combination", parameters: [],
            variables: [.scalar("c"), .scalar("A1"), .scalar("A2"), .scalar("X1"), .scalar("X2")],
            hypotheses: [0 .<= th, th .<= 1, A1 .<= X1, A2 .<= X2], goal: th * A1 + (1 - th) * A2 .<= th * X1 + (1 - th) * X2)
    }

    /// Convexity of ‖·‖_{3/2} at mid = c·u + (1−c)·v (an identity of the claim) for the encoded
    /// norms with the given tags, in half powers a = |u|^{1/2}, b = |v|^{1/2}, t = |mid|^{1/2},
    /// α = √‖u‖, β = √‖v‖, s = √‖mid‖ (each a fourth root of a square, `halfPower`):
    /// s³ = Σt³ ≤ c·Σt·a² + (1−c)·Σt·b² (triangle per coordinate) ≤ c·α²s + (1−c)·β²s (Hölder),
    /// so s² ≤ cα² + (1−c)β² when s > 0, which is ‖mid‖ ≤ c‖u‖ + (1−c)‖v‖.
    static func minkowskiHalf(
        _ k: Kappa, first: (Expr, String), second: (Expr, String), mid: (Expr, String), weight c: Expr, dimensions: DimensionScope
    ) -> [LemmaUse] {
        guard k.name == "l3_2" else { return [] }
        let w = { (tag: String) in Expr.vector("w_" + tag) }
        let r = { (tag: String) in Expr.scalar("r_" + tag) }
        let (u, uTag) = first, (v, vTag) = second, (mn, midTag) = mid
        let (a, b, t) = (halfPower(u), halfPower(v), halfPower(mn))
        let (al, be, s) = (halfPower(r(uTag)), halfPower(r(vTag)), halfPower(r(midTag)))
        let hoelder = hoelderHalf(dimensions: dimensions)
        let sv = Expr.scalar("s"), B = Expr.scalar("B")
        let divide = Claim(
            name: "lionk.lemma.divide-positive", parameters: [], variables: [.scalar("s"), .scalar("B")],
            hypotheses: [0 .< sv, sv.pow(3) .<= sv * B], goal: sv.squared .<= B)
        let th = Expr.scalar("th"), S = Expr.scalar("S"), AL = Expr.scalar("AL"), BE = Expr.scalar("BE")
        let rm = Expr.scalar("rm"), ra = Expr.scalar("ra"), rb = Expr.scalar("rb")
        let finish = Claim(
            name: "lionk.lemma.minkowski-half-finish", parameters: [],
            variables: [.scalar("th"), .scalar("S"), .scalar("AL"), .scalar("BE"), .scalar("rm"), .scalar("ra"), .scalar("rb")],
            hypotheses: [
                0 .<= th, th .<= 1, 0 .<= S, 0 .<= ra, 0 .<= rb, S.squared .== rm, AL.squared .== ra, BE.squared .== rb,
                S .<= 0 || S.squared .<= th * AL.squared + (1 - th) * BE.squared,
            ],
            goal: rm .<= th * ra + (1 - th) * rb)
        return [
            LemmaUse(
                halfPowerCube(),
                instantiations: [[.vector("u"): u, .vector("h"): a, .vector("w"): w(uTag)], [.vector("u"): v, .vector("h"): b, .vector("w"): w(vTag)],
                                 [.vector("u"): mn, .vector("h"): t, .vector("w"): w(midTag)]]),
            LemmaUse(
                halfRoot(),
                instantiations: [[.scalar("r"): r(uTag), .scalar("al"): al, .scalar("rho"): sum(w(uTag))],
                                 [.scalar("r"): r(vTag), .scalar("al"): be, .scalar("rho"): sum(w(vTag))],
                                 [.scalar("r"): r(midTag), .scalar("al"): s, .scalar("rho"): sum(w(midTag))]]),
            LemmaUse(
                halfTriangle(),
                at: [.scalar("c"): c, .vector("u"): u, .vector("v"): v, .vector("mid"): mn, .vector("a"): a, .vector("b"): b, .vector("t"): t]),
            LemmaUse(
                hoelder,
                instantiations: [[.vector("a"): a, .vector("t"): t, .scalar("al"): al, .scalar("s"): s],
                                 [.vector("a"): b, .vector("t"): t, .scalar("al"): be, .scalar("s"): s]]),
            LemmaUse(
                convexCombination,
                at: [.scalar("c"): c, .scalar("A1"): sum(t * a.squared), .scalar("A2"): sum(t * b.squared),
                     .scalar("X1"): al.squared * s, .scalar("X2"): be.squared * s]),
            LemmaUse(divide, at: [.scalar("s"): s, .scalar("B"): c * al.squared + (1 - c) * be.squared]),
            LemmaUse(
                finish,
                at: [.scalar("th"): c, .scalar("S"): s, .scalar("AL"): al, .scalar("BE"): be, .scalar("rm"): r(midTag),
                     .scalar("ra"): r(uTag), .scalar("rb"): r(vTag)]),
        ]
    }
}
