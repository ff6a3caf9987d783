import Foundation
import Symbolic
import Testing

@testable import Verification

/// A recorded query's SMT-LIB2 is written from the very terms the backend solved (one
/// lowering, `Query.wantsText`), and re-checking that text gives the recorded answer.
@Suite struct RecordingTextTests {
    /// Z3, but every answer's text replaced by a marker (to see which text is recorded).
    struct MarkingBackend: QueryBackend {
        let inner = Z3Backend()
        var name: String { inner.name }
        func check(_ query: Query, timeout: Double?, cancellation: Cancellation) -> QueryOutcome {
            inner.check(query, timeout: timeout, cancellation: cancellation)
        }
        func answer(_ query: Query, timeout: Double?, cancellation: Cancellation) -> QueryAnswer {
            var a = inner.answer(query, timeout: timeout, cancellation: cancellation)
            #expect(query.wantsText, "a recording engine asks for the text")
            #expect(a.smtlib2 != nil, "Z3 writes the text it was asked for")
            if a.smtlib2 != nil { a.smtlib2 = "; MARK\n" + a.smtlib2! }
            return a
        }
        func smtlib2(_ query: Query) -> String? { inner.smtlib2(query) }
    }

    @Test func theRecordedTextIsTheSolvedTermsText() throws {
        let x = Expr.scalar("x")
        let claim = Claim(name: "abs", parameters: [], hypotheses: [], goal: abs(x) .>= x)
        var o = EngineOptions()
        o.recordQueries = true
        let r = try Engine(backend: MarkingBackend(), options: o).verify(claim)
        #expect(r.verdict == .proved)
        let cases = r.queries.filter { $0.role == .caseQuery }
        try #require(!cases.isEmpty)
        for q in cases {
            let text = try #require(q.smtlib2)
            #expect(text.contains("; MARK"), "recorded from the answer, not lowered again")
            #expect(try Z3Backend.recheck(smtlib2: text) == q.answer)
        }
    }

    @Test func withoutRecordingNoTextIsAskedFor() throws {
        let q = Query(label: "t", assertions: [try Build.compare(.lt, Expr.scalar("y").node, Expr(0).node)])
        #expect(!q.wantsText)
        let a = Z3Backend().answer(q, timeout: 10, cancellation: Cancellation())
        #expect(a.smtlib2 == nil)
        var asked = q
        asked.wantsText = true
        let b = Z3Backend().answer(asked, timeout: 10, cancellation: Cancellation())
        #expect(b.smtlib2?.contains("assert") == true)
    }
}
