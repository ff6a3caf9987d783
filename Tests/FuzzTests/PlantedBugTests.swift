@testable import Fuzz
import Symbolic
import Testing
import Verification

/// Each oracle must catch a wrong answer planted in place of lionk's, so that the fuzzer
/// cannot pass silently; and a right answer must not be flagged.
@Suite struct PlantedBugTests {
    /// ∀u: u·u > 0 is false at u = 0.
    let falseClaim = claim(goal: .cmp(.gt, .mul(u, u), n(0)))
    /// ∀u: u·u ≥ 0 is true.
    let trueClaim = claim(goal: .cmp(.ge, .mul(u, u), n(0)))

    @Test func directEncodingCatchesAFalseProof() {
        #expect(causes(falseClaim, fake(.proved, everyD: true), samples: false) == [.provedButCounterexample])
    }

    @Test func evaluatorAloneCatchesAFalseProof() {
        #expect(causes(falseClaim, fake(.proved, everyD: true), direct: false) == [.provedButCounterexample])
    }

    @Test func aRightProofIsNotFlagged() {
        #expect(causes(trueClaim, fake(.proved, everyD: true)).isEmpty)
    }

    /// ∀u: 1/u == 1/u holds wherever it is defined, but is undefined at u = 0.
    @Test func undefinedClaimProvedIsCaughtByBothOracles() {
        let c = claim(goal: .cmp(.eq, .div(n(1), u), .div(n(1), u)))
        #expect(causes(c, fake(.proved, everyD: true), samples: false) == [.provedButUndefined])
        #expect(causes(c, fake(.proved, everyD: true), direct: false) == [.provedButUndefined])
        // With the hypothesis u ≠ 0 it is defined and true.
        var guarded = c
        guarded.hypotheses = [.cmp(.ne, u, n(0))]
        #expect(causes(guarded, fake(.proved, everyD: true)).isEmpty)
    }

    /// clip with reversed bounds is undefined: clip(u, 1, 0) <= 1 must not be proved.
    @Test func reversedClipBoundsAreUndefined() {
        let c = claim(goal: .cmp(.le, .clip(u, n(1), n(0)), n(1)))
        #expect(causes(c, fake(.proved, everyD: true)) == [.provedButUndefined])
    }

    @Test func wrongCounterexampleIsCaught() {
        let l = fake(.refuted, point: (1, ["u": 1]))
        #expect(causes(trueClaim, l) == [.refutedButNoCounterexample, .counterexampleNotConfirmed])
        // Without the direct encoding the exact check alone catches it.
        #expect(causes(trueClaim, l, direct: false) == [.counterexampleNotConfirmed])
        // The right counterexample of the false claim passes.
        #expect(causes(falseClaim, fake(.refuted, point: (1, ["u": 0]))).isEmpty)
        // A point where the hypothesis is undefined is no counterexample.
        let c = claim(hypotheses: [.cmp(.le, .div(n(1), u), n(1))], goal: .cmp(.gt, u, n(5)))
        #expect(causes(c, fake(.refuted, point: (1, ["u": 0])), direct: false) == [.counterexampleNotConfirmed])
        #expect(causes(c, fake(.refuted, point: (1, ["u": 2]))).isEmpty)
    }

    @Test func wrongWitnessAndWrongNoWitnessAreCaught() {
        let impossible = claim(.exists, goal: .cmp(.lt, .mul(u, u), n(0)))
        #expect(causes(impossible, fake(.found, point: (1, ["u": 1]))) == [.foundButNoWitness, .witnessNotConfirmed])
        #expect(causes(impossible, fake(.noWitness)).isEmpty)
        let possible = claim(.exists, goal: .cmp(.gt, u, n(1)))
        #expect(causes(possible, fake(.noWitness), samples: false) == [.noWitnessButWitness])
        #expect(causes(possible, fake(.noWitness), direct: false) == [.noWitnessButWitness])
        #expect(causes(possible, fake(.found, point: (1, ["u": 2]))).isEmpty)
    }

    @Test func aThrowIsACrash() {
        #expect(causes(trueClaim, LionkAnswer(outcome: .threw("planted"))) == [.crash])
    }

    /// ‖x‖₁ ≤ 3‖x‖∞ holds for d ≤ 3 and fails at d = 4 (x = 1): a verdict for every d is
    /// compared at d = 4, a verdict limited to d = 1, 2, 3 only there.
    @Test func scopeOfAVerdictIsRespected() {
        let c = claim(scalars: [], vectors: ["x"], goal: .cmp(.le, .norm1(x), .mul(n(3), .normInf(x))))
        #expect(causes(c, fake(.proved, everyD: true), samples: false) == [.provedButCounterexample])
        #expect(causes(c, fake(.proved, dims: [1, 2, 3])).isEmpty)
    }

    /// u = 0 ⇒ sign(u) = 0 holds with sign(0) = 0, not for every choice in [−1, 1].
    @Test func subgradientAnyChoosesSignAtZero() {
        let goal = FCond.implies(.cmp(.eq, u, n(0)), .cmp(.eq, .sign(u), n(0)))
        let implementation = claim(goal: goal)
        let any = claim(goal: goal, subgradientAny: true)
        #expect(causes(implementation, fake(.proved, everyD: true)).isEmpty)
        #expect(causes(any, fake(.proved, everyD: true), samples: false) == [.provedButCounterexample])
        #expect(causes(any, fake(.proved, everyD: true), direct: false) == [.provedButCounterexample])
        // A counterexample at u = 0 needs a choice sign(0) ≠ 0: confirmed under `any` only.
        #expect(causes(any, fake(.refuted, point: (1, ["u": 0]))).isEmpty)
        #expect(causes(implementation, fake(.refuted, point: (1, ["u": 0]))).contains(.counterexampleNotConfirmed))
    }

    /// The fuzzer's own oracles are checked against each other.
    @Test func oraclesDisagreeingIsReported() {
        let c = falseClaim
        let wrongDirect = [DirectAnswer(dimension: 1, main: .unsat, undefined: nil)]
        let s = Fuzzer.samples(c, count: 60, seed: 7)
        let found = comparator.compare(c, lionk: fake(.unknown), direct: wrongDirect, samples: s).map(\.cause)
        #expect(found == [.oraclesDisagree])
    }

    /// The shrinker keeps a failure while it shrinks: planted "fails iff some sqrt remains".
    @Test func shrinkerKeepsTheFailure() {
        let big = claim(
            scalars: ["u", "w"],
            hypotheses: [.cmp(.le, .add(u, .name("w")), n(3)), .cmp(.gt, .abs(u), n(1))],
            goal: .and(.cmp(.le, .mul(.sqrt(.add(u, n(2))), .relu(u)), n(4)), .cmp(.ne, .name("w"), n(0))))
        let shrinker = Shrinker(settings: CheckSettings(), maxAttempts: 500) { c, _, _ in
            let failing = Self.hasSqrtC(c.goal) || c.hypotheses.contains(where: Self.hasSqrtC)
            return ClaimReport(
                claim: c, lionk: fake(.proved), direct: [],
                findings: failing ? [Finding(.provedButCounterexample, "planted")] : [])
        }
        let start = ClaimReport(claim: big, lionk: fake(.proved), direct: [], findings: [Finding(.provedButCounterexample, "planted")])
        let small = shrinker.shrink(start, cause: .provedButCounterexample, sampleSeed: 1).claim
        #expect(Self.hasSqrtC(small.goal) || small.hypotheses.contains(where: Self.hasSqrtC))
        #expect(small.hypotheses.isEmpty)
        #expect(small.size < big.size)
        #expect(small.size <= 4)
    }
    static func hasSqrt(_ e: FExpr) -> Bool {
        if case .sqrt = e { return true }
        if case .ite(let c, let a, let b) = e { return hasSqrtC(c) || hasSqrt(a) || hasSqrt(b) }
        return e.children.contains(where: hasSqrt)
    }
    static func hasSqrtC(_ c: FCond) -> Bool {
        switch c {
        case .cmp(_, let a, let b): return hasSqrt(a) || hasSqrt(b)
        case .and(let p, let q), .or(let p, let q), .implies(let p, let q): return hasSqrtC(p) || hasSqrtC(q)
        case .not(let p): return hasSqrtC(p)
        }
    }
}
