import Foundation
import Solver
import Synchronization
import Symbolic

/// The Z3 backend: one fresh context per query, nodes lowered to Z3 terms with exact numerals.
public struct Z3Backend: QueryBackend {
    /// How each query is decided: the strategies and their time slices.
    public var portfolio: Portfolio

    public init(portfolio: Portfolio = .standard) {
        self.portfolio = portfolio
    }

    public var name: String { "Z3 \(Z3Library.version)" }

    /// How long to wait for Z3 to honour an interrupt before giving up on the query.
    static let grace: Double = 2

    /// Runs the query on a thread of its own and waits at most `timeout` + `grace` seconds
    /// (or `grace` after cancellation). Z3 4.8.12 ignores interrupts in some nlsat phases;
    /// such a query is answered `unknown` on time and its thread is abandoned (it ends
    /// with the process or when Z3 returns), so a verdict never waits on it.
    public func check(_ query: Query, timeout: Double?, cancellation: Cancellation) -> QueryOutcome {
        answer(query, timeout: timeout, cancellation: cancellation).outcome
    }

    public func answer(_ query: Query, timeout: Double?, cancellation: Cancellation) -> QueryAnswer {
        let portfolio = self.portfolio
        return Self.guarded(timeout: timeout, cancellation: cancellation) {
            Self.run(query, timeout: timeout, portfolio: portfolio, cancellation: cancellation)
        }
    }

    /// Runs `body` on a thread of its own and waits at most `timeout` + `grace` seconds (or
    /// `grace` after cancellation), then answers unknown and abandons the thread.
    static func guarded(timeout: Double?, cancellation: Cancellation, _ body: @escaping @Sendable () -> QueryAnswer) -> QueryAnswer {
        if cancellation.isCancelled { return QueryAnswer(outcome: .unknown(reason: "cancelled")) }
        let result = Mutex<QueryAnswer?>(nil)
        let worker = Thread {
            let r = body()
            result.withLock { $0 = r }
        }
        worker.stackSize = 256 << 20
        worker.start()
        let start = Date()
        var cancelledAt: Date?
        while true {
            if let r = result.withLock({ $0 }) { return r }
            if cancellation.isCancelled {
                let at = cancelledAt ?? Date()
                cancelledAt = at
                if Date().timeIntervalSince(at) > Self.grace {
                    return QueryAnswer(outcome: .unknown(reason: "cancelled (the solver did not stop; its thread was abandoned)"))
                }
            }
            if let t = timeout, Date().timeIntervalSince(start) > t + Self.grace {
                return QueryAnswer(outcome: .unknown(reason: "timeout (the solver ignored the interrupt; its thread was abandoned)"))
            }
            Thread.sleep(forTimeInterval: 0.005)
        }
    }

    static func run(_ query: Query, timeout: Double?, portfolio: Portfolio, cancellation: Cancellation) -> QueryAnswer {
        do {
            let context = try SolverContext()
            let lowering = Lowering(context: context)
            let assertions = try query.assertions.map { try lowering.term($0) }
            // The text of exactly the terms solved, before solving (for the proof bundle).
            let text = query.wantsText ? try? Self.text(of: assertions, in: context) : nil
            let handle = context.interruptHandle
            let token = cancellation.register { handle.interrupt() }
            defer { cancellation.unregister(token) }
            // Ask for every symbol's value with model completion, so that constants Z3
            // eliminated during preprocessing still get their (consistent) values.
            let named = lowering.symbolsByName.sorted { $0.key < $1.key }
            let terms = try named.map { try context.real($0.key) }
            let decision = try context.decide(
                assertions, evaluating: terms, portfolio: portfolio, timeout: timeout.map(Self.duration))
            let attempts = decision.attempts.map(\.description)
            let strategy = decision.strategy?.rawValue
            switch decision.outcome {
            case .unsat: return QueryAnswer(outcome: .unsat, strategy: strategy, attempts: attempts, smtlib2: text)
            case .unknown(let reason):
                return QueryAnswer(
                    outcome: .unknown(reason: cancellation.isCancelled ? "cancelled" : reason.description),
                    attempts: attempts, smtlib2: text)
            case .sat(let model):
                var values: [Symbol: ExactValue] = [:]
                for ((_, sym), value) in zip(named, model.evaluations) {
                    switch value {
                    case .rational(let r): values[sym] = .rational(r)
                    case .algebraic(let lo, let hi, let dec, let poly): values[sym] = .algebraic(lower: lo, upper: hi, decimal: dec, polynomial: poly)
                    default: break
                    }
                }
                return QueryAnswer(outcome: .sat(values), strategy: strategy, attempts: attempts, smtlib2: text)
            }
        } catch let e as LoweringError {
            return QueryAnswer(outcome: .unknown(reason: "unsupported: \(e.message)"))
        } catch {
            return QueryAnswer(outcome: .unknown(reason: "solver error: \(error)"))
        }
    }

    public func smtlib2(_ query: Query) -> String? {
        guard let context = try? SolverContext() else { return nil }
        let lowering = Lowering(context: context)
        guard let terms = try? query.assertions.map({ try lowering.term($0) }) else { return nil }
        return try? Self.text(of: terms, in: context)
    }

    /// SMT-LIB2 of lowered terms: asserted in a fresh solver of their context and printed.
    /// One function for both paths, so a query's file is the same whichever wrote it.
    static func text(of terms: [Solver.Term], in context: SolverContext) throws -> String {
        let solver = try context.makeSolver(timeout: nil)
        for t in terms { try solver.assert(t) }
        return try solver.smtlib2()
    }

    /// Checks standalone SMT-LIB2 text in a fresh context with the portfolio (no model is
    /// read back): the proof bundle's obligations and `lionk check`.
    public func check(smtlib2 text: String, timeout: Double?, cancellation: Cancellation) -> QueryOutcome {
        answer(smtlib2: text, timeout: timeout, cancellation: cancellation).outcome
    }

    /// `check(smtlib2:…)` with the strategy that decided.
    public func answer(smtlib2 text: String, timeout: Double?, cancellation: Cancellation) -> QueryAnswer {
        let portfolio = self.portfolio
        return Self.guarded(timeout: timeout, cancellation: cancellation) {
            do {
                let context = try SolverContext()
                let handle = context.interruptHandle
                let token = cancellation.register { handle.interrupt() }
                defer { cancellation.unregister(token) }
                let d = try context.decide(smtlib2: text, portfolio: portfolio, timeout: timeout.map(Self.duration))
                let strategy = d.strategy?.rawValue
                switch d.outcome {
                case .unsat: return QueryAnswer(outcome: .unsat, strategy: strategy)
                case .sat: return QueryAnswer(outcome: .sat([:]), strategy: strategy)
                case .unknown(let r): return QueryAnswer(outcome: .unknown(reason: cancellation.isCancelled ? "cancelled" : "\(r)"))
                }
            } catch {
                return QueryAnswer(outcome: .unknown(reason: "the solver could not read the query (\(error))"))
            }
        }
    }

    /// Re-checks exported SMT-LIB2 text in a fresh context: "sat", "unsat" or "unknown (…)".
    public static func recheck(smtlib2 text: String, timeout: Double? = nil) throws -> String {
        Z3Backend().check(smtlib2: text, timeout: timeout, cancellation: Cancellation()).shortDescription
    }

    /// Seconds as a Duration of at least 1 ms; NaN, ∞ and anything beyond a century (which
    /// cannot be an Int64 of milliseconds, or is "never" anyway) are a century.
    static func duration(_ seconds: Double) -> Duration {
        let ms = (seconds * 1000).rounded()
        let century = 100.0 * 365 * 24 * 3600 * 1000
        guard ms.isFinite, ms < century else { return .milliseconds(Int64(century)) }
        return .milliseconds(max(1, Int64(ms)))
    }
}

struct LoweringError: Error {
    let message: String
}

/// Lowers scalar, vector-free nodes to Z3 terms. Non-smooth operators left by a capped case
/// split become if-then-else; reductions, roots and transcendental functions are rejected
/// (the engine removes them before lowering).
final class Lowering {
    let context: SolverContext
    private var memo: [Int: Solver.Term] = [:]
    private(set) var symbolsByName: [String: Symbol] = [:]

    init(context: SolverContext) { self.context = context }

    func term(_ root: Node) throws -> Solver.Term {
        if let t = memo[root.id] { return t }
        var failure: (any Error)?
        root.postOrder { n in
            guard failure == nil, memo[n.id] == nil else { return }
            do {
                memo[n.id] = try lower(n, n.args.map { memo[$0.id]! })
            } catch {
                failure = error
            }
        }
        if let f = failure { throw f }
        guard let t = memo[root.id] else { throw LoweringError(message: "internal: no term") }
        return t
    }

    private func lower(_ n: Node, _ a: [Solver.Term]) throws -> Solver.Term {
        let c = context
        switch n.op {
        case .constant(let r): return try c.numeral(r)
        case .boolean(let b): return try c.literal(b)
        case .symbol(let s):
            guard !s.isVector else { throw LoweringError(message: "vector \(s) must be instantiated at a dimension first") }
            let name = s.description
            symbolsByName[name] = s
            return try c.real(name)
        case .add: return try c.add(a)
        case .mul: return try c.mul(a)
        case .power(let e):
            guard let k = e.intValue else { throw LoweringError(message: "non-integer power ^\(e)") }
            // 1/t is never sent as the solver's division, which is total (a free value at 0):
            // the engine clears every denominator with its side condition first.
            guard k >= 0 else { throw LoweringError(message: "division (^\(e)) must be cleared before lowering") }
            return try c.power(a[0], k)
        case .sign:
            let zero = try c.numeral(.zero)
            return try c.ite(c.gt(a[0], zero), c.numeral(.one), c.ite(c.lt(a[0], zero), c.numeral(-1), zero))
        case .abs: return try c.ite(c.ge(a[0], c.numeral(.zero)), a[0], c.neg(a[0]))
        case .relu:
            let zero = try c.numeral(.zero)
            return try c.ite(c.gt(a[0], zero), a[0], zero)
        case .max, .min:
            var acc = a[0]
            for t in a.dropFirst() {
                acc = try c.ite(n.op == .max ? c.ge(acc, t) : c.le(acc, t), acc, t)
            }
            return acc
        case .clip:
            let lo = try c.ite(c.ge(a[0], a[1]), a[0], a[1])
            return try c.ite(c.le(lo, a[2]), lo, a[2])
        case .ite: return try c.ite(a[0], a[1], a[2])
        case .le: return try c.le(a[0], a[1])
        case .lt: return try c.lt(a[0], a[1])
        case .eq: return try c.eq(a[0], a[1])
        case .not: return try c.not(a[0])
        case .and: return try c.and(a)
        case .or: return try c.or(a)
        case .implies: return try c.implies(a[0], a[1])
        case .sqrt, .exp, .log, .sum, .norm1, .norm2, .normInf, .normP, .dot:
            throw LoweringError(message: "\(n.op.name) cannot be sent to the solver directly")
        }
    }
}
