import Dynamics
import Symbolic

/// Seeded, deterministic generator of small random claims over the whole DSL: scalars and
/// vectors, + − * /, integer and fractional powers (negative too), sqrt, sign, abs, relu,
/// max, min, clip (reversed constant bounds too), ite (vector conditions too), sum, dot,
/// the three norms, definitions (vector ones and their coordinates), explicit coordinates,
/// ∀ and ∃, parameters with open, closed, infinite ends and exact values, fixed and "any"
/// dimensions, `--subgradient any` and `--without`.
public struct Generator {
    var rng: SplitMix64
    var scalars: [String] = []
    var vectors: [String] = []
    /// Names usable with `[i]`: vector variables and vector definitions.
    var indexable: [String] = []
    /// Maximal depth of an expression.
    public var maxDepth = 3

    public init(seed: UInt64, index: Int) { rng = SplitMix64(seed: seed, index: index) }

    static let numbers: [Rational] = [0, 1, -1, 2, Rational(1, 2), Rational(-1, 2), 3, Rational(3, 2), -2, Rational(1, 3), Rational(9, 10)]
    static let exponents: [Rational] = [2, 3, -1, -2, Rational(1, 2), Rational(-1, 2), Rational(3, 2), Rational(1, 3), Rational(2, 3), Rational(-3, 2)]
    static let domains: [FDomain] = [
        FDomain(lower: 0, lowerClosed: false, upper: nil, upperClosed: false),
        FDomain(lower: 0, lowerClosed: true, upper: 1, upperClosed: true),
        FDomain(lower: 0, lowerClosed: true, upper: 1, upperClosed: false),
        FDomain(lower: 0, lowerClosed: false, upper: 1, upperClosed: true),
        FDomain(lower: nil, lowerClosed: false, upper: 0, upperClosed: true),
        FDomain(lower: -1, lowerClosed: true, upper: 2, upperClosed: true),
        FDomain(lower: -1, lowerClosed: false, upper: 1, upperClosed: false),
        FDomain(lower: nil, lowerClosed: false, upper: nil, upperClosed: false),
        FDomain(lower: 1, lowerClosed: true, upper: 3, upperClosed: true),
        .exactly(Rational(1, 2)), .exactly(0), .exactly(-1), .exactly(Rational(9, 10)), .exactly(2),
    ]

    public mutating func claim(name: String) -> FClaim {
        var params: [FParam] = []
        for n in ["a", "b"].prefix(rng.below(3)) { params.append(FParam(name: n, domain: rng.pick(Self.domains))) }
        var variables: [FVariable] = []
        // Now and then a state variable takes a name the engine uses for its own fresh symbols.
        let special = rng.chance(4) ? rng.pick(["aux_1", "subgrad_1", "abs_exp_1", "aux_2"]) : nil
        for n in ["u", "w"].prefix(rng.below(3)) { variables.append(FVariable(name: n, isVector: false)) }
        if let s = special { variables.append(FVariable(name: s, isVector: false)) }
        for n in ["x", "z"].prefix(rng.below(3)) { variables.append(FVariable(name: n, isVector: true)) }
        if params.isEmpty && variables.isEmpty { variables.append(FVariable(name: "u", isVector: false)) }
        scalars = params.map(\.name) + variables.filter { !$0.isVector }.map(\.name)
        vectors = variables.filter(\.isVector).map(\.name)
        indexable = vectors

        var definitions: [FDefinition] = []
        for n in ["g1", "g2"] where rng.chance(25) {
            let vector = !vectors.isEmpty && rng.chance(50)
            let value = vector ? vectorExpr(2) : scalarExpr(2)
            definitions.append(FDefinition(name: n, value: value))
            if Shapes(vectors: Set(vectors), definitions: [:]).isVector(value) {
                vectors.append(n)
                indexable.append(n)
            } else {
                scalars.append(n)
            }
        }
        let hyps = (0..<rng.below(3)).map { _ in condition(2) }
        let goal = condition(rng.chance(50) ? 2 : 3)
        let kind: FKind = rng.chance(25) ? .exists : .forall
        let dim: FDim
        if vectors.isEmpty {
            dim = rng.chance(80) ? .any : .fixed([1])
        } else {
            dim = rng.pick([.any, .any, .any, .fixed([1]), .fixed([2]), .fixed([2]), .fixed([1, 2]), .fixed([3])])
        }
        var options = FOptions()
        options.subgradientAny = rng.chance(25)
        if rng.chance(20) { options.without = [rng.pick(FuzzReductions.names)] }
        return FClaim(
            name: name, kind: kind, dim: dim, params: params, variables: variables, definitions: definitions,
            hypotheses: hyps, goal: goal, options: options)
    }

    mutating func number() -> FExpr { .num(rng.pick(Self.numbers)) }

    mutating func scalarLeaf() -> FExpr {
        if !indexable.isEmpty && rng.chance(20) { return .coord(rng.pick(indexable), rng.chance(70) ? 1 : 2) }
        if scalars.isEmpty || rng.chance(30) { return number() }
        return .name(rng.pick(scalars))
    }

    mutating func anyExpr(_ depth: Int) -> FExpr {
        !vectors.isEmpty && rng.chance(40) ? vectorExpr(depth) : scalarExpr(depth)
    }

    mutating func scalarExpr(_ depth: Int) -> FExpr {
        if depth <= 0 || rng.chance(25) { return scalarLeaf() }
        let d = depth - 1
        let hasVectors = !vectors.isEmpty
        switch rng.below(hasVectors ? 22 : 17) {
        case 0: return .neg(scalarExpr(d))
        case 1, 2: return .add(scalarExpr(d), scalarExpr(d))
        case 3: return .sub(scalarExpr(d), scalarExpr(d))
        case 4, 5: return .mul(scalarExpr(d), scalarExpr(d))
        case 6: return .div(scalarExpr(d), scalarExpr(d))
        case 7: return .pow(scalarExpr(d), rng.pick(Self.exponents))
        case 8: return .sqrt(scalarExpr(d))
        case 9: return .sign(scalarExpr(d))
        case 10: return .abs(scalarExpr(d))
        case 11: return .relu(scalarExpr(d))
        case 12: return rng.chance(50) ? .max((0..<(2 + rng.below(2))).map { _ in scalarExpr(d) }) : .min([scalarExpr(d), scalarExpr(d)])
        case 13, 14:
            let (lo, hi) = clipBounds(d)
            return .clip(scalarExpr(d), lo, hi)
        case 15, 16: return .ite(scalarCondition(d), scalarExpr(d), scalarExpr(d))
        case 17, 18: return .sum(vectorExpr(d))
        case 19: return .dot(vectorExpr(d), vectorExpr(d))
        default:
            let v = vectorExpr(d)
            switch rng.below(3) {
            case 0: return .norm1(v)
            case 1: return .norm2(v)
            default: return .normInf(v)
            }
        }
    }

    mutating func clipBounds(_ d: Int) -> (FExpr, FExpr) {
        if rng.chance(25) { return (scalarExpr(d), scalarExpr(d)) }
        let a = rng.pick(Self.numbers), b = rng.pick(Self.numbers)
        // Mostly lo ≤ hi; reversed constant bounds now and then.
        if rng.chance(80) { return (.num(Rational.min(a, b)), .num(Rational.max(a, b))) }
        return (.num(a), .num(b))
    }

    mutating func vectorExpr(_ depth: Int) -> FExpr {
        precondition(!vectors.isEmpty)
        if depth <= 0 || rng.chance(25) { return .name(rng.pick(vectors)) }
        let d = depth - 1
        switch rng.below(15) {
        case 0: return .neg(vectorExpr(d))
        case 1, 2: return rng.chance(50) ? .add(vectorExpr(d), anyExpr(d)) : .add(scalarExpr(d), vectorExpr(d))
        case 3: return .sub(vectorExpr(d), anyExpr(d))
        case 4, 5: return rng.chance(50) ? .mul(scalarExpr(d), vectorExpr(d)) : .mul(vectorExpr(d), anyExpr(d))
        case 6: return .div(vectorExpr(d), anyExpr(d))
        case 7: return .pow(vectorExpr(d), rng.pick(Self.exponents))
        case 8:
            let v = vectorExpr(d)
            switch rng.below(3) {
            case 0: return .abs(v)
            case 1: return .relu(v)
            default: return .sqrt(v)
            }
        case 9: return .sign(vectorExpr(d))
        case 10: return rng.chance(50) ? .max([vectorExpr(d), anyExpr(d)]) : .min([vectorExpr(d), anyExpr(d)])
        case 11, 12:
            let (lo, hi) = clipBounds(d)
            return .clip(vectorExpr(d), lo, hi)
        default:
            let c = rng.chance(50) ? vectorCondition(d) : scalarCondition(d)
            return .ite(c, vectorExpr(d), anyExpr(d))
        }
    }

    mutating func comparison(_ a: FExpr, _ b: FExpr) -> FCond { .cmp(rng.pick(FCmp.allCases), a, b) }

    mutating func scalarCondition(_ depth: Int) -> FCond {
        if depth <= 0 || rng.chance(60) { return comparison(scalarExpr(depth), scalarExpr(max(0, depth - 1))) }
        let d = depth - 1
        switch rng.below(4) {
        case 0: return .and(scalarCondition(d), scalarCondition(d))
        case 1: return .or(scalarCondition(d), scalarCondition(d))
        case 2: return .not(scalarCondition(d))
        default: return .implies(scalarCondition(d), scalarCondition(d))
        }
    }

    /// A condition comparing vectors (coordinate-wise inside an `ite`).
    mutating func vectorCondition(_ depth: Int) -> FCond {
        if depth <= 0 || rng.chance(70) { return comparison(vectorExpr(depth), anyExpr(max(0, depth - 1))) }
        let d = depth - 1
        switch rng.below(3) {
        case 0: return .and(vectorCondition(d), scalarCondition(d))
        case 1: return .or(scalarCondition(d), vectorCondition(d))
        default: return .not(vectorCondition(d))
        }
    }

    /// A hypothesis or goal.
    mutating func condition(_ depth: Int) -> FCond {
        if vectors.isEmpty || rng.chance(50) { return scalarCondition(depth) }
        if depth <= 0 || rng.chance(60) { return comparison(vectorExpr(depth), anyExpr(max(0, depth - 1))) }
        let d = depth - 1
        switch rng.below(4) {
        case 0: return .and(condition(d), condition(d))
        case 1: return .or(condition(d), condition(d))
        case 2: return .not(condition(d))
        default: return .implies(condition(d), condition(d))
        }
    }
}
