import Foundation
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
///
/// Claims verified at the same time (`lionk reproduce --parallel`) that need the same lemma
/// prove it once: the first takes the key (`begin`), the others wait until it is done
/// (`finish`) and then use its proof, or, if it was not proved, prove it themselves.
public final class LemmaCache: Sendable {
    private struct State {
        var proofs: [String: VerificationResult] = [:]
        var running: Set<String> = []
    }
    private let state = Mutex(State())

    public init() {}

    /// The number of lemma results kept.
    public var count: Int { state.withLock { $0.proofs.count } }

    /// The kept proof of the key, after waiting for another thread proving it; or nil, and
    /// whether the caller now owns the key (it must then call `finish`). Stops waiting on
    /// cancellation (nil, not the owner).
    func begin(_ key: String, cancellation: Cancellation) -> (kept: VerificationResult?, owner: Bool) {
        while true {
            let (kept, mine) = state.withLock { st -> (VerificationResult?, Bool) in
                if let r = st.proofs[key] { return (r, false) }
                if st.running.contains(key) { return (nil, false) }
                st.running.insert(key)
                return (nil, true)
            }
            if kept != nil || mine || cancellation.isCancelled { return (kept, mine) }
            Thread.sleep(forTimeInterval: 0.01)
        }
    }

    /// Ends `begin`'s claim on the key, keeping the result if it is a proof.
    func finish(_ key: String, _ r: VerificationResult?) {
        state.withLock { st in
            st.running.remove(key)
            if let r, r.verdict.isProof { st.proofs[key] = r }
        }
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
