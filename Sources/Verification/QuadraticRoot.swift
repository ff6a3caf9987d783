import Foundation
public import Symbolic

/// A real root of an integer quadratic p(u) = a·u² + b·u + c (a > 0, gcd(a, b, c) = 1, the
/// discriminant positive and not a square, so the root is irrational), with a closed rational
/// bracket [lower, upper] in which it is the only root of p: an irrational end of a synthesis
/// answer named exactly ("√2", "(1 + √5)/2") instead of by a rational approximation.
///
/// Every comparison with a rational is exact (integer arithmetic on the discriminant); the
/// Double approximation is for plots only.
public struct QuadraticRoot: Sendable, Hashable, CustomStringConvertible {
    public let a: Int
    public let b: Int
    public let c: Int
    /// The root (−b + √D)/(2a) when true, (−b − √D)/(2a) when false.
    public let plus: Bool
    public let lower: Rational
    public let upper: Rational

    var discriminant: Int { b * b - 4 * a * c }

    /// p(u) as an expression.
    public func polynomial(_ u: Expr) -> Expr { Expr(Rational(a)) * u * u + Expr(Rational(b)) * u + Expr(Rational(c)) }

    /// p(t), exactly.
    public func value(at t: Rational) -> Rational { Rational(a) * t * t + Rational(b) * t + Rational(c) }

    /// +1 when the root lies above t, −1 below (never equal: the root is irrational).
    public func compare(_ t: Rational) -> Int { Self.compare(a: a, b: b, d: discriminant, plus: plus, t) }

    static func compare(a: Int, b: Int, d: Int, plus: Bool, _ t: Rational) -> Int {
        // root > t  ⇔  ±√D > r with r = 2a·t + b.
        let r = Rational(2 * a) * t + Rational(b)
        let dq = Rational(d)
        if plus { return r.signum < 0 || dq > r * r ? 1 : -1 }
        return r.signum < 0 && dq < r * r ? 1 : -1
    }

    public var approximation: Double { (Double(-b) + (plus ? 1 : -1) * Double(discriminant).squareRoot()) / Double(2 * a) }

    /// (P + Q√m)/d in lowest terms, m square-free.
    var parts: (p: Int, q: Int, m: Int, d: Int) {
        var m = discriminant
        var k = 1
        var f = 2
        while f * f <= m {
            while m % (f * f) == 0 {
                m /= f * f
                k *= f
            }
            f += 1
        }
        let g = gcd(gcd(abs(b), k), 2 * a)
        return (-b / g, (plus ? k : -k) / g, m, 2 * a / g)
    }

    public var description: String {
        let (p, q, m, d) = parts
        let root = abs(q) == 1 ? "√\(m)" : "\(abs(q))√\(m)"
        let numerator = p == 0 ? (q < 0 ? "−" : "") + root : "\(p) \(q < 0 ? "−" : "+") \(root)"
        if d == 1 { return numerator }
        return p == 0 ? "\(numerator)/\(d)" : "(\(numerator))/\(d)"
    }

    public var latex: String {
        let (p, q, m, d) = parts
        let root = abs(q) == 1 ? "\\sqrt{\(m)}" : "\(abs(q))\\sqrt{\(m)}"
        let numerator = p == 0 ? (q < 0 ? "-" : "") + root : "\(p) \(q < 0 ? "-" : "+") \(root)"
        return d == 1 ? numerator : "\\frac{\(numerator)}{\(d)}"
    }

    /// p as text in the variable `u`, e.g. "c^2 - 2", "2*c^2 - 2*c - 1".
    public func polynomialText(_ u: String) -> String {
        var out = (a == 1 ? "" : "\(a)*") + "\(u)^2"
        if b != 0 { out += (b < 0 ? " - " : " + ") + (abs(b) == 1 ? "" : "\(abs(b))*") + u }
        if c != 0 { out += (c < 0 ? " - " : " + ") + "\(abs(c))" }
        return out
    }

    /// The roots of small integer quadratics (a ≤ maxA, |b|, |c| ≤ maxBC) that lie in
    /// [l, h] with no other root of their quadratic there, simplest first.
    public static func candidates(in l: Rational, _ h: Rational, maxA: Int = 8, maxBC: Int = 16) -> [QuadraticRoot] {
        guard l < h else { return [] }
        let lo = l.doubleValue, hi = h.doubleValue, slack = max(1e-9, (hi - lo))
        var out: [QuadraticRoot] = []
        for a in 1...maxA {
            for b in -maxBC...maxBC {
                for c in -maxBC...maxBC where gcd(gcd(a, abs(b)), abs(c)) == 1 {
                    let d = b * b - 4 * a * c
                    guard d > 0, !isSquare(d) else { continue }
                    for plus in [true, false] {
                        // A cheap filter in Double; the exact comparisons decide.
                        let approx = (Double(-b) + (plus ? 1 : -1) * Double(d).squareRoot()) / Double(2 * a)
                        guard approx > lo - slack, approx < hi + slack else { continue }
                        guard compare(a: a, b: b, d: d, plus: plus, l) > 0, compare(a: a, b: b, d: d, plus: plus, h) < 0 else { continue }
                        // The other root must lie outside [l, h].
                        let other = (compare(a: a, b: b, d: d, plus: !plus, l), compare(a: a, b: b, d: d, plus: !plus, h))
                        guard other.0 < 0 || other.1 > 0 else { continue }
                        out.append(QuadraticRoot(a: a, b: b, c: c, plus: plus, lower: l, upper: h))
                    }
                }
            }
        }
        return out.sorted { ($0.height, $0.a, abs($0.b), abs($0.c)) < ($1.height, $1.a, abs($1.b), abs($1.c)) }
    }

    var height: Int { max(a, abs(b), abs(c)) }

    static func isSquare(_ n: Int) -> Bool {
        let r = Int(Double(n).squareRoot())
        return (max(0, r - 1)...(r + 1)).contains { $0 * $0 == n }
    }
}

private func gcd(_ x: Int, _ y: Int) -> Int {
    var (p, q) = (abs(x), abs(y))
    while q != 0 { (p, q) = (q, p % q) }
    return p
}
