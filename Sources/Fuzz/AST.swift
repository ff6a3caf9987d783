public import Symbolic

/// The fuzzer's own claim language: a small tree, independent of Symbolic's `Node`, so the
/// oracles below never go through the engine's simplifier. Numbers are exact rationals.
public indirect enum FExpr: Sendable, Hashable, Codable {
    case num(Rational)
    /// A parameter, state variable or definition (scalar or vector).
    case name(String)
    /// Coordinate i (1-based) of a vector variable or vector definition: `x[1]`.
    case coord(String, Int)
    case neg(FExpr)
    case add(FExpr, FExpr)
    case sub(FExpr, FExpr)
    case mul(FExpr, FExpr)
    case div(FExpr, FExpr)
    /// A constant exponent: integer (possibly negative) or a reduced fraction p/q, q ≥ 2.
    case pow(FExpr, Rational)
    case sqrt(FExpr)
    case sign(FExpr)
    case abs(FExpr)
    case relu(FExpr)
    case max([FExpr])
    case min([FExpr])
    case clip(FExpr, FExpr, FExpr)
    case ite(FCond, FExpr, FExpr)
    case sum(FExpr)
    case dot(FExpr, FExpr)
    case norm1(FExpr)
    case norm2(FExpr)
    case normInf(FExpr)

    /// Direct subterms (numbers), for the shrinker.
    public var children: [FExpr] {
        switch self {
        case .num, .name, .coord: return []
        case .neg(let a), .sqrt(let a), .sign(let a), .abs(let a), .relu(let a), .pow(let a, _),
            .sum(let a), .norm1(let a), .norm2(let a), .normInf(let a):
            return [a]
        case .add(let a, let b), .sub(let a, let b), .mul(let a, let b), .div(let a, let b), .dot(let a, let b):
            return [a, b]
        case .max(let xs), .min(let xs): return xs
        case .clip(let a, let b, let c): return [a, b, c]
        case .ite(_, let a, let b): return [a, b]
        }
    }

    /// Number of nodes (conditions inside `ite` included).
    public var size: Int {
        switch self {
        case .ite(let c, let a, let b): return 1 + c.size + a.size + b.size
        default: return 1 + children.reduce(0) { $0 + $1.size }
        }
    }
}

/// Comparison operators of the DSL.
public enum FCmp: String, Sendable, Hashable, Codable, CaseIterable {
    case le = "<=", lt = "<", ge = ">=", gt = ">", eq = "==", ne = "!="
}

/// Conditions. A comparison of vectors means "for every coordinate" — except inside a
/// vector `ite`'s condition, which is read coordinate by coordinate.
public indirect enum FCond: Sendable, Hashable, Codable {
    case cmp(FCmp, FExpr, FExpr)
    case and(FCond, FCond)
    case or(FCond, FCond)
    case not(FCond)
    case implies(FCond, FCond)

    public var size: Int {
        switch self {
        case .cmp(_, let a, let b): return 1 + a.size + b.size
        case .and(let p, let q), .or(let p, let q), .implies(let p, let q): return 1 + p.size + q.size
        case .not(let p): return 1 + p.size
        }
    }
}

/// A parameter's domain: an exact value or an interval with open, closed or infinite ends.
public struct FDomain: Sendable, Hashable, Codable {
    public var lower: Rational?
    public var lowerClosed: Bool
    public var upper: Rational?
    public var upperClosed: Bool

    public init(lower: Rational?, lowerClosed: Bool, upper: Rational?, upperClosed: Bool) {
        self.lower = lower
        self.lowerClosed = lowerClosed
        self.upper = upper
        self.upperClosed = upperClosed
    }

    public static func exactly(_ v: Rational) -> FDomain { FDomain(lower: v, lowerClosed: true, upper: v, upperClosed: true) }

    public var exactValue: Rational? {
        if let l = lower, let u = upper, l == u, lowerClosed, upperClosed { return l }
        return nil
    }

    public func contains(_ v: Rational) -> Bool {
        if let l = lower, lowerClosed ? v < l : v <= l { return false }
        if let u = upper, upperClosed ? v > u : v >= u { return false }
        return true
    }
}

public struct FParam: Sendable, Hashable, Codable {
    public var name: String
    public var domain: FDomain
    public init(name: String, domain: FDomain) {
        self.name = name
        self.domain = domain
    }
}

public struct FVariable: Sendable, Hashable, Codable {
    public var name: String
    public var isVector: Bool
    public init(name: String, isVector: Bool) {
        self.name = name
        self.isVector = isVector
    }
}

public struct FDefinition: Sendable, Hashable, Codable {
    public var name: String
    public var value: FExpr
    public init(name: String, value: FExpr) {
        self.name = name
        self.value = value
    }
}

/// `dim` of a claim file.
public enum FDim: Sendable, Hashable, Codable {
    case any
    case fixed([Int])
}

public enum FKind: String, Sendable, Hashable, Codable {
    case forall, exists
}

/// Engine options a claim is verified with (the command line's `--subgradient any`,
/// `--without NAME`).
public struct FOptions: Sendable, Hashable, Codable {
    public var subgradientAny: Bool
    public var without: [String]
    public init(subgradientAny: Bool = false, without: [String] = []) {
        self.subgradientAny = subgradientAny
        self.without = without
    }
}

/// One generated claim.
public struct FClaim: Sendable, Hashable, Codable {
    public var name: String
    public var kind: FKind
    public var dim: FDim
    public var params: [FParam]
    public var variables: [FVariable]
    public var definitions: [FDefinition]
    public var hypotheses: [FCond]
    public var goal: FCond
    public var options: FOptions

    public init(
        name: String, kind: FKind, dim: FDim, params: [FParam], variables: [FVariable],
        definitions: [FDefinition], hypotheses: [FCond], goal: FCond, options: FOptions
    ) {
        self.name = name
        self.kind = kind
        self.dim = dim
        self.params = params
        self.variables = variables
        self.definitions = definitions
        self.hypotheses = hypotheses
        self.goal = goal
        self.options = options
    }

    public var size: Int {
        hypotheses.reduce(goal.size) { $0 + $1.size } + definitions.reduce(0) { $0 + $1.value.size }
    }
}
