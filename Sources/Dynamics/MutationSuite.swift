import Symbolic
public import Verification

/// One mutant of a true catalogue claim, with the verdict it must get and why (established
/// by hand, docs/findings.md "Mutation suite"; not by running lionk).
public struct Mutant: Sendable {
    /// The catalogue entry mutated (its expected verdict is `proved`).
    public var base: String
    /// The suffix of the mutant's name (`base~label`), e.g. "c*2".
    public var label: String
    public var mutation: MutationOperator
    /// `refuted` (with an exactly checked counterexample), or `proved` when the mutant stays true.
    public var expected: Verdict
    /// One line: why the mutant is false (the counterexample family) or stays true.
    public var reason: String

    /// Stable name, e.g. `lionk.lyapunov-discrete~c*2`.
    public var name: String { base + "~" + label }

    /// The mutated claim (the base entry built for every dimension).
    public func claim() throws(MutationError) -> Claim {
        guard let entry = Catalogue.entry(named: base) else { throw MutationError("no catalogue entry \(base)") }
        return try entry.make(.anyDimension).mutated(mutation, name: name)
    }
}

/// The mutation suite (issue 12): mutants of true claims that Z3 decides fast (ℓ1, Σ relu,
/// Σ huber_1; no ℓ2/ℓp/log-sum-exp).
///
/// Notation for the ℓ1 Lyapunov claims (d = 1 suffices: they separate by coordinate after
/// the descent lemma's f1 is set to its bound): s = sign(m̃), p = λx, a = (β2−β1)/(1−β1), so
/// m⁺ = a·m + (1−a)·m̃, u = s − λx⁺ = (s − p)/(1+ελ) and x⁺ − x = εu. The L terms of the
/// descent lemma and of the bound cancel, and expanding g = (β1m − m̃)/(1−β1) gives
///
///     bound − (H1 − H0) = c·[a(|m| − s·m) − (|m⁺| − s·m⁺)]                          (★)
///
/// exactly (the coefficients of u·m and u·m̃ vanish by the definitions of c and A, and
/// εB = c(1−a)). (★) ≥ 0 by the triangle inequality when 0 ≤ a ≤ 1 (β1 ≤ β2), and it is 0 on
/// the whole region m, m̃, m⁺ > 0.
public enum MutationSuite {
    static let u = Expr.vector("u")
    static let mt = Expr.vector("mt")
    static let lTerm = sum(u.squared)
    static let aTerm = dot(u, mt)
    /// The Bregman term |m| − ⟨s, m⟩ of Δ (its coefficient is B).
    static let bTerm = norm1(Expr.vector("m")) - dot(Expr.vector("s"), Expr.vector("m"))
    static let k101 = Rational(101, 100)

    public static let mutants: [Mutant] = boxInvariant + invariance + contraction + lyapunov + lyapunovDefaults + kappaChecks

    public static func mutant(named name: String) -> Mutant? { mutants.first { $0.name == name } }

    // lion.box-invariant: ‖λx‖∞ ≤ 1 (hypothesis 0), ελ ≤ 1 (hypothesis 1) ⇒ ‖λx⁺‖∞ ≤ 1 for
    // λx⁺ = (1−ελ)λx + ελ·sign(m̃).
    static let boxInvariant: [Mutant] = [
        Mutant(
            base: "lion.box-invariant", label: "step-bound*101/100", mutation: .scale(.hypothesisBound(1), by: k101), expected: .refuted,
            reason: "ελ = 101/100, λx = −1, sign(m̃) = 1: λx⁺ = 2ελ − 1 = 51/50 > 1 (1 − ελ < 0, no convex combination)"),
        Mutant(
            base: "lion.box-invariant", label: "step-bound*2", mutation: .scale(.hypothesisBound(1), by: 2), expected: .refuted,
            reason: "ελ = 2, λx = −1, sign(m̃) = 1: λx⁺ = 2ελ − 1 = 3"),
        Mutant(
            base: "lion.box-invariant", label: "radius*101/100", mutation: .scale(.hypothesisBound(0), by: k101), expected: .refuted,
            reason: "only the hypothesis' box grows: λx = 101/100, sign(m̃) = 1, ελ = 1/2 gives λx⁺ = 201/200 > 1"),
        Mutant(
            base: "lion.box-invariant", label: "goal-radius*2", mutation: .scale(.goalBound, by: 2), expected: .proved,
            reason: "a weaker goal: ‖λx⁺‖∞ ≤ 1 ≤ 2"),
        Mutant(
            base: "lion.box-invariant", label: "drop:step-bound", mutation: .dropHypothesis(1), expected: .refuted,
            reason: "ελ = 3, λx = −1, sign(m̃) = 1: λx⁺ = 2ελ − 1 = 5"),
        Mutant(
            base: "lion.box-invariant", label: "drop:box", mutation: .dropHypothesis(0), expected: .refuted,
            reason: "λx = 10, ελ = 1/2: λx⁺ = 5 + ελ·sign(m̃) ≥ 9/2"),
        Mutant(
            base: "lion.box-invariant", label: "flip", mutation: .flipGoal, expected: .refuted,
            reason: "‖λx⁺‖∞ ≥ 1 fails at x = 0, m = g = 0 (sign(0) = 0, x⁺ = 0)"),
        Mutant(
            base: "lion.box-invariant", label: "strict", mutation: .toggleStrictness, expected: .refuted,
            reason: "the box's face is invariant: λx = 1, sign(m̃) = 1 gives λx⁺ = 1, not < 1"),
        Mutant(
            base: "lion.box-invariant", label: "implicit", mutation: .toggleScheme, expected: .proved,
            reason: "λx⁺ = (λx + ελ·sign(m̃))/(1+ελ) is a convex combination of two points of the box for every ελ > 0"),
    ]

    // Phase-1 invariance for Σ relu (dom K* = [0, 1]^d) and Σ huber_1 (‖y‖∞ ≤ 1), and the
    // implicit ℓ1 claim; hypothesis 1 of the explicit claims is ελ ≤ 1.
    static let invariance: [Mutant] = [
        Mutant(
            base: "lion.box-invariant.implicit", label: "explicit", mutation: .toggleScheme, expected: .refuted,
            reason: "the implicit claim has no ελ ≤ 1: explicit with ελ = 3, λx = −1, sign(m̃) = 1 gives λx⁺ = 5"),
        Mutant(
            base: "lionk.invariance.explicit.relu", label: "step-bound*101/100", mutation: .scale(.hypothesisBound(1), by: k101),
            expected: .refuted, reason: "ελ = 101/100, λx = 1, m̃ ≤ 0 (∇K = 0): λx⁺ = 1 − ελ = −1/100 < 0"),
        Mutant(
            base: "lionk.invariance.explicit.relu", label: "implicit", mutation: .toggleScheme, expected: .proved,
            reason: "(λx + ελ·1[m̃ > 0])/(1+ελ) is a convex combination of two points of [0, 1]"),
        Mutant(
            base: "lionk.invariance.explicit.huber", label: "step-bound*2", mutation: .scale(.hypothesisBound(1), by: 2), expected: .refuted,
            reason: "ελ = 2, λx = −1, clip(m̃, −1, 1) = 1 (m̃ ≥ 1): λx⁺ = 2ελ − 1 = 3"),
        Mutant(
            base: "lionk.invariance.explicit.huber", label: "drop:box", mutation: .dropHypothesis(0), expected: .refuted,
            reason: "λx = 10, ελ = 1/2: λx⁺ = 5 + ελ·clip(m̃, −1, 1) ≥ 9/2"),
        Mutant(
            base: "lionk.invariance.implicit.huber", label: "explicit", mutation: .toggleScheme, expected: .refuted,
            reason: "no ελ ≤ 1 in the implicit claim: explicit with ελ = 3, λx = −1, clip(m̃, −1, 1) = 1 gives λx⁺ = 5"),
    ]

    // Phase-1 contraction: dist(λx⁺, box) ≤ ρ·dist(λx, box) from any x, ρ = 1 − ελ (explicit,
    // hypothesis 0: ελ ≤ 1) or 1/(1+ελ) (implicit, no hypothesis).
    static let contraction: [Mutant] = [
        Mutant(
            base: "lionk.contraction.explicit.l1", label: "implicit", mutation: .toggleScheme, expected: .refuted,
            reason: "the implicit step contracts by 1/(1+ελ) > 1 − ελ: λx = 2, sign(m̃) = 1 gives dist 1/(1+ελ) > (1 − ελ)·1"),
        Mutant(
            base: "lionk.contraction.implicit.l1", label: "explicit", mutation: .toggleScheme, expected: .refuted,
            reason: "no ελ ≤ 1: explicit with ελ = 3, λx = 0 (dist 0), sign(m̃) = 1 gives λx⁺ = 3 (dist 2)"),
        Mutant(
            base: "lionk.contraction.explicit.huber", label: "drop:step-bound", mutation: .dropHypothesis(0), expected: .refuted,
            reason: "ελ = 3, λx = 0 (dist 0), clip(m̃, −1, 1) = 1: λx⁺ = 3 (dist 2)"),
        Mutant(
            base: "lionk.contraction.implicit.relu", label: "goal-bound*101/100", mutation: .scale(.goalBound, by: k101),
            expected: .proved, reason: "a weaker goal: ρ·dist(λx) ≥ 0, so 101/100 of it is larger"),
    ]

    // lionk.lyapunov-discrete (ℓ1, every parameter free): hypotheses β1 ≤ β2 (0), ‖λx‖∞ ≤ 1 (1),
    // the descent lemma (2); goal H1 − H0 ≤ −εΔ + (Lε²/2)Σu².
    static let lyapunov: [Mutant] = [
        Mutant(
            base: "lionk.lyapunov-discrete", label: "c*101/100", mutation: .scale(.definition("c"), by: k101), expected: .refuted,
            reason: "c is tight: on m, m̃, m⁺ > 0 (★) is 0 and the c-term T = u(m⁺ − (1+ελ)m) takes both signs, so any c' ≠ c fails where (c' − c)T > 0"),
        Mutant(
            base: "lionk.lyapunov-discrete", label: "c*2", mutation: .scale(.definition("c"), by: 2), expected: .refuted,
            reason: "as for c·101/100: (★) = 0 on m, m̃, m⁺ > 0, and there T > 0 when m̃ ≫ m, λx < 1"),
        Mutant(
            base: "lionk.lyapunov-discrete", label: "A-term*101/100", mutation: .scale(.subterm(aTerm), by: k101), expected: .refuted,
            reason: "Δ's first term A⟨u, m̃⟩ is tight too: on m, m̃, m⁺ > 0 with λx < 1, u > 0 and the extra −(1/100)εA·u·m̃ < 0 breaks (★) = 0"),
        Mutant(
            base: "lionk.lyapunov-discrete", label: "B-term*101/100", mutation: .scale(.subterm(bTerm), by: k101), expected: .refuted,
            reason: "B is tight too: at β1 = β2 (a = 0), m < 0 < m̃ (s = 1), m⁺ = m̃ > 0, (★) = 0 and the extra −(1/100)εB·2|m| < 0"),
        Mutant(
            base: "lionk.lyapunov-discrete", label: "L-term*2", mutation: .scale(.subterm(lTerm), by: 2), expected: .proved,
            reason: "a weaker goal: the bound grows by (Lε²/2)Σu² ≥ 0, the slack becomes (★) + (Lε²/2)Σu² ≥ 0"),
        Mutant(
            base: "lionk.lyapunov-discrete", label: "drop:beta-order", mutation: .dropHypothesis(0), expected: .refuted,
            reason: "β1 > β2 makes a < 0: m = 1, m̃ = 1/2 with m⁺ = a + (1−a)/2 < 0 (β1 = 99/100, β2 = 9/10: a = −9) gives (★) = −2c|m⁺| < 0"),
        Mutant(
            base: "lionk.lyapunov-discrete", label: "drop:box", mutation: .dropHypothesis(1), expected: .proved,
            reason: "stays true: K*'s finite part is 0 and (★) does not involve x, so λx ∈ dom K* is not used by the inequality (it is what makes H finite)"),
        Mutant(
            base: "lionk.lyapunov-discrete", label: "drop:descent", mutation: .dropHypothesis(2), expected: .refuted,
            reason: "f1 is then free: any f1 > f0 + (bound + c-terms) violates the goal"),
        Mutant(
            base: "lionk.lyapunov-discrete", label: "flip", mutation: .flipGoal, expected: .refuted,
            reason: "H1 − H0 ≥ bound fails for f1 below its descent bound: f1 = f0 − 1 at x = m = g = 0 (bound = 0)"),
        Mutant(
            base: "lionk.lyapunov-discrete", label: "strict", mutation: .toggleStrictness, expected: .refuted,
            reason: "equality at x = m = g = 0, f0 = f1 = 0 (both sides 0)"),
        Mutant(
            base: "lionk.lyapunov-discrete", label: "beta1<->beta2", mutation: .swapParameters("beta1", "beta2"), expected: .refuted,
            reason: "the dynamics with β1, β2 exchanged under β1 ≤ β2 is the theorem for β1 ≥ β2: a < 0 and the drop:beta-order counterexample applies"),
    ]

    // lionk.lyapunov-discrete.defaults: β1 = 9/10, β2 = 99/100, ε = 1/100, λ = 1/10, L = 1.
    static let lyapunovDefaults: [Mutant] = [
        Mutant(
            base: "lionk.lyapunov-discrete.defaults", label: "c*101/100", mutation: .scale(.definition("c"), by: k101), expected: .refuted,
            reason: "(★) = 0 on m, m̃, m⁺ > 0 at the defaults too (c = 90/101 > 0), and T > 0 there for m̃ ≫ m"),
        Mutant(
            base: "lionk.lyapunov-discrete.defaults", label: "beta1<->beta2", mutation: .swapParameters("beta1", "beta2"),
            expected: .refuted,
            reason: "β1 = 99/100, β2 = 9/10 in the dynamics: a = −9, m = 1, m̃ = 1/2 (g = 49) gives m⁺ = −4 and (★) = −2c·4 < 0"),
        Mutant(
            base: "lionk.lyapunov-discrete.defaults", label: "B-term*101/100", mutation: .scale(.subterm(bTerm), by: k101),
            expected: .refuted,
            reason: "a = 9/10: for m < 0 < m̃ < |m|/100, m⁺ < 0 and (★) = c[2a|m| − 2|m⁺|] = c·m̃/5 < (1/100)εB·2|m| = c|m|/500"),
        Mutant(
            base: "lionk.lyapunov-discrete.defaults", label: "L-term*101/100", mutation: .scale(.subterm(lTerm), by: k101),
            expected: .proved, reason: "a weaker goal: the slack becomes (★) + (1/100)(Lε²/2)Σu² ≥ 0"),
        Mutant(
            base: "lionk.lyapunov-discrete.defaults", label: "drop:box", mutation: .dropHypothesis(1), expected: .proved,
            reason: "(★) does not involve x: the box hypothesis is not needed by the inequality"),
    ]

    // κ checks: convexity of ‖·‖₁ on the box (hypotheses 0 ≤ θ, θ ≤ 1, ‖a‖∞ ≤ B, ‖b‖∞ ≤ B; B = 4)
    // and Fenchel–Young for Σ huber_1 (hypothesis ‖y‖∞ ≤ 1).
    static let kappaChecks: [Mutant] = [
        Mutant(
            base: "kappa.l1.convexity", label: "drop:theta<=1", mutation: .dropHypothesis(1), expected: .refuted,
            reason: "θ = 2, a = 1, b = −1: ‖θa + (1−θ)b‖₁ = 3 > θ‖a‖₁ + (1−θ)‖b‖₁ = 1"),
        Mutant(
            base: "kappa.l1.convexity", label: "drop:box-a", mutation: .dropHypothesis(2), expected: .proved,
            reason: "‖·‖₁ is convex on all of ℝ^d (triangle inequality and homogeneity): the box only restricts the claim"),
        Mutant(
            base: "kappa.l1.convexity", label: "box-b*2", mutation: .scale(.hypothesisBound(3), by: 2), expected: .proved,
            reason: "‖·‖₁ is convex on all of ℝ^d: a larger box for b is still inside ℝ^d"),
        Mutant(
            base: "kappa.huber.fenchel-young", label: "drop:domain", mutation: .dropHypothesis(0), expected: .refuted,
            reason: "K*(y) = ½‖y‖² is the conjugate only on the box: x = y = 2 gives huber(2) + 2 = 7/2 < ⟨x, y⟩ = 4"),
        Mutant(
            base: "kappa.huber.fenchel-young", label: "strict", mutation: .toggleStrictness, expected: .refuted,
            reason: "Fenchel–Young is an equality at x = y = 0 (0 + 0 = 0)"),
    ]
}
