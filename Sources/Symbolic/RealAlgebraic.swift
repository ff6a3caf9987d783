import Foundation
import Synchronization

// Exact arithmetic with real algebraic numbers, for checking a counterexample whose values
// are not all rational.
//
// The ℓp encodings make irrational models unavoidable in places: |y|^(3/2) is the w ≥ 0 with
// w⁴ = y⁶, irrational unless |y| is a rational square, and at d = 2 no rational point can
// make both |y₁|^(3/2) and the norm rational (a³ + b³ = c³ has no solution in positive
// rationals). A solver's model gives such a value as a root of an integer polynomial inside
// an interval. This file decides the sign of p(α) for a polynomial p exactly, by
// polynomial gcd (is p(α) = 0?) and interval arithmetic over the rationals on an interval
// around α that is bisected until the enclosure of p excludes 0 — no floating point.
//
// `AlgebraicScalar` evaluates an expression in Q(α) for one algebraic α per expression (any
// number of rational values beside it); a term that combines two different irrational
// numbers is not decided here (the check then says so, and the caller keeps its answer
// unchecked).

/// A polynomial in one variable with rational coefficients, lowest degree first.
public struct RationalPolynomial: Sendable, Hashable, CustomStringConvertible {
    /// c₀ + c₁t + … ; no trailing zeros (the zero polynomial has none).
    public private(set) var coefficients: [Rational]

    public init(_ coefficients: [Rational]) {
        var c = coefficients
        while let last = c.last, last.isZero { c.removeLast() }
        self.coefficients = c
    }

    public static let zero = RationalPolynomial([])
    public static let one = RationalPolynomial([.one])
    /// The polynomial t.
    public static let variable = RationalPolynomial([.zero, .one])
    public static func constant(_ r: Rational) -> RationalPolynomial { RationalPolynomial([r]) }

    /// −1 for the zero polynomial.
    public var degree: Int { coefficients.count - 1 }
    public var isZero: Bool { coefficients.isEmpty }
    /// The value of a polynomial of degree ≤ 0.
    public var constantValue: Rational? { degree <= 0 ? (coefficients.first ?? .zero) : nil }
    var leading: Rational { coefficients.last ?? .zero }

    public var description: String {
        if isZero { return "0" }
        var terms: [String] = []
        for (k, c) in coefficients.enumerated().reversed() where !c.isZero {
            let mono = k == 0 ? "" : (k == 1 ? "t" : "t^\(k)")
            if mono.isEmpty { terms.append(c.description) } else if c == .one { terms.append(mono) } else if c == -Rational.one {
                terms.append("-" + mono)
            } else { terms.append("\(c)*\(mono)") }
        }
        return terms.joined(separator: " + ").replacingOccurrences(of: "+ -", with: "- ")
    }

    /// p(x), exactly (Horner).
    public func value(at x: Rational) -> Rational {
        coefficients.reversed().reduce(Rational.zero) { $0 * x + $1 }
    }

    /// An interval that contains p(x) for every x in [lower, upper] (interval Horner, exact).
    public func enclosure(_ lower: Rational, _ upper: Rational) -> (lower: Rational, upper: Rational) {
        var lo = Rational.zero, hi = Rational.zero
        for c in coefficients.reversed() {
            let products = [lo * lower, lo * upper, hi * lower, hi * upper]
            lo = products.min()! + c
            hi = products.max()! + c
        }
        return (lo, hi)
    }

    public static func + (a: RationalPolynomial, b: RationalPolynomial) -> RationalPolynomial {
        var c = [Rational](repeating: .zero, count: max(a.coefficients.count, b.coefficients.count))
        for (i, x) in a.coefficients.enumerated() { c[i] += x }
        for (i, x) in b.coefficients.enumerated() { c[i] += x }
        return RationalPolynomial(c)
    }

    public static prefix func - (a: RationalPolynomial) -> RationalPolynomial { RationalPolynomial(a.coefficients.map { -$0 }) }
    public static func - (a: RationalPolynomial, b: RationalPolynomial) -> RationalPolynomial { a + (-b) }

    public static func * (a: RationalPolynomial, b: RationalPolynomial) -> RationalPolynomial {
        if a.isZero || b.isZero { return .zero }
        var c = [Rational](repeating: .zero, count: a.coefficients.count + b.coefficients.count - 1)
        for (i, x) in a.coefficients.enumerated() where !x.isZero {
            for (j, y) in b.coefficients.enumerated() { c[i + j] += x * y }
        }
        return RationalPolynomial(c)
    }

    func scaled(by r: Rational) -> RationalPolynomial { RationalPolynomial(coefficients.map { $0 * r }) }

    /// Quotient and remainder of the division by a nonzero polynomial.
    public func divided(by d: RationalPolynomial) -> (quotient: RationalPolynomial, remainder: RationalPolynomial) {
        precondition(!d.isZero, "division by the zero polynomial")
        var r = coefficients
        let n = d.degree
        guard degree >= n else { return (.zero, self) }
        var q = [Rational](repeating: .zero, count: degree - n + 1)
        let lead = d.leading
        for k in stride(from: degree - n, through: 0, by: -1) {
            let f = r[k + n] / lead
            q[k] = f
            if f.isZero { continue }
            for (j, c) in d.coefficients.enumerated() { r[k + j] -= f * c }
        }
        return (RationalPolynomial(q), RationalPolynomial(Array(r.prefix(n))))
    }

    public func remainder(_ d: RationalPolynomial) -> RationalPolynomial { divided(by: d).remainder }

    /// This polynomial divided by its leading coefficient (zero stays zero).
    public var monic: RationalPolynomial { isZero ? self : scaled(by: Rational.one / leading) }

    /// The monic greatest common divisor (zero when both are zero).
    public static func gcd(_ a: RationalPolynomial, _ b: RationalPolynomial) -> RationalPolynomial {
        var (x, y) = (a, b)
        while !y.isZero { (x, y) = (y, x.remainder(y)) }
        return x.monic
    }

    public var derivative: RationalPolynomial {
        RationalPolynomial(coefficients.enumerated().dropFirst().map { k, c in c * Rational(k) })
    }

    /// The product of the distinct irreducible factors (same roots, each simple).
    public var squarefreePart: RationalPolynomial {
        guard degree >= 1 else { return self }
        return divided(by: Self.gcd(self, derivative)).quotient.monic
    }

    /// The number of distinct real roots in (a, b] of a squarefree polynomial (Sturm).
    func rootCount(above a: Rational, upTo b: Rational) -> Int {
        var chain = [self, derivative]
        while let last = chain.last, !last.isZero, last.degree > 0 {
            let r = chain[chain.count - 2].remainder(last)
            if r.isZero { break }
            chain.append(-r)
        }
        func variations(_ x: Rational) -> Int {
            var count = 0, previous = 0
            for p in chain {
                let s = p.value(at: x).signum
                if s == 0 { continue }
                if previous != 0 && s != previous { count += 1 }
                previous = s
            }
            return count
        }
        return variations(a) - variations(b)
    }
}

/// A real algebraic number: the only root of a squarefree polynomial in an open interval
/// whose ends are not roots (or a rational, when the interval has shrunk to it).
public struct RealAlgebraicNumber: Sendable, Hashable, CustomStringConvertible {
    public let polynomial: RationalPolynomial
    public private(set) var lower: Rational
    public private(set) var upper: Rational

    /// Nil unless the polynomial has exactly one root in (lower, upper) and none at the ends
    /// (checked exactly, by Sturm's theorem).
    public init?(polynomial: RationalPolynomial, lower: Rational, upper: Rational) {
        let p = polynomial.squarefreePart
        guard p.degree >= 1, lower < upper, !p.value(at: lower).isZero, !p.value(at: upper).isZero,
            p.rootCount(above: lower, upTo: upper) == 1
        else { return nil }
        self.polynomial = p
        self.lower = lower
        self.upper = upper
    }

    public var description: String { "the root of \(polynomial) in (\(lower), \(upper))" }

    /// The value, when the interval has shrunk to a rational root.
    var rationalValue: Rational? { lower == upper ? lower : nil }

    /// Halves the interval, keeping the root.
    mutating func refine() {
        guard lower < upper else { return }
        let mid = (lower + upper) / 2
        let pm = polynomial.value(at: mid)
        if pm.isZero {
            lower = mid
            upper = mid
        } else if polynomial.value(at: lower).signum * pm.signum < 0 {
            upper = mid
        } else {
            lower = mid
        }
    }

    /// The sign of q at this number, exactly; nil if not decided within `maxSteps` bisections.
    public mutating func sign(of q: RationalPolynomial, maxSteps: Int = 4000) -> Int? {
        if let r = rationalValue { return q.value(at: r).signum }
        let q = q.remainder(polynomial)
        if let c = q.constantValue { return c.signum }
        // q(α) = 0 iff α is a root of g = gcd(q, p): g divides p, so α is its only possible
        // root in the interval, simple, and then g changes sign across it.
        let g = RationalPolynomial.gcd(q, polynomial)
        if g.degree >= 1 && g.value(at: lower).signum * g.value(at: upper).signum < 0 { return 0 }
        // q(α) ≠ 0: the enclosure of q over the interval excludes 0 once it is narrow enough.
        for _ in 0..<maxSteps {
            if let r = rationalValue { return q.value(at: r).signum }
            let e = q.enclosure(lower, upper)
            if e.lower.signum > 0 { return 1 }
            if e.upper.signum < 0 { return -1 }
            refine()
        }
        return nil
    }

    /// A decimal approximation (for messages).
    public var approximation: Double { ((lower + upper) / 2).doubleValue }
}

/// The irrational numbers of one evaluation, and whether every sign it needed was decided.
public final class AlgebraicContext: Sendable {
    private struct State {
        var numbers: [RealAlgebraicNumber]
        var failure: String?
    }
    private let state: Mutex<State>

    public init(_ numbers: [RealAlgebraicNumber]) { state = Mutex(State(numbers: numbers, failure: nil)) }

    /// Why some step was not decided (nil: every sign and every operation was exact).
    public var failure: String? { state.withLock { $0.failure } }

    func fail(_ why: String) { state.withLock { if $0.failure == nil { $0.failure = why } } }

    func sign(of q: RationalPolynomial, at k: Int) -> Int {
        let s = state.withLock { st -> Int? in st.numbers[k].sign(of: q) }
        guard let s else {
            fail("the sign of a term at \(state.withLock { $0.numbers[k].description }) was not decided")
            return 0
        }
        return s
    }

    var polynomials: [RationalPolynomial] { state.withLock { $0.numbers.map(\.polynomial) } }
}

/// A value of Q(α) for one real algebraic α of a context (or a rational): an expression
/// evaluates in it exactly as long as no term combines two different irrational numbers.
public struct AlgebraicScalar: EvaluationScalar, CustomStringConvertible {
    let context: AlgebraicContext?
    /// The irrational number the value is a rational function of (nil: a rational).
    let root: Int?
    /// Numerator and denominator, reduced modulo the root's polynomial; the denominator is
    /// nonzero at the root.
    let numerator: RationalPolynomial
    let denominator: RationalPolynomial
    let modulus: RationalPolynomial?

    public init(rational: Rational) {
        context = nil
        root = nil
        numerator = .constant(rational)
        denominator = .one
        modulus = nil
    }

    /// The k-th number of the context.
    public init(_ context: AlgebraicContext, number k: Int) {
        self.context = context
        root = k
        let m = context.polynomials[k]
        modulus = m
        numerator = RationalPolynomial.variable.remainder(m)
        denominator = .one
    }

    init(_ context: AlgebraicContext?, _ root: Int?, _ modulus: RationalPolynomial?, _ n: RationalPolynomial, _ d: RationalPolynomial) {
        self.context = context
        var (n, d) = (n, d)
        if let m = modulus {
            n = n.remainder(m)
            d = d.remainder(m)
        }
        if let a = n.constantValue, let b = d.constantValue, !b.isZero {
            // A rational after all (√2·√2): it no longer depends on the number.
            self.root = nil
            self.modulus = nil
            numerator = .constant(a / b)
            denominator = .one
        } else {
            self.root = root
            self.modulus = modulus
            numerator = n
            denominator = d
        }
    }

    /// The value when it is rational (no irrational number involved).
    public var rational: Rational? {
        guard root == nil, let n = numerator.constantValue, let d = denominator.constantValue, !d.isZero else { return nil }
        return n / d
    }

    public var description: String { rational?.description ?? "(\(numerator))/(\(denominator)) at number \(root ?? -1)" }

    /// The common root of two values, or nil after recording a failure.
    static func joint(_ a: AlgebraicScalar, _ b: AlgebraicScalar) -> (AlgebraicContext?, Int?, RationalPolynomial?)? {
        let ctx = a.context ?? b.context
        switch (a.root, b.root) {
        case (nil, nil): return (ctx, nil, nil)
        case (let r?, nil): return (ctx, r, a.modulus)
        case (nil, let r?): return (ctx, r, b.modulus)
        case (let r?, let s?):
            if r == s { return (ctx, r, a.modulus) }
            ctx?.fail("a term combines two different irrational numbers")
            return nil
        }
    }

    public static func + (a: AlgebraicScalar, b: AlgebraicScalar) -> AlgebraicScalar {
        guard let (c, r, m) = joint(a, b) else { return a }
        if a.denominator == b.denominator {
            return AlgebraicScalar(c, r, m, a.numerator + b.numerator, a.denominator)
        }
        return AlgebraicScalar(c, r, m, a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator)
    }

    public static func * (a: AlgebraicScalar, b: AlgebraicScalar) -> AlgebraicScalar {
        guard let (c, r, m) = joint(a, b) else { return a }
        return AlgebraicScalar(c, r, m, a.numerator * b.numerator, a.denominator * b.denominator)
    }

    public static prefix func - (a: AlgebraicScalar) -> AlgebraicScalar {
        AlgebraicScalar(a.context, a.root, a.modulus, -a.numerator, a.denominator)
    }

    public static var zeroValue: AlgebraicScalar { AlgebraicScalar(rational: .zero) }
    public static var oneValue: AlgebraicScalar { AlgebraicScalar(rational: .one) }

    public var signValue: Int {
        if let q = rational { return q.signum }
        guard let k = root, let ctx = context else {
            // A rational with a polynomial part cannot occur (no root, constant parts).
            return numerator.constantValue.map { $0.signum * (denominator.constantValue?.signum ?? 1) } ?? 0
        }
        return ctx.sign(of: numerator, at: k) * ctx.sign(of: denominator, at: k)
    }

    public func reciprocalValue() throws(EvaluationError) -> AlgebraicScalar {
        guard signValue != 0 else { throw .divisionByZero }
        return AlgebraicScalar(context, root, modulus, denominator, numerator)
    }

    public func raised(to r: Rational) throws(EvaluationError) -> AlgebraicScalar {
        if let q = rational { return AlgebraicScalar(rational: try q.raised(to: r)) }
        guard let k = r.intValue else { throw .notRational("an irrational number to the power \(r)") }
        var base = k < 0 ? try reciprocalValue() : self
        var e = k.magnitude
        var acc = AlgebraicScalar.oneValue
        while e > 0 {
            if e & 1 == 1 { acc = acc * base }
            base = base * base
            e >>= 1
        }
        return acc
    }

    public func squareRootValue() throws(EvaluationError) -> AlgebraicScalar {
        guard let q = rational else { throw .notRational("sqrt of an irrational number") }
        return AlgebraicScalar(rational: try q.squareRootValue())
    }

    public func expValue() throws(EvaluationError) -> AlgebraicScalar {
        guard let q = rational else { throw .notRational("exp of an irrational number") }
        return AlgebraicScalar(rational: try q.expValue())
    }

    public func logValue() throws(EvaluationError) -> AlgebraicScalar {
        guard let q = rational else { throw .notRational("log of an irrational number") }
        return AlgebraicScalar(rational: try q.logValue())
    }

    public static func < (a: AlgebraicScalar, b: AlgebraicScalar) -> Bool { (a + -b).signValue < 0 }
    public static func == (a: AlgebraicScalar, b: AlgebraicScalar) -> Bool { (a + -b).signValue == 0 }
}

/// A point whose coordinates are rationals and real algebraic numbers, at which constraints
/// are evaluated exactly (`AlgebraicScalar`).
public struct AlgebraicPoint: Sendable {
    public let context: AlgebraicContext
    public private(set) var environment: Environment<AlgebraicScalar>
    /// The rational coordinates alone, for the ordinary exact evaluator.
    public private(set) var rationalEnvironment: Environment<Rational>

    public init(rationals: [Symbol: Rational], algebraic: [Symbol: RealAlgebraicNumber]) {
        let order = algebraic.keys.sorted()
        let ctx = AlgebraicContext(order.map { algebraic[$0]! })
        var env: Environment<AlgebraicScalar> = [:]
        for (s, r) in rationals { env[s] = .scalar(AlgebraicScalar(rational: r)) }
        for (k, s) in order.enumerated() { env[s] = .scalar(AlgebraicScalar(ctx, number: k)) }
        context = ctx
        environment = env
        rationalEnvironment = rationals.mapValues { .scalar($0) }
    }

    /// Gives a symbol a rational value.
    public mutating func set(_ s: Symbol, _ r: Rational) {
        rationalEnvironment[s] = .scalar(r)
        environment[s] = .scalar(AlgebraicScalar(rational: r))
    }

    /// The truth of a constraint here, or an error when some step is not exact (a term with
    /// two irrational numbers, a root of an irrational number, an undecided sign).
    public func holds(_ c: Constraint) throws(EvaluationError) -> Bool {
        let v: Bool = try c.evaluate(environment)
        if let why = context.failure { throw .notRational(why) }
        return v
    }

    /// The exact value of an expression here when it is rational, else nil.
    public func rationalValue(_ e: Expr) -> Rational? {
        if environment.count == rationalEnvironment.count { return try? e.evaluateScalar(rationalEnvironment) }
        guard let v = try? e.evaluateScalar(environment), context.failure == nil else { return nil }
        return v.rational
    }
}
