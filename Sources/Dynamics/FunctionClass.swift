public import Symbolic
public import Verification

/// A class of objectives f known only at finitely many named points (theory.md §5 uses
/// f at x_t and x_{t+1}). For each point p the encoding gives a scalar f(p) and a gradient
/// ∇f(p) — fresh variables `f_at_p` and `grad_f_at_p` (same shape as p), or, for
/// `expression`, the substituted formula — and hypotheses relating them.
///
/// Soundness: every hypothesis is a *necessary* condition of the class (it holds for every
/// f in it), so a claim proved under them holds for every f in the class. `exact` says
/// whether the conditions are also sufficient (every set of values satisfying them is
/// interpolated by some f in the class); when they are not, a counterexample is a set of
/// values satisfying the conditions, not necessarily the values of a function in the class.
///
/// - `expression(f, variable:)`: f given; f(p) = f[variable := p], ∇f(p) from the DSL
///   derivative (implementation convention sign(0) = 0). No variables, no hypotheses.
/// - `quadratic(hessian:)`: f(x) = ½ Σ hᵢxᵢ² + ⟨b, x⟩ + c with b, c unknown and each hᵢ
///   the exact value of the domain, or a vector variable `h_f` with hᵢ in the domain.
///   With p₀ the first point, for every other q: ∇f(q) − ∇f(p₀) = h∘(q − p₀) and
///   f(q) − f(p₀) = ½⟨∇f(p₀) + ∇f(q), q − p₀⟩. Exact: given such values, b = ∇f(p₀) − h∘p₀
///   and c = f(p₀) − ½Σhᵢp₀ᵢ² − ⟨b, p₀⟩ define a quadratic taking them.
/// - `lSmooth(L)`: the descent lemma both ways for every ordered pair,
///   |f(q) − f(p) − ⟨∇f(p), q − p⟩| ≤ L/2‖q − p‖², and L ≥ 0. A relaxation.
/// - `convexLSmooth(L)`: the interpolation conditions of Taylor, Hendrickx and Glineur
///   (2017, Theorem 4 with μ = 0) for every ordered pair, multiplied by 2L:
///   2L(f(p) − f(q) − ⟨∇f(q), p − q⟩) ≥ ‖∇f(p) − ∇f(q)‖², and L ≥ 0; and convexity,
///   f(p) − f(q) − ⟨∇f(q), p − q⟩ ≥ 0, which those imply for L > 0 but which alone makes f
///   affine at L = 0 (without it f's values were free there). Exact for L ≥ 0.
/// - `stronglyConvex(mu:, L:)` with L: f − μ/2‖·‖² is convex and (L − μ)-smooth, so for
///   every ordered pair 2(L − μ)(f(p) − f(q) − ⟨∇f(q), p − q⟩ − μ/2‖p − q‖²) ≥
///   ‖∇f(p) − ∇f(q) − μ(p − q)‖², and μ ≤ L, L ≥ 0. This is Theorem 4 of Taylor et al.
///   rewritten (the equivalence is checked by a test); and μ-strong convexity,
///   f(p) − f(q) − ⟨∇f(q), p − q⟩ − μ/2‖p − q‖² ≥ 0, implied for μ < L, needed at μ = L
///   (f = μ/2‖·‖² + affine). Exact for 0 ≤ μ ≤ L.
/// - `stronglyConvex(mu:, L: nil)`: f(p) ≥ f(q) + ⟨∇f(q), p − q⟩ + μ/2‖p − q‖² for every
///   ordered pair; `convex` is μ = 0. Exact when ∇f(p) may be a subgradient (f closed,
///   convex, possibly non-differentiable); for differentiable f a relaxation.
public enum FunctionClass: Sendable {
    case expression(Expr, variable: Symbol)
    case quadratic(hessian: ParameterDomain)
    case lSmooth(Expr)
    case convexLSmooth(Expr)
    case stronglyConvex(mu: Expr, L: Expr?)
    case convex

    /// The name used in claim files ("l-smooth", …).
    public var name: String {
        switch self {
        case .expression: return "expression"
        case .quadratic: return "quadratic"
        case .lSmooth: return "l-smooth"
        case .convexLSmooth: return "convex-l-smooth"
        case .stronglyConvex: return "strongly-convex"
        case .convex: return "convex"
        }
    }

    /// Whether the hypotheses are also sufficient (see the type's documentation).
    public var isExact: Bool {
        switch self {
        case .expression, .quadratic, .convexLSmooth, .stronglyConvex(_, L: _?): return true
        case .lSmooth, .stronglyConvex(_, L: nil), .convex: return false
        }
    }

    /// One line saying what the hypotheses mean, for reports.
    public var note: String {
        switch self {
        case .expression: return "f is the given expression (exact)"
        case .quadratic: return "f quadratic with diagonal Hessian in the given range: exact conditions"
        case .lSmooth:
            return "f L-smooth through the descent lemma at each pair of points: a relaxation (a counterexample is a set of values satisfying it, not necessarily a function)"
        case .convexLSmooth:
            return "f convex and L-smooth: interpolation conditions (Taylor, Hendrickx, Glineur 2017) and convexity, exact for L ≥ 0"
        case .stronglyConvex(_, L: _?):
            return "f μ-strongly convex and L-smooth: interpolation conditions (Taylor, Hendrickx, Glineur 2017, Thm 4) and strong convexity, exact for 0 ≤ μ ≤ L"
        case .stronglyConvex(_, L: nil):
            return "f μ-strongly convex: first-order conditions at each pair of points, exact with subgradients, a relaxation for differentiable f"
        case .convex:
            return "f convex: first-order conditions at each pair of points, exact with subgradients, a relaxation for differentiable f"
        }
    }

    /// The name of the variable holding f(point).
    public static func valueName(function: String = "f", point: String) -> String { "\(function)_at_\(point)" }
    /// The name of the variable holding ∇f(point).
    public static func gradientName(function: String = "f", point: String) -> String { "grad_\(function)_at_\(point)" }

    /// f(p) as used in claims: the substituted expression, or the variable `f_at_<name>`.
    public func value(at point: Expr, name: String, function: String = "f") -> Expr {
        if case .expression(let f, let v) = self { return f.substituting([v: point]) }
        return .scalar(Self.valueName(function: function, point: name))
    }

    /// ∇f(p) as used in claims: the substituted derivative, or the variable `grad_f_at_<name>`
    /// (a vector of p's dimension when p is a vector).
    public func gradient(at point: Expr, name: String, function: String = "f") throws(FunctionClassError) -> Expr {
        if case .expression(let f, let v) = self {
            do {
                return try f.derivative(withRespectTo: v, convention: .implementation).expr.substituting([v: point])
            } catch {
                throw FunctionClassError(message: "cannot derive ∇\(function): \(error)")
            }
        }
        return Expr(Self.gradientSymbol(point: point, name: name, function: function))
    }

    static func gradientSymbol(point: Expr, name: String, function: String) -> Symbol {
        let n = gradientName(function: function, point: name)
        if case .vector(let d) = point.sort { return .vector(n, dim: d) }
        return .scalar(n)
    }

    /// The encoding at the named points: values, gradients, fresh variables, hypotheses.
    public func encode(at points: [(name: String, point: Expr)], function: String = "f") throws(FunctionClassError) -> FunctionEncoding {
        var seen = Set<String>()
        for p in points where !seen.insert(p.name).inserted {
            throw FunctionClassError(message: "the point '\(p.name)' is given twice")
        }
        // A vector expression may fold to the constant 0 (x − x): it fits any shape.
        let shaped = points.filter { $0.point.constantValue != 0 }
        if let first = shaped.first, let other = shaped.first(where: { $0.point.sort != first.point.sort }) {
            throw FunctionClassError(message: "the points '\(first.name)' and '\(other.name)' have different shapes")
        }
        if case .expression(let f, let v) = self {
            guard f.sort == .real else { throw FunctionClassError(message: "\(function) must be a scalar expression") }
            if let p = shaped.first(where: { $0.point.isVector != v.isVector }) {
                throw FunctionClassError(message: "the point '\(p.name)' and the variable '\(v.name)' of \(function) have different shapes")
            }
        }
        var enc = FunctionEncoding(function: function, functionClass: self)
        var f: [Expr] = []
        var g: [Expr] = []
        for p in points {
            let fv = value(at: p.point, name: p.name, function: function)
            let gv = try gradient(at: p.point, name: p.name, function: function)
            enc.values[p.name] = fv
            enc.gradients[p.name] = gv
            if case .expression = self { continue }
            enc.variables.append(.scalar(Self.valueName(function: function, point: p.name)))
            enc.variables.append(Self.gradientSymbol(point: p.point, name: p.name, function: function))
            f.append(fv)
            g.append(gv)
        }
        let x = points.map(\.point)
        let n = points.count
        var hyps: [Constraint] = []
        func nonnegative(_ c: Expr, _ what: String) throws(FunctionClassError) {
            if let v = c.constantValue {
                guard v >= 0 else { throw FunctionClassError(message: "\(what) must be >= 0, got \(v)") }
            } else {
                hyps.append(c .>= 0)
            }
        }
        switch self {
        case .expression:
            break
        case .quadratic(let dom):
            guard !dom.isEmpty else { throw FunctionClassError(message: "the Hessian range \(dom) is empty") }
            var h: Expr
            if let v = dom.exactValue {
                h = Expr(v)
            } else {
                let name = "h_\(function)"
                let sym: Symbol
                if let first = x.first, case .vector(let d) = first.sort { sym = .vector(name, dim: d) } else { sym = .scalar(name) }
                h = Expr(sym)
                enc.variables.append(sym)
                hyps.append(dom.constraint(for: h))
            }
            for j in 1..<max(n, 1) {
                hyps.append(g[j] - g[0] .== h * (x[j] - x[0]))
                hyps.append(f[j] - f[0] .== inner(g[0] + g[j], x[j] - x[0]) / 2)
            }
        case .lSmooth(let L):
            try nonnegative(L, "L")
            for i in 0..<n {
                for j in 0..<n where i != j {
                    let r = f[j] - f[i] - inner(g[i], x[j] - x[i])
                    let b = L / 2 * normSquared(x[j] - x[i])
                    hyps.append(r .<= b)
                    hyps.append(-b .<= r)
                }
            }
        case .convexLSmooth(let L):
            try nonnegative(L, "L")
            for i in 0..<n {
                for j in 0..<n where i != j {
                    hyps.append(2 * L * (f[i] - f[j] - inner(g[j], x[i] - x[j])) .>= normSquared(g[i] - g[j]))
                    // Convexity itself: implied by the line above when L > 0, but at L = 0 that
                    // line says only ∇f(p) = ∇f(q), and the values of f would be free.
                    hyps.append(f[i] - f[j] - inner(g[j], x[i] - x[j]) .>= 0)
                }
            }
        case .stronglyConvex(let mu, let L?):
            try nonnegative(L, "L")
            if let a = mu.constantValue, let b = L.constantValue {
                guard a <= b else { throw FunctionClassError(message: "mu must be <= L, got mu = \(a), L = \(b)") }
            } else {
                hyps.append(mu .<= L)
            }
            for i in 0..<n {
                for j in 0..<n where i != j {
                    let dx = x[i] - x[j]
                    let gap = f[i] - f[j] - inner(g[j], dx) - mu / 2 * normSquared(dx)
                    hyps.append(2 * (L - mu) * gap .>= normSquared(g[i] - g[j] - mu * dx))
                    // μ-strong convexity itself: implied by the line above when μ < L, but at
                    // μ = L that line fixes only the gradients, and the values of f would be free.
                    hyps.append(gap .>= 0)
                }
            }
        case .stronglyConvex(_, nil), .convex:
            var m = Expr(0)
            if case .stronglyConvex(let mu, nil) = self { m = mu }
            for i in 0..<n {
                for j in 0..<n where i != j {
                    let dx = x[i] - x[j]
                    hyps.append(f[i] .>= f[j] + inner(g[j], dx) + m / 2 * normSquared(dx))
                }
            }
        }
        enc.hypotheses = hyps
        return enc
    }
}

/// ⟨a, b⟩ for vectors; a·b for scalars; a scalar times a vector is Σ of the product (a
/// scalar broadcasts as the constant vector).
func inner(_ a: Expr, _ b: Expr) -> Expr {
    if a.isVector && b.isVector { return dot(a, b) }
    let p = a * b
    return p.isVector ? sum(p) : p
}

/// ‖v‖² (v² for a scalar).
func normSquared(_ v: Expr) -> Expr { v.isVector ? sum(v.squared) : v.squared }

/// f known at named points: its values and gradients there, the fresh variables they use
/// and the hypotheses of the class (see `FunctionClass`).
public struct FunctionEncoding: Sendable {
    public var function: String
    public var functionClass: FunctionClass
    /// f(p) by point name.
    public var values: [String: Expr] = [:]
    /// ∇f(p) by point name.
    public var gradients: [String: Expr] = [:]
    /// Fresh variables (values, gradients, the Hessian `h_f` of a quadratic with a range).
    public var variables: [Symbol] = []
    /// Necessary conditions of the class at the points.
    public var hypotheses: [Constraint] = []
    /// Whether the hypotheses are also sufficient.
    public var isExact: Bool { functionClass.isExact }
    /// One line for reports.
    public var note: String { functionClass.note }
}

/// A function class that cannot be encoded at the given points.
public struct FunctionClassError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
