import Symbolic

/// The value of a term at a point under the definedness rule: a value, undefined (the rule
/// says so: 1/0, sqrt(−1), clip with lo > hi, …) or not exact (an irrational intermediate).
enum Exact<T: Sendable>: Sendable {
    case value(T)
    case undefined(String)
    case inexact
}

/// Exact rational evaluation of scalar (instantiated) terms, following the project's one
/// definedness rule: 1/t needs t ≠ 0; t^(p/q) non-integer needs t ≥ 0 (t > 0 if negative);
/// sqrt t ≥ 0; clip(x, lo, hi) needs lo ≤ hi; ite(c, a, b) needs c and the chosen branch;
/// p ⇒ q needs p, and q only where p holds; everything else is strict.
struct Evaluator {
    let point: [String: Rational]
    let subgradientAny: Bool
    /// sign(t) at t = 0 under `--subgradient any`: the choice for this argument (default 0).
    var choices: [String: Rational] = [:]
    /// Arguments of sign found zero (keys for `choices`).
    private(set) var zeroSigns: Set<String> = []

    init(point: [String: Rational], subgradientAny: Bool, choices: [String: Rational] = [:]) {
        self.point = point
        self.subgradientAny = subgradientAny
        self.choices = choices
    }

    /// The key of sign's argument: one choice per distinct argument.
    static func signKey(_ t: FExpr) -> String { Render.expr(t) }

    mutating func expr(_ e: FExpr) -> Exact<Rational> {
        func strict(_ xs: [FExpr], _ f: ([Rational]) -> Exact<Rational>) -> Exact<Rational> {
            var vals: [Rational] = []
            var inexact = false
            for x in xs {
                switch expr(x) {
                case .value(let v): vals.append(v)
                case .undefined(let why): return .undefined(why)
                case .inexact: inexact = true
                }
            }
            return inexact ? .inexact : f(vals)
        }
        switch e {
        case .num(let r): return .value(r)
        case .name(let n), .coord(let n, _):
            let key = Render.expr(e)
            if let v = point[key] { return .value(v) }
            return .undefined("\(key)\(n == key ? "" : "") has no value at this point")
        case .neg(let a): return strict([a]) { .value(-$0[0]) }
        case .add(let a, let b): return strict([a, b]) { .value($0[0] + $0[1]) }
        case .sub(let a, let b): return strict([a, b]) { .value($0[0] - $0[1]) }
        case .mul(let a, let b): return strict([a, b]) { .value($0[0] * $0[1]) }
        case .div(let a, let b):
            return strict([a, b]) { v in
                guard let q = v[0].divided(by: v[1]) else { return .undefined("division by zero") }
                return .value(q)
            }
        case .pow(let a, let k): return strict([a]) { Self.power($0[0], k) }
        case .sqrt(let a): return strict([a]) { Self.power($0[0], Rational(1, 2)) }
        case .sign(let a):
            let key = Self.signKey(a)
            let r = expr(a)
            guard case .value(let t) = r else { return r }
            if t.signum != 0 { return .value(Rational(t.signum)) }
            guard subgradientAny else { return .value(.zero) }
            zeroSigns.insert(key)
            return .value(choices[key] ?? .zero)
        case .abs(let a): return strict([a]) { .value($0[0].magnitude) }
        case .relu(let a): return strict([a]) { .value(Rational.max($0[0], .zero)) }
        case .max(let xs): return strict(xs) { .value($0.dropFirst().reduce($0[0], Rational.max)) }
        case .min(let xs): return strict(xs) { .value($0.dropFirst().reduce($0[0], Rational.min)) }
        case .clip(let a, let lo, let hi):
            return strict([a, lo, hi]) { v in
                guard v[1] <= v[2] else { return .undefined("clip with lower bound \(v[1]) > upper bound \(v[2])") }
                return .value(Rational.min(Rational.max(v[0], v[1]), v[2]))
            }
        case .ite(let c, let a, let b):
            switch condition(c) {
            case .value(let t): return expr(t ? a : b)
            case .undefined(let why): return .undefined(why)
            case .inexact: return .inexact
            }
        case .sum, .dot, .norm1, .norm2, .normInf:
            return .undefined("internal: reduction left in an instantiated claim")
        }
    }

    static func power(_ t: Rational, _ k: Rational) -> Exact<Rational> {
        if let n = k.intValue {
            guard let v = t.power(n) else { return .undefined("0 to a negative power") }
            return .value(v)
        }
        guard t.signum > 0 || (t.isZero && k.signum > 0) else {
            return .undefined("\(t)^(\(k)): a fractional power needs a \(k.signum < 0 ? "positive" : "nonnegative") base")
        }
        guard let p = k.numerator.description.int, let q = k.denominator.description.int,
            let tp = t.power(p), let r = tp.exactRoot(q)
        else { return .inexact }
        return .value(r)
    }

    mutating func condition(_ c: FCond) -> Exact<Bool> {
        func both(_ p: FCond, _ q: FCond, _ f: (Bool, Bool) -> Bool) -> Exact<Bool> {
            let a = condition(p), b = condition(q)
            if case .undefined(let w) = a { return .undefined(w) }
            if case .undefined(let w) = b { return .undefined(w) }
            guard case .value(let x) = a, case .value(let y) = b else { return .inexact }
            return .value(f(x, y))
        }
        switch c {
        case .cmp(let op, let a, let b):
            let x = expr(a), y = expr(b)
            if case .undefined(let w) = x { return .undefined(w) }
            if case .undefined(let w) = y { return .undefined(w) }
            guard case .value(let u) = x, case .value(let v) = y else { return .inexact }
            switch op {
            case .le: return .value(u <= v)
            case .lt: return .value(u < v)
            case .ge: return .value(u >= v)
            case .gt: return .value(u > v)
            case .eq: return .value(u == v)
            case .ne: return .value(u != v)
            }
        case .and(let p, let q): return both(p, q) { $0 && $1 }
        case .or(let p, let q): return both(p, q) { $0 || $1 }
        case .not(let p):
            switch condition(p) {
            case .value(let t): return .value(!t)
            case .undefined(let w): return .undefined(w)
            case .inexact: return .inexact
            }
        case .implies(let p, let q):
            switch condition(p) {
            case .value(false): return .value(true)
            case .value(true): return condition(q)
            case .undefined(let w): return .undefined(w)
            case .inexact: return .inexact
            }
        }
    }
}

extension String {
    var int: Int? { Int(self) }
}
