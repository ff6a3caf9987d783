import Foundation

/// Why an expression could not be evaluated at a point.
public enum EvaluationError: Error, Sendable, Equatable, CustomStringConvertible {
    case divisionByZero
    case domain(String)
    case unbound(Symbol)
    case dimensionMismatch(String)
    /// The exact value exists but is not rational (e.g. √2, exp(1) in exact mode).
    case notRational(String)

    public var description: String {
        switch self {
        case .divisionByZero: return "division by zero"
        case .domain(let s): return "outside the domain: \(s)"
        case .unbound(let s): return "no value for \(s)"
        case .dimensionMismatch(let s): return "dimension mismatch: \(s)"
        case .notRational(let s): return "not a rational number: \(s)"
        }
    }
}

/// A number type expressions can be evaluated in: exact `Rational`, `Double`, `Float`.
public protocol EvaluationScalar: Sendable, Comparable {
    init(rational: Rational)
    static func + (a: Self, b: Self) -> Self
    static func * (a: Self, b: Self) -> Self
    static prefix func - (a: Self) -> Self
    static var zeroValue: Self { get }
    static var oneValue: Self { get }
    func reciprocalValue() throws(EvaluationError) -> Self
    /// self^r; a non-integer r needs self ≥ 0.
    func raised(to r: Rational) throws(EvaluationError) -> Self
    func squareRootValue() throws(EvaluationError) -> Self
    func expValue() throws(EvaluationError) -> Self
    func logValue() throws(EvaluationError) -> Self
    var signValue: Int { get }
}

extension Rational: EvaluationScalar {
    public init(rational: Rational) { self = rational }
    public static var zeroValue: Rational { .zero }
    public static var oneValue: Rational { .one }
    public func reciprocalValue() throws(EvaluationError) -> Rational {
        guard let r = reciprocal else { throw .divisionByZero }
        return r
    }
    public func raised(to r: Rational) throws(EvaluationError) -> Rational {
        if let k = r.intValue {
            guard let v = power(k) else { throw .divisionByZero }
            return v
        }
        guard signum >= 0 else { throw .domain("\(self)^(\(r)) with a negative base") }
        guard signum > 0 || r.signum > 0 else { throw .divisionByZero }
        guard let q = Int(exactly: r.denominator), let p = Int(exactly: r.numerator), let root = exactRoot(q),
            let v = root.power(p)
        else { throw .notRational("\(self)^(\(r))") }
        return v
    }
    public func squareRootValue() throws(EvaluationError) -> Rational {
        guard signum >= 0 else { throw .domain("sqrt(\(self))") }
        guard let r = exactRoot(2) else { throw .notRational("sqrt(\(self))") }
        return r
    }
    public func expValue() throws(EvaluationError) -> Rational {
        guard isZero else { throw .notRational("exp(\(self))") }
        return .one
    }
    public func logValue() throws(EvaluationError) -> Rational {
        guard signum > 0 else { throw .domain("log(\(self))") }
        guard self == .one else { throw .notRational("log(\(self))") }
        return .zero
    }
    public var signValue: Int { signum }
}

/// Shared floating-point behaviour: division by zero and domain errors are errors, not NaN/inf.
public protocol FloatingEvaluationScalar: EvaluationScalar, BinaryFloatingPoint {
    static func elementaryPow(_ a: Self, _ b: Self) -> Self
    static func elementaryExp(_ a: Self) -> Self
    static func elementaryLog(_ a: Self) -> Self
}

extension FloatingEvaluationScalar {
    public static var zeroValue: Self { 0 }
    public static var oneValue: Self { 1 }
    public func reciprocalValue() throws(EvaluationError) -> Self {
        guard self != 0 else { throw .divisionByZero }
        return 1 / self
    }
    public func raised(to r: Rational) throws(EvaluationError) -> Self {
        if let k = r.intValue {
            if k < 0 && self == 0 { throw .divisionByZero }
            return Self.elementaryPow(self, Self(k))
        }
        guard self >= 0 else { throw .domain("negative base to the power \(r)") }
        if self == 0 && r.signum < 0 { throw .divisionByZero }
        return Self.elementaryPow(self, Self(r.doubleValue))
    }
    public func squareRootValue() throws(EvaluationError) -> Self {
        guard self >= 0 else { throw .domain("sqrt of a negative number") }
        return self.squareRoot()
    }
    public func expValue() throws(EvaluationError) -> Self { Self.elementaryExp(self) }
    public func logValue() throws(EvaluationError) -> Self {
        guard self > 0 else { throw .domain("log of a non-positive number") }
        return Self.elementaryLog(self)
    }
    public var signValue: Int { self > 0 ? 1 : (self < 0 ? -1 : 0) }
}

extension Double: FloatingEvaluationScalar {
    public init(rational: Rational) { self = rational.doubleValue }
    public static func elementaryPow(_ a: Double, _ b: Double) -> Double { Foundation.pow(a, b) }
    public static func elementaryExp(_ a: Double) -> Double { Foundation.exp(a) }
    public static func elementaryLog(_ a: Double) -> Double { Foundation.log(a) }
}

extension Float: FloatingEvaluationScalar {
    public init(rational: Rational) { self = Float(rational.doubleValue) }
    public static func elementaryPow(_ a: Float, _ b: Float) -> Float { Foundation.powf(a, b) }
    public static func elementaryExp(_ a: Float) -> Float { Foundation.expf(a) }
    public static func elementaryLog(_ a: Float) -> Float { Foundation.logf(a) }
}

/// The value of a numeric expression: a scalar or a vector (coordinate list).
public enum Value<T: EvaluationScalar>: Sendable, Equatable {
    case scalar(T)
    case vector([T])

    public var scalarValue: T? { if case .scalar(let v) = self { v } else { nil } }
    public var vectorValue: [T]? { if case .vector(let v) = self { v } else { nil } }
}

/// Values of symbols at a point.
public typealias Environment<T: EvaluationScalar> = [Symbol: Value<T>]

extension Expr {
    /// Evaluates at a point: coordinate-wise for vectors, scalars broadcast.
    /// Exact in `Rational`; errors (never NaN) for division by zero and domain errors.
    // Specialised for the simulator's and the checker's number types (unspecialised, the
    // generic evaluator spent most of its time looking up type metadata).
    @_specialize(exported: true, where T == Double)
    @_specialize(exported: true, where T == Float)
    @_specialize(exported: true, where T == Rational)
    public func evaluate<T: EvaluationScalar>(_ env: Environment<T>) throws(EvaluationError) -> Value<T> {
        try Evaluator(env: env).value(node)
    }

    /// Evaluates a scalar expression.
    public func evaluateScalar<T: EvaluationScalar>(_ env: Environment<T>) throws(EvaluationError) -> T {
        guard case .scalar(let v) = try evaluate(env) else { throw .dimensionMismatch("expected a scalar") }
        return v
    }
}

extension Constraint {
    /// Truth value at a point (vector comparisons: for every coordinate).
    @_specialize(exported: true, where T == Double)
    @_specialize(exported: true, where T == Float)
    @_specialize(exported: true, where T == Rational)
    public func evaluate<T: EvaluationScalar>(_ env: Environment<T>) throws(EvaluationError) -> Bool {
        try Evaluator(env: env).truth(node)
    }
}

struct Evaluator<T: EvaluationScalar> {
    let env: Environment<T>

    typealias V = Value<T>

    /// The truth of a condition: `whole` is its reading as a constraint (a vector comparison
    /// holds when it holds in every coordinate); `coords`, present when it compares vectors,
    /// is its coordinate-wise reading (used by a vector `ite`), or the error of a coordinate
    /// where it is undefined although the whole reading is decided (`p ⇒ q` with p false as a
    /// whole and q undefined somewhere).
    struct Truth {
        var whole: Bool
        var coords: Result<[Bool], EvaluationError>?

        func at(_ i: Int) throws(EvaluationError) -> Bool {
            switch coords {
            case nil: return whole
            case .success(let cs)?: return cs[i]
            case .failure(let e)?: throw e
            }
        }
    }

    /// What one node evaluates to. Failures are values too, so that an `ite` or an
    /// implication that does not use a failing operand does not fail (`Definedness`: ite and
    /// ⇒ are guarded; everything else, `and`/`or` included, is strict). A vector `ite` is
    /// guarded coordinate by coordinate: where a branch it needs fails as a whole, it is
    /// evaluated coordinate by coordinate (`Instantiation.coordinate`), so that it fails only
    /// when some coordinate it takes is undefined — the reading of `Instantiation.expand`.
    enum Slot {
        case number(V)
        case condition(Truth)
        case failed(EvaluationError)
    }

    func run(_ root: Node) -> Slot {
        var memo: [Int: Slot] = [:]
        root.postOrder { n in
            let kids = n.args.map { memo[$0.id] ?? .failed(.domain("internal: missing operand")) }
            memo[n.id] = slot(n, kids)
        }
        return memo[root.id] ?? .failed(.domain("internal: no value"))
    }

    func value(_ root: Node) throws(EvaluationError) -> V {
        switch run(root) {
        case .number(let v): return v
        case .failed(let e): throw e
        case .condition: throw .domain("a condition is not a number")
        }
    }

    func truth(_ root: Node) throws(EvaluationError) -> Bool {
        switch run(root) {
        case .condition(let t): return t.whole
        case .failed(let e): throw e
        case .number: throw .domain("not a condition")
        }
    }

    func slot(_ n: Node, _ kids: [Slot]) -> Slot {
        do throws(EvaluationError) {
            switch n.op {
            case .boolean(let b): return .condition(Truth(whole: b, coords: nil))
            case .le, .lt, .eq:
                try strict(kids)
                let a = try number(kids[0])
                let b = try number(kids[1])
                let (xs, ys) = try broadcast(a, b)
                let cs = zip(xs, ys).map { compare(n.op, $0, $1) }
                let isVector = a.vectorValue != nil || b.vectorValue != nil
                return .condition(Truth(whole: !cs.contains(false), coords: isVector ? .success(cs) : nil))
            case .not:
                let t = try condition(kids[0])
                return .condition(Truth(whole: !t.whole, coords: t.coords.map { $0.map { $0.map { !$0 } } }))
            case .and, .or:
                // Strict: every operand is evaluated, and any failure is the result's.
                try strict(kids)
                let isAnd = n.op == .and
                var ts: [Truth] = []
                for k in kids { ts.append(try condition(k)) }
                let whole = isAnd ? ts.allSatisfy(\.whole) : ts.contains(where: \.whole)
                let coords = combine(ts) { bs in isAnd ? !bs.contains(false) : bs.contains(true) }
                return .condition(Truth(whole: whole, coords: coords))
            case .implies:
                // Guarded: the consequent is read only where the antecedent holds (as a whole,
                // and coordinate by coordinate for the coordinate-wise reading).
                let a = try condition(kids[0])
                let b: Truth
                do throws(EvaluationError) {
                    b = try condition(kids[1])
                } catch {
                    guard !a.whole else { throw error }
                    // Some coordinate of a may still hold: its coordinate-wise reading needs b.
                    let none: Bool
                    switch a.coords {
                    case nil: none = true
                    case .success(let cs)?: none = !cs.contains(true)
                    case .failure?: none = false
                    }
                    let coords: Result<[Bool], EvaluationError>? =
                        a.coords.map { c in none ? c.map { $0.map { _ in true } } : .failure(error) }
                    return .condition(Truth(whole: true, coords: coords))
                }
                let coords = combine([a, b]) { bs in !bs[0] || bs[1] }
                return .condition(Truth(whole: !a.whole || b.whole, coords: coords))
            case .ite:
                guard n.sort.isVector else {
                    // Guarded: only the chosen branch is read.
                    return try condition(kids[0]).whole ? kids[1] : kids[2]
                }
                do throws(EvaluationError) {
                    return .number(try vectorChoice(kids))
                } catch {
                    return coordinateByCoordinate(n, kids)
                }
            default:
                try strict(kids)
                var args: [V] = []
                for k in kids { args.append(try number(k)) }
                return .number(try step(n, args))
            }
        } catch {
            return .failed(error)
        }
    }

    /// A vector ite from its operands' values: coordinate i of the branch its condition
    /// chooses at i. Throws when the condition or a branch it needs failed.
    func vectorChoice(_ kids: [Slot]) throws(EvaluationError) -> V {
        let c = try condition(kids[0])
        var dim: Int?
        if case .success(let cs)? = c.coords { dim = cs.count }
        for k in kids.dropFirst() {
            if case .number(.vector(let xs)) = k {
                if let d = dim, d != xs.count { throw .dimensionMismatch("\(d) vs \(xs.count) coordinates") }
                dim = xs.count
            }
        }
        guard let d = dim else { throw .dimensionMismatch("a vector ite needs a vector operand") }
        var out: [T] = []
        out.reserveCapacity(d)
        for i in 0..<d {
            out.append(try at(try number(try c.at(i) ? kids[1] : kids[2]), i))
        }
        return .vector(out)
    }

    /// A vector ite evaluated coordinate by coordinate: fails when some coordinate fails
    /// (an undefined coordinate decides the error over one that is merely not rational).
    func coordinateByCoordinate(_ n: Node, _ kids: [Slot]) -> Slot {
        var d: Int?
        if case .vector(let name) = n.sort { d = length(of: name) }
        if d == nil, case .condition(let t) = kids[0], case .success(let cs)? = t.coords { d = cs.count }
        for k in kids.dropFirst() where d == nil {
            if case .number(.vector(let xs)) = k { d = xs.count }
        }
        guard let count = d else { return .failed(.dimensionMismatch("a vector ite needs a vector operand")) }
        var out: [T] = []
        out.reserveCapacity(count)
        var irrational: EvaluationError?
        for i in 0..<count {
            do throws(EvaluationError) {
                let node: Node
                do throws(ShapeError) {
                    node = try Instantiation.coordinate(n, i + 1)
                } catch {
                    throw .domain(error.message)
                }
                guard case .scalar(let v) = try value(node) else { throw .dimensionMismatch("a coordinate is not a scalar") }
                out.append(v)
            } catch {
                guard case .notRational = error else { return .failed(error) }
                if irrational == nil { irrational = error }
                out.append(T.zeroValue)
            }
        }
        if let e = irrational { return .failed(e) }
        return .number(.vector(out))
    }

    /// Coordinate-wise combination of conditions (scalar conditions broadcast); nil when
    /// none of them compares vectors.
    func combine(_ ts: [Truth], _ f: ([Bool]) -> Bool) -> Result<[Bool], EvaluationError>? {
        var dim: Int?
        for t in ts {
            switch t.coords {
            case nil: continue
            case .failure(let e)?: return .failure(e)
            case .success(let c)?:
                if let d = dim, d != c.count { return .failure(.dimensionMismatch("\(d) vs \(c.count) coordinates")) }
                dim = c.count
            }
        }
        guard let d = dim else { return nil }
        var out: [Bool] = []
        for i in 0..<d {
            var bs: [Bool] = []
            for t in ts {
                guard let b = try? t.at(i) else { return .failure(.domain("internal: coordinate missing")) }
                bs.append(b)
            }
            out.append(f(bs))
        }
        return .success(out)
    }

    func number(_ s: Slot) throws(EvaluationError) -> V {
        switch s {
        case .number(let v): return v
        case .failed(let e): throw e
        case .condition: throw .domain("a condition is not a number")
        }
    }

    /// A strict operation fails when an operand fails; an operand that is undefined
    /// (division by zero, outside the domain) decides the error over one whose value is
    /// merely not rational, so "undefined" is never reported as "irrational".
    func strict(_ kids: [Slot]) throws(EvaluationError) {
        var first: EvaluationError?
        for k in kids {
            guard case .failed(let e) = k else { continue }
            if case .notRational = e {
                if first == nil { first = e }
                continue
            }
            throw e
        }
        if let e = first { throw e }
    }

    func condition(_ s: Slot) throws(EvaluationError) -> Truth {
        switch s {
        case .condition(let t): return t
        case .failed(let e): throw e
        case .number: throw .domain("a number is not a condition")
        }
    }

    func compare(_ op: Op, _ x: T, _ y: T) -> Bool {
        switch op {
        case .le: return x <= y
        case .lt: return x < y
        default: return x == y
        }
    }

    func at(_ v: V, _ i: Int) throws(EvaluationError) -> T {
        switch v {
        case .scalar(let s): return s
        case .vector(let xs):
            guard i < xs.count else { throw .dimensionMismatch("coordinate \(i + 1) of a \(xs.count)-vector") }
            return xs[i]
        }
    }

    func broadcast(_ a: V, _ b: V) throws(EvaluationError) -> ([T], [T]) {
        switch (a, b) {
        case (.scalar(let x), .scalar(let y)): return ([x], [y])
        case (.scalar(let x), .vector(let ys)): return (Array(repeating: x, count: ys.count), ys)
        case (.vector(let xs), .scalar(let y)): return (xs, Array(repeating: y, count: xs.count))
        case (.vector(let xs), .vector(let ys)):
            guard xs.count == ys.count else { throw .dimensionMismatch("\(xs.count) vs \(ys.count) coordinates") }
            return (xs, ys)
        }
    }

    /// Applies a coordinate-wise n-ary function.
    func lift(_ vs: [V], _ f: ([T]) throws(EvaluationError) -> T) throws(EvaluationError) -> V {
        var dim: Int?
        for v in vs {
            if case .vector(let xs) = v {
                if let d = dim, d != xs.count { throw .dimensionMismatch("\(d) vs \(xs.count) coordinates") }
                dim = xs.count
            }
        }
        guard let d = dim else {
            return .scalar(try f(vs.map { $0.scalarValue ?? T.zeroValue }))
        }
        var out: [T] = []
        out.reserveCapacity(d)
        // An undefined coordinate decides the error over one that is merely not rational.
        var irrational: EvaluationError?
        for i in 0..<d {
            var xs: [T] = []
            for v in vs { xs.append(try at(v, i)) }
            do throws(EvaluationError) {
                out.append(try f(xs))
            } catch {
                guard case .notRational = error else { throw error }
                if irrational == nil { irrational = error }
                out.append(T.zeroValue)
            }
        }
        if let e = irrational { throw e }
        return .vector(out)
    }

    /// The length of the vectors of dimension `dim` at this point (from any such symbol).
    func length(of dim: String) -> Int? {
        for (k, v) in env where k.shape == .vector(dim: dim) {
            if case .vector(let xs) = v { return xs.count }
        }
        return nil
    }

    /// The coordinates of a reduction's argument; a scalar (a vector expression that folded
    /// to one, or a scalar ite branch) broadcasts to the dimension of the argument's sort.
    func coordinates(_ v: V, of argument: Node? = nil) throws(EvaluationError) -> [T] {
        switch v {
        case .vector(let xs): return xs
        case .scalar(let s):
            if case .vector(let d)? = argument?.sort, let count = length(of: d) { return Array(repeating: s, count: count) }
            throw .dimensionMismatch("a reduction needs a vector")
        }
    }

    func step(_ n: Node, _ args: [V]) throws(EvaluationError) -> V {
        switch n.op {
        case .constant(let r): return .scalar(T(rational: r))
        case .symbol(let s):
            if let v = env[s] { return v }
            if let i = s.index, case .vector(let xs)? = env[Symbol(s.name, shape: .vector(dim: "d"))] ?? anyVector(named: s.name) {
                guard i >= 1 && i <= xs.count else { throw .dimensionMismatch("\(s) of a \(xs.count)-vector") }
                return .scalar(xs[i - 1])
            }
            throw .unbound(s)
        case .add: return try lift(args) { xs in xs.dropFirst().reduce(xs[0], +) }
        case .mul: return try lift(args) { xs in xs.dropFirst().reduce(xs[0], *) }
        case .power(let r): return try lift(args) { (xs: [T]) throws(EvaluationError) in try xs[0].raised(to: r) }
        case .sign:
            // ±1 or 0 without building a Rational per coordinate (the same values).
            return try lift(args) { xs in
                let s = xs[0].signValue
                return s > 0 ? T.oneValue : (s < 0 ? -T.oneValue : T.zeroValue)
            }
        case .abs: return try lift(args) { xs in xs[0].signValue < 0 ? -xs[0] : xs[0] }
        case .relu: return try lift(args) { xs in xs[0].signValue > 0 ? xs[0] : T.zeroValue }
        case .max: return try lift(args) { xs in xs.dropFirst().reduce(xs[0]) { Swift.max($0, $1) } }
        case .min: return try lift(args) { xs in xs.dropFirst().reduce(xs[0]) { Swift.min($0, $1) } }
        case .clip:
            return try lift(args) { (xs: [T]) throws(EvaluationError) in
                guard xs[1] <= xs[2] else { throw .domain("clip with lower bound above upper bound") }
                return Swift.min(Swift.max(xs[0], xs[1]), xs[2])
            }
        case .sqrt: return try lift(args) { (xs: [T]) throws(EvaluationError) in try xs[0].squareRootValue() }
        case .exp: return try lift(args) { (xs: [T]) throws(EvaluationError) in try xs[0].expValue() }
        case .log: return try lift(args) { (xs: [T]) throws(EvaluationError) in try xs[0].logValue() }
        case .ite: throw .domain("internal: ite is evaluated lazily")
        case .sum: return .scalar(try coordinates(args[0], of: n.args[0]).reduce(T.zeroValue, +))
        case .norm1: return .scalar(try coordinates(args[0], of: n.args[0]).reduce(T.zeroValue) { $0 + ($1.signValue < 0 ? -$1 : $1) })
        case .norm2: return .scalar(try coordinates(args[0], of: n.args[0]).reduce(T.zeroValue) { $0 + $1 * $1 }.squareRootValue())
        case .normInf:
            return .scalar(try coordinates(args[0], of: n.args[0]).reduce(T.zeroValue) { Swift.max($0, $1.signValue < 0 ? -$1 : $1) })
        case .normP(let p):
            var acc = T.zeroValue
            for x in try coordinates(args[0], of: n.args[0]) { acc = acc + (try (x.signValue < 0 ? -x : x).raised(to: p)) }
            guard let inv = p.reciprocal else { throw .domain("norm with p = 0") }
            return .scalar(try acc.raised(to: inv))
        case .dot:
            var (a, b) = try broadcast(args[0], args[1])
            if args[0].vectorValue == nil && args[1].vectorValue == nil {
                // Both folded to scalars at this point: broadcast to the operands' dimension.
                let dims = n.args.compactMap { if case .vector(let d) = $0.sort { d } else { nil } }
                guard let d = dims.first, let count = length(of: d) else { throw .dimensionMismatch("dot needs vectors") }
                (a, b) = (Array(repeating: a[0], count: count), Array(repeating: b[0], count: count))
            }
            return .scalar(zip(a, b).reduce(T.zeroValue) { $0 + $1.0 * $1.1 })
        case .boolean, .le, .lt, .eq, .not, .and, .or, .implies:
            throw .domain("a condition is not a number")
        }
    }

    func anyVector(named name: String) -> V? {
        for (k, v) in env where k.name == name && k.isVector { return v }
        return nil
    }
}
