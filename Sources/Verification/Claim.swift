public import Symbolic

/// The set of values a parameter may take: an exact value or an interval with open or
/// closed (or infinite) ends.
public struct ParameterDomain: Sendable, Hashable, CustomStringConvertible {
    public var lower: Rational?
    public var lowerClosed: Bool
    public var upper: Rational?
    public var upperClosed: Bool

    public init(lower: Rational?, lowerClosed: Bool = true, upper: Rational?, upperClosed: Bool = true) {
        self.lower = lower
        self.lowerClosed = lowerClosed
        self.upper = upper
        self.upperClosed = upperClosed
    }

    /// Exactly `v`.
    public static func exactly(_ v: Rational) -> ParameterDomain { ParameterDomain(lower: v, upper: v) }
    /// Any real number.
    public static let real = ParameterDomain(lower: nil, upper: nil)
    /// (0, ∞).
    public static let positive = ParameterDomain(lower: 0, lowerClosed: false, upper: nil)
    /// [lo, hi].
    public static func closed(_ lo: Rational, _ hi: Rational) -> ParameterDomain { ParameterDomain(lower: lo, upper: hi) }

    public var exactValue: Rational? {
        if let l = lower, let u = upper, l == u, lowerClosed, upperClosed { return l }
        return nil
    }

    /// "name = v" for a single value, "name ∈ [lo, hi)" otherwise (reports and notes).
    public func membership(of name: String) -> String {
        exactValue.map { "\(name) = \($0)" } ?? "\(name) ∈ \(self)"
    }

    /// Width of a bounded interval.
    public var width: Rational? {
        guard let l = lower, let u = upper else { return nil }
        return u - l
    }

    public var isEmpty: Bool {
        guard let l = lower, let u = upper else { return false }
        return l > u || (l == u && !(lowerClosed && upperClosed))
    }

    /// The constraints "symbol ∈ domain".
    public func constraint(for x: Expr) -> Constraint {
        var cs: [Constraint] = []
        if let v = exactValue { return x .== Expr(v) }
        if let l = lower { cs.append(lowerClosed ? Expr(l) .<= x : Expr(l) .< x) }
        if let u = upper { cs.append(upperClosed ? x .<= Expr(u) : x .< Expr(u)) }
        return all(cs)
    }

    /// The intersection with another domain (open ends win on ties).
    public func intersected(with o: ParameterDomain) -> ParameterDomain {
        var d = self
        if let l = o.lower {
            switch d.lower {
            case let cur? where l < cur: break
            case let cur? where l == cur: d.lowerClosed = d.lowerClosed && o.lowerClosed
            default:
                d.lower = l
                d.lowerClosed = o.lowerClosed
            }
        }
        if let u = o.upper {
            switch d.upper {
            case let cur? where u > cur: break
            case let cur? where u == cur: d.upperClosed = d.upperClosed && o.upperClosed
            default:
                d.upper = u
                d.upperClosed = o.upperClosed
            }
        }
        return d
    }

    /// Splits a bounded interval at its midpoint.
    public func bisected() -> (ParameterDomain, ParameterDomain)? {
        guard let l = lower, let u = upper, l < u else { return nil }
        let mid = (l + u) / 2
        return (
            ParameterDomain(lower: l, lowerClosed: lowerClosed, upper: mid, upperClosed: true),
            ParameterDomain(lower: mid, lowerClosed: true, upper: u, upperClosed: upperClosed)
        )
    }

    public var description: String {
        if let v = exactValue { return v.description }
        let lo = lower.map { (lowerClosed ? "[" : "(") + $0.description } ?? "(-inf"
        let hi = upper.map { $0.description + (upperClosed ? "]" : ")") } ?? "inf)"
        return "\(lo), \(hi)"
    }
}

/// A parameter of a claim and its domain.
public struct Parameter: Sendable, Hashable {
    public var symbol: Symbol
    public var domain: ParameterDomain
    public init(_ name: String, _ domain: ParameterDomain) {
        self.symbol = .scalar(name)
        self.domain = domain
    }
    public var expr: Expr { Expr(symbol) }
}

/// For which dimensions a claim about vectors is asked.
public enum DimensionScope: Sendable, Hashable, CustomStringConvertible {
    /// Every dimension d ≥ 1: proved from d = 1 when the claim separates by coordinate,
    /// otherwise checked at `fallback` only (and the result says so).
    case any(fallback: [Int])
    /// Exactly these dimensions.
    case fixed([Int])

    public static let anyDimension = DimensionScope.any(fallback: [1, 2, 3])

    public var description: String {
        switch self {
        case .any: return "any"
        case .fixed(let ds): return ds.map(String.init).joined(separator: ", ")
        }
    }
}

/// What a claim asks: that the goal holds for all values satisfying the hypotheses, or
/// that some value satisfies hypotheses and goal.
public enum ClaimKind: String, Sendable, Hashable, Codable {
    case forall
    case exists
}

/// A claim: parameters with domains, state variables, ordered definitions, hypotheses and
/// a goal. Definitions are macros: they are substituted into hypotheses and goal.
public struct Claim: Sendable {
    public var name: String
    public var kind: ClaimKind
    public var parameters: [Parameter]
    /// State variables (scalars, or vectors of symbolic dimension). Symbols that appear in
    /// the claim and are neither parameters nor defined are state variables too.
    public var variables: [Symbol]
    /// Ordered definitions: each may use the earlier ones.
    public var definitions: [(Symbol, Expr)]
    public var hypotheses: [Constraint]
    public var goal: Constraint
    public var dimensions: DimensionScope
    /// Lemmas: ∀-claims verified first; when every one is proved, their instances are added
    /// to the hypotheses (`LemmaUse`, docs/engine.md "lemma").
    public var lemmas: [LemmaUse]
    /// Instances of proved lemmas added by the engine (hypotheses that hold for all values;
    /// see `Separability`).
    var lemmaInstances: [Constraint] = []
    /// Set when the hypotheses over-approximate what the claim is about (e.g. a function
    /// class known only through inequalities at a few points): the reason, printed with the
    /// verdict. Unsat still proves the claim; a model is then only a counterexample of the
    /// relaxation, so it gives `unknown`, never `refuted`.
    public var relaxation: String? = nil
    /// Coordinates x[i] written in the claim's text, also those the simplifier folded away
    /// (`0*x[2]`, `false and x[2] > 0`): the claim is about dimensions d ≥ i all the same.
    /// Set by the claim-file reader; the engine adds the coordinates it sees in the nodes.
    public var writtenCoordinates: Set<Symbol> = []

    public init(
        name: String, kind: ClaimKind = .forall, parameters: [Parameter], variables: [Symbol] = [],
        definitions: [(Symbol, Expr)] = [], hypotheses: [Constraint], goal: Constraint,
        dimensions: DimensionScope = .anyDimension, lemmas: [LemmaUse] = []
    ) {
        self.lemmas = lemmas
        self.name = name
        self.kind = kind
        self.parameters = parameters
        self.variables = variables
        self.definitions = definitions
        self.hypotheses = hypotheses
        self.goal = goal
        self.dimensions = dimensions
    }

    /// Hypotheses and goal with every definition substituted (last definition first, so each
    /// definition may refer to earlier ones).
    public func inlined() -> (hypotheses: [Constraint], goal: Constraint) {
        var hyps = hypotheses
        var g = goal
        for (sym, value) in definitions.reversed() {
            hyps = hyps.map { $0.substituting([sym: value]) }
            g = g.substituting([sym: value])
        }
        return (hyps, g)
    }

    /// The lemma instances with every definition substituted.
    func inlinedLemmaInstances() -> [Constraint] {
        var hyps = lemmaInstances
        for (sym, value) in definitions.reversed() { hyps = hyps.map { $0.substituting([sym: value]) } }
        return hyps
    }

    /// The same claim with one parameter further restricted to `domain` (intersected with
    /// its own domain, so open ends such as β < 1 are kept).
    public func restricted(_ name: String, to domain: ParameterDomain) -> Claim {
        guard let p = parameters.first(where: { $0.symbol.name == name }) else { return with(name, domain: domain) }
        return with(name, domain: p.domain.intersected(with: domain))
    }

    /// The same claim with one parameter's domain replaced.
    public func with(_ name: String, domain: ParameterDomain) -> Claim {
        var c = self
        if let i = c.parameters.firstIndex(where: { $0.symbol.name == name }) {
            c.parameters[i].domain = domain
        } else {
            c.parameters.append(Parameter(name, domain))
        }
        return c
    }
}
