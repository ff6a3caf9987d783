import Verification

/// The engine reductions a claim may be verified without (`--without NAME`,
/// `EngineOptions.disabledReductions`). The one place the fuzzer names them.
public enum FuzzReductions {
    public static let names = Reduction.optional.map(\.rawValue)

    /// The engine's representation of a set of left-out reductions.
    static func disabled(_ names: [String]) -> Set<Reduction> { Set(names.compactMap(Reduction.init(rawValue:))) }
}
