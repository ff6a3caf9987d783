import Dynamics
import Foundation
public import Symbolic

/// A differentiable objective f: ℝᵈ → ℝ, evaluated in Float, Double and (where its values
/// are rational) exactly.
public protocol Objective: Sendable {
    var dimension: Int { get }
    var name: String { get }
    /// How the gradient is obtained: "analytic", "symbolic derivative" or
    /// "central differences (approximate)".
    var gradientMethod: String { get }
    func value<T: SimScalar>(_ x: UnsafeBufferPointer<T>) -> T
    func gradient<T: SimScalar>(_ x: UnsafeBufferPointer<T>, into g: UnsafeMutableBufferPointer<T>)
    /// f(x) exactly, or nil if f leaves the rationals.
    func exactValue(_ x: [Rational]) -> Rational?
    /// ∇f(x) exactly, or nil.
    func exactGradient(_ x: [Rational]) -> [Rational]?
}

extension Objective {
    public var gradientMethod: String { "analytic" }
    public func exactValue(_ x: [Rational]) -> Rational? { nil }
    public func exactGradient(_ x: [Rational]) -> [Rational]? { nil }

    /// f(x) for an array.
    public func value<T: SimScalar>(_ x: [T]) -> T { x.withUnsafeBufferPointer { value($0) } }

    /// ∇f(x) for an array.
    public func gradient<T: SimScalar>(_ x: [T]) -> [T] {
        var g = [T](repeating: 0, count: x.count)
        x.withUnsafeBufferPointer { xb in g.withUnsafeMutableBufferPointer { gradient(xb, into: $0) } }
        return g
    }
}

// MARK: - Quadratic

/// f(x) = offset + ⟨b, x − c⟩ + ½ (x − c)ᵀ H (x − c), H diagonal or dense (symmetric).
public struct QuadraticObjective: Objective {
    public enum Hessian: Sendable, Hashable {
        case diagonal([Rational])
        /// Row-major d×d, symmetric.
        case dense([[Rational]])
        /// a·I.
        case scaledIdentity(Rational)
    }

    public let dimension: Int
    public let hessian: Hessian
    public let center: [Rational]
    public let linear: [Rational]?
    public let offset: Rational
    // Double copies for the floating kernels.
    let diagD: [Double]
    let denseD: [Double]
    let centerD: [Double]
    let linearD: [Double]

    public var name: String {
        switch hessian {
        case .diagonal: return "quadratic (diagonal Hessian)"
        case .dense: return "quadratic (dense Hessian)"
        case .scaledIdentity(let a): return "quadratic (Hessian \(a)·I)"
        }
    }

    public init(hessian: Hessian, center: [Rational], linear: [Rational]? = nil, offset: Rational = 0) {
        let d = center.count
        switch hessian {
        case .diagonal(let h): precondition(h.count == d, "diagonal of the wrong length")
        case .dense(let rows): precondition(rows.count == d && rows.allSatisfy { $0.count == d }, "Hessian not d×d")
        case .scaledIdentity: break
        }
        if let b = linear { precondition(b.count == d, "linear term of the wrong length") }
        self.dimension = d
        self.hessian = hessian
        self.center = center
        self.linear = linear
        self.offset = offset
        switch hessian {
        case .diagonal(let h): diagD = h.map(\.doubleValue); denseD = []
        case .scaledIdentity(let a): diagD = Array(repeating: a.doubleValue, count: d); denseD = []
        case .dense(let rows): diagD = []; denseD = rows.flatMap { $0.map(\.doubleValue) }
        }
        centerD = center.map(\.doubleValue)
        linearD = linear?.map(\.doubleValue) ?? []
    }

    /// ½‖x − c‖² (the objective of the minimiser check, theory.md §2).
    public static func halfSquaredDistance(to c: [Rational]) -> QuadraticObjective {
        QuadraticObjective(hessian: .scaledIdentity(1), center: c)
    }

    public func value<T: SimScalar>(_ x: UnsafeBufferPointer<T>) -> T {
        let d = dimension
        var s = 0.0
        if denseD.isEmpty {
            for i in 0..<d {
                let u = Double(x[i]) - centerD[i]
                s += 0.5 * diagD[i] * u * u
            }
        } else {
            for i in 0..<d {
                let ui = Double(x[i]) - centerD[i]
                var row = 0.0
                for j in 0..<d { row += denseD[i * d + j] * (Double(x[j]) - centerD[j]) }
                s += 0.5 * ui * row
            }
        }
        if !linearD.isEmpty { for i in 0..<d { s += linearD[i] * (Double(x[i]) - centerD[i]) } }
        return T(s + offset.doubleValue)
    }

    public func gradient<T: SimScalar>(_ x: UnsafeBufferPointer<T>, into g: UnsafeMutableBufferPointer<T>) {
        let d = dimension
        let hasLinear = !linearD.isEmpty
        if denseD.isEmpty {
            for i in 0..<d {
                g[i] = T(diagD[i] * (Double(x[i]) - centerD[i]) + (hasLinear ? linearD[i] : 0))
            }
        } else {
            for i in 0..<d {
                var row = hasLinear ? linearD[i] : 0
                for j in 0..<d { row += denseD[i * d + j] * (Double(x[j]) - centerD[j]) }
                g[i] = T(row)
            }
        }
    }

    func hessianRow(_ i: Int) -> [Rational] {
        switch hessian {
        case .diagonal(let h): return (0..<dimension).map { $0 == i ? h[i] : 0 }
        case .scaledIdentity(let a): return (0..<dimension).map { $0 == i ? a : 0 }
        case .dense(let rows): return rows[i]
        }
    }

    public func exactGradient(_ x: [Rational]) -> [Rational]? {
        let u = zip(x, center).map { $0 - $1 }
        return (0..<dimension).map { i in
            var s = linear?[i] ?? 0
            switch hessian {
            case .diagonal(let h): s += h[i] * u[i]
            case .scaledIdentity(let a): s += a * u[i]
            case .dense(let rows): for j in 0..<dimension { s += rows[i][j] * u[j] }
            }
            return s
        }
    }

    public func exactValue(_ x: [Rational]) -> Rational? {
        let u = zip(x, center).map { $0 - $1 }
        var s = offset
        for i in 0..<dimension {
            if let b = linear { s += b[i] * u[i] }
            let row = hessianRow(i)
            var r: Rational = 0
            for j in 0..<dimension where !row[j].isZero { r += row[j] * u[j] }
            s += u[i] * r / 2
        }
        return s
    }
}

// MARK: - Rosenbrock

/// f(x) = Σ_{i<d} 100 (x_{i+1} − x_i²)² + (1 − x_i)², minimum 0 at (1, …, 1).
public struct RosenbrockObjective: Objective {
    public let dimension: Int
    public var name: String { "rosenbrock" }
    public init(dimension: Int = 2) {
        precondition(dimension >= 2, "Rosenbrock needs d ≥ 2")
        self.dimension = dimension
    }

    public func value<T: SimScalar>(_ x: UnsafeBufferPointer<T>) -> T {
        var s = 0.0
        for i in 0..<(dimension - 1) {
            let a = Double(x[i]), b = Double(x[i + 1])
            s += 100 * (b - a * a) * (b - a * a) + (1 - a) * (1 - a)
        }
        return T(s)
    }

    public func gradient<T: SimScalar>(_ x: UnsafeBufferPointer<T>, into g: UnsafeMutableBufferPointer<T>) {
        for i in 0..<dimension { g[i] = 0 }
        for i in 0..<(dimension - 1) {
            let a = Double(x[i]), b = Double(x[i + 1])
            g[i] += T(-400 * a * (b - a * a) - 2 * (1 - a))
            g[i + 1] += T(200 * (b - a * a))
        }
    }

    public func exactValue(_ x: [Rational]) -> Rational? {
        var s: Rational = 0
        for i in 0..<(dimension - 1) {
            let u = x[i + 1] - x[i] * x[i], v = 1 - x[i]
            s += 100 * u * u + v * v
        }
        return s
    }

    public func exactGradient(_ x: [Rational]) -> [Rational]? {
        var g = [Rational](repeating: 0, count: dimension)
        for i in 0..<(dimension - 1) {
            let u = x[i + 1] - x[i] * x[i]
            g[i] += -400 * x[i] * u - 2 * (1 - x[i])
            g[i + 1] += 200 * u
        }
        return g
    }
}

// MARK: - Logistic regression

/// f(w) = (1/n) Σ log(1 + exp(−y_k ⟨a_k, w⟩)) + (reg/2)‖w‖² on a synthetic data set:
/// a_k ~ N(0, I), labels y_k = sign(⟨a_k, w*⟩ + 0.5·noise) with w* ~ N(0, I), all from
/// SplitMix64(seed).
public struct LogisticObjective: Objective {
    public let dimension: Int
    public let samples: Int
    public let regularization: Double
    public let seed: UInt64
    /// Row-major n×d features, labels ±1.
    public let features: [Double]
    public let labels: [Double]
    public var name: String { "logistic regression (n = \(samples), d = \(dimension), seed = \(seed))" }

    public init(dimension: Int, samples: Int, regularization: Double = 1e-3, seed: UInt64 = 1) {
        self.dimension = dimension
        self.samples = samples
        self.regularization = regularization
        self.seed = seed
        var rng = SplitMix64(seed: seed)
        let wStar = (0..<dimension).map { _ in rng.normal() }
        var a = [Double](), y = [Double]()
        a.reserveCapacity(samples * dimension)
        for _ in 0..<samples {
            var z = 0.0
            for j in 0..<dimension {
                let v = rng.normal()
                a.append(v)
                z += v * wStar[j]
            }
            y.append(z + 0.5 * rng.normal() >= 0 ? 1 : -1)
        }
        features = a
        labels = y
    }

    /// log(1 + e^t) without overflow.
    static func softplus(_ t: Double) -> Double { t > 0 ? t + Foundation.log1p(Foundation.exp(-t)) : Foundation.log1p(Foundation.exp(t)) }

    public func value<T: SimScalar>(_ w: UnsafeBufferPointer<T>) -> T {
        var s = 0.0
        for k in 0..<samples {
            var z = 0.0
            for j in 0..<dimension { z += features[k * dimension + j] * Double(w[j]) }
            s += Self.softplus(-labels[k] * z)
        }
        var r = 0.0
        for j in 0..<dimension { r += Double(w[j]) * Double(w[j]) }
        return T(s / Double(samples) + regularization / 2 * r)
    }

    public func gradient<T: SimScalar>(_ w: UnsafeBufferPointer<T>, into g: UnsafeMutableBufferPointer<T>) {
        var acc = [Double](repeating: 0, count: dimension)
        for k in 0..<samples {
            var z = 0.0
            for j in 0..<dimension { z += features[k * dimension + j] * Double(w[j]) }
            let t = -labels[k] * z
            let sig = t >= 0 ? 1 / (1 + Foundation.exp(-t)) : Foundation.exp(t) / (1 + Foundation.exp(t))
            let coef = -labels[k] * sig
            for j in 0..<dimension { acc[j] += coef * features[k * dimension + j] }
        }
        for j in 0..<dimension { g[j] = T(acc[j] / Double(samples) + regularization * Double(w[j])) }
    }
}

// MARK: - DSL expression

/// Any scalar DSL expression of one vector symbol (default `x`). The gradient is the
/// Symbolic reverse-mode derivative (implementation convention at kinks) when it can be
/// formed; otherwise central differences (approximate, labelled in `gradientMethod`).
public struct ExpressionObjective: Objective {
    public let dimension: Int
    public let expr: Expr
    public let variable: Symbol
    public let gradientExpr: Expr?
    /// ∂f/∂x[i] of the expansion at `dimension`, when the vector derivative is not available.
    public let coordinateGradients: [Expr]?
    /// Fixed values of the other symbols (parameters).
    public let parameters: [Symbol: Rational]
    public var name: String { "expression \(expr)" }
    public var gradientMethod: String { gradientExpr == nil && coordinateGradients == nil ? "central differences (approximate)" : "symbolic derivative" }

    public init(_ expr: Expr, variable: Symbol = .vector("x"), dimension: Int, parameters: [Symbol: Rational] = [:]) {
        self.expr = expr
        self.variable = variable
        self.dimension = dimension
        self.parameters = parameters
        if let ge = try? expr.derivative(withRespectTo: variable, convention: .implementation).expr {
            self.gradientExpr = ge
            self.coordinateGradients = nil
        } else if let expanded = try? expr.expanded(dim: dimension),
                  let parts = try? (1...dimension).map({ i throws(DerivativeError) in
                      try expanded.derivative(withRespectTo: .coordinate(variable.name, i), convention: .implementation).expr
                  })
        {
            // Coordinates x[i] in the text: differentiate the expansion coordinate by coordinate.
            self.gradientExpr = nil
            self.coordinateGradients = parts
        } else {
            self.gradientExpr = nil
            self.coordinateGradients = nil
        }
    }

    /// Parses `text` with `variable` declared as a vector and the parameters as scalars.
    public init(parsing text: String, variable: String = "x", dimension: Int, parameters: [String: Rational] = [:]) throws {
        var table = SymbolTable()
        let v = Symbol.vector(variable)
        table.declare(v)
        for p in parameters.keys { table.declare(.scalar(p)) }
        let e = try Parser.expression(text, symbols: table)
        self.init(e, variable: v, dimension: dimension,
                  parameters: Dictionary(uniqueKeysWithValues: parameters.map { (Symbol.scalar($0.key), $0.value) }))
    }

    func environment<T: EvaluationScalar>(_ x: [T]) -> Environment<T> {
        var env: Environment<T> = [variable: .vector(x)]
        for i in 0..<x.count { env[.coordinate(variable.name, i + 1)] = .scalar(x[i]) }
        for (s, r) in parameters { env[s] = .scalar(T(rational: r)) }
        return env
    }

    public func value<T: SimScalar>(_ x: UnsafeBufferPointer<T>) -> T {
        (try? expr.evaluateScalar(environment(Array(x)))) ?? .nan
    }

    public func gradient<T: SimScalar>(_ x: UnsafeBufferPointer<T>, into g: UnsafeMutableBufferPointer<T>) {
        let xs = Array(x)
        if let ge = gradientExpr {
            switch try? ge.evaluate(environment(xs)) {
            case .vector(let v)?: for i in 0..<dimension { g[i] = v[i] }
            case .scalar(let s)?: for i in 0..<dimension { g[i] = s }
            case nil: for i in 0..<dimension { g[i] = .nan }
            }
            return
        }
        if let parts = coordinateGradients {
            let env = environment(xs)
            for i in 0..<dimension { g[i] = (try? parts[i].evaluateScalar(env)) ?? .nan }
            return
        }
        // Central differences in Double.
        var xd = xs.map { Double($0) }
        for i in 0..<dimension {
            let h = 1e-6 * max(1, abs(xd[i]))
            let keep = xd[i]
            xd[i] = keep + h
            let fp = (try? expr.evaluateScalar(environment(xd))) ?? .nan
            xd[i] = keep - h
            let fm = (try? expr.evaluateScalar(environment(xd))) ?? .nan
            xd[i] = keep
            g[i] = T((fp - fm) / (2 * h))
        }
    }

    public func exactValue(_ x: [Rational]) -> Rational? { try? expr.evaluateScalar(environment(x)) }

    public func exactGradient(_ x: [Rational]) -> [Rational]? {
        if let parts = coordinateGradients {
            let env = environment(x)
            var out: [Rational] = []
            for p in parts {
                guard let v = try? p.evaluateScalar(env) else { return nil }
                out.append(v)
            }
            return out
        }
        guard let ge = gradientExpr else { return nil }
        switch try? ge.evaluate(environment(x)) {
        case .vector(let v)?: return v
        case .scalar(let s)?: return Array(repeating: s, count: dimension)
        case nil: return nil
        }
    }
}
