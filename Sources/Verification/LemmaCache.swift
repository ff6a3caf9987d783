import Synchronization
public import Symbolic

/// Lemma results already proved in this process, so that a run of many claims (`lionk
/// reproduce`, `kappa check`) proves each lemma once: the ℓ3 lemmas of the momentum update
/// take about 5 s each, and three catalogue claims use them.
///
/// Only proofs are kept. A lemma is a closed ∀-claim: what it states is fixed by its
/// parameters, hypotheses, goal, definitions, dimension scope, kind and its own lemmas, and a
/// proof of it stays a proof whatever else the run does. The key is that whole statement as
/// text, together with what changes the claim's meaning or what the result records: the
/// subgradient convention (sign at 0), the backend, whether queries are recorded or their
/// SMT-LIB2 text kept. Timeouts, the case limit, left-out reductions and the number of
/// workers change only how fast or whether a claim is decided, never what a proof proves, so
/// they are not part of the key. Unknown and refuted lemmas are not cached (an unknown may
/// be decided with more time).
public final class LemmaCache: Sendable {
    private let proofs = Mutex<[String: VerificationResult]>([:])

    public init() {}

    /// The number of lemma results kept.
    public var count: Int { proofs.withLock { $0.count } }

    func result(for key: String) -> VerificationResult? { proofs.withLock { $0[key] } }

    func keep(_ r: VerificationResult, for key: String) {
        guard r.verdict.isProof else { return }
        proofs.withLock { $0[key] = r }
    }

    /// The key of a lemma under an engine's options (see the type's comment).
    static func key(_ lemma: Claim, _ engine: Engine) -> String {
        var parts = [
            "backend=\(engine.backend.name)", "convention=\(engine.options.convention.rawValue)",
            "record=\(engine.options.recordQueries)", "smt=\(engine.options.exportSMT)",
        ]
        parts.append(statement(lemma))
        return parts.joined(separator: "\n")
    }

    /// Everything that fixes what a claim states, as text.
    static func statement(_ c: Claim) -> String {
        var parts = [
            "name=\(c.name)", "kind=\(c.kind.rawValue)", "dims=\(c.dimensions)",
            "vars=" + c.variables.map(\.description).sorted().joined(separator: ","),
            "params=" + c.parameters.map { "\($0.expr)∈\($0.domain)" }.joined(separator: ";"),
            "defs=" + c.definitions.map { "\($0.0):=\($0.1)" }.joined(separator: ";"),
            "hyps=" + c.hypotheses.map(\.description).joined(separator: ";"),
            "instances=" + c.lemmaInstances.map(\.description).joined(separator: ";"),
            "goal=\(c.goal)", "relaxation=\(c.relaxation ?? "-")",
            "coordinates=" + c.writtenCoordinates.map(\.description).sorted().joined(separator: ","),
        ]
        for use in c.lemmas {
            parts.append("lemma{" + statement(use.lemma) + "}@" + use.instantiations.map(LemmaUse.describe).joined(separator: "|"))
        }
        return parts.joined(separator: "\n")
    }
}
