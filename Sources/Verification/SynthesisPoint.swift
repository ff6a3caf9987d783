public import Symbolic

/// A claim read at one exactly checked counterexample x*: every symbol but the unknowns fixed
/// to its value in x*, so that what is left is a condition on the unknowns alone. Shared by
/// the one-unknown synthesis (the region where x* stays a counterexample), the
/// counterexample-guided search (x* as a constraint on the next candidate) and the box map
/// (x* fails on a whole box).
struct PointFormula {
    /// The hypotheses (the other parameters' domains included) and the goal, expanded at x*'s
    /// dimension, before substitution.
    var hypotheses: [Node]
    var goal: Node
    /// The values of x* for every symbol but the unknowns (0 where x* leaves one free).
    var fixed: [Symbol: Expr]

    /// nil when x* cannot be read this way: not checked exactly, or resting on subgradient
    /// choices at kinks (the claim read at x* would then depend on the choice).
    init?(_ claim: Claim, unknowns: Set<Symbol>, cx: Counterexample) {
        guard cx.isExactlyChecked, !cx.notes.contains(where: { $0.hasPrefix("subgradient choice") }) else { return nil }
        do {
            let (hyps, goal) = claim.inlined()
            let d = cx.dimension
            let others = claim.parameters.filter { !unknowns.contains($0.symbol) }.map { $0.domain.constraint(for: $0.expr).node }
            hypotheses = try others + hyps.map { try Instantiation.expand($0.node, dim: d) }
            self.goal = try Instantiation.expand(goal.node, dim: d)
            var fixed: [Symbol: Expr] = [:]
            for n in hypotheses + [self.goal] {
                for s in n.symbols where !unknowns.contains(s) { fixed[s] = Expr(cx.values[s]?.rational ?? 0) }
            }
            self.fixed = fixed
        } catch {
            return nil
        }
    }

    /// "x* satisfies the hypotheses and violates the goal", in the unknowns alone.
    func violated() throws(ShapeError) -> Constraint {
        Constraint(try Build.and(hypotheses + [try Build.not(goal)])).substituting(fixed)
    }

    /// "if x* satisfies the hypotheses, the goal holds at x*", in the unknowns alone: every value
    /// of the unknowns where the claim holds satisfies it.
    func necessary() throws(ShapeError) -> Constraint {
        Constraint(try Build.implies(try Build.and(hypotheses), goal)).substituting(fixed)
    }
}

extension Engine {
    /// The engine used for the sub-claims of a synthesis (no bisection, no progress lines).
    var synthesisEngine: Engine {
        var e = self
        e.options.bisectionMinWidth = nil
        e.options.progress = nil
        return e
    }

    /// A proof that the counterexample x* fails for every value of the unknowns in `box`
    /// ("for every u in the box, x* satisfies the hypotheses and violates the goal"), a claim
    /// in the unknowns alone, with that claim; nil when it is not proved.
    func failsEverywhere(_ claim: Claim, cx: Counterexample, box: [(String, ParameterDomain)], title: String) -> Certified? {
        guard let pf = PointFormula(claim, unknowns: Set(box.map { Symbol.scalar($0.0) }), cx: cx), let inU = try? pf.violated() else { return nil }
        let proofClaim = Claim(
            name: "\(claim.name): the counterexample fails for every \(title)", parameters: box.map { Parameter($0.0, $0.1) },
            hypotheses: [], goal: inU, dimensions: .fixed([1]))
        guard let r = try? synthesisEngine.verify(proofClaim), r.verdict.isProof else { return nil }
        return Certified(claim: proofClaim, result: r)
    }
}

/// A verification together with the claim it verified: what a region's proof bundle is
/// written from (`synthesize --proofs`).
public struct Certified: Sendable {
    public var claim: Claim
    public var result: VerificationResult

    public init(claim: Claim, result: VerificationResult) {
        self.claim = claim
        self.result = result
    }
}
