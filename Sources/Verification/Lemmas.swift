import Foundation
public import Symbolic

/// A lemma used by a claim: a ∀-claim proved on its own, and the places it is used.
///
/// Each instantiation maps symbols of the lemma (its variables, parameters, auxiliary
/// variables) to expressions of the main claim; unmapped symbols are left as they are (a
/// lemma holds for every value, so any instantiation — also one that captures a symbol of
/// the main claim — is true). What is added to the main claim's hypotheses is the whole
/// implication `(parameter domains ∧ hypotheses ⇒ goal)[σ]`, so no instantiation can make
/// the hypotheses inconsistent.
public struct LemmaUse: Sendable {
    public var lemma: Claim
    public var instantiations: [[Symbol: Expr]]

    public init(_ lemma: Claim, instantiations: [[Symbol: Expr]]) {
        self.lemma = lemma
        self.instantiations = instantiations
    }

    /// One instantiation.
    public init(_ lemma: Claim, at substitution: [Symbol: Expr]) {
        self.init(lemma, instantiations: [substitution])
    }

    /// The lemma as one implication, before substitution: parameter domains and inlined
    /// hypotheses imply the goal.
    public var statement: Constraint {
        let (hyps, goal) = lemma.inlined()
        let domains = lemma.parameters.map { $0.domain.constraint(for: $0.expr) }
        return all(domains + hyps) ==> goal
    }

    /// The instances to add as hypotheses.
    public var instances: [Constraint] {
        let s = statement
        return instantiations.map { s.substituting($0) }
    }

    /// A short text of one substitution ("m ↦ m, x ↦ s").
    public static func describe(_ sigma: [Symbol: Expr]) -> String {
        if sigma.isEmpty { return "its own variables" }
        return sigma.sorted { $0.key < $1.key }.map { "\($0.key) ↦ \($0.value)" }.joined(separator: ", ")
    }
}

/// A lemma's own result, kept in the main claim's result.
public struct LemmaRecord: Sendable {
    public var name: String
    /// The substitutions it was used at (as text).
    public var instantiations: [String]
    public var result: VerificationResult
    /// Proved earlier in this process and taken from the engine's `LemmaCache` (its queries
    /// and time are those of that first proof).
    public var reused: Bool = false
}

extension Engine {
    /// Verifies a claim that uses lemmas: each lemma first (same options, the claim's budget),
    /// then the main claim with the instances of the *proved* lemmas as extra hypotheses
    /// (a proof then needs each lemma proved at every dimension the main claim is decided at).
    /// A lemma that is not proved is left out: the claim is then asked with fewer facts, which
    /// may still refute it (a counterexample refutes it whatever the lemmas are) or prove it.
    func verifyWithLemmas(_ claim: Claim) throws(ClaimError) -> VerificationResult {
        let start = Date()
        let deadline = options.budget.map { start.addingTimeInterval($0) }
        func remaining() -> Double? { deadline.map { max(0, $0.timeIntervalSinceNow) } }
        var records: [LemmaRecord] = []
        var open: [String] = []
        for use in claim.lemmas {
            guard use.lemma.kind == .forall else { throw ClaimError("lemma \(use.lemma.name) is not a ∀-claim") }
            guard !use.instantiations.isEmpty else { throw ClaimError("lemma \(use.lemma.name) is used nowhere") }
            var sub = self
            sub.options.budget = remaining()
            sub.log = nil  // a lemma's queries go into its own result (and its own bundle)
            let r: VerificationResult
            let lookup = lemmaCache.map { cache in (cache, LemmaCache.key(use.lemma, sub)) }
            let claimed = lookup.map { cache, key in cache.begin(key, cancellation: cancellation) }
            // Only the owner of the key reports back (a proof to keep, or none).
            let key = claimed?.owner == true ? lookup?.1 : nil
            if let kept = claimed?.kept {
                records.append(
                    LemmaRecord(
                        name: use.lemma.name, instantiations: use.instantiations.map(LemmaUse.describe), result: kept, reused: true))
                continue
            }
            if let left = sub.options.budget, left <= 0 {
                if let key { lemmaCache?.finish(key, nil) }
                r = VerificationResult(
                    claim: use.lemma.name, kind: .forall, verdict: .unknown, scope: "not run", dimensionsChecked: [],
                    provedForAllDimensions: false, reductions: [], cases: [], seconds: 0, counterexample: nil,
                    openCases: ["budget exhausted before the lemma ran"], boxes: [], solver: backend.name)
            } else {
                do {
                    r = try sub.verify(use.lemma)
                } catch {
                    if let key { lemmaCache?.finish(key, nil) }
                    throw error
                }
                if let key { lemmaCache?.finish(key, r) }
            }
            records.append(
                LemmaRecord(name: use.lemma.name, instantiations: use.instantiations.map(LemmaUse.describe), result: r))
            if !r.verdict.isProof {
                let why = r.openCases.first.map { ": \($0)" } ?? (r.verdict == .refuted ? ": it has a counterexample" : "")
                open.append("lemma \(use.lemma.name) not proved (\(r.verdict.name)\(why))")
            }
        }
        func lemmaSteps() -> [ReductionStep] {
            records.filter(\.result.verdict.isProof).map { rec in
                let r = rec.result
                return ReductionStep(
                    .lemma,
                    justification:
                        "the lemma is a ∀-claim proved by its own queries; every instance (parameter domains ∧ hypotheses ⇒ goal)[σ] of it is therefore true for all values, so adding it as a hypothesis leaves the claim equivalent",
                    detail:
                        "lemma \(rec.name) \(r.verdict.name) (\(r.cases.count) case\(r.cases.count == 1 ? "" : "s"), \(r.provedForAllDimensions ? "every d" : "d = " + r.dimensionsChecked.map(String.init).joined(separator: ", "))) and instantiated at "
                        + rec.instantiations.map { "[\($0)]" }.joined(separator: "; "))
            }
        }
        let negation = ReductionStep(
            .negation,
            justification: "hypotheses ⇒ goal holds for all values iff hypotheses ∧ ¬goal is unsatisfiable",
            detail: "each case asks for a counterexample")
        if let left = remaining(), left <= 0, !open.isEmpty {
            return VerificationResult(
                claim: claim.name, kind: claim.kind, verdict: .unknown, scope: "not decided (a lemma is not proved)",
                dimensionsChecked: [], provedForAllDimensions: false,
                reductions: (claim.kind == .forall ? [negation] : []) + lemmaSteps(), cases: [],
                seconds: Date().timeIntervalSince(start), counterexample: nil, openCases: open + ["budget exhausted"], boxes: [],
                solver: backend.name, lemmas: records)
        }
        var augmented = claim
        augmented.lemmas = []
        // Only the proved lemmas' instances (records are in the claim's lemma order).
        for (use, rec) in zip(claim.lemmas, records) where rec.result.verdict.isProof {
            augmented.lemmaInstances += use.instances
        }
        var sub = self
        sub.options.budget = remaining()
        var r = try sub.verify(augmented)
        // A lemma left out keeps an undecided claim undecided for that reason too.
        if r.verdict == .unknown { r.openCases = open + r.openCases }
        open = []
        // Coverage: a lemma proved at some dimensions only supports the main claim there.
        if r.verdict.isProof {
            for rec in records where rec.result.verdict.isProof && !rec.result.provedForAllDimensions {
                let lemmaDims = Set(rec.result.dimensionsChecked)
                if r.provedForAllDimensions {
                    open.append(
                        "lemma \(rec.name) is proved at d = \(rec.result.dimensionsChecked.map(String.init).joined(separator: ", ")) only, the claim was decided for every d")
                } else if !Set(r.dimensionsChecked).isSubset(of: lemmaDims) {
                    open.append(
                        "lemma \(rec.name) is proved at d = \(rec.result.dimensionsChecked.map(String.init).joined(separator: ", ")) only, the claim was checked at d = \(r.dimensionsChecked.map(String.init).joined(separator: ", "))")
                }
            }
            if !open.isEmpty {
                r.verdict = .unknown
                r.provedForAllDimensions = false
                r.openCases += open
            }
        }
        // A counterexample of the augmented claim satisfies the original hypotheses (a subset)
        // and violates the goal, and its exact re-check evaluated all of them: it refutes the
        // original claim whatever the lemmas are.
        var reductions = r.reductions
        let at = reductions.first?.name == "negation" ? 1 : 0
        reductions.insert(contentsOf: lemmaSteps(), at: at)
        r.reductions = reductions
        r.lemmas = records
        r.seconds = Date().timeIntervalSince(start)
        return r
    }
}
