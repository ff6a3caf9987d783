import Dynamics
import Foundation
public import Symbolic

/// The centre c of ½‖x − c‖², kept without a vector when it is one number or two
/// alternating numbers, so that a run at d = 10⁷ stores no centre at all.
public enum Center: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Every coordinate c.
    case constant(Rational)
    /// c₁ = a, c₂ = b, c₃ = a, … (the command line's default is a = 1, b = −1).
    case alternating(Rational, Rational)
    /// One number per coordinate.
    case values([Rational])

    /// cᵢ for the 0-based coordinate i.
    public func exact(_ i: Int) -> Rational {
        switch self {
        case .constant(let c): return c
        case .alternating(let a, let b): return i % 2 == 0 ? a : b
        case .values(let v): return v[i]
        }
    }

    public var description: String {
        switch self {
        case .constant(let c): return "\(c) in every coordinate"
        case .alternating(let a, let b): return "(\(a), \(b), \(a), …)"
        case .values(let v): return "(" + v.map(\.description).joined(separator: ", ") + ")"
        }
    }
}

/// cᵢ in Double, read inside the fused step and record passes.
protocol CenterSource: Sendable {
    func at(_ i: Int) -> Double
}

struct ConstantCenter: CenterSource {
    let c: Double
    @inline(__always) func at(_ i: Int) -> Double { c }
}

struct AlternatingCenter: CenterSource {
    let even: Double, odd: Double
    @inline(__always) func at(_ i: Int) -> Double { i & 1 == 0 ? even : odd }
}

struct ArrayCenter: CenterSource {
    let p: SendablePointer<Double>
    @inline(__always) func at(_ i: Int) -> Double { p.p[i] }
}

/// f(x) = ½‖x − c‖² with c a `Center`: the objective the command line's float and double
/// runs use at any d. The simulator recognises it and computes ∇f = x − c inside the step
/// (no gradient vector) and f inside the record pass; exact values as for any quadratic.
public struct CenteredQuadratic: Objective {
    public let dimension: Int
    public let center: Center
    /// The centre in Double when it is a list (empty otherwise).
    let values: [Double]
    /// c at even and odd coordinates in Double when it is one number or two alternating ones
    /// (converted once: `Rational.doubleValue` per coordinate dominated runs that call `value`
    /// and `gradient`, e.g. with a user-defined κ).
    let even: Double, odd: Double

    public var name: String { "quadratic ½‖x − c‖², c = \(center)" }

    public init(dimension: Int, center: Center) {
        if case .values(let v) = center { precondition(v.count == dimension, "centre of the wrong length") }
        self.dimension = dimension
        self.center = center
        if case .values(let v) = center { values = v.map(\.doubleValue) } else { values = [] }
        switch center {
        case .constant(let c): (even, odd) = (c.doubleValue, c.doubleValue)
        case .alternating(let a, let b): (even, odd) = (a.doubleValue, b.doubleValue)
        case .values: (even, odd) = (0, 0)
        }
    }

    /// cᵢ in Double.
    @inline(__always) func c(_ i: Int) -> Double { values.isEmpty ? (i & 1 == 0 ? even : odd) : values[i] }

    public func value<T: SimScalar>(_ x: UnsafeBufferPointer<T>) -> T {
        var s = 0.0
        for i in 0..<dimension {
            let u = Double(x[i]) - c(i)
            s += 0.5 * u * u
        }
        return T(s)
    }

    public func gradient<T: SimScalar>(_ x: UnsafeBufferPointer<T>, into g: UnsafeMutableBufferPointer<T>) {
        for i in 0..<dimension { g[i] = T(Double(x[i]) - c(i)) }
    }

    public func exactValue(_ x: [Rational]) -> Rational? {
        var s: Rational = 0
        for i in 0..<dimension {
            let u = x[i] - center.exact(i)
            s += u * u / 2
        }
        return s
    }

    public func exactGradient(_ x: [Rational]) -> [Rational]? {
        (0..<dimension).map { x[$0] - center.exact($0) }
    }
}
