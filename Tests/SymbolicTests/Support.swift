import Symbolic

/// A tiny seeded PRNG (SplitMix64), so property tests are reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The symbols random expressions use.
enum Vars {
    static let a = Symbol.scalar("a")
    static let b = Symbol.scalar("b")
    static let c = Symbol.scalar("c")
    static let x = Symbol.vector("x")
    static let y = Symbol.vector("y")
    static let scalars = [a, b, c]
    static let vectors = [x, y]
    static let table: SymbolTable = [a, b, c, x, y]
    static let dim = 3
}
