import Dynamics

/// The fuzzer's draws from Dynamics' seeded generator (SplitMix64): the same seed gives the
/// same claims on every machine and Swift version (the standard library's generator is not
/// specified).
extension SplitMix64 {
    /// The generator for claim `index` of a run with `seed` (independent of the order in
    /// which workers take claims).
    public init(seed: UInt64, index: Int) {
        var mixer = SplitMix64(seed: seed ^ 0x9E37_79B9_7F4A_7C15)
        for _ in 0..<(index % 7) { _ = mixer.next() }
        self.init(seed: mixer.next() &+ UInt64(truncatingIfNeeded: index) &* 0xBF58_476D_1CE4_E5B9)
    }

    /// Uniform in 0..<n (n ≥ 1).
    public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    /// True with probability p/100.
    public mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    public mutating func pick<T>(_ xs: [T]) -> T { xs[below(xs.count)] }
}
