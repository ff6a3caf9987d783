import Symbolic

/// A generated expression tree, kept separately from the DAG so that an independent naive
/// evaluator can check what the smart constructors built.
indirect enum Gen {
    case constant(Rational)
    case symbol(Symbol)
    case coordinate(String, Int)
    case add(Gen, Gen), sub(Gen, Gen), mul(Gen, Gen), div(Gen, Gen), neg(Gen)
    case pow(Gen, Int)
    case ratpow(Gen, Rational)  // base is abs(...) so it is ≥ 0
    case sign(Gen), abs(Gen), relu(Gen)
    case max(Gen, Gen), min(Gen, Gen), clip(Gen, Rational, Rational)
    /// clip with bounds that are expressions (possibly reversed).
    case clipBy(Gen, Gen, Gen)
    case ite(Cond, Gen, Gen)
    case sum(Gen), dot(Gen, Gen), norm1(Gen), normInf(Gen), norm2(Gen), normP(Gen, Rational)
    case sqrt(Gen), exp(Gen), log(Gen)

    /// Builds the DAG through the public DSL.
    var expr: Expr {
        switch self {
        case .constant(let r): return Expr(r)
        case .symbol(let s): return Expr(s)
        case .coordinate(let n, let i): return Expr(Symbol.coordinate(n, i))
        case .add(let a, let b): return a.expr + b.expr
        case .sub(let a, let b): return a.expr - b.expr
        case .mul(let a, let b): return a.expr * b.expr
        case .div(let a, let b): return a.expr / b.expr
        case .neg(let a): return -a.expr
        case .pow(let a, let k): return a.expr.pow(k)
        case .ratpow(let a, let r): return a.expr.pow(r)
        case .sign(let a): return Symbolic.sign(a.expr)
        case .abs(let a): return Symbolic.abs(a.expr)
        case .relu(let a): return Symbolic.relu(a.expr)
        case .max(let a, let b): return Symbolic.max(a.expr, b.expr)
        case .min(let a, let b): return Symbolic.min(a.expr, b.expr)
        case .clip(let a, let lo, let hi): return Symbolic.clip(a.expr, Expr(lo), Expr(hi))
        case .clipBy(let a, let lo, let hi): return Symbolic.clip(a.expr, lo.expr, hi.expr)
        case .ite(let c, let a, let b): return Symbolic.ite(c.constraint, a.expr, b.expr)
        case .sum(let a): return Symbolic.sum(a.expr)
        case .dot(let a, let b): return Symbolic.dot(a.expr, b.expr)
        case .norm1(let a): return Symbolic.norm1(a.expr)
        case .normInf(let a): return Symbolic.normInf(a.expr)
        case .norm2(let a): return Symbolic.norm2(a.expr)
        case .normP(let a, let p): return Symbolic.norm(a.expr, p: p)
        case .sqrt(let a): return Symbolic.sqrt(a.expr)
        case .exp(let a): return Symbolic.exp(a.expr)
        case .log(let a): return Symbolic.log(a.expr)
        }
    }
}

extension Gen {
    /// Whether the tree is a vector (a vector symbol, a coordinate-wise operator on one, an
    /// ite whose condition compares vectors or with a vector branch).
    var isVector: Bool {
        switch self {
        case .constant, .coordinate, .sum, .dot, .norm1, .normInf, .norm2, .normP: return false
        case .symbol(let s): return s.isVector
        case .ite(let c, let a, let b): return c.isVector || a.isVector || b.isVector
        default: return children.contains(where: \.isVector)
        }
    }

    /// The operands of a coordinate-wise operator (empty for leaves, reductions and ite).
    var children: [Gen] {
        switch self {
        case .add(let a, let b), .sub(let a, let b), .mul(let a, let b), .div(let a, let b), .max(let a, let b),
            .min(let a, let b):
            return [a, b]
        case .neg(let a), .pow(let a, _), .ratpow(let a, _), .sign(let a), .abs(let a), .relu(let a), .clip(let a, _, _),
            .sqrt(let a), .exp(let a), .log(let a):
            return [a]
        case .clipBy(let a, let lo, let hi): return [a, lo, hi]
        default: return []
        }
    }

    /// The same operator over other operands (as many as `children`).
    func replacingChildren(_ k: [Gen]) -> Gen {
        switch self {
        case .add: return .add(k[0], k[1])
        case .sub: return .sub(k[0], k[1])
        case .mul: return .mul(k[0], k[1])
        case .div: return .div(k[0], k[1])
        case .max: return .max(k[0], k[1])
        case .min: return .min(k[0], k[1])
        case .neg: return .neg(k[0])
        case .pow(_, let e): return .pow(k[0], e)
        case .ratpow(_, let r): return .ratpow(k[0], r)
        case .sign: return .sign(k[0])
        case .abs: return .abs(k[0])
        case .relu: return .relu(k[0])
        case .clip(_, let lo, let hi): return .clip(k[0], lo, hi)
        case .sqrt: return .sqrt(k[0])
        case .exp: return .exp(k[0])
        case .log: return .log(k[0])
        case .clipBy: return .clipBy(k[0], k[1], k[2])
        default: return self
        }
    }
}

extension Cond {
    /// Whether some comparison in the condition has a vector side.
    var isVector: Bool {
        switch self {
        case .le(let a, let b), .lt(let a, let b), .ge(let a, let b), .gt(let a, let b), .eq(let a, let b), .ne(let a, let b):
            return a.isVector || b.isVector
        case .not(let a): return a.isVector
        case .and(let a, let b), .or(let a, let b), .implies(let a, let b): return a.isVector || b.isVector
        case .bool: return false
        }
    }
}

indirect enum Cond {
    case le(Gen, Gen), lt(Gen, Gen), ge(Gen, Gen), gt(Gen, Gen), eq(Gen, Gen), ne(Gen, Gen)
    case not(Cond), and(Cond, Cond), or(Cond, Cond), implies(Cond, Cond)
    case bool(Bool)

    var constraint: Constraint {
        switch self {
        case .le(let a, let b): return a.expr .<= b.expr
        case .lt(let a, let b): return a.expr .< b.expr
        case .ge(let a, let b): return a.expr .>= b.expr
        case .gt(let a, let b): return a.expr .> b.expr
        case .eq(let a, let b): return a.expr .== b.expr
        case .ne(let a, let b): return a.expr .!= b.expr
        case .not(let c): return !c.constraint
        case .and(let a, let b): return a.constraint && b.constraint
        case .or(let a, let b): return a.constraint || b.constraint
        case .implies(let a, let b): return a.constraint ==> b.constraint
        case .bool(let v): return Constraint(booleanLiteral: v)
        }
    }
}

/// Random expressions over the scalars a, b, c and the vectors x, y.
struct Generator {
    var rng: SplitMix64
    /// Include operators whose exact value is usually irrational (sqrt, exp, log, norm2, ^(p/q)).
    var irrational: Bool
    /// Include the non-smooth operators.
    var nonSmooth = true
    /// Include division.
    var division = true
    /// Include partial operations applied anywhere (sqrt, log and powers of any sign of any
    /// argument, clip with expression or reversed bounds), so that subterms are often undefined.
    var partial = false

    mutating func int(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
    mutating func chance(_ p: Double) -> Bool { Double(rng.next() % 1_000_000) / 1_000_000 < p }

    mutating func rational() -> Rational {
        let q = [1, 1, 1, 2, 3, 10][int(6)]
        return Rational(int(9) - 4, q)
    }

    mutating func scalar(_ depth: Int) -> Gen {
        if depth <= 0 || chance(0.15) {
            switch int(5) {
            case 0: return .constant(rational())
            case 1: return .coordinate(["x", "y"][int(2)], 1 + int(Vars.dim))
            default: return .symbol(Vars.scalars[int(3)])
            }
        }
        let d = depth - 1
        if partial && chance(0.25) {
            switch int(irrational ? 7 : 4) {
            case 0: return .div(scalar(d), scalar(d))
            case 1: return .pow(scalar(d), -1 - int(2))
            case 2:
                let a = rational(), b = rational()
                return .clip(scalar(d), a, b)
            case 3: return .clipBy(scalar(d), scalar(d), scalar(d))
            case 4: return .sqrt(scalar(d))
            case 5: return .log(scalar(d))
            default: return .ratpow(scalar(d), Rational(int(7) - 3, 2))
            }
        }
        switch int(irrational ? 24 : 20) {
        case 0, 1: return .add(scalar(d), scalar(d))
        case 2: return .sub(scalar(d), scalar(d))
        case 3, 4: return .mul(scalar(d), scalar(d))
        case 5: return division ? .div(scalar(d), scalar(d)) : .mul(scalar(d), scalar(d))
        case 6: return .neg(scalar(d))
        case 7: return .pow(scalar(d), int(division ? 6 : 4) - (division ? 2 : 0))
        case 8: return nonSmooth ? .sign(scalar(d)) : .add(scalar(d), scalar(d))
        case 9: return nonSmooth ? .abs(scalar(d)) : .sub(scalar(d), scalar(d))
        case 10: return nonSmooth ? .relu(scalar(d)) : .mul(scalar(d), scalar(d))
        case 11: return nonSmooth ? (chance(0.5) ? .max(scalar(d), scalar(d)) : .min(scalar(d), scalar(d))) : .neg(scalar(d))
        case 12:
            if !nonSmooth { return .add(scalar(d), scalar(d)) }
            let a = rational(), b = rational()
            return .clip(scalar(d), Rational.min(a, b), Rational.max(a, b))
        case 13: return nonSmooth ? .ite(condition(d, vector: false), scalar(d), scalar(d)) : .sub(scalar(d), scalar(d))
        case 14, 15: return .sum(vector(d))
        case 16: return .dot(vector(d), vector(d))
        case 17: return nonSmooth ? .norm1(vector(d)) : .sum(vector(d))
        case 18: return nonSmooth ? .normInf(vector(d)) : .dot(vector(d), vector(d))
        case 19: return .symbol(Vars.scalars[int(3)])
        case 20: return .sqrt(.abs(scalar(d)))
        case 21: return chance(0.5) ? .exp(scalar(d)) : .log(.add(.abs(scalar(d)), .constant(1)))
        case 22: return chance(0.5) ? .norm2(vector(d)) : .normP(vector(d), Rational(3 + int(2), 1 + int(2)))
        default: return .ratpow(.abs(scalar(d)), Rational(int(7) - 3, 2))
        }
    }

    /// A vector-valued tree (one that folds to a scalar, like x - x, gets x added).
    mutating func vector(_ depth: Int) -> Gen {
        let g = anyVector(depth)
        return g.expr.isVector ? g : .add(g, .symbol(Vars.x))
    }

    mutating func anyVector(_ depth: Int) -> Gen {
        if depth <= 0 || chance(0.15) { return .symbol(Vars.vectors[int(2)]) }
        let d = depth - 1
        func either(_ g: inout Generator) -> Gen { g.chance(0.6) ? g.vector(d) : g.scalar(d) }
        if partial && chance(0.2) {
            switch int(irrational ? 4 : 3) {
            case 0: return .div(either(&self), vector(d))
            case 1: return .clipBy(vector(d), either(&self), either(&self))
            case 2: return .pow(vector(d), -1)
            default: return .sqrt(vector(d))
            }
        }
        switch int(irrational ? 16 : 15) {
        case 0, 1: return chance(0.5) ? .add(vector(d), either(&self)) : .add(either(&self), vector(d))
        case 2: return .sub(vector(d), either(&self))
        case 3, 4: return chance(0.5) ? .mul(vector(d), either(&self)) : .mul(scalar(d), vector(d))
        case 5: return division ? .div(vector(d), either(&self)) : .mul(vector(d), either(&self))
        case 6: return .neg(vector(d))
        case 7: return .pow(vector(d), int(division ? 5 : 3) - (division ? 1 : 0))
        case 8: return nonSmooth ? .sign(vector(d)) : .add(vector(d), vector(d))
        case 9: return nonSmooth ? .abs(vector(d)) : .neg(vector(d))
        case 10: return nonSmooth ? .relu(vector(d)) : .sub(vector(d), vector(d))
        case 11: return nonSmooth ? (chance(0.5) ? .max(vector(d), either(&self)) : .min(either(&self), vector(d))) : .mul(vector(d), vector(d))
        case 12:
            if !nonSmooth { return .add(vector(d), scalar(d)) }
            let a = rational(), b = rational()
            return .clip(vector(d), Rational.min(a, b), Rational.max(a, b))
        case 13:
            if !nonSmooth { return .mul(vector(d), scalar(d)) }
            // A vector condition is read coordinate by coordinate; one branch is a vector.
            return chance(0.5)
                ? .ite(condition(d, vector: true), vector(d), either(&self))
                : .ite(condition(d, vector: chance(0.5)), either(&self), vector(d))
        case 14: return .symbol(Vars.vectors[int(2)])
        default: return .ratpow(.abs(vector(d)), Rational(int(5) + 1, 2))
        }
    }

    mutating func condition(_ depth: Int, vector: Bool) -> Cond {
        let d = Swift.max(0, depth - 1)
        func side(_ g: inout Generator) -> (Gen, Gen) {
            if vector {
                return g.chance(0.5) ? (g.vector(d), g.scalar(d)) : (g.vector(d), g.vector(d))
            }
            return (g.scalar(d), g.scalar(d))
        }
        if depth <= 0 || chance(0.6) {
            let (a, b) = side(&self)
            switch int(6) {
            case 0: return .le(a, b)
            case 1: return .lt(a, b)
            case 2: return .ge(a, b)
            case 3: return .gt(a, b)
            case 4: return .eq(a, b)
            default: return .ne(a, b)
            }
        }
        switch int(5) {
        case 0: return .not(condition(d, vector: vector))
        case 1: return .and(condition(d, vector: vector), condition(d, vector: vector))
        case 2: return .or(condition(d, vector: vector), condition(d, vector: vector))
        case 3: return .implies(condition(d, vector: vector), condition(d, vector: vector))
        default: return .bool(chance(0.5))
        }
    }

    mutating func point() -> [Symbol: Value<Rational>] {
        var env: [Symbol: Value<Rational>] = [:]
        for s in Vars.scalars { env[s] = .scalar(rational()) }
        for v in Vars.vectors { env[v] = .vector((0..<Vars.dim).map { _ in rational() }) }
        return env
    }
}

// MARK: - An independent, naive evaluator over the generation tree (exact)

/// Why the naive evaluator has no value: the expression is undefined there (per the
/// definedness rule), its value is not rational (so definedness could not be decided
/// either), or a symbol has no value.
enum NaiveError: Error, Equatable {
    case undefined
    case irrational
    case unbound
}

enum NV: Equatable {
    case s(Rational)
    case v([Rational])

    func at(_ i: Int) -> Rational {
        switch self {
        case .s(let r): return r
        case .v(let xs): return xs[i]
        }
    }

    var isVector: Bool { if case .v = self { true } else { false } }
}

/// Evaluates the tree as written (nothing simplified), following the definedness rule
/// independently of `Symbolic`: ite and ⇒ are guarded, everything else is strict, and an
/// undefined operand decides over one whose value is not rational.
struct Naive {
    let env: [Symbol: Value<Rational>]
    let dim = Vars.dim

    /// All of `fs` evaluated (strict): the most definite failure, or the values.
    func all<T>(_ fs: [() throws -> T]) throws -> [T] {
        var out: [T] = []
        var failure: NaiveError?
        for f in fs {
            do {
                out.append(try f())
            } catch let e as NaiveError {
                if e == .undefined { throw e }
                if failure == nil || e == .irrational { failure = e }
            }
        }
        if let f = failure { throw f }
        return out
    }

    func lift(_ xs: [NV], _ f: ([Rational]) throws -> Rational) throws -> NV {
        if !xs.contains(where: \.isVector) { return .s(try f(xs.map { $0.at(0) })) }
        var out: [Rational] = []
        var failure: NaiveError?
        for i in 0..<dim {
            do {
                out.append(try f(xs.map { $0.at(i) }))
            } catch let e as NaiveError {
                if e == .undefined { throw e }
                if failure == nil || e == .irrational { failure = e }
            }
        }
        if let e = failure { throw e }
        return .v(out)
    }

    func coords(_ v: NV) -> [Rational] { (0..<dim).map { v.at($0) } }

    /// r^(p/q) exactly: undefined for a negative base, or a zero base and a negative exponent.
    static func power(_ r: Rational, _ e: Rational) throws -> Rational {
        if e.isInteger, let k = e.intValue {
            guard let v = r.power(k) else { throw NaiveError.undefined }
            return v
        }
        guard r.signum >= 0, r.signum > 0 || e.signum > 0 else { throw NaiveError.undefined }
        guard let q = Int(exactly: e.denominator), let p = Int(exactly: e.numerator), let root = r.exactRoot(q),
            let v = root.power(p)
        else { throw NaiveError.irrational }
        return v
    }

    func eval(_ g: Gen) throws -> NV {
        switch g {
        case .constant(let r): return .s(r)
        case .symbol(let s):
            switch env[s] {
            case .scalar(let r)?: return .s(r)
            case .vector(let xs)?: return .v(xs)
            case nil: throw NaiveError.unbound
            }
        case .coordinate(let n, let i):
            guard case .vector(let xs)? = env[Symbol.vector(n)] else { throw NaiveError.unbound }
            return .s(xs[i - 1])
        case .add(let a, let b): return try lift(all([{ try eval(a) }, { try eval(b) }])) { $0[0] + $0[1] }
        case .sub(let a, let b): return try lift(all([{ try eval(a) }, { try eval(b) }])) { $0[0] - $0[1] }
        case .mul(let a, let b): return try lift(all([{ try eval(a) }, { try eval(b) }])) { $0[0] * $0[1] }
        case .div(let a, let b):
            return try lift(all([{ try eval(a) }, { try eval(b) }])) { xs in
                guard let r = xs[0].divided(by: xs[1]) else { throw NaiveError.undefined }
                return r
            }
        case .neg(let a): return try lift([eval(a)]) { -$0[0] }
        case .pow(let a, let k): return try lift([eval(a)]) { try Naive.power($0[0], Rational(k)) }
        case .ratpow(let a, let r): return try lift([eval(a)]) { try Naive.power($0[0], r) }
        case .sign(let a): return try lift([eval(a)]) { Rational($0[0].signum) }
        case .abs(let a): return try lift([eval(a)]) { $0[0].magnitude }
        case .relu(let a): return try lift([eval(a)]) { $0[0].signum > 0 ? $0[0] : .zero }
        case .max(let a, let b): return try lift(all([{ try eval(a) }, { try eval(b) }])) { Rational.max($0[0], $0[1]) }
        case .min(let a, let b): return try lift(all([{ try eval(a) }, { try eval(b) }])) { Rational.min($0[0], $0[1]) }
        case .clip(let a, let lo, let hi):
            return try lift([eval(a)]) { x in
                guard lo <= hi else { throw NaiveError.undefined }
                return Rational.min(Rational.max(x[0], lo), hi)
            }
        case .clipBy(let a, let lo, let hi):
            return try lift(all([{ try eval(a) }, { try eval(lo) }, { try eval(hi) }])) { x in
                guard x[1] <= x[2] else { throw NaiveError.undefined }
                return Rational.min(Rational.max(x[0], x[1]), x[2])
            }
        case .ite(let c, let a, let b):
            // Guarded. A condition that compares vectors is read coordinate by coordinate;
            // a scalar condition chooses a whole branch (a scalar branch broadcasts).
            if c.isVector { return .v(try all((0..<dim).map { i in { try evalAt(g, i) } })) }
            return try holds(c) ? eval(a) : eval(b)
        case .sum(let a): return .s(coords(try eval(a)).reduce(.zero, +))
        case .dot(let a, let b):
            let vs = try all([{ try eval(a) }, { try eval(b) }])
            return .s(zip(coords(vs[0]), coords(vs[1])).reduce(.zero) { $0 + $1.0 * $1.1 })
        case .norm1(let a): return .s(coords(try eval(a)).reduce(.zero) { $0 + $1.magnitude })
        case .normInf(let a): return .s(coords(try eval(a)).reduce(.zero) { Rational.max($0, $1.magnitude) })
        case .norm2(let a): return .s(try Naive.power(coords(try eval(a)).reduce(.zero) { $0 + $1 * $1 }, Rational(1, 2)))
        case .normP(let a, let p):
            let terms = try all(coords(try eval(a)).map { x in { try Naive.power(x.magnitude, p) } })
            return .s(try Naive.power(terms.reduce(.zero, +), p.reciprocal!))
        case .sqrt(let a): return try lift([eval(a)]) { try Naive.power($0[0], Rational(1, 2)) }
        case .exp(let a):
            return try lift([eval(a)]) { x in
                guard x[0].isZero else { throw NaiveError.irrational }
                return .one
            }
        case .log(let a):
            return try lift([eval(a)]) { x in
                guard x[0].signum > 0 else { throw NaiveError.undefined }
                guard x[0] == .one else { throw NaiveError.irrational }
                return .zero
            }
        }
    }

    /// Coordinate i of a tree, reading the condition of a vector ite at i: scalar subtrees
    /// whole, coordinate-wise operators on the coordinates i of their operands.
    func evalAt(_ g: Gen, _ i: Int) throws -> Rational {
        guard g.isVector else { return try eval(g).at(0) }
        switch g {
        case .symbol(let s):
            guard case .vector(let xs)? = env[s] else { throw NaiveError.unbound }
            return xs[i]
        case .ite(let c, let a, let b):
            let h = c.isVector ? try holdsAt(c, i) : try holds(c)
            return try evalAt(h ? a : b, i)
        default:
            let kids = try all(g.children.map { k in { Gen.constant(try evalAt(k, i)) } })
            return try eval(g.replacingChildren(kids)).at(0)
        }
    }

    /// The truth of a condition at coordinate i (vector comparisons compare coordinates i).
    func holdsAt(_ c: Cond, _ i: Int) throws -> Bool {
        func cmp(_ a: Gen, _ b: Gen, _ f: (Rational, Rational) -> Bool) throws -> Bool {
            let vs = try all([{ try evalAt(a, i) }, { try evalAt(b, i) }])
            return f(vs[0], vs[1])
        }
        switch c {
        case .le(let a, let b): return try cmp(a, b, <=)
        case .lt(let a, let b): return try cmp(a, b, <)
        case .ge(let a, let b): return try cmp(a, b, >=)
        case .gt(let a, let b): return try cmp(a, b, >)
        case .eq(let a, let b): return try cmp(a, b, ==)
        case .ne(let a, let b): return try !cmp(a, b, ==)
        case .not(let a): return try !holdsAt(a, i)
        case .and(let a, let b): return try all([{ try holdsAt(a, i) }, { try holdsAt(b, i) }]).allSatisfy { $0 }
        case .or(let a, let b): return try all([{ try holdsAt(a, i) }, { try holdsAt(b, i) }]).contains(true)
        case .implies(let a, let b): return try !holdsAt(a, i) || holdsAt(b, i)
        case .bool(let v): return v
        }
    }

    /// The truth of a condition: a vector comparison holds when it holds in every coordinate.
    func holds(_ c: Cond) throws -> Bool {
        func cmp(_ a: Gen, _ b: Gen, _ f: (Rational, Rational) -> Bool) throws -> Bool {
            let vs = try all([{ try eval(a) }, { try eval(b) }])
            return (0..<dim).allSatisfy { f(vs[0].at($0), vs[1].at($0)) }
        }
        switch c {
        case .le(let a, let b): return try cmp(a, b, <=)
        case .lt(let a, let b): return try cmp(a, b, <)
        case .ge(let a, let b): return try cmp(a, b, >=)
        case .gt(let a, let b): return try cmp(a, b, >)
        case .eq(let a, let b): return try cmp(a, b, ==)
        // Vectors differ when some coordinate differs: a != b is not (a == b).
        case .ne(let a, let b): return try !cmp(a, b, ==)
        case .not(let a): return try !holds(a)
        // Strict.
        case .and(let a, let b): return try all([{ try holds(a) }, { try holds(b) }]).allSatisfy { $0 }
        case .or(let a, let b): return try all([{ try holds(a) }, { try holds(b) }]).contains(true)
        // Guarded.
        case .implies(let a, let b): return try !holds(a) || holds(b)
        case .bool(let v): return v
        }
    }
}

/// The coordinates of a value at `dim` (a scalar repeated), to compare vector results.
func coordinatesOf(_ v: Value<Rational>, dim: Int) -> [Rational] {
    switch v {
    case .scalar(let r): return Array(repeating: r, count: dim)
    case .vector(let xs): return xs
    }
}

func coordinatesOf(_ v: NV, dim: Int) -> [Rational] { (0..<dim).map { v.at($0) } }
