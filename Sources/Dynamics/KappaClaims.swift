public import Symbolic
public import Verification

/// Collects the auxiliary variables and hypotheses of encoded pieces while a claim is built.
struct ClaimBuilder {
    var variables: [Symbol]
    var hypotheses: [Constraint] = []

    init(_ variables: [Symbol]) { self.variables = variables }

    mutating func use<T>(_ e: Encoded<T>) -> T {
        for v in e.variables where !variables.contains(v) { variables.append(v) }
        hypotheses += e.hypotheses
        return e.value
    }
}

/// Lion's defaults β1 = 9/10, β2 = 99/100, ε = 1/100, λ = 1/10, L = 1.
public enum LionDefaults {
    public static let beta1 = Rational(9, 10)
    public static let beta2 = Rational(99, 100)
    public static let eps = Rational(1, 100)
    public static let lam = Rational(1, 10)
    public static let L = Rational(1)

    public static var parameters: [Parameter] {
        [
            Parameter("beta1", .exactly(beta1)), Parameter("beta2", .exactly(beta2)), Parameter("eps", .exactly(eps)),
            Parameter("lam", .exactly(lam)), Parameter("L", .exactly(L)),
        ]
    }
}

/// The κ checks (theory.md §2): each is an engine claim whose verdict says whether the
/// pieces of a κ are what they claim to be.
public enum KappaChecks {
    static let a = Expr.vector("a")
    static let b = Expr.vector("b")
    static let x = Expr.vector("x")
    static let y = Expr.vector("y")
    static let theta = Expr.scalar("theta")

    /// Convexity of K on a box: K(θa + (1−θ)b) ≤ θK(a) + (1−θ)K(b) for θ ∈ [0, 1] and
    /// ‖a‖∞, ‖b‖∞ ≤ B (B = `kappa.convexityBox`, a parameter of the claim). A proof says
    /// nothing about K outside the box (K = Σ(xᵢ² − xᵢ⁴/200) is convex on it, not on ℝ^d);
    /// `convexity(_:onBox:dimensions:)` with `onBox: false` asks for every a, b.
    public static func convexity(_ k: Kappa, dimensions: DimensionScope = .anyDimension) -> Claim {
        convexity(k, onBox: true, dimensions: dimensions)
    }

    /// Convexity of K for every a, b (`onBox: false`; named "kappa.NAME.convexity.everywhere")
    /// or on the box ‖a‖∞, ‖b‖∞ ≤ `kappa.convexityBox` (`onBox: true`).
    public static func convexity(_ k: Kappa, onBox: Bool, dimensions: DimensionScope = .anyDimension) -> Claim {
        var cb = ClaimBuilder([.vector("a"), .vector("b"), .scalar("theta")])
        let B = Expr.scalar("B")
        let mid = cb.use(k.value(theta * a + (1 - theta) * b, tag: "mid"))
        let ka = cb.use(k.value(a, tag: "a"))
        let kb = cb.use(k.value(b, tag: "b"))
        return Claim(
            name: "kappa.\(k.name).convexity" + (onBox ? "" : ".everywhere"),
            parameters: onBox ? [Parameter("B", .exactly(k.convexityBox))] : [],
            variables: cb.variables, definitions: [],
            hypotheses: [0 .<= theta, theta .<= 1] + (onBox ? [normInf(a) .<= B, normInf(b) .<= B] : []) + cb.hypotheses,
            goal: mid .<= theta * ka + (1 - theta) * kb, dimensions: dimensions,
            lemmas: KappaLemmas.convexity(k, dimensions: dimensions))
    }

    /// ∇K is a subgradient: K(y) ≥ K(x) + ⟨∇K(x), y − x⟩ for all x, y.
    public static func subgradient(_ k: Kappa, dimensions: DimensionScope = .anyDimension) -> Claim {
        var cb = ClaimBuilder([.vector("x"), .vector("y")])
        let s = cb.use(k.subgradient(at: x, name: "s"))
        let kx = cb.use(k.value(x, tag: "x"))
        let ky = cb.use(k.value(y, tag: "y"))
        return Claim(
            name: "kappa.\(k.name).subgradient", parameters: [], variables: cb.variables,
            hypotheses: cb.hypotheses, goal: ky .>= kx + dot(s, y - x), dimensions: dimensions,
            lemmas: KappaLemmas.subgradient(k, dimensions: dimensions))
    }

    /// Fenchel–Young: K(x) + K*(y) ≥ ⟨x, y⟩ for every x and every y ∈ dom K*.
    public static func fenchelYoung(_ k: Kappa, dimensions: DimensionScope = .anyDimension) -> Claim {
        var cb = ClaimBuilder([.vector("x"), .vector("y")])
        let inDom = cb.use(k.inDomain(y, tag: "y"))
        let kx = cb.use(k.value(x, tag: "x"))
        return Claim(
            name: "kappa.\(k.name).fenchel-young", parameters: [], variables: cb.variables,
            hypotheses: [inDom] + cb.hypotheses, goal: kx + k.conjugate(y) .>= dot(x, y), dimensions: dimensions,
            lemmas: KappaLemmas.fenchelYoung(k, dimensions: dimensions))
    }

    /// Fenchel–Young with equality at y = ∇K(x): K(x) + K*(∇K(x)) = ⟨x, ∇K(x)⟩.
    public static func fenchelYoungEquality(_ k: Kappa, dimensions: DimensionScope = .anyDimension) -> Claim {
        var cb = ClaimBuilder([.vector("x")])
        let s = cb.use(k.subgradient(at: x, name: "s"))
        let kx = cb.use(k.value(x, tag: "x"))
        return Claim(
            name: "kappa.\(k.name).fenchel-young-equality", parameters: [], variables: cb.variables,
            hypotheses: cb.hypotheses, goal: kx + k.conjugate(s) .== dot(x, s), dimensions: dimensions,
            lemmas: KappaLemmas.fenchelYoungEquality(k, dimensions: dimensions))
    }

    /// ∇K maps into dom K*.
    public static func gradientInDomain(_ k: Kappa, dimensions: DimensionScope = .anyDimension) -> Claim {
        var cb = ClaimBuilder([.vector("x")])
        let s = cb.use(k.subgradient(at: x, name: "s"))
        let inDom = cb.use(k.inDomain(s, tag: "s"))
        return Claim(
            name: "kappa.\(k.name).gradient-in-domain", parameters: [], variables: cb.variables,
            hypotheses: cb.hypotheses, goal: inDom, dimensions: dimensions)
    }

    /// The checks by stable suffix.
    public static let all: [(suffix: String, make: @Sendable (Kappa, DimensionScope) -> Claim)] = [
        ("convexity", { convexity($0, dimensions: $1) }),
        ("subgradient", { subgradient($0, dimensions: $1) }),
        ("fenchel-young", { fenchelYoung($0, dimensions: $1) }),
        ("fenchel-young-equality", { fenchelYoungEquality($0, dimensions: $1) }),
        ("gradient-in-domain", { gradientInDomain($0, dimensions: $1) }),
    ]
}

/// Named definitions of a claim being built, so that it (and its claim file) reads like the
/// theorem; the engine inlines them.
struct Definitions {
    private(set) var list: [(Symbol, Expr)] = []

    /// Defines `name` as `e` (a vector symbol for a vector expression) and returns the symbol.
    mutating func define(_ name: String, _ e: Expr) -> Expr {
        let sym: Symbol = e.isVector ? .vector(name) : .scalar(name)
        list.append((sym, e))
        return Expr(sym)
    }

    /// An expression with every definition substituted (last first).
    func inlined(_ e: Expr) -> Expr { list.reversed().reduce(e) { $0.substituting([$1.0: $1.1]) } }
}

/// The paper's claims for any κ of the catalogue.
public enum KappaClaims: LionSymbols {

    public typealias Scheme = Dynamics.Scheme

    /// Phase 1 (theory.md §3): λx ∈ dom K* ⇒ λx⁺ ∈ dom K*. Explicit: λx⁺ = (1−ελ)λx + ελ∇K(m̃),
    /// a convex combination when ελ ≤ 1; implicit: λx⁺ = (λx + ελ∇K(m̃))/(1+ελ), always one.
    ///
    /// For a κ whose subgradient is given by a relation (ℓ2, ℓp) the claim is asked for every
    /// s ∈ dom K* in place of ∇K(m̃) — a stronger statement, which with
    /// `KappaChecks.gradientInDomain` (∂K(m̃) ⊆ dom K*) gives the invariance.
    /// - Parameter requireStepBound: keep ελ ≤ 1 (explicit scheme only).
    /// - Parameter fixedDefaults: ε = 1/100, λ = 1/10 (Lion's defaults) instead of free ε, λ > 0.
    public static func invariance(
        _ k: Kappa, scheme: Scheme, requireStepBound: Bool = true, fixedDefaults: Bool = false,
        dimensions: DimensionScope = .anyDimension
    ) -> Claim {
        let usesRelation = k.subgradientRelation != nil || k.encodedSubgradientRelation != nil
        var cb = ClaimBuilder([.vector("x"), .vector("m"), .vector("g")])
        let s: Expr
        if usesRelation {
            // A stronger claim: every s ∈ dom K* (∂K(m̃) ⊆ dom K* is kappa.<κ>.gradient-in-domain).
            cb = ClaimBuilder([.vector("x"), .vector("s")])
            s = Expr.vector("s")
            let sInDomain = cb.use(k.inDomain(s, tag: "s"))
            cb.hypotheses.append(sInDomain)
        } else {
            s = cb.use(k.subgradient(at: b1 * m - (1 - b1) * g, name: "s"))
        }
        let xn: Expr
        switch scheme {
        case .explicit: xn = x + eps * (s - lam * x)
        case .implicit: xn = (x + eps * s) / (1 + eps * lam)
        }
        let before = cb.use(k.inDomain(lam * x, tag: "x"))
        let after = cb.use(k.inDomain(lam * xn, tag: "xn"))
        var params =
            fixedDefaults
            ? [Parameter("eps", .exactly(LionDefaults.eps)), Parameter("lam", .exactly(LionDefaults.lam))]
            : [Parameter("eps", .positive), Parameter("lam", .positive)]
        if !usesRelation { params.append(Parameter("beta1", fixedDefaults ? .exactly(LionDefaults.beta1) : .closed(0, 1))) }
        var hyps = [before]
        if scheme == .explicit && requireStepBound { hyps.append(eps * lam .<= 1) }
        return Claim(
            name: "lionk.invariance.\(scheme.rawValue).\(k.name)" + (fixedDefaults ? " (ε = 1/100, λ = 1/10)" : "")
                + (scheme == .explicit && !requireStepBound ? " (without ελ ≤ 1)" : ""),
            parameters: params, variables: cb.variables, hypotheses: hyps + cb.hypotheses, goal: after, dimensions: dimensions,
            lemmas: usesRelation ? KappaLemmas.invariance(k, scheme: scheme, dimensions: dimensions) : [])
    }

    /// Phase-1 contraction (theory.md §3) for a κ whose dom K* is the box [lower, upper]^d:
    /// coordinate-wise, dist(λx⁺ᵢ, [lower, upper]) ≤ ρ·dist(λxᵢ, [lower, upper]) with
    /// ρ = 1 − ελ (explicit, ελ ≤ 1) or 1/(1 + ελ) (implicit), from any x (no hypothesis on
    /// where x is). `factorScale` multiplies the exponent's rate for mutations: 2 asks for
    /// 1 − 2ελ (explicit) or 1/(1 + 2ελ) (implicit), which must be refuted.
    public static func contraction(
        _ k: Kappa, lower: Rational, upper: Rational, scheme: Scheme, factorScale: Rational = 1,
        dimensions: DimensionScope = .anyDimension
    ) -> Claim {
        var cb = ClaimBuilder([.vector("x"), .vector("m"), .vector("g")])
        let s = cb.use(k.subgradient(at: b1 * m - (1 - b1) * g, name: "s"))
        let dist: (Expr) -> Expr = { y in relu(y - Expr(upper)) + relu(Expr(lower) - y) }
        let t = Expr(factorScale) * eps * lam
        let xn: Expr
        let rate: Expr
        switch scheme {
        case .explicit:
            xn = x + eps * (s - lam * x)
            rate = 1 - t
        case .implicit:
            xn = (x + eps * s) / (1 + eps * lam)
            rate = 1 / (1 + t)
        }
        var hyps = cb.hypotheses
        if scheme == .explicit { hyps.append(eps * lam .<= 1) }
        return Claim(
            name: "lionk.contraction.\(scheme.rawValue).\(k.name)" + (factorScale == 1 ? "" : " (rate ×\(factorScale))"),
            parameters: [Parameter("eps", .positive), Parameter("lam", .positive), Parameter("beta1", .closed(0, 1))],
            variables: cb.variables, hypotheses: hyps, goal: dist(lam * xn) .<= rate * dist(lam * x), dimensions: dimensions)
    }

    /// Theorem 4.1 as reconstructed (theory.md §5) for the κ, implicit scheme, f L-smooth
    /// through the descent lemma at x_t, x_{t+1}:
    ///
    ///     H = f + (1/λ)K*(λx) + c(K*(λx) + K(m) − λ⟨m, x⟩)   (finite part of K*; λx ∈ dom K*)
    ///     H1 − H0 ≤ −εΔ + (Lε²/2)‖∇K(m̃) − λx_{t+1}‖²
    ///     Δ = A⟨∇K(m̃) − λx_{t+1}, m̃ − x̃⟩ + B·D_K(m, m̃),  x̃ = ∇K*(λx_{t+1}) (0 for an indicator)
    ///
    /// That λx_{t+1} stays in dom K* (so its indicator part stays 0) is the implicit
    /// invariance claim.
    /// - Parameter fixedDefaults: Lion's defaults (else all parameters free, β1 ≤ β2).
    /// The slack bound − (H1 − H0) of the discrete Lyapunov claim as an expression (the claim
    /// holds where it is ≥ 0) with f1 at its descent-lemma bound (the worst case) and fixed
    /// parameters substituted, for numeric spot checks of κ the engine cannot decide.
    public static func lyapunovSlack(_ k: Kappa, fixedDefaults: Bool = true) -> Expr {
        let box = SlackBox()
        let claim = SlackBox.$current.withValue(box) { lyapunovDiscrete(k, fixedDefaults: fixedDefaults) }
        var values: [Symbol: Expr] = [:]
        for p in claim.parameters { if let v = p.domain.exactValue { values[p.symbol] = Expr(v) } }
        return box.value!.substituting(values)
    }

    public static func lyapunovDiscrete(
        _ k: Kappa, mutation: LionClaims.Mutation = .none, fixedDefaults: Bool = true, lemmas: Bool = true,
        dimensions: DimensionScope = .anyDimension
    ) -> Claim {
        var cb = ClaimBuilder([.vector("x"), .vector("m"), .vector("g"), .scalar("f0"), .scalar("f1")])
        // Named definitions, so that the claim (and its claim file) reads like the theorem;
        // the engine inlines them.
        var defs = Definitions()
        func define(_ name: String, _ e: Expr) -> Expr { defs.define(name, e) }
        let mt = define("mt", b1 * m - (1 - b1) * g)
        let mn = define("mn", b2 * m - (1 - b2) * g)
        let s = cb.use(k.subgradient(at: mt, name: "s"))
        let xn = define("xn", (x + eps * s) / (1 + eps * lam))
        let dx = define("dx", xn - x)
        let u = define("u", s - lam * xn)
        let xt = k.conjugateGradientValue(lam * xn)
        let den = define("den", eps * lam * (1 - b1) + (1 - b2))
        let c = define("c", (mutation == .doubledC ? 2 : 1) * eps * b1 / den)
        let A = define("A", (1 - b2 + eps * lam) / den)
        let B = define("B", b1 * (1 - b2) / ((1 - b1) * den))
        let km = cb.use(k.value(m, tag: "m"))
        // For a norm given by a subgradient relation, K(m̃) = ⟨s, m̃⟩ is part of the relation
        // (s ∈ ∂‖·‖(m̃) ⇔ ‖s‖_* ≤ 1 ∧ ⟨s, m̃⟩ = ‖m̃‖): using it saves an auxiliary variable.
        let kmt = k.subgradientRelation != nil || k.encodedSubgradientRelation != nil ? dot(s, mt) : cb.use(k.value(mt, tag: "mt"))
        let kmn = cb.use(k.value(mn, tag: "mn"))
        let inDom = cb.use(k.inDomain(lam * x, tag: "x"))
        let ks0 = k.conjugate(lam * x)
        let ks1 = k.conjugate(lam * xn)
        let H0 = define("H0", f0 + ks0 / lam + c * (ks0 + km - lam * dot(m, x)))
        let H1 = define("H1", f1 + ks1 / lam + c * (ks1 + kmn - lam * dot(mn, xn)))
        let delta = define("delta", A * dot(u, mt - xt) + B * (km - kmt - dot(s, m - mt)))
        let bound = -eps * delta + L * eps.squared / 2 * sum(u.squared)
        /// An expression with every definition substituted (last first).
        func inlined(_ e: Expr) -> Expr { defs.inlined(e) }
        let params: [Parameter]
        if fixedDefaults {
            params = LionDefaults.parameters
        } else {
            params = [
                Parameter("beta1", ParameterDomain(lower: 0, upper: 1, upperClosed: false)),
                Parameter("beta2", ParameterDomain(lower: 0, upper: 1, upperClosed: false)),
                Parameter("eps", .positive), Parameter("lam", .positive), Parameter("L", .positive),
            ]
        }
        var hyps: [Constraint] = [inDom, f1 .<= f0 + dot(g, dx) + L / 2 * sum(dx.squared)]
        if mutation != .betaOrderDropped { hyps.insert(b1 .<= b2, at: 0) }
        let suffix = mutation == .none ? "" : " (\(mutation.rawValue))"
        let descent = inlined(f0 + dot(g, dx) + L / 2 * sum(dx.squared))
        SlackBox.current?.value = inlined(bound - (H1 - H0)).substituting([.scalar("f1"): descent])
        return Claim(
            name: "lionk.lyapunov-discrete.\(k.name)" + suffix, parameters: params, variables: cb.variables, definitions: defs.list,
            hypotheses: hyps + cb.hypotheses, goal: H1 - H0 .<= bound, dimensions: dimensions,
            lemmas: lemmas && fixedDefaults ? KappaLemmas.lyapunov(k, dimensions: dimensions) : [])
    }

    /// The first lemma of `lyapunovDiscrete` for ℓ2/ℓp (`KappaLemmas.lyapunov`): convexity of
    /// K along the momentum update, K(m⁺) ≤ a·K(m) + (1−a)·K(m̃) with m⁺ = a·m + (1−a)·m̃,
    /// a = (β2−β1)/(1−β1) (an identity of the update), at Lion's defaults (a = 9/10), for all
    /// m, g. The second lemma, ⟨s, m⟩ ≤ K(m) for s ∈ dom K* (K* = 0 there), is
    /// `KappaChecks.fenchelYoung`.
    public static func momentumConvexityLemma(_ k: Kappa, dimensions: DimensionScope = .anyDimension) -> Claim {
        var cb = ClaimBuilder([.vector("m"), .vector("g")])
        let mt = b1 * m - (1 - b1) * g
        let mn = b2 * m - (1 - b2) * g
        let a = (b2 - b1) / (1 - b1)
        let km = cb.use(k.value(m, tag: "m"))
        let kmt = cb.use(k.value(mt, tag: "mt"))
        let kmn = cb.use(k.value(mn, tag: "mn"))
        return Claim(
            name: "lionk.lemma.momentum-convexity.\(k.name)",
            parameters: [Parameter("beta1", .exactly(LionDefaults.beta1)), Parameter("beta2", .exactly(LionDefaults.beta2))],
            variables: cb.variables, hypotheses: cb.hypotheses, goal: kmn .<= a * km + (1 - a) * kmt, dimensions: dimensions,
            lemmas: KappaLemmas.momentumConvexity(k, m: m, mt: mt, mn: mn, dimensions: dimensions))
    }

    /// The continuous-time identity of theory.md §4 for a differentiable κ with a smooth
    /// conjugate part: along ṁ = −α∇f(x) − γm, ẋ = ∇K(m̃) − λx (m̃ = m − ε(α∇f + γm)),
    /// the chain rule gives dH/dt = α⟨∇f, ẋ⟩ + (γ/λ + C)λ⟨∇K*(λx), ẋ⟩ + C(⟨∇K(m), ṁ⟩ − λ⟨ṁ, x⟩ − λ⟨m, ẋ⟩)
    /// with C = (1−εγ)/(1+ελ), and the claim is dH/dt = −Δ (an identity: `==` goal) for
    /// α, γ, λ, ε > 0, εγ ≤ 1, λx ∈ dom K*.
    ///
    /// The ∇K*(λx) terms cancel identically ((γ + Cλ) = (γ+λ)/(1+ελ)); what the identity
    /// checks is the coefficient C and the Δ written with ∇K. `doubledC` doubles C in H
    /// (must be refuted).
    public static func continuousIdentity(_ k: Kappa, doubledC: Bool = false, dimensions: DimensionScope = .anyDimension) -> Claim {
        var cb = ClaimBuilder([.vector("x"), .vector("m"), .vector("g")])
        let alpha = Expr.scalar("alpha")
        let gamma = Expr.scalar("gamma")
        // Named definitions, so that the claim (and its claim file) reads like §4; the engine
        // inlines them.
        var defs = Definitions()
        func define(_ name: String, _ e: Expr) -> Expr { defs.define(name, e) }
        let mdot = define("mdot", -alpha * g - gamma * m)
        let mt = define("mt", m - eps * (alpha * g + gamma * m))
        let gmt = define("gmt", k.gradient(mt))
        let gm = define("gm", k.gradient(m))
        let xdot = define("xdot", gmt - lam * x)
        let xs = define("xs", k.conjugateGradientValue(lam * x))
        let C = define("C", (doubledC ? 2 : 1) * (1 - eps * gamma) / (1 + eps * lam))
        let dH = define(
            "dH",
            alpha * dot(g, xdot) + (gamma / lam + C) * lam * dot(xs, xdot)
                + C * (dot(gm, mdot) - lam * dot(mdot, x) - lam * dot(m, xdot)))
        let delta = define(
            "delta",
            (gamma + lam) / (1 + eps * lam) * dot(gmt - lam * x, mt - xs)
                + (1 - eps * gamma) / (eps * (1 + eps * lam)) * dot(gmt - gm, mt - m))
        let inDom = cb.use(k.inDomain(lam * x, tag: "x"))
        return Claim(
            name: "lionk.continuous-identity.\(k.name)" + (doubledC ? " (doubled-c)" : ""),
            parameters: [
                Parameter("alpha", .positive), Parameter("gamma", .positive), Parameter("lam", .positive), Parameter("eps", .positive),
            ],
            variables: cb.variables, definitions: defs.list, hypotheses: [inDom, eps * gamma .<= 1] + cb.hypotheses, goal: dH .== -delta,
            dimensions: dimensions)
    }

    /// §6: Lion-κ with K = ½‖·‖², β1 = β2 = β and λ = 0 is Polyak's heavy ball: with
    /// x_t = x_{t−1} + ε m_t, the step x_{t+1} = x_t + ε(βm_t − (1−β)g_t) equals
    /// x_t + β(x_t − x_{t−1}) − ε(1−β)g_t.
    public static func heavyBall(dimensions: DimensionScope = .anyDimension) -> Claim {
        let k = Kappa.halfSquared
        let xp = Expr.vector("xprev")
        let beta = Expr.scalar("beta")
        let mt = beta * m - (1 - beta) * g  // β1 = β2 = β: m̃_{t+1} = m_{t+1}
        let lamZero = Expr(0)
        let lionK = x + eps * (k.gradient(mt) - lamZero * x)
        let polyak = x + beta * (x - xp) - eps * (1 - beta) * g
        return Claim(
            name: "lionk.recovers.heavy-ball",
            parameters: [Parameter("eps", .positive), Parameter("beta", ParameterDomain(lower: 0, upper: 1, upperClosed: false))],
            variables: [.vector("x"), .vector("xprev"), .vector("m"), .vector("g")],
            hypotheses: [x .== xp + eps * m], goal: lionK .== polyak, dimensions: dimensions)
    }
}

/// Receives the slack expression while a Lyapunov claim is built.
final class SlackBox: @unchecked Sendable {
    @TaskLocal static var current: SlackBox? = nil
    var value: Expr?
}
