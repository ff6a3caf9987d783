import Symbolic
public import Verification

/// The names the Lion-κ claims share (x, m, g, ε, λ, β1, β2, L, f(x_t), f(x_{t+1})): one
/// declaration for `LionClaims` and `KappaClaims`, whose static methods use them unqualified.
public protocol LionSymbols {}

extension LionSymbols {
    static var x: Expr { Expr.vector("x") }
    static var m: Expr { Expr.vector("m") }
    static var g: Expr { Expr.vector("g") }
    static var eps: Expr { Expr.scalar("eps") }
    static var lam: Expr { Expr.scalar("lam") }
    static var b1: Expr { Expr.scalar("beta1") }
    static var b2: Expr { Expr.scalar("beta2") }
    static var L: Expr { Expr.scalar("L") }
    static var f0: Expr { Expr.scalar("f0") }
    static var f1: Expr { Expr.scalar("f1") }
}

/// The claims of the Lion-κ paper (docs/theory.md) for K = ‖·‖₁, as engine claims,
/// with the mutations that must be refuted.
public enum LionClaims: LionSymbols {

    /// Phase 1 for Lion (theory.md §3): ‖λx‖∞ ≤ 1 ⇒ ‖λx⁺‖∞ ≤ 1 for the explicit update
    /// x⁺ = x + ε(sign(β1 m − (1−β1) g) − λx), with ε, λ > 0, β1 ∈ [0, 1] and ελ ≤ 1.
    /// - Parameter requireStepBound: keep the hypothesis ελ ≤ 1 (dropping it must refute).
    public static func boxInvariant(requireStepBound: Bool = true, dimensions: DimensionScope = .anyDimension) -> Claim {
        let mt = Expr.vector("mt")
        let xn = Expr.vector("xn")
        var hyps = [normInf(lam * x) .<= 1]
        if requireStepBound { hyps.append(eps * lam .<= 1) }
        return Claim(
            name: requireStepBound ? "lion.box-invariant" : "lion.box-invariant (without ελ ≤ 1)",
            parameters: [
                Parameter("eps", .positive), Parameter("lam", .positive), Parameter("beta1", .closed(0, 1)),
            ],
            variables: [.vector("x"), .vector("m"), .vector("g")],
            definitions: [
                (.vector("mt"), b1 * m - (1 - b1) * g),
                (.vector("xn"), x + eps * (sign(mt) - lam * x)),
            ],
            hypotheses: hyps,
            goal: normInf(lam * xn) .<= 1,
            dimensions: dimensions)
    }

    /// How a Lyapunov claim is mutated (each mutation must be refuted).
    public enum Mutation: String, Sendable, CaseIterable {
        case none
        /// c doubled.
        case doubledC = "doubled-c"
        /// β1 > β2 allowed (β1 ≤ β2 dropped).
        case betaOrderDropped = "beta1>beta2"
    }

    /// Theorem 4.1 as reconstructed (theory.md §5) for K = ‖·‖₁, implicit scheme, f L-smooth
    /// through the descent lemma at x_t, x_{t+1}; x̃ = 0 (inside the box K* = 0).
    public static func lyapunovDiscrete(
        mutation: Mutation = .none, fixedDefaults: Bool = false, dimensions: DimensionScope = .anyDimension
    ) -> Claim {
        let mt = Expr.vector("mt")
        let mn = Expr.vector("mn")
        let s = Expr.vector("s")
        let xn = Expr.vector("xn")
        let dx = Expr.vector("dx")
        let c = Expr.scalar("c")
        let u = Expr.vector("u")
        let one = Expr(1)
        let den = Expr.scalar("den"), A = Expr.scalar("A"), B = Expr.scalar("B")
        let H0 = Expr.scalar("H0"), H1 = Expr.scalar("H1"), delta = Expr.scalar("delta")
        let cValue = mutation == .doubledC ? 2 * eps * b1 / den : eps * b1 / den
        let bound = -eps * delta + L * eps.squared / 2 * sum(u.squared)
        let params: [Parameter]
        if fixedDefaults {
            params = [
                Parameter("beta1", .exactly(Rational(9, 10))), Parameter("beta2", .exactly(Rational(99, 100))),
                Parameter("eps", .exactly(Rational(1, 100))), Parameter("lam", .exactly(Rational(1, 10))),
                Parameter("L", .exactly(1)),
            ]
        } else {
            params = [
                Parameter("beta1", ParameterDomain(lower: 0, upper: 1, upperClosed: false)),
                Parameter("beta2", ParameterDomain(lower: 0, upper: 1, upperClosed: false)),
                Parameter("eps", .positive), Parameter("lam", .positive), Parameter("L", .positive),
            ]
        }
        var hyps: [Constraint] = [
            normInf(lam * x) .<= one,
            f1 .<= f0 + dot(g, dx) + L / 2 * sum(dx.squared),
        ]
        if mutation != .betaOrderDropped { hyps.insert(b1 .<= b2, at: 0) }
        let name: String
        switch mutation {
        case .none: name = "lionk.lyapunov-discrete"
        case .doubledC: name = "lionk.lyapunov-discrete (c doubled)"
        case .betaOrderDropped: name = "lionk.lyapunov-discrete (β1 ≤ β2 dropped)"
        }
        return Claim(
            name: name,
            parameters: params,
            variables: [.vector("x"), .vector("m"), .vector("g"), .scalar("f0"), .scalar("f1")],
            definitions: [
                (.vector("mt"), b1 * m - (1 - b1) * g),
                (.vector("mn"), b2 * m - (1 - b2) * g),
                (.vector("s"), sign(mt)),
                (.vector("xn"), (x + eps * s) / (1 + eps * lam)),
                (.vector("dx"), xn - x),
                (.vector("u"), s - lam * xn),
                (.scalar("den"), eps * lam * (1 - b1) + (1 - b2)),
                (.scalar("c"), cValue),
                (.scalar("A"), (1 - b2 + eps * lam) / den),
                (.scalar("B"), b1 * (1 - b2) / ((1 - b1) * den)),
                (.scalar("H0"), f0 + c * (norm1(m) - lam * dot(m, x))),
                (.scalar("H1"), f1 + c * (norm1(mn) - lam * dot(mn, xn))),
                (.scalar("delta"), A * dot(u, mt) + B * (norm1(m) - dot(s, m))),
            ],
            hypotheses: hyps,
            goal: H1 - H0 .<= bound,
            dimensions: dimensions)
    }
}
