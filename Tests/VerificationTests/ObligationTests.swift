import Foundation
import Symbolic
import Testing

@testable import Verification

/// The proof bundle's reduction obligations (docs/proof-logs.md): each must be unsat for the
/// engine's own reductions, and sat — so that it catches the fault — for a broken one.
@Suite struct ObligationTests {
    let x = Expr.scalar("x")
    let y = Expr.scalar("y")

    func split(_ c: Constraint, convention: SubgradientConvention = .implementation) throws -> SplitRecord {
        let s = try CaseSplit.run([c.node], convention: convention, limit: 100, freshPrefix: "sub", recordAtoms: true)
        return SplitRecord(dimension: 1, core: [c.node], cases: s.cases, convention: convention)
    }

    func answers(_ s: SplitRecord) -> [String: String] {
        let engine = Engine(backend: Z3Backend())
        return Dictionary(uniqueKeysWithValues: engine.obligations(splits: [s], eliminated: [], dims: [1], deadline: nil).map { ($0.label, $0.answer) })
    }

    @Test(arguments: [SubgradientConvention.implementation, .any])
    func theEnginesOwnSplitMeetsItsObligations(convention: SubgradientConvention) throws {
        let c = abs(x) + sign(y) * max(x, y) .>= 1
        let s = try split(c, convention: convention)
        #expect(s.cases.count > 1)
        let a = answers(s)
        #expect(a["d=1 case-split coverage"] == "unsat")
        #expect(a["d=1 case-split agreement"] == "unsat")
    }

    @Test func aDroppedCaseFailsCoverage() throws {
        var s = try split(abs(x) + sign(y) .>= 1)
        s.cases.removeLast()
        #expect(answers(s)["d=1 case-split coverage"] == "sat")
    }

    @Test func aWrongReplacementFailsAgreement() throws {
        var s = try split(abs(x) + sign(y) .>= 1)
        let i = try #require(s.cases.firstIndex { !$0.replacements.isEmpty })
        let id = try #require(s.cases[i].replacements.keys.first { s.cases[i].replacements[$0]?.symbol == nil })
        s.cases[i].replacements[id] = try Build.add([s.cases[i].replacements[id]!, Expr(1).node])
        #expect(answers(s)["d=1 case-split agreement"] == "sat")
    }

    @Test func recordedProofsCarryEveryQueryAndPassingObligations() throws {
        // sign splits, a worst-case elimination (f1 ≤ bound) and a denominator.
        let claim = Claim(
            name: "obligations", parameters: [Parameter("p", .positive)],
            hypotheses: [Expr.scalar("f") .<= x * x], goal: Expr.scalar("f") - abs(x) * sign(x) * x .<= 1 / Expr.scalar("p") + x * x)
        var o = EngineOptions()
        o.recordQueries = true
        o.disabledReductions = []
        let r = try Engine(backend: Z3Backend(), options: o).verify(claim)
        #expect(r.verdict == .proved)
        let roles = Set(r.queries.map(\.role))
        #expect(roles.isSuperset(of: [.caseQuery, .obligation, .unreduced]))
        #expect(r.queries.filter { $0.role == .obligation }.allSatisfy { $0.answer == "unsat" }, "\(r.queries.map { "\($0.label): \($0.answer)" })")
        #expect(r.queries.contains { $0.label.contains("worst-case elimination") })
        #expect(r.queries.filter { $0.role == .caseQuery }.count == r.cases.count)
        #expect(r.queries.allSatisfy { $0.smtlib2 != nil })
        // Without recording, nothing is kept.
        let plain = try Engine(backend: Z3Backend()).verify(claim)
        #expect(plain.queries.isEmpty)
        #expect(plain.verdict == .proved)
    }
}
