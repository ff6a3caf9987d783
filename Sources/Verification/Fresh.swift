public import Symbolic

/// Symbols the engine introduces (cleared denominators, subgradient choices, the exp/log
/// abstraction) live in a namespace of their own: their names start with `%`, which no claim
/// file, DSL text or parser can produce, and a claim built in Swift that uses such a name is
/// rejected (`Fresh.checkReserved`). So a fresh symbol never captures a symbol of the claim.
public enum Fresh {
    public static let marker: Character = "%"

    /// The fresh scalar `%<kind><n>`.
    public static func symbol(_ kind: String, _ n: Int) -> Symbol { .scalar("\(marker)\(kind)\(n)") }

    public static func isFresh(_ s: Symbol) -> Bool { s.name.first == marker }

    /// Throws when the claim itself uses a name of the engine's namespace.
    static func checkReserved(_ symbols: Set<Symbol>) throws(ClaimError) {
        if let s = symbols.filter(isFresh).min() {
            throw ClaimError("the name \(s) is reserved for the engine's own variables (names starting with \(marker))")
        }
    }
}
