import Dynamics
import Foundation
import Simulation
import Symbolic
import Testing
import Verification

/// Replays of Theorem 4.1's doubled-c refutations for every κ with a rational ∇K: the step
/// comes from the simulator's exact stepper, H and Δ from the symbolic κ.
@Suite("Counterexample replay for the κ catalogue")
struct KappaReplayTests {
    @Test(arguments: ["l1", "half-squared", "relu", "huber", "l1-half-squared"])
    func doubledCIsConfirmedForEveryRationalKappa(name: String) throws {
        let k = try #require(Kappa.named(name))
        let result = try realEngine().verify(KappaClaims.lyapunovDiscrete(k, mutation: .doubledC))
        #expect(result.verdict == .refuted)
        let cx = try #require(result.counterexample)
        let which = try #require(ReplayClaim(claimName: result.claim))
        #expect(which == .kappaLyapunov(kappa: name, doubledC: true))
        let r = Replay.replay(cx, claim: which)
        #expect(r.status == .confirmed, "\(r)")
        let lhs = try #require(r.lhsExact.flatMap(Rational.init)), rhs = try #require(r.rhsExact.flatMap(Rational.init))
        #expect(lhs > rhs)
        #expect(r.function.contains("L-smooth"))
    }

    /// The true claim's hypotheses at a point satisfying them: the replay must find the
    /// decrease holds (spurious, with the reason), never "confirmed".
    @Test(arguments: ["half-squared", "huber", "relu"])
    func aPointOfTheTrueClaimIsNotConfirmed(name: String) throws {
        let values: [Symbol: ExactValue] = [
            .coordinate("x", 1): .rational(Rational(3)), .coordinate("m", 1): .rational(Rational(-1, 2)),
            .coordinate("g", 1): .rational(Rational(2)), .scalar("f0"): .rational(Rational(0)),
        ]
        let r = Replay.replay(values: values, dimension: 1, claim: .kappaLyapunov(kappa: name, doubledC: false))
        #expect(!r.isConfirmed)
        #expect(r.reason?.contains("satisfies the claim") == true, "\(r)")
    }

    @Test func hypothesesFailingAtTheModelAreReported() throws {
        // λx = 2 is outside dom K* = [−1, 1] for huber.
        let values: [Symbol: ExactValue] = [
            .coordinate("x", 1): .rational(Rational(20)), .coordinate("m", 1): .rational(0),
            .coordinate("g", 1): .rational(1), .scalar("f0"): .rational(0),
        ]
        let r = Replay.replay(values: values, dimension: 1, claim: .kappaLyapunov(kappa: "huber", doubledC: true))
        #expect(r.reason?.contains("λx ∈ dom K*") == true, "\(r)")
    }

    @Test func kappaWithoutRationalGradientHasNoReplay() {
        #expect(ReplayClaim(claimName: "lionk.lyapunov-discrete.l2.doubled-c") == nil)
        #expect(ReplayClaim(claimName: "lionk.lyapunov-discrete.logsumexp") == nil)
        #expect(ReplayClaim(claimName: "lionk.lyapunov-discrete.relu (doubled-c)") == .kappaLyapunov(kappa: "relu", doubledC: true))
        #expect(ReplayClaim(claimName: "lionk.lyapunov-discrete.huber") == .kappaLyapunov(kappa: "huber", doubledC: false))
    }
}
