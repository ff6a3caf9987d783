import Dynamics
import Foundation
import Simulation
import Symbolic
import Testing
import Verification

func realEngine() -> Engine {
    var o = EngineOptions()
    o.queryTimeout = 60
    o.budget = 300
    return Engine(backend: Z3Backend(), options: o)
}

@Suite("Counterexample replay (encoding.md)")
struct ReplayTests {
    func refuteAndReplay(_ claim: Claim, _ kind: ReplayClaim) throws -> ReplayResult {
        let result = try realEngine().verify(claim)
        #expect(result.verdict == .refuted)
        let cx = try #require(result.counterexample)
        let replay = Replay.replay(cx, claim: kind)
        if ProcessInfo.processInfo.environment["LIONK_SIM_VERBOSE"] != nil { print(try replay.json()) }
        return replay
    }

    @Test func doubledCIsConfirmed() throws {
        let r = try refuteAndReplay(LionClaims.lyapunovDiscrete(mutation: .doubledC), .lyapunovDiscrete(mutation: .doubledC))
        #expect(r.status == .confirmed, "\(r)")
        let lhs = try #require(r.lhsExact.flatMap(Rational.init)), rhs = try #require(r.rhsExact.flatMap(Rational.init))
        #expect(lhs > rhs)
        #expect(!r.function.isEmpty)
    }

    @Test func betaOrderDroppedIsConfirmed() throws {
        let r = try refuteAndReplay(LionClaims.lyapunovDiscrete(mutation: .betaOrderDropped), .lyapunovDiscrete(mutation: .betaOrderDropped))
        #expect(r.status == .confirmed, "\(r)")
    }

    @Test func boxWithoutStepBoundIsConfirmed() throws {
        let r = try refuteAndReplay(LionClaims.boxInvariant(requireStepBound: false), .boxInvariant(requireStepBound: false))
        #expect(r.status == .confirmed, "\(r)")
        #expect(r.violatedInDouble == true)
        let lhs = try #require(r.lhsExact.flatMap(Rational.init))
        #expect(lhs > 1)
    }

    @Test(arguments: [LionClaims.Mutation.doubledC, .betaOrderDropped])
    func anySubgradientRefutationsReplayToo(mutation: LionClaims.Mutation) throws {
        var o = EngineOptions()
        o.queryTimeout = 60
        o.budget = 300
        o.convention = .any
        let result = try Engine(backend: Z3Backend(), options: o).verify(LionClaims.lyapunovDiscrete(mutation: mutation))
        #expect(result.verdict == .refuted)
        let cx = try #require(result.counterexample)
        let r = Replay.replay(cx, claim: .lyapunovDiscrete(mutation: mutation))
        #expect(r.isConfirmed, "\(r.status) \(r.details) notes: \(cx.notes)")
    }

    @Test func claimNamesMapToReplayKinds() {
        let names = ["lion.box-invariant", "lion.box-invariant.no-step-bound", "lionk.lyapunov-discrete",
                     "lionk.lyapunov-discrete.defaults", "lionk.lyapunov-discrete.doubled-c", "lionk.lyapunov-discrete.beta-order"]
        for n in names {
            #expect(Catalogue.entry(named: n) != nil, "\(n)")
            #expect(ReplayClaim(claimName: n) != nil, "\(n)")
        }
        #expect(ReplayClaim(claimName: "no.such.claim") == nil)
        #expect(ReplayClaim(claimName: LionClaims.lyapunovDiscrete(mutation: .doubledC).name) == .lyapunovDiscrete(mutation: .doubledC))
        #expect(ReplayClaim(claimName: LionClaims.boxInvariant(requireStepBound: false).name) == .boxInvariant(requireStepBound: false))
    }

    // Hand-made points: d = 1, defaults β = 0.9/0.99, ε = 1/100, λ = 1/10, L = 1.
    func point(x: Rational, m: Rational, g: Rational, f0: Rational, f1: Rational?) -> [Symbol: ExactValue] {
        var v: [Symbol: ExactValue] = [
            .scalar("beta1"): .rational(Rational(9, 10)), .scalar("beta2"): .rational(Rational(99, 100)),
            .scalar("eps"): .rational(Rational(1, 100)), .scalar("lam"): .rational(Rational(1, 10)), .scalar("L"): .rational(1),
            .coordinate("x", 1): .rational(x), .coordinate("m", 1): .rational(m), .coordinate("g", 1): .rational(g),
            .scalar("f0"): .rational(f0),
        ]
        if let f1 { v[.scalar("f1")] = .rational(f1) }
        return v
    }

    @Test func tooLowF1IsSpuriousForLSmoothness() throws {
        // m̃ = 0.9·1 − 0.1·(−1) > 0, so x⁺ = (0 + 0.01)/1.001 ≠ 0; f1 = −100 needs a ≪ −L.
        let r = Replay.replay(values: point(x: 0, m: 1, g: -1, f0: 0, f1: -100), dimension: 1, claim: .lyapunovDiscrete(mutation: .none))
        #expect(r.reason?.contains("outside [−L, L]") == true, "\(r.status)")
        let json = try #require(try? r.json())
        #expect(json.contains("\"status\" : \"spurious\""))
        let back = try? JSONDecoder().decode(ReplayResult.self, from: Data(json.utf8))
        #expect(back == r)
    }

    @Test func failedHypothesisIsSpurious() {
        let r = Replay.replay(values: point(x: 20, m: 1, g: -1, f0: 0, f1: 0), dimension: 1, claim: .lyapunovDiscrete(mutation: .none))
        #expect(r.reason?.contains("‖λx‖∞ ≤ 1") == true)
    }

    @Test func validPointOfTheTrueClaimIsNotConfirmed() {
        // The theorem holds: a genuine point (f1 at the descent-lemma worst case) replays as spurious.
        let r = Replay.replay(values: point(x: 1, m: Rational(-1, 2), g: Rational(1, 3), f0: 2, f1: nil), dimension: 1,
                              claim: .lyapunovDiscrete(mutation: .none))
        #expect(!r.isConfirmed)
        #expect(r.reason?.contains("satisfies the claim") == true, "\(r.status)")
        #expect(r.details["curvature a"] == "1")
    }
}
