/// A numeric expression (scalar or vector of symbolic dimension): an immutable,
/// `Sendable` handle on an interned DAG node. Equality is structural identity of the
/// canonical form, so `Expr`s are cheap to hash and compare.
///
/// Build expressions like the math:
/// ```swift
/// let x = Expr.vector("x"), m = Expr.vector("m"), g = Expr.vector("g")
/// let b1 = Expr.scalar("beta1")
/// let mt = b1 * m - (1 - b1) * g
/// ```
public struct Expr: Hashable, Sendable {
    public let node: Node

    public init(_ node: Node) {
        precondition(node.sort != .bool, "Expr wraps a numeric node; use Constraint for conditions")
        self.node = node
    }

    public static func == (a: Expr, b: Expr) -> Bool { a.node === b.node }
    public func hash(into h: inout Hasher) { h.combine(node.id) }

    // MARK: leaves

    public init(_ r: Rational) { self.init(Build.constant(r)) }
    public init(_ n: Int) { self.init(Rational(n)) }
    /// p/q exactly.
    public init(_ p: Int, _ q: Int) { self.init(Rational(p, q)) }
    public init(_ s: Symbol) { self.init(Build.symbol(s)) }

    /// An exact constant from text ("9/10", "0.99", "1e-3"); nil if not a number.
    public static func number(_ text: String) -> Expr? { Rational(text).map(Expr.init) }

    public static func scalar(_ name: String) -> Expr { Expr(Symbol.scalar(name)) }
    public static func vector(_ name: String, dim: String = "d") -> Expr { Expr(Symbol.vector(name, dim: dim)) }

    public var sort: Sort { node.sort }
    public var isVector: Bool { node.sort.isVector }
    public var constantValue: Rational? { node.constantValue }
    public var symbols: Set<Symbol> { node.symbols }
}

extension Expr: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(value) }
}

/// A condition: comparison, conjunction, disjunction, negation, implication.
/// Vector comparisons mean "for every coordinate".
public struct Constraint: Hashable, Sendable {
    public let node: Node

    public init(_ node: Node) {
        precondition(node.sort == .bool, "Constraint wraps a boolean node")
        self.node = node
    }

    public static func == (a: Constraint, b: Constraint) -> Bool { a.node === b.node }
    public func hash(into h: inout Hasher) { h.combine(node.id) }

    public static let `true` = Constraint(Build.boolean(true))
    public static let `false` = Constraint(Build.boolean(false))
    public var symbols: Set<Symbol> { node.symbols }
}

extension Constraint: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) { self.init(Build.boolean(value)) }
}

// MARK: - Operators (few overloads on purpose: they keep type-checking fast)

/// Shape errors in the Swift DSL are programming errors (like an out-of-range index).
/// The text parser checks shapes itself and reports them as errors instead.
@inline(__always)
func built(_ f: () throws -> Node) -> Node {
    do { return try f() } catch { preconditionFailure("lionk DSL: \(error)") }
}

extension Expr {
    public static func + (a: Expr, b: Expr) -> Expr { Expr(built { try Build.add([a.node, b.node]) }) }
    public static func - (a: Expr, b: Expr) -> Expr { Expr(built { try Build.sub(a.node, b.node) }) }
    public static func * (a: Expr, b: Expr) -> Expr { Expr(built { try Build.mul([a.node, b.node]) }) }
    public static func / (a: Expr, b: Expr) -> Expr { Expr(built { try Build.div(a.node, b.node) }) }
    public static prefix func - (a: Expr) -> Expr { Expr(built { try Build.neg(a.node) }) }
    public static func += (a: inout Expr, b: Expr) { a = a + b }
    public static func -= (a: inout Expr, b: Expr) { a = a - b }
    public static func *= (a: inout Expr, b: Expr) { a = a * b }

    /// self^k for an integer k.
    public func pow(_ k: Int) -> Expr { Expr(built { try Build.power(node, Rational(k)) }) }
    /// self^r for a rational r (a non-integer r requires self ≥ 0).
    public func pow(_ r: Rational) -> Expr { Expr(built { try Build.power(node, r) }) }
    public var squared: Expr { pow(2) }

    public static func .<= (a: Expr, b: Expr) -> Constraint { Constraint(built { try Build.compare(.le, a.node, b.node) }) }
    public static func .< (a: Expr, b: Expr) -> Constraint { Constraint(built { try Build.compare(.lt, a.node, b.node) }) }
    public static func .>= (a: Expr, b: Expr) -> Constraint { Constraint(built { try Build.compare(.le, b.node, a.node) }) }
    public static func .> (a: Expr, b: Expr) -> Constraint { Constraint(built { try Build.compare(.lt, b.node, a.node) }) }
    public static func .== (a: Expr, b: Expr) -> Constraint { Constraint(built { try Build.compare(.eq, a.node, b.node) }) }
    public static func .!= (a: Expr, b: Expr) -> Constraint { !(a .== b) }
}

infix operator ==> : ImplicationPrecedence
precedencegroup ImplicationPrecedence {
    associativity: right
    lowerThan: LogicalDisjunctionPrecedence
}

extension Constraint {
    public static func && (a: Constraint, b: Constraint) -> Constraint { Constraint(built { try Build.and([a.node, b.node]) }) }
    public static func || (a: Constraint, b: Constraint) -> Constraint { Constraint(built { try Build.or([a.node, b.node]) }) }
    public static prefix func ! (a: Constraint) -> Constraint { Constraint(built { try Build.not(a.node) }) }
    public static func ==> (a: Constraint, b: Constraint) -> Constraint { Constraint(built { try Build.implies(a.node, b.node) }) }
}

// MARK: - Functions

public func all(_ cs: [Constraint]) -> Constraint { Constraint(built { try Build.and(cs.map(\.node)) }) }
public func any(_ cs: [Constraint]) -> Constraint { Constraint(built { try Build.or(cs.map(\.node)) }) }

/// Σ of several expressions (faster to type-check than a long chain of `+`).
public func sum(_ terms: [Expr]) -> Expr { Expr(built { try Build.add(terms.map(\.node)) }) }
/// Π of several expressions.
public func product(_ factors: [Expr]) -> Expr { Expr(built { try Build.mul(factors.map(\.node)) }) }

public func pow(_ e: Expr, _ k: Int) -> Expr { e.pow(k) }
public func sign(_ e: Expr) -> Expr { Expr(built { try Build.sign(e.node) }) }
public func abs(_ e: Expr) -> Expr { Expr(built { try Build.abs(e.node) }) }
public func relu(_ e: Expr) -> Expr { Expr(built { try Build.relu(e.node) }) }
public func sqrt(_ e: Expr) -> Expr { Expr(built { try Build.sqrt(e.node) }) }
public func exp(_ e: Expr) -> Expr { Expr(built { try Build.exp(e.node) }) }
public func log(_ e: Expr) -> Expr { Expr(built { try Build.log(e.node) }) }
public func max(_ a: Expr, _ b: Expr, _ rest: Expr...) -> Expr { Expr(built { try Build.maxOrMin(true, ([a, b] + rest).map(\.node)) }) }
public func min(_ a: Expr, _ b: Expr, _ rest: Expr...) -> Expr { Expr(built { try Build.maxOrMin(false, ([a, b] + rest).map(\.node)) }) }
public func clip(_ x: Expr, _ lo: Expr, _ hi: Expr) -> Expr { Expr(built { try Build.clip(x.node, lo.node, hi.node) }) }
public func ite(_ c: Constraint, _ a: Expr, _ b: Expr) -> Expr { Expr(built { try Build.ite(c.node, a.node, b.node) }) }

/// Σᵢ vᵢ of a vector.
public func sum(_ v: Expr) -> Expr { Expr(built { try Build.reduce(.sum, v.node) }) }
/// ⟨a, b⟩.
public func dot(_ a: Expr, _ b: Expr) -> Expr { Expr(built { try Build.dot(a.node, b.node) }) }
/// ‖v‖₁.
public func norm1(_ v: Expr) -> Expr { Expr(built { try Build.reduce(.norm1, v.node) }) }
/// ‖v‖₂.
public func norm2(_ v: Expr) -> Expr { Expr(built { try Build.reduce(.norm2, v.node) }) }
/// ‖v‖∞.
public func normInf(_ v: Expr) -> Expr { Expr(built { try Build.reduce(.normInf, v.node) }) }
/// ‖v‖_p for a rational p ≥ 1.
public func norm(_ v: Expr, p: Rational) -> Expr { Expr(built { try Build.reduce(.normP(p), v.node) }) }
