internal import Symbolic

/// Strict reading of the exact numeral text Z3 and lionk exchange: "p" or "p/q".
enum ExactText {
    /// Parses "p" or "p/q" (decimal integers, optional "-" on p, q ≠ 0); nil for anything else.
    ///
    /// Decimal points, exponents, spaces, "+" signs and empty parts are rejected,
    /// because Z3's own numeral reader misreads some of them silently ("1e-05" → 1/0).
    static func rational(_ text: String) -> Rational? {
        var digits = text.utf8[...]
        if digits.first == UInt8(ascii: "-") {
            digits = digits.dropFirst()
        }
        var sawSlash = false
        var partLength = 0
        for byte in digits {
            if byte == UInt8(ascii: "/") {
                guard !sawSlash, partLength > 0 else { return nil }
                sawSlash = true
                partLength = 0
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                partLength += 1
            } else {
                return nil
            }
        }
        guard partLength > 0 else { return nil }
        // Rational's own parser reads these integer forms exactly and rejects q = 0.
        return Rational(text)
    }
}
