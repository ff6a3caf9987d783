public import BigInt

/// An exact rational number p/q with q > 0 and gcd(p, q) = 1, backed by big integers.
///
/// Every constant in lionk is a `Rational`: "0.9" means 9/10 exactly, "1e-3" means 1/1000.
/// Doubles appear only in the numeric simulator.
public struct Rational: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The numerator, carrying the sign.
    public let numerator: BigInt
    /// The denominator, always positive.
    public let denominator: BigInt

    /// Creates p/q in lowest terms. The denominator must be nonzero.
    public init(_ p: BigInt, _ q: BigInt) {
        precondition(!q.isZero, "Rational with zero denominator")
        var p = p
        var q = q
        if q.sign == .minus {
            p = -p
            q = -q
        }
        let g = p.magnitude.greatestCommonDivisor(with: q.magnitude)
        if g > 1 {
            let gi = BigInt(g)
            p /= gi
            q /= gi
        }
        numerator = p
        denominator = q
    }

    /// Creates the integer `n`.
    public init(_ n: Int) {
        numerator = BigInt(n)
        denominator = 1
    }

    /// Creates the integer `n`.
    public init(_ n: BigInt) {
        numerator = n
        denominator = 1
    }

    /// Creates p/q from machine integers. `q` must be nonzero.
    public init(_ p: Int, _ q: Int) {
        self.init(BigInt(p), BigInt(q))
    }

    /// Parses an exact rational from text: "3", "-7/2", "0.99", "1e-3", "2.5E+4", "+1/3".
    ///
    /// Returns nil for anything else (including a zero denominator). Decimal and
    /// scientific notation are read exactly, never through a Double.
    public init?(_ text: String) {
        let s = text.trimmingWhitespace()
        guard !s.isEmpty, s.utf8.count <= 100_000 else { return nil }
        if let slash = s.firstIndex(of: "/") {
            let lhs = String(s[s.startIndex..<slash])
            let rhs = String(s[s.index(after: slash)...])
            guard let p = Rational(lhs), let q = Rational(rhs), !q.isZero else { return nil }
            self = p / q
            return
        }
        var chars = Substring(s)
        var negative = false
        if chars.first == "+" || chars.first == "-" {
            negative = chars.first == "-"
            chars = chars.dropFirst()
        }
        var mantissa = chars
        var exponent = 0
        if let e = chars.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = chars[chars.startIndex..<e]
            let expText = chars[chars.index(after: e)...]
            guard !expText.isEmpty, expText.count <= 9, let ex = Int(expText) else { return nil }
            exponent = ex
        }
        var intPart = mantissa
        var fracPart: Substring = ""
        if let dot = mantissa.firstIndex(of: ".") {
            intPart = mantissa[mantissa.startIndex..<dot]
            fracPart = mantissa[mantissa.index(after: dot)...]
        }
        guard !(intPart.isEmpty && fracPart.isEmpty),
            intPart.allSatisfy({ $0.isASCII && $0.isNumber }),
            fracPart.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        guard let digits = BigInt(String(intPart) + String(fracPart), radix: 10) else { return nil }
        exponent -= fracPart.count
        guard abs(exponent) <= 100_000 else { return nil }
        let ten = BigInt(10)
        let value: Rational
        if exponent >= 0 {
            value = Rational(digits * ten.power(exponent))
        } else {
            value = Rational(digits, ten.power(-exponent))
        }
        self = negative ? -value : value
    }

    public static let zero = Rational(0)
    public static let one = Rational(1)

    public var isZero: Bool { numerator.isZero }
    public var isInteger: Bool { denominator == 1 }
    /// -1, 0 or 1.
    public var signum: Int { numerator.isZero ? 0 : (numerator.sign == .minus ? -1 : 1) }
    public var magnitude: Rational { signum < 0 ? -self : self }

    /// The value as a machine integer, if it is an integer that fits.
    public var intValue: Int? {
        guard isInteger else { return nil }
        return Int(exactly: numerator)
    }

    /// "p/q", or "p" for integers: the exact form Z3 and the parser accept.
    public var description: String {
        denominator == 1 ? numerator.description : "\(numerator)/\(denominator)"
    }

    /// A decimal rendering with `digits` digits after the point (truncated toward zero), for display only.
    public func decimal(digits: Int = 6) -> String {
        let scale = BigInt(10).power(Swift.max(0, digits))
        let scaled = (numerator.magnitude * scale.magnitude) / denominator.magnitude
        var s = String(scaled)
        if digits > 0 {
            if s.count <= digits { s = String(repeating: "0", count: digits - s.count + 1) + s }
            s.insert(".", at: s.index(s.endIndex, offsetBy: -digits))
        }
        return (signum < 0 ? "-" : "") + s
    }

    /// The nearest Double (for the simulator and for display; never fed back into exact code).
    public var doubleValue: Double {
        // Parts that fit in a machine word: the same two roundings, without BigInt's generic
        // conversion (which dominated Double evaluation, e.g. sign(x) written T(rational:)).
        if let n = Int(exactly: numerator), let d = Int(exactly: denominator) { return Double(n) / Double(d) }
        let n = Double(numerator)
        let d = Double(denominator)
        if n.isFinite && d.isFinite && d != 0 { return n / d }
        // Very large parts: scale down by shifting.
        let shift = Swift.max(numerator.magnitude.bitWidth, denominator.magnitude.bitWidth) - 1000
        let nn = Double(numerator >> Swift.max(0, shift))
        let dd = Double(denominator >> Swift.max(0, shift))
        return nn / dd
    }

    /// Exact conversion of a finite Double (every finite Double is a dyadic rational).
    public init?(exactly d: Double) {
        guard d.isFinite else { return nil }
        if d == 0 { self = .zero; return }
        let e = d.exponent
        let sig = d.significand  // in [1, 2)
        let scaled = BigInt(sig * 4_503_599_627_370_496)  // 2^52, exact
        let expo = Int(e) - 52
        let two = BigInt(2)
        var r = expo >= 0 ? Rational(scaled * two.power(expo)) : Rational(scaled, two.power(-expo))
        if d < 0 { r = -r }
        self = r
    }

    public static func + (a: Rational, b: Rational) -> Rational {
        if a.denominator == b.denominator { return Rational(a.numerator + b.numerator, a.denominator) }
        return Rational(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator)
    }
    public static func - (a: Rational, b: Rational) -> Rational { a + (-b) }
    public static prefix func - (a: Rational) -> Rational {
        Rational(uncheckedNumerator: -a.numerator, denominator: a.denominator)
    }
    public static func * (a: Rational, b: Rational) -> Rational {
        Rational(a.numerator * b.numerator, a.denominator * b.denominator)
    }
    /// Division; traps on a zero divisor. Use `divided(by:)` when the divisor may be zero.
    public static func / (a: Rational, b: Rational) -> Rational {
        precondition(!b.isZero, "Rational division by zero")
        return Rational(a.numerator * b.denominator, a.denominator * b.numerator)
    }
    public static func += (a: inout Rational, b: Rational) { a = a + b }
    public static func -= (a: inout Rational, b: Rational) { a = a - b }
    public static func *= (a: inout Rational, b: Rational) { a = a * b }

    /// a / b, or nil when b is zero.
    public func divided(by b: Rational) -> Rational? { b.isZero ? nil : self / b }

    /// The reciprocal, or nil for zero.
    public var reciprocal: Rational? { Rational.one.divided(by: self) }

    /// self^k for an integer k; nil for 0^k with k < 0.
    public func power(_ k: Int) -> Rational? {
        if k >= 0 {
            return Rational(
                uncheckedNumerator: numerator.power(k), denominator: denominator.power(k))
        }
        guard !isZero else { return nil }
        return Rational(denominator.power(-k), numerator.power(-k))  // reciprocal; sign normalised by init
    }

    /// The exact root self^(1/k) if it is rational (self ≥ 0 or k odd), else nil.
    public func exactRoot(_ k: Int) -> Rational? {
        guard k >= 1 else { return nil }
        if k == 1 { return self }
        if signum < 0 {
            guard k % 2 == 1, let r = magnitude.exactRoot(k) else { return nil }
            return -r
        }
        guard let p = Rational.integerRoot(numerator, k), let q = Rational.integerRoot(denominator, k) else { return nil }
        return Rational(p, q)
    }

    private static func integerRoot(_ n: BigInt, _ k: Int) -> BigInt? {
        if n < 2 { return n }
        // Newton iteration on the integer k-th root.
        var x = BigInt(1) << ((n.magnitude.bitWidth + k - 1) / k + 1)
        while true {
            let y = ((BigInt(k - 1) * x) + n / x.power(k - 1)) / BigInt(k)
            if y >= x { break }
            x = y
        }
        while x.power(k) > n { x -= 1 }
        while (x + 1).power(k) <= n { x += 1 }
        return x.power(k) == n ? x : nil
    }

    /// Floor, as a big integer.
    public var floor: BigInt {
        let (q, r) = numerator.quotientAndRemainder(dividingBy: denominator)
        return (r.sign == .minus && !r.isZero) ? q - 1 : q
    }

    public static func < (a: Rational, b: Rational) -> Bool {
        a.numerator * b.denominator < b.numerator * a.denominator
    }

    public static func min(_ a: Rational, _ b: Rational) -> Rational { a < b ? a : b }
    public static func max(_ a: Rational, _ b: Rational) -> Rational { a < b ? b : a }

    private init(uncheckedNumerator: BigInt, denominator: BigInt) {
        self.numerator = uncheckedNumerator
        self.denominator = denominator
    }
}

extension Rational: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(value) }
}

extension Rational: Codable {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let r = Rational(s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "not an exact rational: \(s)")
        }
        self = r
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
