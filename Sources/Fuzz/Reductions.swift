/// The engine reductions a claim may be verified without (`--without NAME`,
/// `EngineOptions.disabledReductions`). The one place the fuzzer names them: if the engine
/// turns the names into an enum, only this file changes.
public enum FuzzReductions {
    public static let names = ["worst-case-elimination", "separability", "case-split", "clear-denominators"]

    /// The engine's representation of a set of left-out reductions.
    static func disabled(_ names: [String]) -> Set<String> { Set(names) }
}
