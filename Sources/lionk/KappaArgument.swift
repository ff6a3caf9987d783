import ArgumentParser
import Dynamics
import Simulation

/// `--kappa NAME` for every command: the catalogue names (`lionk kappa list`), and "lp:P"
/// (rational p > 1) or "huber:DELTA" (δ > 0) for the rest of the library. The earlier
/// simulator spellings ("half-sq", "l1-plus-half-sq") are read too.
extension KappaID: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
    public var defaultValueDescription: String { name }
    /// The catalogue's κ (help text, shell completion, the message for a wrong name).
    public static var allValueStrings: [String] { catalogue.map(\.name) + parameterised }
}

extension Scheme: ExpressibleByArgument {}
extension MomentumConvention: ExpressibleByArgument {}
extension Precision: ExpressibleByArgument {}
