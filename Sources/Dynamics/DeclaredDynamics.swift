import Symbolic
import Verification

/// The dynamics a claim says it encodes (claim files: the `[dynamics]` table; Swift: this
/// struct), so that a counterexample can be replayed by the simulator's own kernel — for any
/// claim, not only the catalogue's (docs/simulator.md "Replay").
///
/// The rule is Lion-κ (theory.md §1, paper convention): m̃ = β1 m − (1 − β1) g,
/// x⁺ = x + ε(∇K(m̃) − λx) (explicit) or (x + ε∇K(m̃))/(1 + ελ) (implicit),
/// m⁺ = β2 m − (1 − β2) g, with the parameters named beta1, beta2, eps, lam.
public struct DeclaredDynamics: Sendable, Hashable {
    public enum Rule: String, Sendable, Hashable, CaseIterable {
        case lionK = "lion-k"
    }
    public enum FunctionClassName: String, Sendable, Hashable, CaseIterable {
        /// |a| ≤ L for the quadratic through the two points.
        case lSmooth = "l-smooth"
        /// 0 ≤ a ≤ L.
        case convexLSmooth = "convex-l-smooth"
    }

    /// A user-defined κ (a claim file's `[kappa]` table with K = "…"): the update's ∇K as
    /// an expression of `variable` (derived from K unless the table gives grad), which the
    /// replay evaluates exactly at m̃.
    public struct UserKappa: Sendable, Hashable {
        /// K as the claim file writes it (for reports).
        public var K: String
        public var gradient: Expr
        public var variable: Symbol
        public init(K: String, gradient: Expr, variable: Symbol) {
            self.K = K
            self.gradient = gradient
            self.variable = variable
        }
    }

    public var rule: Rule
    /// A κ of the library, e.g. .l1, .huber(1), .halfSq (not read when `custom` is set).
    public var kappa: KappaID
    /// A user-defined κ: when set, the update's ∇K is its gradient.
    public var custom: UserKappa?
    /// The κ in reports: the library name, or K written out.
    public var kappaName: String { custom.map { "K(\($0.variable.name)) = \($0.K)" } ?? kappa.name }
    public var scheme: Scheme
    /// The claim's names for the state, the gradient ∇f(x) and the next state (state
    /// variables or definitions).
    public var x: String
    public var m: String
    public var gradient: String
    /// nil when the claim has no definition of its next state (then it is not compared).
    public var nextX: String?
    public var nextM: String?
    /// The claim's names for f(x) and f(x⁺) (state variables, or the `f_at_…` variables of an
    /// `[objective]`), and for ∇f(x⁺) if it uses it; nil when the claim has no f values.
    public var valueAtX: String?
    public var valueAtNext: String?
    public var gradientAtNext: String?
    /// The function class a concrete f must belong to, and its smoothness constant (a
    /// parameter name or a number).
    public var functionClass: FunctionClassName
    public var smoothness: String?

    public init(
        rule: Rule = .lionK, kappa: KappaID, scheme: Scheme, x: String = "x", m: String = "m", gradient: String = "g",
        nextX: String? = "xn", nextM: String? = "mn", valueAtX: String? = nil, valueAtNext: String? = nil, gradientAtNext: String? = nil,
        functionClass: FunctionClassName = .lSmooth, smoothness: String? = "L"
    ) {
        self.rule = rule
        self.kappa = kappa
        self.scheme = scheme
        self.x = x
        self.m = m
        self.gradient = gradient
        self.nextX = nextX
        self.nextM = nextM
        self.valueAtX = valueAtX
        self.valueAtNext = valueAtNext
        self.gradientAtNext = gradientAtNext
        self.functionClass = functionClass
        self.smoothness = smoothness
    }
}

extension CatalogueEntry {
    /// The update a catalogue claim encodes, for the claims stated about one Lion-κ step with
    /// the usual names (x, m, g → xn, mn): Theorem 4.1 and its mutations (implicit scheme),
    /// the box invariants (explicit) and the κ invariance claims of either scheme.
    public var declaredDynamics: DeclaredDynamics? {
        let scheme: Scheme
        if name.hasPrefix("lionk.lyapunov-discrete") || name.hasPrefix("lionk.invariance.implicit") {
            scheme = .implicit
        } else if name.hasPrefix("lion.box-invariant") || name.hasPrefix("lionk.invariance.explicit") {
            scheme = .explicit
        } else {
            return nil
        }
        let c = make(.anyDimension)
        let names = Set(c.variables.map(\.name) + c.definitions.map(\.0.name))
        guard ["x", "m", "g"].allSatisfy(names.contains), let id = KappaID(name: kappa), id.inCatalogue else { return nil }
        let values = names.contains("f0") && names.contains("f1")
        let L = c.parameters.contains { $0.symbol.name == "L" } ? "L" : nil
        return DeclaredDynamics(
            kappa: id, scheme: scheme, nextX: names.contains("xn") ? "xn" : nil, nextM: names.contains("mn") ? "mn" : nil, valueAtX: values ? "f0" : nil,
            valueAtNext: values ? "f1" : nil, functionClass: .lSmooth, smoothness: values ? L : nil)
    }
}
