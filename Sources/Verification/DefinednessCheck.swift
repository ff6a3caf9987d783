import Foundation
import Symbolic

/// The definedness of a claim, decided by a query of its own when the side conditions of its
/// partial operations do not follow from the parameter hypotheses alone.
///
/// The rule (docs/engine.md "Definedness"): 1/t needs t ≠ 0, √t and t^(p/q) (p/q > 0) need
/// t ≥ 0, t^(p/q) with p/q < 0 and log t need t > 0, clip(x, lo, hi) needs lo ≤ hi;
/// ite(c, a, b) needs c and only the branch taken; p ⇒ q needs p, and q only where p holds;
/// every other operator needs all its arguments. A claim is defined when every hypothesis is
/// defined wherever the parameter domains hold, and the goal wherever the hypotheses hold too.
///
/// The formula Def built here conjoins each condition on t with Def(t), so it keeps its truth
/// value whatever values the solver gives undefined subterms: its own auxiliaries may be
/// defined only under their side conditions (exact, with no side query of their own).
/// When "domains ∧ ¬Def" is unsat, every partial operation the claim evaluates is defined,
/// so the case queries may define their auxiliaries only under their side conditions and stay
/// exact (a point where a side condition fails never evaluates that operation).
enum DefinednessCheck {
    /// Def(n) for a scalar (instantiated) node.
    static func formula(_ root: Node) throws(ShapeError) -> Node {
        var memo: [Int: Node] = [:]
        let zero = Build.constant(0)
        var failure: ShapeError?
        root.postOrder { n in
            guard failure == nil, memo[n.id] == nil else { return }
            do throws(ShapeError) {
                let d = n.args.map { memo[$0.id] ?? Build.boolean(true) }
                let all = try Build.and(d)
                switch n.op {
                case .power(let e) where e.isInteger && e.signum < 0:
                    memo[n.id] = try Build.and([all, try Build.not(Build.compare(.eq, n.args[0], zero))])
                case .power(let e) where !e.isInteger:
                    memo[n.id] = try Build.and([all, try Build.compare(e.signum > 0 ? .le : .lt, zero, n.args[0])])
                case .sqrt:
                    memo[n.id] = try Build.and([all, try Build.compare(.le, zero, n.args[0])])
                case .log:
                    memo[n.id] = try Build.and([all, try Build.compare(.lt, zero, n.args[0])])
                case .clip:
                    memo[n.id] = try Build.and([all, try Build.compare(.le, n.args[1], n.args[2])])
                case .ite:
                    memo[n.id] = try Build.and([
                        d[0], try Build.implies(n.args[0], d[1]), try Build.implies(Build.not(n.args[0]), d[2]),
                    ])
                case .implies:
                    memo[n.id] = try Build.and([d[0], try Build.implies(n.args[0], d[1])])
                default:
                    memo[n.id] = all
                }
            } catch {
                failure = error
            }
        }
        if let f = failure { throw f }
        return memo[root.id] ?? Build.boolean(true)
    }

    /// Def of "hypotheses ⇒ goal": every hypothesis defined, the goal defined where they hold.
    static func claim(hypotheses: [Node], goal: Node) throws(ShapeError) -> Node {
        let hyps = try hypotheses.map { h throws(ShapeError) in try formula(h) }
        return try Build.and(hyps + [try Build.implies(Build.and(hypotheses), formula(goal))])
    }

    /// Whether a formula contains an operation that can be undefined.
    static func isTotal(_ n: Node) -> Bool {
        !n.contains { c in
            switch c.op {
            case .power(let e): return !e.isInteger || e.signum < 0
            case .sqrt, .log, .clip: return true
            default: return false
            }
        }
    }
}

extension Engine {
    /// Outcome of the definedness query of one dimension.
    enum Definedness: Sendable {
        case proved
        /// The claim is undefined at this point (values of the model), or could not be shown defined.
        case open(String)
        var isProved: Bool { if case .proved = self { true } else { false } }
    }

    /// Asks "parameter domains ∧ ¬Def(claim)" at one dimension: unsat means the claim is
    /// defined everywhere (so auxiliaries defined only under their side conditions are exact).
    func definedness(_ instance: Instance, dim: Int, deadline: Date?) -> Definedness {
        do {
            let def = try check { () throws(ShapeError) in try DefinednessCheck.claim(hypotheses: instance.hypotheses, goal: instance.goal) }
            let negated = try check { () throws(ShapeError) in try Build.not(def) }
            if case .boolean(false) = negated.op { return .proved }
            let c = try CaseSplit.unsplit([negated], convention: options.convention, freshPrefix: "defsub")
            var formula = c.guards + c.formula
            var abstraction = ExpAbstraction(prefix: "defabs")
            let abstracted = ExpAbstraction.mentions(formula)
            if abstracted {
                guard !disabled(.expAbstraction) else { return .open("exp/log are transcendental") }
                let a = try check { () throws(ShapeError) in try abstraction.run(formula) }
                formula = a.formula + a.facts
            }
            let cleared = try Denominators.run(formula, freshPrefix: "defaux")
            var assertions = instance.parameterHypotheses + cleared.formula
            for d in cleared.definitions {
                let holds = try check { () throws(ShapeError) in try d.side.holds() }
                assertions += try check { () throws(ShapeError) in
                    try d.constraints.map { k throws(ShapeError) in try Build.implies(holds, k) }
                }
            }
            switch ask(Query(label: "d=\(dim) definedness", assertions: assertions), deadline) {
            case .unsat: return .proved
            case .sat where abstracted:
                return .open("definedness not established (\(ExpAbstraction.satReason))")
            case .sat(let model):
                let shown = model.filter { !Fresh.isFresh($0.key) }.sorted { $0.key < $1.key }.prefix(8)
                    .map { "\($0.key) = \($0.value)" }.joined(separator: ", ")
                return .open("the claim is not defined everywhere (definedness query sat, e.g. at \(shown.isEmpty ? "any point" : shown))")
            case .unknown(let why): return .open("definedness not established (\(why))")
            }
        } catch {
            return .open("definedness not established (\(error.message))")
        }
    }
}
