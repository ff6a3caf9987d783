public import Dynamics
public import Symbolic

/// A κ the user gives as expressions rather than a library name (`lionk simulate --K …`, the
/// same pieces as `lionk kappa check --K …`): K as a scalar expression of the vector x, and
/// optionally ∇K (else derived, sign(0) = 0), K* as an expression of the vector y and dom K*
/// as a condition on y. The simulator evaluates them in its working precision (Rational for
/// exact runs) — nothing here checks that ∇K is a subgradient of K or K* its conjugate:
/// `lionk kappa check --K …` does. H is computed only when K* is given; it is +∞ (nil)
/// where y = λx fails the domain.
public struct CustomKappa: Sendable, Codable, Hashable {
    public var K: String
    public var gradient: String?
    public var conjugate: String?
    public var domain: String?

    public init(K: String, gradient: String? = nil, conjugate: String? = nil, domain: String? = nil) {
        self.K = K
        self.gradient = gradient
        self.conjugate = conjugate
        self.domain = domain
    }

    /// The κ's name in reports and plot titles: K written out.
    public var name: String { "K(x) = \(K)" }

    /// Parses and derives the pieces; the error names the piece ("K", "grad", "conjugate",
    /// "domain") and the column.
    public func compiled() throws(KappaTextError) -> CompiledKappa {
        let kappa = try Kappa.parse(
            K: K, variable: "x", gradient: gradient, conjugate: conjugate, conjugateVariable: "y", domain: domain,
            deriveConjugateGradient: true)
        let x = Expr.vector("x"), y = Expr.vector("y")
        let k = kappa.K(x), g = kappa.gradient(x)
        guard g.isVector else {
            throw KappaTextError(piece: "grad", parseError: nil, message: "∇K must be a vector expression of x, got the scalar \(g)")
        }
        var cg: Expr? = nil
        if conjugate != nil, let f = kappa.conjugateGradient { cg = f(y) }
        return CompiledKappa(
            K: k, gradient: g, conjugate: conjugate == nil ? nil : kappa.conjugate(y),
            domain: domain == nil ? nil : kappa.conjugateDomain(y), conjugateGradient: cg,
            usesCoordinates: [k, g].contains { $0.usesCoordinates } || (cg?.usesCoordinates ?? false))
    }
}

/// A `CustomKappa` parsed, ready to evaluate.
public struct CompiledKappa: Sendable {
    public let K: Expr
    public let gradient: Expr
    public let conjugate: Expr?
    public let domain: Constraint?
    /// ∇K* derived from K* (x̃ of theory.md §5), when it could be.
    public let conjugateGradient: Expr?
    /// The text writes coordinates x[i] / y[i]: every coordinate is bound too.
    let usesCoordinates: Bool

    func environment<T: EvaluationScalar>(_ name: String, _ v: [T]) -> Environment<T> {
        var env: Environment<T> = [.vector(name): .vector(v)]
        if usesCoordinates {
            for i in 0..<v.count { env[.coordinate(name, i + 1)] = .scalar(v[i]) }
        }
        return env
    }

    /// ∇K(c) in T (Rational for exact runs: an error where the value is not rational).
    public func gradient<T: EvaluationScalar>(at c: [T]) throws(EvaluationError) -> [T] {
        switch try gradient.evaluate(environment("x", c)) {
        case .vector(let v):
            guard v.count == c.count else { throw .dimensionMismatch("∇K has \(v.count) coordinates at d = \(c.count)") }
            return v
        case .scalar(let s):
            return [T](repeating: s, count: c.count)
        }
    }

    /// K(m); nil where it is undefined.
    public func value(_ m: [Double]) -> Double? {
        (try? K.evaluateScalar(environment("x", m))).flatMap { $0.isFinite ? $0 : nil }
    }

    /// K*(y): nil when K* is not given, y is outside the domain, or K* is undefined at y.
    public func conjugateValue(_ y: [Double]) -> Double? {
        guard let conjugate else { return nil }
        let env = environment("y", y)
        if let domain {
            guard (try? domain.evaluate(env)) == true else { return nil }
        }
        return (try? conjugate.evaluateScalar(env)).flatMap { $0.isFinite ? $0 : nil }
    }

    /// ∇K*(y), nil when it is not available or undefined at y.
    public func conjugateGradient(at y: [Double]) -> [Double]? {
        guard let cg = conjugateGradient, let v = try? cg.evaluate(environment("y", y)) else { return nil }
        switch v {
        case .vector(let a): return a.count == y.count ? a : nil
        case .scalar(let s): return [Double](repeating: s, count: y.count)
        }
    }
}

extension Expr {
    /// Whether a coordinate symbol x[i] occurs.
    var usesCoordinates: Bool {
        node.contains(where: { n in
            if case .symbol(let s) = n.op, s.index != nil { return true }
            return false
        })
    }
}
