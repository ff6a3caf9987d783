import Dynamics
import Foundation
import Symbolic
import Synchronization
import Testing
import Verification

@testable import Proof

/// A Z3 backend that answers unknown to the first `firstCases` case queries (so the engine
/// falls back to box bisection) and, when `obligations` is false, cannot read the SMT-LIB2
/// text of the reductions' obligations (so they stay unknown).
final class StubbornBackend: QueryBackend {
    let inner = Z3Backend()
    let firstCases: Int
    let obligations: Bool
    private let seen = Mutex(0)
    init(firstCases: Int = 0, obligations: Bool = true) {
        self.firstCases = firstCases
        self.obligations = obligations
    }
    var name: String { "stubborn " + inner.name }
    func check(_ query: Query, timeout: Double?, cancellation: Cancellation) -> QueryOutcome {
        if query.label.contains("case") {
            let n = seen.withLock { v -> Int in
                v += 1
                return v
            }
            if n <= firstCases { return .unknown(reason: "injected") }
        }
        return inner.check(query, timeout: timeout, cancellation: cancellation)
    }
    func smtlib2(_ query: Query) -> String? { inner.smtlib2(query) }
    func check(smtlib2 text: String, timeout: Double?, cancellation: Cancellation) -> QueryOutcome {
        obligations ? inner.check(smtlib2: text, timeout: timeout, cancellation: cancellation) : .unknown(reason: "injected")
    }
}

/// Proofs the engine gives that are not a plain "every case unsat": the bundle is written,
/// and `lionk check` re-checks it instead of calling it inconsistent.
@Suite struct IncompleteProofTests {
    static func bundle(_ r: VerificationResult, _ claim: Claim) throws -> (URL, Manifest) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lionk-incomplete-\(UUID().uuidString)")
        let (files, m) = try ProofBundle.files(BundleSource(result: r, claim: claim, convention: .implementation, lionkVersion: "test"))
        for (p, t) in files {
            let u = dir.appendingPathComponent(p)
            try FileManager.default.createDirectory(at: u.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(t.utf8).write(to: u)
        }
        return (dir, m)
    }

    /// |x| = x·sign(x) needs a case split, so the bundle has obligations.
    static func signClaim() -> Claim {
        let x = Expr.scalar("x")
        return Claim(name: "sign split", parameters: [], hypotheses: [], goal: abs(x) .== x * sign(x))
    }

    @Test func aProofWhoseObligationsStayedUnknownIsRecheckedNotRejected() throws {
        var o = EngineOptions()
        o.recordQueries = true
        let claim = Self.signClaim()
        let r = try Engine(backend: StubbornBackend(obligations: false), options: o).verify(claim)
        #expect(r.verdict.isProof)
        let obligations = r.queries.filter { $0.role == .obligation }
        try #require(!obligations.isEmpty)
        #expect(obligations.allSatisfy { $0.answer.hasPrefix("unknown") })
        let (dir, m) = try Self.bundle(r, claim)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(ProofChecker.consistency(m).isEmpty)
        // What the verdict needs from an obligation is unsat, whatever lionk got.
        #expect(m.queries.filter { $0.role == "obligation" }.allSatisfy { $0.expected == "unsat" })
        let c = ProofChecker.check(folder: dir.path, solver: .linked, timeout: 30)
        #expect(c.problems.isEmpty, "\(c.problems)")
        #expect(c.queries.filter { $0.role == "obligation" }.allSatisfy { $0.status == .agree })
        #expect(c.summary == .agree)
    }

    @Test func anObligationNoSolverDecidesLeavesTheCheckOpen() throws {
        var o = EngineOptions()
        o.recordQueries = true
        let claim = Self.signClaim()
        let r = try Engine(backend: StubbornBackend(obligations: false), options: o).verify(claim)
        let (dir, _) = try Self.bundle(r, claim)
        defer { try? FileManager.default.removeItem(at: dir) }
        // A "solver" that never decides: the obligations are not agreement.
        let c = ProofChecker.check(folder: dir.path, solver: .commands([["/bin/echo", "unknown"]]), timeout: 30)
        #expect(c.problems.isEmpty, "\(c.problems)")
        #expect(c.queries.contains { $0.role == "obligation" && $0.status == .solverUnknown })
        #expect(c.summary == .unknowns)
    }

    @Test func aProofByBoxBisectionIsConsistent() throws {
        var o = EngineOptions()
        o.recordQueries = true
        o.bisectionMinWidth = Rational(1, 4)
        o.bisectionMaxBoxes = 16
        let claim = LionClaims.boxInvariant()
        let r = try Engine(backend: StubbornBackend(firstCases: 1), options: o).verify(claim)
        try #require(r.verdict.isProof, "\(r.verdict) \(r.openCases)")
        #expect(!r.boxes.isEmpty)
        let (dir, m) = try Self.bundle(r, claim)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(ProofChecker.consistency(m).isEmpty, "\(ProofChecker.consistency(m))")
        let c = ProofChecker.check(folder: dir.path, solver: .linked, timeout: 30)
        #expect(c.problems.isEmpty, "\(c.problems)")
        #expect(c.summary == .agree)
        // A box whose query is not unsat breaks the proof.
        var broken = m
        let i = try #require(broken.queries.firstIndex { $0.role == "case" && $0.label.hasPrefix("box ") })
        broken.queries[i].answer = "unknown (timeout)"
        #expect(!ProofChecker.consistency(broken).isEmpty)
    }

    /// A query undecided when the bundle was written (here the d = 2 case cancelled once d = 1
    /// refuted the claim) has no expected answer and is not re-run by default: it proves
    /// nothing, and re-running it waited out a 60 s timeout in every `lionk check Proofs/`.
    @Test func undecidedQueriesAreNotReRunUnlessAsked() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("Proofs/lionk.lyapunov-discrete.l3.doubled-c").path
        let m = try Manifest.read(try #require(FileManager.default.contents(atPath: folder + "/manifest.json")))
        let undecided = m.queries.filter { $0.expected == nil && $0.file != nil && $0.role != "unreduced" }
        #expect(undecided.map(\.label) == ["d=2 case 1/1"], "\(undecided.map(\.label))")
        let c = ProofChecker.check(folder: folder, solver: .linked, timeout: 30)
        #expect(c.summary == .agree, "\(c.problems)")
        #expect(!c.queries.contains { $0.label == "d=2 case 1/1" })
        #expect(c.queries.contains { $0.role == "search" && $0.status == .agree })
        // Asked for, it is run and reported informational, whatever the solver says.
        let all = ProofChecker.check(folder: folder, solver: .linked, timeout: 1, unreduced: true)
        #expect(all.queries.first { $0.label == "d=2 case 1/1" }?.status == .informational)
    }
}
