public import Symbolic

/// The answer to one check: a model, unsatisfiability, or no answer with a reason.
///
/// Outcomes hold only Swift values, so they outlive the context that produced them.
public enum Outcome: Sendable, Equatable, CustomStringConvertible {
    /// The assertions are satisfiable; the model was copied out of Z3 at check time.
    case sat(Model)
    /// The assertions are unsatisfiable.
    case unsat
    /// Z3 gave no answer.
    case unknown(UnknownReason)

    /// The model, if the outcome is `.sat`.
    public var model: Model? {
        if case .sat(let model) = self { return model }
        return nil
    }

    /// Whether the outcome is `.sat`.
    public var isSat: Bool { model != nil }

    /// Whether the outcome is `.unsat`.
    public var isUnsat: Bool { self == .unsat }

    public var description: String {
        switch self {
        case .sat(let model): "sat \(model)"
        case .unsat: "unsat"
        case .unknown(let reason): "unknown (\(reason))"
        }
    }
}

/// Why a check answered unknown.
public enum UnknownReason: Sendable, Hashable, CustomStringConvertible {
    /// The solver's timeout passed (Z3 reason "timeout", or this module's deadline watchdog).
    case timeout
    /// ``InterruptHandle/interrupt()`` stopped the check (Z3 reason "interrupted" or "canceled").
    case interrupted
    /// Anything else, with Z3's reason text (e.g. "(incomplete (theory arithmetic))").
    case incomplete(String)

    /// Maps Z3's `Z3_solver_get_reason_unknown` text to a reason.
    init(z3Reason text: String) {
        switch text {
        case "timeout": self = .timeout
        case "canceled", "interrupted": self = .interrupted
        default: self = .incomplete(text)
        }
    }

    public var description: String {
        switch self {
        case .timeout: "timeout"
        case .interrupted: "interrupted"
        case .incomplete(let text): text
        }
    }
}

/// A satisfying assignment copied out of Z3: constant names → exact values.
public struct Model: Sendable, Equatable, CustomStringConvertible {
    /// The value of every constant Z3's model interprets, by name.
    ///
    /// Z3 may leave out constants whose value does not matter; ask for them
    /// through `check(evaluating:)`, which completes the model.
    public let values: [String: ModelValue]
    /// The values of the terms passed to `check(evaluating:)`, in the same order.
    public let evaluations: [ModelValue]

    /// Creates a model from copied values.
    public init(values: [String: ModelValue], evaluations: [ModelValue] = []) {
        self.values = values
        self.evaluations = evaluations
    }

    /// The value of the constant `name`, if the model interprets it.
    public subscript(name: String) -> ModelValue? { values[name] }

    public var description: String {
        let parts = values.keys.sorted().map { "\($0) = \(values[$0].map(String.init(describing:)) ?? "")" }
        return "{" + parts.joined(separator: ", ") + "}"
    }
}

/// One value of a model, in exact form.
public enum ModelValue: Sendable, Equatable, CustomStringConvertible {
    /// A rational (or integer) number, read exactly from Z3's "p/q" text.
    case rational(Rational)
    /// An irrational real algebraic number: lower < value < upper with exact rational
    /// bounds at most the requested width apart, and Z3's decimal rendering
    /// (ending in "?" when truncated), and the coefficients of an integer polynomial it is a
    /// root of, lowest degree first (empty if Z3 did not give them).
    case algebraic(lower: Rational, upper: Rational, decimal: String, polynomial: [Rational] = [])
    /// A Boolean.
    case bool(Bool)
    /// A value of another kind (a function, an uninterpreted-sort element...), as Z3 prints it.
    case other(String)

    /// The default maximal width `upper - lower` of algebraic bounds: 10⁻²⁰.
    public static var defaultAlgebraicWidth: Rational {
        Rational(1, 100_000_000_000_000_000) / Rational(1_000)
    }

    /// The exact value, if it is rational.
    public var rational: Rational? {
        if case .rational(let value) = self { return value }
        return nil
    }

    /// The truth value, if it is a Boolean.
    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    public var description: String {
        switch self {
        case .rational(let value): value.description
        case .algebraic(let lower, let upper, let decimal, _): "\(decimal) ∈ (\(lower), \(upper))"
        case .bool(let value): value.description
        case .other(let text): text
        }
    }
}
