import Foundation
import Symbolic

/// The definedness of a claim, decided by a query of its own when the side conditions of its
/// partial operations do not follow from the parameter hypotheses alone.
///
/// The rule is Symbolic's `Definedness` (docs/engine.md "Definedness"), the one the evaluator
/// and the simplifier follow: 1/t needs t ≠ 0, √t and t^(p/q) (p/q > 0) need t ≥ 0,
/// t^(p/q) with p/q < 0 and log t need t > 0, clip(x, lo, hi) needs lo ≤ hi; ite(c, a, b)
/// needs c and only the branch taken; p ⇒ q needs p, and q only where p holds; every other
/// operator needs all its arguments. A claim is defined when every hypothesis is defined
/// wherever the parameter domains hold, and the goal wherever the hypotheses hold too. The
/// formula is built on the instantiated (scalar) claim, where it is exact.
///
/// The formula conjoins each condition on t with Def(t), so it keeps its truth value whatever
/// values the solver gives undefined subterms: its own auxiliaries may be defined only under
/// their side conditions (exact, with no side query of their own). When "domains ∧ ¬Def" is
/// unsat, every partial operation the claim evaluates is defined, so the case queries may
/// define their auxiliaries only under their side conditions and stay exact (a point where a
/// side condition fails never evaluates that operation).
extension Engine {
    /// Outcome of the definedness query of one dimension.
    enum DefinednessStatus: Sendable {
        case proved
        /// The claim is undefined at this point (values of the model), or could not be shown defined.
        case open(String)
        var isProved: Bool { if case .proved = self { true } else { false } }
    }

    /// Asks "parameter domains ∧ ¬Def(claim)" at one dimension: unsat means the claim is
    /// defined everywhere (so auxiliaries defined only under their side conditions are exact).
    func definedness(_ instance: Instance, dim: Int, deadline: Date?) -> DefinednessStatus {
        do {
            let def = try check { () throws(ShapeError) in try Symbolic.Definedness.claim(parameterDomains: [], hypotheses: instance.hypotheses, goal: instance.goal) }
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
                assertions += try d.guarded()
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
