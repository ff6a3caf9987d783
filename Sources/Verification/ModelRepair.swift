import Foundation
public import Symbolic

// Rational repair of a model (a search, not a reduction).
//
// A model with an irrational value is not a checked counterexample: `validate` evaluates the
// claim exactly in the rationals. The ℓp encodings make this common — |y|^(3/2) is the w ≥ 0
// with w⁴ = y⁶, irrational unless |y| is a rational square — while the claim is usually
// violated on an open set around the model, where rational points exist. The repair pins each
// variable whose value is irrational to a rational t^k near it (k = 6 first: a sixth power
// stays rational under the square and cube roots the encodings take of it) and asks the case
// query again with those pins; new irrational values are pinned in the next round.
//
// Contract: none is needed. The pins only narrow the case query, so a model of the pinned
// query is a model of the case query, and it counts only through `validate` — the exact
// evaluation of the original claim. When the repair finds nothing, the case stays what it was
// (a model that is not a checked counterexample).

/// How hard the repair tries: attempts (power, tolerance, one pin per round or all), rounds
/// of pinning per attempt, the timeout of each pinned query and of all of them.
struct RepairPlan: Sendable {
    var rounds = 4
    /// (power, tolerance, whether each round pins only the first irrational variable): coarse
    /// first, since small numbers keep the pinned query easy.
    var attempts: [(power: Int, tolerance: Double, one: Bool)] = [
        (6, 1e-2, false), (6, 1e-4, false), (6, 1e-2, true), (6, 1e-4, true), (1, 1e-6, false),
    ]
    var queryTimeout: Double = 1
    /// All repair queries of one model together.
    var totalSeconds: Double = 3
    /// Models with more irrational values than this are not repaired.
    var maxPins = 24
}

extension Engine {
    /// A checked counterexample near `model`, or nil (see the comment at the top of the file).
    func repairModel(_ model: [Symbol: ExactValue], _ pc: PreparedCase, kind: ClaimKind, deadline: Date?,
                     plan: RepairPlan = RepairPlan()) -> Counterexample? {
        let started = Date()
        for attempt in plan.attempts {
            var pins: [Symbol: Rational] = [:]
            var current = model
            for round in 1...plan.rounds {
                if cancellation.isCancelled { return nil }
                let irrational = current.filter { $0.value.rational == nil }.sorted { $0.key < $1.key }
                guard !irrational.isEmpty, pins.count + irrational.count <= plan.maxPins else { break }
                for (s, v) in attempt.one ? Array(irrational.prefix(1)) : irrational {
                    guard let r = Self.rationalNear(v, power: attempt.power, tolerance: attempt.tolerance) else { return nil }
                    pins[s] = r
                }
                let pinned = pins.sorted { $0.key < $1.key }.map { (Expr($0.key) .== Expr($0.value)).node }
                var sub = self
                sub.options.queryTimeout = min(options.queryTimeout ?? plan.queryTimeout, plan.queryTimeout)
                let q = Query(
                    label: "\(pc.label) rational repair (t^\(attempt.power), tolerance \(attempt.tolerance), round \(round))",
                    assertions: pc.assertions + pinned)
                let left = plan.totalSeconds - Date().timeIntervalSince(started)
                guard left > 0 else { return nil }
                sub.options.queryTimeout = min(sub.options.queryTimeout ?? left, left)
                let ans = sub.answer(q, deadline).outcome
                options.progress?("\(q.label): \(pins.count) pins, \(ans.shortDescription)")
                if case .unknown = ans { return nil }  // a pinned query the solver cannot decide fast: give up
                guard case .sat(let m) = ans else { break }
                var cx = validate(m, pc, kind: kind)
                if cx.isExactlyChecked {
                    cx.notes.append(
                        "found by rational repair: the solver's model had irrational values; pinned "
                            + pins.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }.joined(separator: ", ")
                            + " and solved again (the values above are checked exactly on the claim as stated)")
                    return cx
                }
                current = m
            }
        }
        return nil
    }

    /// A rational of the form ±t^power within `tolerance` (relative) of the value.
    static func rationalNear(_ v: ExactValue, power k: Int, tolerance: Double) -> Rational? {
        let mid: Double
        switch v {
        case .rational(let r): return r
        case .algebraic(let l, let u, _, _): mid = ((l + u) / 2).doubleValue
        }
        guard mid.isFinite, mid != 0, k >= 1 else { return nil }
        let root = Foundation.pow(Swift.abs(mid), 1 / Double(k))
        guard let lo = Rational(exactly: root * (1 - tolerance)), let hi = Rational(exactly: root * (1 + tolerance)), lo < hi,
              let t = SimplestRational.between(lo, hi), let tk = t.power(k)
        else { return nil }
        return mid < 0 ? -tk : tk
    }
}
