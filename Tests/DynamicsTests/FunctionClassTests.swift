import Dynamics
import Foundation
import Symbolic
import Testing
import Verification

/// A claim about f at the points x and x⁺ = x − η∇f(x) under a function class.
func gradientStepClaim(
    _ fc: FunctionClass, step: Expr, goal: (_ fx: Expr, _ fxn: Expr, _ g: Expr) -> Constraint, parameters: [Parameter],
    dimensions: DimensionScope = .fixed([1, 2])
) throws -> Claim {
    let x = Expr.vector("x")
    let g = try fc.gradient(at: x, name: "x")
    let xn = x - step * g
    let enc = try fc.encode(at: [("x", x), ("xn", xn)])
    return Claim(
        name: "gradient step under \(fc.name)", parameters: parameters, variables: [.vector("x")] + enc.variables,
        hypotheses: enc.hypotheses, goal: goal(enc.values["x"]!, enc.values["xn"]!, enc.gradients["x"]!), dimensions: dimensions)
}

let positiveL = [Parameter("L", .positive)]
let L = Expr.scalar("L")

@Suite("Function classes for f")
struct FunctionClassTests {
    @Test func encodingNamesItsVariablesAfterThePoints() throws {
        let x = Expr.vector("x"), y = Expr.vector("y")
        let enc = try FunctionClass.lSmooth(L).encode(at: [("x", x), ("y", y)])
        #expect(enc.variables.map(\.name) == ["f_at_x", "grad_f_at_x", "f_at_y", "grad_f_at_y"])
        #expect(enc.variables[1].isVector && !enc.variables[0].isVector)
        #expect(enc.values["y"] == .scalar("f_at_y"))
        // L ≥ 0 and two inequalities per ordered pair.
        #expect(enc.hypotheses.count == 1 + 4)
        #expect(!enc.isExact)
        #expect(FunctionClass.convexLSmooth(L).isExact && FunctionClass.quadratic(hessian: .exactly(1)).isExact)
        #expect(!FunctionClass.convex.isExact)
    }

    @Test func encodingRejectsBadInput() {
        let x = Expr.vector("x"), t = Expr.scalar("t")
        #expect(throws: FunctionClassError.self) { try FunctionClass.convex.encode(at: [("x", x), ("x", x)]) }
        #expect(throws: FunctionClassError.self) { try FunctionClass.convex.encode(at: [("x", x), ("t", t)]) }
        #expect(throws: FunctionClassError.self) { try FunctionClass.lSmooth(Expr(-1)).encode(at: [("x", x)]) }
        #expect(throws: FunctionClassError.self) {
            try FunctionClass.stronglyConvex(mu: Expr(2), L: Expr(1)).encode(at: [("x", x)])
        }
    }

    @Test func expressionClassSubstitutesAndDifferentiates() throws {
        let v = Expr.vector("v")
        let fc = FunctionClass.expression(sum(v.squared) / 2, variable: .vector("v"))
        let x = Expr.vector("x")
        let enc = try fc.encode(at: [("x", x)])
        #expect(enc.variables.isEmpty && enc.hypotheses.isEmpty)
        #expect(enc.values["x"] == sum(x.squared) / 2)
        #expect(enc.gradients["x"] == x)
        // f = ½‖x‖²: a step 1/2 halves x, so f drops to a quarter; a step 1 would land on 0
        // (x − ∇f(x) folds to the constant 0, which stands for the zero vector).
        let claim = try gradientStepClaim(fc, step: Expr(1, 2), goal: { fx, fxn, _ in fxn .== fx / 4 }, parameters: [])
        #expect(try kappaEngine().verify(claim).verdict == .proved)
        let wrong = try gradientStepClaim(fc, step: Expr(1, 2), goal: { fx, fxn, _ in fxn .== fx / 2 }, parameters: [])
        #expect(try kappaEngine().verify(wrong).verdict == .refuted)
        let zero = try fc.encode(at: [("x", x), ("z", x - x)])
        #expect(zero.values["z"] == Expr(0))
        #expect(try kappaEngine().verify(claim).verdict == .proved)
    }

    @Test func convexLSmoothGradientStepDecreases() throws {
        let fc = FunctionClass.convexLSmooth(L)
        let ok = try gradientStepClaim(
            fc, step: 1 / L, goal: { fx, fxn, g in fxn .<= fx - sum(g.squared) / (2 * L) }, parameters: positiveL)
        #expect(try kappaEngine().verify(ok).verdict == .proved)
        let tooStrong = try gradientStepClaim(
            fc, step: 1 / L, goal: { fx, fxn, g in fxn .<= fx - sum(g.squared) / L }, parameters: positiveL)
        #expect(try kappaEngine().verify(tooStrong).verdict == .refuted)
    }

    @Test func lSmoothStepDecreasesButNotPastTheDescentLemma() throws {
        // Nonconvex L-smooth: the step 1/L still decreases f by ‖g‖²/(2L) (descent lemma) …
        let fc = FunctionClass.lSmooth(L)
        let ok = try gradientStepClaim(
            fc, step: 1 / L, goal: { fx, fxn, g in fxn .<= fx - sum(g.squared) / (2 * L) }, parameters: positiveL)
        #expect(try kappaEngine().verify(ok).verdict == .proved)
        // … but a step 3/L may increase it.
        let big = try gradientStepClaim(fc, step: 3 / L, goal: { fx, fxn, _ in fxn .<= fx }, parameters: positiveL)
        #expect(try kappaEngine().verify(big).verdict == .refuted)
    }

    @Test func quadraticWithHessianRange() throws {
        let fc = FunctionClass.quadratic(hessian: ParameterDomain.closed(Rational(1, 2), 2))
        let ok = try gradientStepClaim(fc, step: Expr(1, 2), goal: { fx, fxn, _ in fxn .<= fx }, parameters: [])
        #expect(try kappaEngine().verify(ok).verdict == .proved)
        // Step 3/2 overshoots when some hᵢ > 4/3.
        let big = try gradientStepClaim(fc, step: Expr(3, 2), goal: { fx, fxn, _ in fxn .<= fx }, parameters: [])
        let r = try kappaEngine().verify(big)
        #expect(r.verdict == .refuted)
        #expect(r.counterexample?.values.keys.contains { $0.name.hasPrefix("h_f") } == true)
        // An exact Hessian: f = x²: a step 1/2 lands on the minimum, where ∇f = 0.
        let exact = FunctionClass.quadratic(hessian: .exactly(2))
        let x = Expr.vector("x")
        let g = try exact.gradient(at: x, name: "x")
        let enc = try exact.encode(at: [("x", x), ("xn", x - g / 2)])
        let claim = Claim(
            name: "quadratic exact", parameters: [], variables: [.vector("x")] + enc.variables, hypotheses: enc.hypotheses,
            goal: enc.gradients["xn"]! .== 0, dimensions: .fixed([1, 2]))
        #expect(try kappaEngine().verify(claim).verdict == .proved)
    }

    @Test func stronglyConvexGivesLinearConvergenceOfTheGradient() throws {
        // μ-strongly convex: ⟨∇f(x) − ∇f(y), x − y⟩ ≥ μ‖x − y‖² follows from the two
        // first-order conditions; 2μ would not.
        let mu = Expr.scalar("mu")
        let x = Expr.vector("x"), y = Expr.vector("y")
        for (factor, verdict) in [(Expr(1), Verdict.proved), (Expr(2), Verdict.refuted)] {
            let enc = try FunctionClass.stronglyConvex(mu: mu, L: nil).encode(at: [("x", x), ("y", y)])
            let gx = enc.gradients["x"]!, gy = enc.gradients["y"]!
            let claim = Claim(
                name: "strong monotonicity", parameters: [Parameter("mu", .positive)],
                variables: [.vector("x"), .vector("y")] + enc.variables, hypotheses: enc.hypotheses,
                goal: dot(gx - gy, x - y) .>= factor * mu * sum((x - y).squared), dimensions: .fixed([1, 2]))
            #expect(try kappaEngine().verify(claim).verdict == verdict)
        }
    }

    @Test func stronglyConvexSmoothMatchesTaylorHendrickxGlineurTheorem4() throws {
        // Our condition (f − μ/2‖·‖² convex and (L − μ)-smooth) and the published form
        // f_i ≥ f_j + ⟨g_j, x_i − x_j⟩ + 1/(2(1 − μ/L)) (‖g_i − g_j‖²/L + μ‖x_i − x_j‖²
        //        − 2μ/L ⟨g_j − g_i, x_j − x_i⟩)
        // are equivalent for 0 ≤ μ < L: each implies the other.
        let mu = Expr.scalar("mu")
        let x = Expr.vector("x"), y = Expr.vector("y")
        let enc = try FunctionClass.stronglyConvex(mu: mu, L: L).encode(at: [("x", x), ("y", y)])
        let fx = enc.values["x"]!, fy = enc.values["y"]!, gx = enc.gradients["x"]!, gy = enc.gradients["y"]!
        // (multiplied by 2(1 − μ/L) > 0, so that the engine need not divide by it)
        let published =
            2 * (1 - mu / L) * (fx - fy - dot(gy, x - y))
            .>= sum((gx - gy).squared) / L + mu * sum((x - y).squared) - 2 * mu / L * dot(gy - gx, y - x)
        // Hypotheses: L ≥ 0, μ ≤ L, then for the pair (i, j) = (x, y) the condition and
        // strong convexity, then the same for (y, x).
        #expect(enc.hypotheses.count == 6)
        let ours = enc.hypotheses[2]
        let params = [Parameter("mu", ParameterDomain(lower: 0, upper: nil)), Parameter("L", .positive)]
        let vars: [Symbol] = [.vector("x"), .vector("y")] + enc.variables
        for (h, g) in [(ours, published), (published, ours)] {
            let claim = Claim(
                name: "Theorem 4 form", parameters: params, variables: vars, hypotheses: [mu .< L, h], goal: g,
                dimensions: .fixed([1, 2]))
            let r = try kappaEngine().verify(claim)
            #expect(r.verdict == .proved, "\(r.verdict) \(r.openCases)")
        }
        // And a wrong coefficient (1/(1 − μ/L) instead of 1/(2(1 − μ/L))) is not implied.
        let wrong =
            (1 - mu / L) * (fx - fy - dot(gy, x - y))
            .>= sum((gx - gy).squared) / L + mu * sum((x - y).squared) - 2 * mu / L * dot(gy - gx, y - x)
        let claim = Claim(
            name: "wrong form", parameters: params, variables: vars, hypotheses: [mu .< L, ours], goal: wrong, dimensions: .fixed([1]))
        let r = try kappaEngine().verify(claim)
        #expect(r.verdict == .refuted, "\(r.verdict) \(r.openCases)")
    }

    @Test func convexClassRefutesAFalseInequality() throws {
        // Convexity alone gives no decrease for a gradient step.
        let ok = try gradientStepClaim(.convex, step: Expr(1), goal: { fx, fxn, _ in fxn .<= fx }, parameters: [])
        #expect(try kappaEngine().verify(ok).verdict == .refuted)
        // But f(x⁺) ≥ f(x) − ‖∇f(x)‖² (the first-order condition at x) is proved.
        let lower = try gradientStepClaim(
            .convex, step: Expr(1), goal: { fx, fxn, g in fxn .>= fx - sum(g.squared) }, parameters: [])
        #expect(try kappaEngine().verify(lower).verdict == .proved)
    }
}

/// Found by an adversarial suite: at L = 0 (convex L-smooth) and μ = L (strongly convex and
/// L-smooth) the interpolation conditions fix only the gradients, and a "counterexample"
/// with two values of f at one point was reported refuted (checked "exact"); the matching
/// ∃-claims were found. With the (strong) convexity inequality added, f is affine (μ/2‖·‖²
/// + affine) there, and the claims are decided right.
@Suite("Function classes at the ends of their parameter ranges")
struct FunctionClassEndpointTests {
    static func verify(_ text: String) throws -> VerificationResult {
        try kappaEngine().verify(ClaimFile.parse(text))
    }

    static let affineAtLZero = """
        name = "convex-l-smooth at L = 0"
        dim = [1, 2]
        state = ["x: vector", "y: vector"]
        goal = "f(y) <= f(x) + dot(grad_f(x), y - x)"
        [objective]
        class = "convex-l-smooth"
        points = ["x", "y"]
        L = "0"
        """

    @Test func convexLSmoothAtLZeroIsAffine() throws {
        let r = try Self.verify(Self.affineAtLZero)
        #expect(r.verdict.isProof, "\(r.verdict.name): \(r.counterexample.map { "\($0.values)" } ?? "")")
        // L ∈ [0, 1]: at L = 1 the goal fails (f may curve up), so refuted — with f(y) above.
        let range = try Self.verify(
            Self.affineAtLZero.replacingOccurrences(of: "L = \"0\"", with: "L = \"L\"").replacingOccurrences(
                of: "[objective]", with: "[params]\nL = \"[0, 1]\"\n[objective]"))
        #expect(range.verdict == .refuted)
        let cx = try #require(range.counterexample)
        #expect(cx.isExactlyChecked)
        #expect((cx.values[.scalar("L")]?.rational ?? 0) > 0, "no counterexample at L = 0: \(cx.values)")
        // The ∃-claim "f(y) above the tangent at L = 0" has no witness.
        let exists = try Self.verify(
            Self.affineAtLZero.replacingOccurrences(of: "name = \"convex-l-smooth at L = 0\"", with: "name = \"above\"\nkind = \"exists\"")
                .replacingOccurrences(of: "f(y) <= f(x)", with: "f(y) > f(x)"))
        #expect(exists.verdict == .noWitness || exists.verdict == .noWitnessInScope, "\(exists.verdict.name)")
    }

    @Test func stronglyConvexWithMuEqualToLIsAQuadratic() throws {
        let base = """
            name = "strongly-convex with mu = L"
            dim = [1, 2]
            state = ["x: vector", "y: vector"]
            goal = "GOAL"
            [objective]
            class = "strongly-convex"
            points = ["x", "y"]
            L = "1"
            mu = "1"
            """
        let quadratic = "f(x) + dot(grad_f(x), y - x) + 1/2*sum((y - x)^2)"
        for goal in ["f(y) >= \(quadratic)", "f(y) <= \(quadratic)"] {
            let r = try Self.verify(base.replacingOccurrences(of: "GOAL", with: goal))
            #expect(r.verdict.isProof, "\(goal): \(r.verdict.name)")
        }
        // A mutation, 2/3 in place of 1/2, is false (wherever y ≠ x) and refuted.
        let wrong = try Self.verify(base.replacingOccurrences(of: "GOAL", with: "f(y) >= f(x) + dot(grad_f(x), y - x) + 2/3*sum((y - x)^2)"))
        #expect(wrong.verdict == .refuted)
        #expect(wrong.counterexample?.isExactlyChecked == true)
    }
}

@Suite("ℓp with an exponent beyond the encoding")
struct HugeLpExponentTests {
    /// `lp:1e19` in a claim file stopped lionk with SIGILL (an Int conversion in the ℓp
    /// encoding); it is a claim-file error naming what lp:P takes.
    @Test(arguments: ["lp:1e19", "lp:9223372036854775807", "lp:4611686018427387905", "lp:101"])
    func aHugeExponentIsAClaimFileError(_ name: String) {
        let text = """
            name = "lp with a huge exponent"
            dim = [1]
            state = ["x: vector"]
            goal = "K(x) >= 0"
            [kappa]
            name = "\(name)"
            """
        do {
            _ = try ClaimFile.parse(text)
            Issue.record("\(name) was accepted")
        } catch {
            #expect("\(error)".contains("at most \(KappaID.lpLimit)"), "\(error)")
        }
    }
}
