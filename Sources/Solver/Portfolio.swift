public import Symbolic
import Foundation

/// Several strategies run in turn on one query, in rounds of growing time slices.
///
/// Round 1 gives each strategy `firstSlice` seconds, round 2 `firstSlice · growth`, and so
/// on, until one strategy decides the query or the total time is spent. A strategy that
/// answers unknown for a reason other than its slice running out (e.g. "incomplete") is not
/// asked again; once one strategy is left, it gets all the remaining time at once.
///
/// The verdict never depends on which strategy answered: an unsat from any strategy is an
/// unsat, and a model from any strategy is checked exactly by the caller like every model.
public struct Portfolio: Sendable, Hashable, CustomStringConvertible {
    /// The strategies, in the order each round runs them.
    public var strategies: [Strategy]
    /// The slice of each strategy in the first round, in seconds.
    public var firstSlice: Double
    /// The factor by which each round's slice exceeds the previous round's (≥ 1).
    public var growth: Double

    /// How many rounds run before `final` takes over (nil: rounds until the time is spent).
    public var rounds: Int?
    /// The strategy that gets all the time left after `rounds` rounds (nil: none).
    ///
    /// For a strategy that may ignore interrupts (``Strategy/smtNRA``): run last, it can only
    /// overrun the query's own deadline, never keep the other strategies from their turn.
    /// It runs in a fresh context with the query copied into it: in the query's own context,
    /// after the rounds, Z3 4.8.12's SMT core with nested nlsat answered the d = 1 query of
    /// lionk.lyapunov-discrete.l3_2.doubled-c in 0.1 s in some runs and spun past its 60 s
    /// timeout in others (depending on where the rounds' interrupts had stopped nlsat); from
    /// the same query alone, it is sat in 0.05 s every time.
    public var final: Strategy?

    public init(_ strategies: [Strategy], firstSlice: Double, growth: Double, rounds: Int? = nil, final: Strategy? = nil) {
        self.strategies = strategies
        self.firstSlice = firstSlice
        self.growth = growth
        self.rounds = rounds
        self.final = final
    }

    /// lionk's default: nlsat and the SMT core in three rounds of 0.25 s, 1 s and 4 s each,
    /// then the SMT core with nested nlsat for the rest of the time
    /// (measured on the catalogue: docs/solver.md, "Strategies").
    public static let standard = Portfolio([.nlsat, .smt], firstSlice: 0.25, growth: 4, rounds: 3, final: .smtNRA)

    /// One strategy with the whole time.
    public static func only(_ strategy: Strategy) -> Portfolio {
        Portfolio([strategy], firstSlice: .infinity, growth: 1)
    }

    public var description: String {
        if strategies.count == 1 && final == nil { return strategies[0].rawValue }
        var text = strategies.map(\.rawValue).joined(separator: "/")
            + " (slices \(Self.seconds(firstSlice)) s ×\(Self.seconds(growth))"
        if let rounds { text += ", \(rounds) round\(rounds == 1 ? "" : "s")" }
        text += ")"
        if let final { text += ", then \(final.rawValue)" }
        return text
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

/// One strategy's try at a query.
public struct Attempt: Sendable, Hashable, CustomStringConvertible {
    public var strategy: Strategy
    /// The slice it was given, in seconds (nil: no limit).
    public var slice: Double?
    /// The time it took, in seconds.
    public var seconds: Double
    /// Its answer: "sat", "unsat" or "unknown (…)".
    public var answer: String

    public var description: String {
        "\(strategy) \(String(format: "%.2f", seconds)) s: \(answer)"
    }
}

/// The answer of a portfolio: the outcome, the strategy that decided it and every attempt.
public struct Decision: Sendable {
    public var outcome: Outcome
    /// The strategy whose check gave `outcome`, nil when no strategy decided the query.
    public var strategy: Strategy?
    public var attempts: [Attempt]
}

extension SolverContext {
    /// Decides the assertions of an SMT-LIB2 script (its commands are not executed) with
    /// `portfolio`, as ``decide(_:evaluating:portfolio:timeout:)`` does for terms: the proof
    /// bundle's re-check of stored queries with the linked Z3.
    public func decide(smtlib2 text: String, portfolio: Portfolio, timeout: Duration?) throws -> Decision {
        let scratch = try makeSolver(timeout: nil)
        try scratch.assert(smtlib2: text)
        // The final strategy's own context reads the text itself (as the z3 binary would).
        return try decide(try scratch.assertions(), portfolio: portfolio, timeout: timeout) { other in
            let s = try other.makeSolver(timeout: nil)
            try s.assert(smtlib2: text)
            return try s.assertions()
        }
    }

    /// Decides the conjunction of `assertions` with `portfolio` within `timeout` in all.
    ///
    /// Each attempt is a fresh solver of this context (the assertions are shared terms);
    /// `terms` are evaluated in a model as by ``SMTSolver/check(evaluating:algebraicWidth:)``.
    /// An interrupt through ``interruptHandle`` ends the whole run with `.unknown(.interrupted)`.
    ///
    /// The final strategy runs in a context of its own (``makeFollower()``), with the
    /// assertions `copy` makes there (by default, `assertions` translated into it).
    public func decide(
        _ assertions: [Term], evaluating terms: [Term] = [], portfolio: Portfolio, timeout: Duration?,
        copy: ((SolverContext) throws -> [Term])? = nil
    ) throws -> Decision {
        guard !portfolio.strategies.isEmpty else {
            throw SolverError(.invalidArgument("a portfolio needs at least one strategy"))
        }
        if let rounds = portfolio.rounds, rounds < 0 {
            throw SolverError(.invalidArgument("a portfolio needs a nonnegative number of rounds (\(rounds))"))
        }
        guard portfolio.firstSlice > 0, portfolio.growth >= 1 else {
            throw SolverError(.invalidArgument("portfolio slices must be positive and grow (first \(portfolio.firstSlice), growth \(portfolio.growth))"))
        }
        if let timeout, timeout < .zero {
            throw SolverError(.invalidArgument("negative timeout \(timeout)"))
        }
        let clock = ContinuousClock()
        let start = clock.now
        var live = portfolio.strategies
        var slice = portfolio.firstSlice
        var attempts: [Attempt] = []
        var incomplete: UnknownReason?
        var round = 0
        // One attempt; nil when the run goes on, else the decision.
        func attempt(_ strategy: Strategy, slice: Double?, alone: Bool, fresh: Bool = false) throws -> Decision? {
            var limit: Duration? = slice.flatMap { $0.isFinite && !alone ? Self.duration($0) : nil }
            // Whether this attempt has all the time there is (then its timeout ends the run).
            var hasAllTime = limit == nil
            if let timeout {
                let left = timeout - (clock.now - start)
                guard left > .zero else {
                    return Decision(outcome: .unknown(.timeout), strategy: nil, attempts: attempts)
                }
                if limit.map({ left <= $0 }) ?? true {
                    limit = left
                    hasAllTime = true
                }
            }
            let outcome: Outcome
            let begun: ContinuousClock.Instant
            if fresh {
                // A context of its own, the query copied into it: what the strategy does then
                // depends on the query alone, not on the terms earlier attempts made here.
                let other = try makeFollower()
                let solver = try other.makeSolver(strategy: strategy, timeout: limit)
                let copied = try copy?(other) ?? assertions.map { try translated($0, into: other) }
                for a in copied { try solver.assert(a) }
                let copiedTerms = try terms.map { try translated($0, into: other) }
                begun = clock.now
                outcome = try solver.check(evaluating: copiedTerms)
            } else {
                let solver = try makeSolver(strategy: strategy, timeout: limit)
                for a in assertions { try solver.assert(a) }
                begun = clock.now
                outcome = try solver.check(evaluating: terms)
            }
            attempts.append(
                Attempt(
                    strategy: strategy, slice: limit.map(Self.seconds), seconds: Self.seconds(clock.now - begun),
                    answer: Self.answer(outcome)))
            switch outcome {
            case .sat, .unsat:
                return Decision(outcome: outcome, strategy: strategy, attempts: attempts)
            case .unknown(.interrupted):
                return Decision(outcome: outcome, strategy: nil, attempts: attempts)
            case .unknown(.timeout):
                if hasAllTime {
                    return Decision(outcome: outcome, strategy: nil, attempts: attempts)
                }
            case .unknown(let reason):
                incomplete = reason
                live.removeAll { $0 == strategy }
            }
            return nil
        }
        while !live.isEmpty && (portfolio.rounds.map { round < $0 } ?? true) {
            for strategy in live {
                // The last live strategy, with no final one to come, gets all the time at once.
                let alone = live.count == 1 && portfolio.final == nil
                if let decision = try attempt(strategy, slice: slice, alone: alone) { return decision }
            }
            slice *= portfolio.growth
            round += 1
        }
        if let final = portfolio.final {
            if let decision = try attempt(final, slice: nil, alone: true, fresh: true) { return decision }
        }
        return Decision(outcome: .unknown(incomplete ?? .incomplete("no strategy decided")), strategy: nil, attempts: attempts)
    }

    static func duration(_ seconds: Double) -> Duration {
        .nanoseconds(Int64((Swift.min(seconds, 3.0e9) * 1e9).rounded()))
    }

    static func seconds(_ duration: Duration) -> Double {
        let (s, atto) = duration.components
        return Double(s) + Double(atto) / 1e18
    }

    static func answer(_ outcome: Outcome) -> String {
        switch outcome {
        case .sat: "sat"
        case .unsat: "unsat"
        case .unknown(let reason): "unknown (\(reason))"
        }
    }
}
