import Dynamics
import Foundation
import Simulation
import Symbolic
import Testing
import Verification

/// Replay of claims that declare their dynamics (issue 16 §1): any claim, not only the
/// catalogue's, replayed by the simulator's kernel on a concrete function of its class.
@Suite struct ClaimReplayTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func refuted(_ file: String) throws -> (Claim, Counterexample) {
        let claim = try ClaimFile.load(path: root.appendingPathComponent(file).path)
        let r = try realEngine().verify(claim)
        #expect(r.verdict == .refuted)
        return (claim, try #require(r.counterexample))
    }

    static let theorem41 = DeclaredDynamics(
        kappa: .l1, scheme: .implicit, x: "x", m: "m", gradient: "g", nextX: "xn", nextM: "mn", valueAtX: "f0", valueAtNext: "f1",
        functionClass: .lSmooth, smoothness: "L")

    @Test func aHandWrittenRefutationIsConfirmedByTheKernel() throws {
        let (claim, cx) = try Self.refuted("examples/lyapunov-l1-doubled-c.toml")
        let r = Replay.replay(cx, claim: claim, dynamics: Self.theorem41)
        #expect(r.status == .confirmed, "\(r)")
        #expect(r.details["update"] == "the claim's next state is the kernel's step")
        let lhs = try #require(r.lhsExact.flatMap(Rational.init)), rhs = try #require(r.rhsExact.flatMap(Rational.init))
        #expect(lhs > rhs, "the goal lhs ≤ rhs fails on the replayed trajectory")
        #expect(r.function.contains("l-smooth"))
    }

    @Test func aClaimWhoseUpdateIsNotTheDeclaredOneIsReported() throws {
        let (claim, cx) = try Self.refuted("examples/lyapunov-l1-doubled-c.toml")
        var wrong = Self.theorem41
        wrong.scheme = .explicit  // the file encodes the implicit step
        let r = Replay.replay(cx, claim: claim, dynamics: wrong)
        guard case .notReplayable(let why) = r.status else {
            Issue.record("expected not-replayable, got \(r.status)")
            return
        }
        #expect(why.contains("the claim's update is not the declared lion-k update"), "\(why)")
        #expect(why.contains("xn = "))
    }

    @Test func aBoxRefutationWithoutFunctionValuesIsConfirmed() throws {
        let (claim, cx) = try Self.refuted("examples/lion-box-invariant-no-step-bound.toml")
        let dyn = DeclaredDynamics(kappa: .l1, scheme: .explicit, nextM: nil, smoothness: nil)
        let r = Replay.replay(cx, claim: claim, dynamics: dyn)
        #expect(r.status == .confirmed, "\(r)")
        #expect(r.function.contains("linear"))
    }

    @Test func aPointNoFunctionOfTheClassRealisesIsSpurious() throws {
        let (claim, cx) = try Self.refuted("examples/lyapunov-l1-doubled-c.toml")
        var c = cx
        // f1 far above the descent-lemma bound: no L-smooth quadratic through it.
        c.values[.scalar("f1")] = .rational(10_000)
        let r = Replay.replay(c, claim: claim, dynamics: Self.theorem41)
        guard case .spurious(let why) = r.status else {
            Issue.record("expected spurious, got \(r.status)")
            return
        }
        #expect(why.contains("no L-smooth quadratic"), "\(why)")
    }

    /// A user-defined κ in [kappa] with [dynamics] and no kappa there: the replay steps with
    /// that κ's own ∇K (sign(v) + v, derived from K), exactly.
    @Test func aUserKappaIsReplayedWithItsOwnGradient() throws {
        let path = Self.root.appendingPathComponent("examples/user-kappa-box-invariant-no-step-bound.toml").path
        let dyn = try #require(try ClaimFile.declaredDynamics(path: path))
        let user = try #require(dyn.custom)
        #expect(user.variable == .vector("v"))
        #expect(dyn.kappaName == "K(v) = norm1(v) + sum(v^2)/2")
        let (claim, cx) = try Self.refuted("examples/user-kappa-box-invariant-no-step-bound.toml")
        let r = Replay.replay(cx, claim: claim, dynamics: dyn)
        #expect(r.status == .confirmed, "\(r)")
        #expect(r.details["update"] == "the claim's next state is the kernel's step")
        // x⁺ recomputed here from theory.md §1 with ∇K(v) = sign(v) + v.
        func q(_ name: String) throws -> Rational { try #require(cx.values[.scalar(name)]?.rational) }
        func c(_ name: String) throws -> Rational { try #require(cx.values[.coordinate(name, 1)]?.rational ?? 0) }
        let mt = try q("beta1") * c("m") - (1 - q("beta1")) * c("g")
        let xn = try c("x") + q("eps") * (Rational(mt.signum) + mt - q("lam") * c("x"))
        #expect(r.details["x_next"] == "(\(xn))")
    }

    @Test func aClaimWhoseUpdateIsNotItsUserKappasIsReported() throws {
        // The update adds ε to the user κ's step: it is never the step [kappa] declares
        // (a mutation that could agree with it at some point, e.g. sign(mt) for ∇K = sign + id
        // at mt = 0, would make the test depend on the solver's model).
        let text = try String(contentsOfFile: Self.root.appendingPathComponent("examples/user-kappa-box-invariant-no-step-bound.toml").path, encoding: .utf8)
            .replacingOccurrences(of: "\"xn = x + eps*(grad_K(mt) - lam*x)\"", with: "\"xn = x + eps*(grad_K(mt) - lam*x) + eps\"")
        #expect(text.contains("+ eps\""))
        let claim = try ClaimFile.parse(text)
        let dyn = try #require(try ClaimFile.declaredDynamics(text: text))
        let r0 = try realEngine().verify(claim)
        let cx = try #require(r0.counterexample)
        let r = Replay.replay(cx, claim: claim, dynamics: dyn)
        guard case .notReplayable(let why) = r.status else {
            Issue.record("expected not-replayable, got \(r.status)")
            return
        }
        #expect(why.contains("is not the declared lion-k update") && why.contains("K(v) = norm1(v) + sum(v^2)/2"), "\(why)")
    }
}
