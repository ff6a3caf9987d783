import Foundation
public import Symbolic

/// Counterexample-guided search over several unknowns (docs/synthesis.md "Several unknowns"):
/// one value vector u of the unknowns for which the ∀-claim holds.
///
/// Each round verifies the claim with the unknowns fixed to a candidate u. A proof ends the
/// search (the certified point). A counterexample x*, checked exactly, becomes a constraint
/// on the unknowns: "x* satisfies the hypotheses ⇒ the goal holds at x*", a formula in u alone
/// that every valid u satisfies. The next candidate is a witness of the ∃-claim "some u in the
/// box satisfies every constraint so far". When that ∃-claim has no witness, the
/// counterexamples jointly exclude the whole box: the certified empty answer.
public struct SynthesisSearchResult: Sendable {
    public enum Outcome: String, Sendable { case holds, empty, undecided }
    /// One round: the candidate, and what its verification answered.
    public struct Round: Sendable {
        public var candidate: [String: Rational]
        public var verdict: String
        /// The counterexample at the candidate, when it was checked exactly.
        public var counterexample: Counterexample?
        /// The constraint it puts on the unknowns (nil when it could not be read as one).
        public var constraint: Constraint?
    }
    public var claim: String
    /// The unknowns and their search intervals, in order.
    public var unknowns: [(name: String, range: ParameterDomain)]
    public var outcome: Outcome
    /// holds: the certified point and the proof of the claim there.
    public var point: [String: Rational]?
    public var proof: VerificationResult?
    /// empty: the ∃-claim over the box with no witness (the counterexamples exclude it).
    public var exclusion: VerificationResult?
    /// The claims `proof` and `exclusion` prove (for proof bundles).
    public var proofClaim: Claim?
    public var exclusionClaim: Claim?
    public var rounds: [Round]
    /// Why the search stopped without a certificate (undecided), in words.
    public var reason: String?
    public var verifications: Int
    public var seconds: Double

    /// Candidates whose verification was neither a proof nor an exact counterexample: they
    /// are excluded from later candidates without a certificate.
    public var undecidedPoints: [[String: Rational]] { rounds.filter { $0.constraint == nil }.map(\.candidate) }
}

extension Engine {
    /// Searches the box of `unknowns` for one value vector where `claim` (a ∀-claim) holds.
    /// `maxVerifications` bounds the verifications (each round costs one for the candidate and
    /// one for the next candidate's ∃-claim).
    public func search(
        _ claim: Claim, unknowns: [(String, ParameterDomain)], maxVerifications: Int = 80, progress: (@Sendable (String) -> Void)? = nil
    ) throws(ClaimError) -> SynthesisSearchResult {
        guard claim.kind == .forall else { throw ClaimError("synthesis needs a ∀-claim") }
        guard !unknowns.isEmpty else { throw ClaimError("give at least one unknown") }
        guard Set(unknowns.map(\.0)).count == unknowns.count else { throw ClaimError("an unknown is named twice") }
        for (name, range) in unknowns {
            guard claim.parameters.contains(where: { $0.symbol.name == name }) else { throw ClaimError("'\(name)' is not a parameter of the claim") }
            guard range.lower != nil, range.upper != nil, !range.isEmpty else {
                throw ClaimError("the search interval for \(name) must be bounded and non-empty (got \(range))")
            }
        }
        let start = Date()
        let sub = synthesisEngine
        let symbols = Set(unknowns.map { Symbol.scalar($0.0) })
        var count = 0
        var rounds: [SynthesisSearchResult.Round] = []
        func result(_ o: SynthesisSearchResult.Outcome, point: [String: Rational]? = nil, proof: VerificationResult? = nil, exclusion: VerificationResult? = nil, reason: String? = nil)
            -> SynthesisSearchResult
        {
            SynthesisSearchResult(
                claim: claim.name, unknowns: unknowns.map { (name: $0.0, range: $0.1) }, outcome: o, point: point, proof: proof, exclusion: exclusion,
                rounds: rounds, reason: reason, verifications: count, seconds: Date().timeIntervalSince(start))
        }
        func text(_ u: [String: Rational]) -> String { unknowns.map { "\($0.0) = \(u[$0.0]!)" }.joined(separator: ", ") }

        // The first candidate: in each interval, the simplest rational of its middle third.
        var candidate: [String: Rational] = [:]
        for (name, r) in unknowns {
            let (l, u) = (r.lower!, r.upper!)
            let third = (u - l) / 3
            candidate[name] = SimplestRational.in(ParameterDomain(lower: l + third, upper: u - third)) ?? (l + u) / 2
        }
        while true {
            if count >= maxVerifications { return result(.undecided, reason: "the budget of \(maxVerifications) verifications is spent") }
            if cancellation.isCancelled { return result(.undecided, reason: "interrupted") }
            count += 1
            progress?("[\(count)] candidate \(text(candidate))")
            var fixed = claim
            for (name, _) in unknowns { fixed = fixed.with(name, domain: .exactly(candidate[name]!)) }
            let res: VerificationResult
            do { res = try sub.verify(fixed) } catch { return result(.undecided, reason: "the claim could not be verified at \(text(candidate)): \(error)") }
            if res.verdict.isProof {
                var r = result(.holds, point: candidate, proof: res)
                r.proofClaim = fixed
                return r
            }
            var round = SynthesisSearchResult.Round(candidate: candidate, verdict: res.verdict.name)
            if res.verdict == .refuted, let cx = res.counterexample, cx.isExactlyChecked {
                round.counterexample = cx
                round.constraint = PointFormula(claim, unknowns: symbols, cx: cx).flatMap { try? $0.necessary() }
            }
            rounds.append(round)

            // The next candidate: some u in the box satisfying every constraint so far, and
            // different from each candidate that stayed undecided.
            var goals = rounds.compactMap(\.constraint)
            for p in rounds where p.constraint == nil {
                goals.append(any(unknowns.map { Expr.scalar($0.0) .< Expr(p.candidate[$0.0]!) } + unknowns.map { Expr(p.candidate[$0.0]!) .< Expr.scalar($0.0) }))
            }
            if count >= maxVerifications { return result(.undecided, reason: "the budget of \(maxVerifications) verifications is spent") }
            count += 1
            progress?("[\(count)] next candidate (\(goals.count) constraints)")
            let next = Claim(
                name: "\(claim.name): values of \(unknowns.map(\.0).joined(separator: ", ")) not excluded by \(rounds.count) counterexample\(rounds.count == 1 ? "" : "s")",
                kind: .exists, parameters: unknowns.map { Parameter($0.0, $0.1) }, hypotheses: [], goal: all(goals), dimensions: .fixed([1]))
            let q: VerificationResult
            do { q = try sub.verify(next) } catch { return result(.undecided, reason: "the next candidate could not be asked for: \(error)") }
            if q.verdict == .noWitness || q.verdict == .noWitnessInScope {
                // No vectors are left in the ∃-claim: its dimension does not matter.
                if rounds.allSatisfy({ $0.constraint != nil }) {
                    var r = result(.empty, exclusion: q)
                    r.exclusionClaim = next
                    return r
                }
                let open = rounds.filter { $0.constraint == nil }.map { text($0.candidate) }
                return result(
                    .undecided, exclusion: q,
                    reason: "the counterexamples exclude every value of the box except, possibly, the undecided candidate\(open.count == 1 ? "" : "s") \(open.joined(separator: "; "))")
            }
            guard q.verdict == .found, let w = q.counterexample else {
                return result(.undecided, reason: "the ∃-claim for the next candidate is \(q.verdict.name)")
            }
            var nextCandidate: [String: Rational] = [:]
            for (name, _) in unknowns {
                guard let v = w.values[.scalar(name)]?.rational else { return result(.undecided, reason: "the next candidate has an irrational \(name)") }
                nextCandidate[name] = v
            }
            candidate = nextCandidate
        }
    }
}
