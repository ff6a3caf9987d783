import Foundation
import Symbolic
import Synchronization
import Testing
import Verification

/// Answers unknown for queries that mention a symbol with one of the given names (or a name
/// starting with one of the prefixes), forwards the rest to Z3, and counts assertions.
final class SymbolFaultBackend: QueryBackend, Sendable {
    let inner = Z3Backend()
    let unknownForSymbols: [String]
    let unknownForPrefixes: [String]
    let seen = Mutex<[(label: String, assertions: Int, symbols: Set<String>)]>([])
    var name: String { "symbol-fault " + inner.name }

    init(unknownForSymbols: [String] = [], unknownForPrefixes: [String] = []) {
        self.unknownForSymbols = unknownForSymbols
        self.unknownForPrefixes = unknownForPrefixes
    }

    func check(_ query: Query, timeout: Double?, cancellation: Cancellation) -> QueryOutcome {
        let names = Set(query.symbols.map(\.name))
        seen.withLock { $0.append((query.label, query.assertions.count, names)) }
        if names.contains(where: { n in unknownForSymbols.contains(n) || unknownForPrefixes.contains { n.hasPrefix($0) } }) {
            return .unknown(reason: "injected")
        }
        return inner.check(query, timeout: timeout, cancellation: cancellation)
    }
    func smtlib2(_ query: Query) -> String? { inner.smtlib2(query) }
}

@Suite("Lemmas: proved first, then instantiated as hypotheses")
struct LemmaTests {
    let x = Expr.scalar("x"), y = Expr.scalar("y"), a = Expr.scalar("a"), b = Expr.scalar("b")

    /// a² + b² ≥ 2ab.
    var amgm: Claim {
        Claim(name: "am-gm", parameters: [], variables: [.scalar("a"), .scalar("b")], hypotheses: [], goal: a * a + b * b .>= 2 * a * b)
    }

    /// x⁴ + y⁴ ≥ 2x²y², with am-gm at a ↦ x², b ↦ y².
    var quartic: Claim {
        Claim(
            name: "quartic", parameters: [], variables: [.scalar("x"), .scalar("y")], hypotheses: [],
            goal: x.pow(4) + y.pow(4) .>= 2 * x * x * y * y,
            lemmas: [LemmaUse(amgm, at: [.scalar("a"): x * x, .scalar("b"): y * y])])
    }

    @Test func provedLemmaIsRecordedAndItsInstanceAdded() throws {
        let backend = SymbolFaultBackend()
        let r = try Engine(backend: backend).verify(quartic)
        #expect(r.verdict == .proved, "\(r.openCases)")
        let step = try #require(r.reductions.first { $0.name == "lemma" })
        #expect(step.detail.contains("am-gm proved"))
        #expect(step.detail.contains("a ↦ x^2"))
        #expect(r.lemmas.count == 1)
        #expect(r.lemmas.first?.result.verdict == .proved)
        #expect(r.lemmas.first?.result.claim == "am-gm")
        // The main query (over x, y) has one more assertion than the same claim without the lemma.
        var plain = quartic
        plain.lemmas = []
        let plainBackend = SymbolFaultBackend()
        _ = try Engine(backend: plainBackend).verify(plain)
        let withLemma = backend.seen.withLock { $0.filter { $0.symbols.contains("x") }.map(\.assertions) }
        let without = plainBackend.seen.withLock { $0.filter { $0.symbols.contains("x") }.map(\.assertions) }
        #expect(withLemma.count == 1 && without.count == 1)
        #expect(withLemma.first == without.first.map { $0 + 1 })
    }

    @Test func falseLemmaNeverGivesProved() throws {
        // "Every number is nonnegative" would make x ≥ 0 provable; it is refuted, so it is
        // left out, and the claim without it is refuted by an exact counterexample.
        let lemma = Claim(name: "all nonnegative", parameters: [], variables: [.scalar("a")], hypotheses: [], goal: a .>= 0)
        let c = Claim(
            name: "x ≥ 0", parameters: [], variables: [.scalar("x")], hypotheses: [], goal: x .>= 0,
            lemmas: [LemmaUse(lemma, at: [.scalar("a"): x])])
        let r = try engine().verify(c)
        #expect(r.verdict == .refuted)
        #expect(r.counterexample?.isExactlyChecked == true)
        #expect((r.counterexample?.values[.scalar("x")]?.rational ?? 0) < 0)
        #expect(r.lemmas.first?.result.verdict == .refuted)
        #expect(!r.reductions.contains { $0.name == "lemma" }, "an unproved lemma is never a step of the verdict")
    }

    @Test func anUnprovedLemmaLeavesAnUndecidedClaimUndecidedAndSaysWhy() throws {
        let lemma = Claim(name: "all nonnegative", parameters: [], variables: [.scalar("a")], hypotheses: [], goal: a .>= 0)
        let c = Claim(
            name: "x ≥ 0", parameters: [], variables: [.scalar("x")], hypotheses: [], goal: x .>= 0,
            lemmas: [LemmaUse(lemma, at: [.scalar("a"): x])])
        // The main claim's own query answers unknown (only it mentions x).
        let r = try Engine(backend: SymbolFaultBackend(unknownForSymbols: ["x"])).verify(c)
        #expect(r.verdict == .unknown)
        #expect(r.openCases.first?.contains("lemma all nonnegative not proved (refuted") == true, "\(r.openCases)")
    }

    @Test func injectedUnknownInALemmaGivesUnknown() throws {
        // Only the lemma's queries mention a, b; only the main claim's mention x.
        let r = try Engine(backend: SymbolFaultBackend(unknownForSymbols: ["a", "x"])).verify(quartic)
        #expect(r.verdict == .unknown)
        #expect(r.lemmas.first?.result.verdict == .unknown)
        #expect(r.openCases.contains { $0.contains("lemma am-gm not proved (unknown") && $0.contains("injected") })
        // The lemma unknown, the claim decided without it: proved, and no step rests on am-gm.
        let without = try Engine(backend: SymbolFaultBackend(unknownForSymbols: ["a"])).verify(quartic)
        #expect(without.verdict == .proved)
        #expect(without.lemmas.first?.result.verdict == .unknown)
        #expect(!without.reductions.contains { $0.name == "lemma" })
    }

    @Test func injectedUnknownInANestedLemmaGivesUnknown() throws {
        // quartic uses am-gm; a claim using quartic inherits the fault of am-gm.
        let u = Expr.scalar("u")
        let outer = Claim(
            name: "outer", parameters: [], variables: [.scalar("u")], hypotheses: [],
            goal: u.pow(4) + 1 .>= 2 * u * u,
            lemmas: [LemmaUse(quartic, at: [.scalar("x"): u, .scalar("y"): Expr(1)])])
        let ok = try engine().verify(outer)
        #expect(ok.verdict == .proved, "\(ok.openCases)")
        #expect(ok.lemmas.first?.result.lemmas.first?.result.verdict == .proved)
        // am-gm unknown: quartic is proved without it, and outer with quartic.
        let r = try Engine(backend: SymbolFaultBackend(unknownForSymbols: ["a"])).verify(outer)
        #expect(r.verdict == .proved)
        #expect(r.lemmas.first?.result.lemmas.first?.result.verdict == .unknown)
        #expect(r.lemmas.first?.result.reductions.contains { $0.name == "lemma" } == false)
        // am-gm and quartic's own query unknown: quartic unknown, outer without it undecided too.
        let both = try Engine(backend: SymbolFaultBackend(unknownForSymbols: ["a", "x", "u"])).verify(outer)
        #expect(both.verdict == .unknown)
        #expect(both.lemmas.first?.result.verdict == .unknown)
    }

    @Test func lemmaProvedAtFewerDimensionsDoesNotCoverTheClaim() throws {
        let v = Expr.vector("v"), w = Expr.vector("w")
        let lemma = Claim(
            name: "squares", parameters: [], variables: [.vector("v")], hypotheses: [], goal: sum(v.squared) .>= 0,
            dimensions: .fixed([1]))
        func main(_ dims: [Int]) -> Claim {
            Claim(
                name: "main", parameters: [], variables: [.vector("w")], hypotheses: [], goal: sum(w.squared) + 1 .> 0,
                dimensions: .fixed(dims), lemmas: [LemmaUse(lemma, at: [.vector("v"): w])])
        }
        #expect(try engine().verify(main([1])).verdict == .proved)
        let r = try engine().verify(main([1, 2]))
        #expect(r.verdict == .unknown)
        #expect(r.openCases.contains { $0.contains("proved at d = 1 only") })
    }

    @Test func refutationWithALemmaIsExactlyChecked() throws {
        // x² + y² ≥ 3xy is false (x = y = 1); the am-gm instance does not hide it.
        let c = Claim(
            name: "too strong", parameters: [], variables: [.scalar("x"), .scalar("y")], hypotheses: [],
            goal: x * x + y * y .>= 3 * x * y, lemmas: [LemmaUse(amgm, at: [.scalar("a"): x, .scalar("b"): y])])
        let r = try engine().verify(c)
        #expect(r.verdict == .refuted)
        let cx = try #require(r.counterexample)
        #expect(cx.check == "exact")
        let env = try #require(cx.rationalEnvironment)
        #expect(try !(x * x + y * y .>= 3 * x * y).evaluate(env))
    }

    @Test func nonUniversalLemmaIsRejected() throws {
        let lemma = Claim(name: "exists", kind: .exists, parameters: [], hypotheses: [], goal: a .== 1)
        let c = Claim(name: "c", parameters: [], hypotheses: [], goal: x .>= x, lemmas: [LemmaUse(lemma, at: [:])])
        #expect(throws: ClaimError.self) { try engine().verify(c) }
    }
}

@Suite("exp/log abstraction: unsat proves, a model only gives unknown")
struct ExpAbstractionTests {
    let x = Expr.scalar("x"), u = Expr.scalar("u")

    @Test func expIsPositive() throws {
        let r = try engine().verify(Claim(name: "exp > 0", parameters: [], hypotheses: [], goal: exp(x) .> 0))
        #expect(r.verdict == .proved, "\(r.openCases)")
        #expect(reductionNames(r).contains("exp-abstraction"))
    }

    @Test func logIsBelowItsTangent() throws {
        let r = try engine().verify(Claim(name: "log u ≤ u − 1", parameters: [], hypotheses: [u .> 0], goal: log(u) .<= u - 1))
        #expect(r.verdict == .proved, "\(r.openCases)")
    }

    @Test func expOfLogAndLogOfExp() throws {
        let r = try engine().verify(
            Claim(name: "inverse", parameters: [], hypotheses: [u .> 0], goal: exp(log(u)) .== u && log(exp(x)) .== x))
        #expect(r.verdict == .proved, "\(r.openCases)")
    }

    @Test func trueClaimBeyondTheFactsIsUnknownWithTheReason() throws {
        // exp(x) ≥ 1 + x + x²/2 for x ≥ 0 holds, but not for every E with the recorded facts.
        let r = try engine().verify(
            Claim(name: "second order", parameters: [], hypotheses: [x .>= 0], goal: exp(x) .>= 1 + x + x * x / 2))
        #expect(r.verdict == .unknown)
        #expect(r.counterexample == nil)
        #expect(r.openCases.contains { $0.contains("the abstraction has a model") })
    }

    @Test func falseClaimIsNotRefutedThroughTheAbstraction() throws {
        // exp(x) ≤ 1 is false (x = 1), but a model of the abstraction is no exact counterexample.
        let r = try engine().verify(Claim(name: "exp ≤ 1", parameters: [], hypotheses: [], goal: exp(x) .<= 1))
        #expect(r.verdict == .unknown)
        #expect(r.counterexample == nil)
    }

    @Test func disabledAbstractionLeavesTranscendentalUnknown() throws {
        var o = EngineOptions()
        o.disabledReductions = [.expAbstraction]
        let r = try Engine(backend: Z3Backend(), options: o).verify(
            Claim(name: "exp > 0", parameters: [], hypotheses: [], goal: exp(x) .> 0))
        #expect(r.verdict == .unknown)
        #expect(r.openCases.contains { $0.contains("transcendental") })
    }

    @Test func injectedUnknownInAnAbstractedQueryGivesUnknown() throws {
        let r = try Engine(backend: SymbolFaultBackend(unknownForPrefixes: ["%absexp"])).verify(
            Claim(name: "exp > 0", parameters: [], hypotheses: [], goal: exp(x) .> 0))
        #expect(r.verdict == .unknown)
    }
}

@Suite("Separability: vector comparisons under not/or/implies are not coordinate-wise")
struct SeparabilitySoundnessTests {
    let x = Expr.vector("x")

    @Test func negatedVectorHypothesisIsNotSeparable() throws {
        // ¬(x ≤ 0) ⇒ x > 0 holds at d = 1 but not at d = 2 (x = (1, −1)).
        let c = Claim(name: "not", parameters: [], variables: [.vector("x")], hypotheses: [!(x .<= 0)], goal: x .> 0)
        let r = try engine().verify(c)
        #expect(r.verdict != .proved)
        #expect(!r.provedForAllDimensions)
    }

    @Test func disjunctiveVectorGoalIsNotSeparable() throws {
        // x ≤ 0 ∨ x ≥ 0 holds at d = 1 but not at d = 2.
        let c = Claim(name: "or", parameters: [], variables: [.vector("x")], hypotheses: [], goal: any([x .<= 0, x .>= 0]))
        let r = try engine().verify(c)
        #expect(r.verdict == .refuted)
    }
}

@Suite("Lemma cache: a lemma proved once in a run is reused, nothing else")
struct LemmaCacheTests {
    let x = Expr.scalar("x"), y = Expr.scalar("y"), a = Expr.scalar("a"), b = Expr.scalar("b")

    func amgm(_ goal: Constraint? = nil) -> Claim {
        Claim(name: "am-gm", parameters: [], variables: [.scalar("a"), .scalar("b")], hypotheses: [], goal: goal ?? (a * a + b * b .>= 2 * a * b))
    }

    func quartic(_ lemma: Claim) -> Claim {
        Claim(
            name: "quartic", parameters: [], variables: [.scalar("x"), .scalar("y")], hypotheses: [],
            goal: x.pow(4) + y.pow(4) .>= 2 * x * x * y * y,
            lemmas: [LemmaUse(lemma, at: [.scalar("a"): x * x, .scalar("b"): y * y])])
    }

    /// The lemma's own queries are the ones over a, b.
    func lemmaQueries(_ backend: SymbolFaultBackend) -> Int {
        backend.seen.withLock { $0.filter { $0.symbols.contains("a") }.count }
    }

    @Test func aProvedLemmaIsProvedOnceAndReusedWithTheSameVerdict() throws {
        let backend = SymbolFaultBackend()
        let engine = Engine(backend: backend)
        let first = try engine.verify(quartic(amgm()))
        let afterFirst = lemmaQueries(backend)
        let second = try engine.verify(quartic(amgm()))
        #expect(first.verdict == .proved && second.verdict == .proved)
        #expect(afterFirst >= 1)
        #expect(lemmaQueries(backend) == afterFirst, "the second run sent no query of the lemma")
        #expect(first.lemmas.first?.reused == false)
        #expect(second.lemmas.first?.reused == true)
        #expect(second.lemmas.first?.result.verdict == .proved)
        #expect(second.reductions.contains { $0.name == "lemma" })
        #expect(engine.lemmaCache?.count == 1)
    }

    @Test func anotherStatementOrConventionIsNotTheSameLemma() throws {
        let backend = SymbolFaultBackend()
        var engine = Engine(backend: backend)
        _ = try engine.verify(quartic(amgm()))
        let n = lemmaQueries(backend)
        // Same name, another goal: proved again (and true, so proved).
        _ = try engine.verify(quartic(amgm(a * a + b * b .>= a * b)))
        let n2 = lemmaQueries(backend)
        #expect(n2 > n)
        engine.options.convention = .any
        let r = try engine.verify(quartic(amgm()))
        #expect(lemmaQueries(backend) > n2)
        #expect(r.lemmas.first?.reused == false)
    }

    @Test func anUnprovedLemmaIsNotKept() throws {
        // The lemma's queries answer unknown the first time; the second run asks them again.
        let lemma = Claim(name: "all nonnegative", parameters: [], variables: [.scalar("a")], hypotheses: [], goal: a .>= 0)
        let c = Claim(
            name: "x ≥ 0", parameters: [], variables: [.scalar("x")], hypotheses: [], goal: x .>= 0,
            lemmas: [LemmaUse(lemma, at: [.scalar("a"): x])])
        let backend = SymbolFaultBackend()
        let engine = Engine(backend: backend)
        let r1 = try engine.verify(c)
        let r2 = try engine.verify(c)
        #expect(r1.lemmas.first?.result.verdict == .refuted && r2.lemmas.first?.reused == false)
        #expect(engine.lemmaCache?.count == 0)
        #expect(r2.verdict == .refuted)
    }

    @Test func claimsVerifiedAtOnceProveASharedLemmaOnce() throws {
        // One proof's worth of lemma queries, whether the second claim waits for the first
        // one's proof or starts after it.
        let reference = SymbolFaultBackend()
        _ = try Engine(backend: reference).verify(quartic(amgm()))
        let one = lemmaQueries(reference)
        let backend = SymbolFaultBackend()
        let engine = Engine(backend: backend)
        let claim = quartic(amgm())
        let verdicts = Mutex<[Verdict]>([])
        runParallel(count: 4, workers: 4, stop: { false }) { _ in
            if let r = try? engine.verify(claim) { verdicts.withLock { $0.append(r.verdict) } }
        }
        #expect(verdicts.withLock { $0 } == [.proved, .proved, .proved, .proved])
        #expect(lemmaQueries(backend) == one, "the lemma was proved once, not once per claim")
    }

    @Test func withoutACacheEveryUseProvesTheLemma() throws {
        let backend = SymbolFaultBackend()
        var engine = Engine(backend: backend)
        engine.lemmaCache = nil
        _ = try engine.verify(quartic(amgm()))
        let n = lemmaQueries(backend)
        let r = try engine.verify(quartic(amgm()))
        #expect(lemmaQueries(backend) == 2 * n)
        #expect(r.lemmas.first?.reused == false)
    }
}
