import Foundation
import Synchronization
public import Symbolic

/// One satisfiability query: a conjunction of scalar, vector-free conditions.
public struct Query: Sendable {
    public var label: String
    public var assertions: [Node]
    /// Ask the backend for the query's SMT-LIB2 text too (`QueryAnswer.smtlib2`), written from
    /// the very terms it solves (the proof bundle records it; no second lowering).
    public var wantsText = false

    public init(label: String, assertions: [Node]) {
        self.label = label
        self.assertions = assertions
    }

    /// Every symbol the query mentions.
    public var symbols: Set<Symbol> { assertions.reduce(into: Set()) { $0.formUnion($1.symbols) } }
}

/// Cooperative cancellation shared by the engine's workers. Running queries register an
/// interrupt action (for Z3: `Z3_interrupt` on their context), which `cancel()` calls.
public final class Cancellation: Sendable {
    private struct State {
        var cancelled = false
        var next = 0
        var actions: [Int: @Sendable () -> Void] = [:]
    }
    private let state = Mutex(State())

    public init() {}

    public var isCancelled: Bool { state.withLock { $0.cancelled } }

    /// Cancels: every registered action runs once, and later registrations run at once.
    public func cancel() {
        let actions = state.withLock { s -> [@Sendable () -> Void] in
            s.cancelled = true
            let a = Array(s.actions.values)
            s.actions = [:]
            return a
        }
        for a in actions { a() }
    }

    /// Registers an interrupt action; returns a token for `unregister`.
    public func register(_ action: @escaping @Sendable () -> Void) -> Int {
        let (token, runNow) = state.withLock { s -> (Int, Bool) in
            s.next += 1
            if s.cancelled { return (s.next, true) }
            s.actions[s.next] = action
            return (s.next, false)
        }
        if runNow { action() }
        return token
    }

    public func unregister(_ token: Int) {
        _ = state.withLock { $0.actions.removeValue(forKey: token) }
    }
}

/// A decision procedure for queries. The engine never trusts anything but `.unsat` for a proof.
public protocol QueryBackend: Sendable {
    /// Name and version, e.g. "Z3 4.8.12".
    var name: String { get }
    /// Checks satisfiability within `timeout` seconds (nil: no limit). Must return promptly
    /// with `.unknown` after `cancellation` is cancelled.
    func check(_ query: Query, timeout: Double?, cancellation: Cancellation) -> QueryOutcome
    /// The query as standalone SMT-LIB2 text, if the backend can write it.
    func smtlib2(_ query: Query) -> String?
    /// Like `check`, with the strategy that decided the query and every attempt on the way.
    func answer(_ query: Query, timeout: Double?, cancellation: Cancellation) -> QueryAnswer
    /// Checks standalone SMT-LIB2 text (the proof bundle's obligations).
    func check(smtlib2 text: String, timeout: Double?, cancellation: Cancellation) -> QueryOutcome
}

extension QueryBackend {
    /// Checks standalone SMT-LIB2 text (the proof bundle's obligations); backends that cannot
    /// read it answer unknown.
    public func check(smtlib2 text: String, timeout: Double?, cancellation: Cancellation) -> QueryOutcome {
        .unknown(reason: "\(name) cannot read SMT-LIB2 text")
    }

    /// A backend with one way of deciding: its outcome, no strategy recorded.
    public func answer(_ query: Query, timeout: Double?, cancellation: Cancellation) -> QueryAnswer {
        QueryAnswer(outcome: check(query, timeout: timeout, cancellation: cancellation))
    }
}

/// A backend's answer to one query, with how it was reached.
public struct QueryAnswer: Sendable {
    public var outcome: QueryOutcome
    /// The strategy that decided the query ("nlsat", "smt", …); nil when it stayed
    /// unknown or the backend does not say.
    public var strategy: String?
    /// Every strategy tried, in order, with its time and answer ("nlsat 0.25 s: unknown (timeout)").
    public var attempts: [String]
    /// The query as SMT-LIB2, when it was asked for (`Query.wantsText`) and the backend wrote it.
    public var smtlib2: String?

    public init(outcome: QueryOutcome, strategy: String? = nil, attempts: [String] = [], smtlib2: String? = nil) {
        self.outcome = outcome
        self.strategy = strategy
        self.attempts = attempts
        self.smtlib2 = smtlib2
    }
}

/// Runs `count` jobs on `workers` threads, handing out indices in order; stops handing out
/// new indices once `stop` returns true. Returns when every started job has finished.
public func runParallel(count: Int, workers: Int, stop: @escaping @Sendable () -> Bool, _ job: @escaping @Sendable (Int) -> Void) {
    guard count > 0 else { return }
    let next = Mutex(0)
    let group = DispatchGroup()
    let n = max(1, min(workers, count))
    for _ in 0..<n {
        group.enter()
        Thread.detachNewThread {
            defer { group.leave() }
            while true {
                if stop() { return }
                let i = next.withLock { v -> Int in
                    let i = v
                    v += 1
                    return i
                }
                if i >= count { return }
                job(i)
            }
        }
    }
    group.wait()
}
