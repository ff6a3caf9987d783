import Testing
import Symbolic

/// Lion-κ with K = ‖·‖₁ (theory.md §1 and §5), written in Swift and as text.
/// This file is also the type-checking benchmark of docs/dsl.md.
enum LionL1 {
    // Parameters and state.
    static let beta1 = Expr.scalar("beta1"), beta2 = Expr.scalar("beta2")
    static let eps = Expr.scalar("eps"), lam = Expr.scalar("lam"), L = Expr.scalar("L")
    static let x = Expr.vector("x"), m = Expr.vector("m"), g = Expr.vector("g")

    // The implicit update: m̃ = β1 m − (1−β1) g, m⁺ = β2 m − (1−β2) g, x⁺ = (x + ε ∇K(m̃)) / (1 + ελ).
    static let mt = beta1 * m - (1 - beta1) * g
    static let m1 = beta2 * m - (1 - beta2) * g
    static let x1 = (x + eps * sign(mt)) / (1 + eps * lam)

    // The Lyapunov function (K* vanishes on the box ‖λx‖∞ ≤ 1; f is bounded through L-smoothness).
    static let c = eps * beta1 / (eps * lam * (1 - beta1) + 1 - beta2)
    static let H = c * (norm1(m) - lam * dot(m, x))
    static let H1 = c * (norm1(m1) - lam * dot(m1, x1))

    // The decrease bound: H⁺ − H ≤ −εΔ + (Lε²/2)‖∇K(m̃) − λx⁺‖², with x̃ = 0.
    static let A = (1 - beta2 + eps * lam) / (1 - beta2 + eps * lam * (1 - beta1))
    static let B = beta1 * (1 - beta2) / ((1 - beta1) * (eps * lam * (1 - beta1) + 1 - beta2))
    static let u = sign(mt) - lam * x1
    static let DK = sum([norm1(m), -norm1(mt), -dot(sign(mt), m - mt)])
    static let Delta = A * dot(u, mt) + B * DK
    static let df = dot(g, x1 - x) + L / 2 * dot(x1 - x, x1 - x)
    static let decrease = df + H1 - H .<= -eps * Delta + L * eps.pow(2) / 2 * dot(u, u)
    static let hypotheses = all([
        0 .<= beta1, beta1 .<= beta2, beta2 .< 1, eps .> 0, lam .> 0, L .> 0, normInf(lam * x) .<= 1,
    ])

    static let text = """
        scalar beta1, beta2, eps, lam, L
        vector x, m, g
        # the implicit update
        mt = beta1*m - (1 - beta1)*g
        m1 = beta2*m - (1 - beta2)*g
        x1 = (x + eps*sign(mt)) / (1 + eps*lam)
        # the Lyapunov function
        c = eps*beta1 / (eps*lam*(1 - beta1) + 1 - beta2)
        H = c*(norm1(m) - lam*dot(m, x))
        H1 = c*(norm1(m1) - lam*dot(m1, x1))
        # the decrease bound
        A = (1 - beta2 + eps*lam) / (1 - beta2 + eps*lam*(1 - beta1))
        B = beta1*(1 - beta2) / ((1 - beta1)*(eps*lam*(1 - beta1) + 1 - beta2))
        u = sign(mt) - lam*x1
        DK = norm1(m) - norm1(mt) - dot(sign(mt), m - mt)
        Delta = A*dot(u, mt) + B*DK
        df = dot(g, x1 - x) + L/2*dot(x1 - x, x1 - x)
        decrease = df + H1 - H <= -eps*Delta + L*eps^2/2*dot(u, u)
        hypotheses = 0 <= beta1 <= beta2 < 1 and eps > 0 and lam > 0 and L > 0 and norminf(lam*x) <= 1
        """
}

@Suite struct LionTests {
    @Test func swiftAndTextGiveTheSameNodes() throws {
        var table = SymbolTable()
        let defs = try Parser.definitions(LionL1.text, into: &table)
        let byName = Dictionary(uniqueKeysWithValues: defs.map { ($0.name, $0.value) })
        let swift: [String: ParsedTerm] = [
            "mt": .expr(LionL1.mt), "m1": .expr(LionL1.m1), "x1": .expr(LionL1.x1), "c": .expr(LionL1.c),
            "H": .expr(LionL1.H), "H1": .expr(LionL1.H1), "A": .expr(LionL1.A), "B": .expr(LionL1.B),
            "u": .expr(LionL1.u), "DK": .expr(LionL1.DK), "Delta": .expr(LionL1.Delta), "df": .expr(LionL1.df),
            "decrease": .condition(LionL1.decrease), "hypotheses": .condition(LionL1.hypotheses),
        ]
        #expect(Set(byName.keys) == Set(swift.keys))
        for (name, value) in swift {
            #expect(byName[name] == value, "\(name): \(byName[name]?.description ?? "missing") vs \(value)")
            #expect(byName[name]?.node === value.node)
        }
        // And the printed forms read back to the same nodes.
        #expect(try Parser.constraint(LionL1.decrease.description, symbols: table) == LionL1.decrease)
        #expect(LionL1.mt.description == "beta1*m - (1 - beta1)*g")
    }

    @Test func latexOfTheLyapunovFunction() {
        let tex = LionL1.H.latex
        for fragment in ["\\beta_1", "\\lambda", "\\varepsilon", "\\lVert m\\rVert_1", "\\langle m, x\\rangle", "\\frac{"] {
            #expect(tex.contains(fragment), "\(fragment) in \(tex)")
        }
        #expect(LionL1.mt.latex == "\\beta_1 m - \\left(1 - \\beta_1\\right) g")
        #expect(sum(abs(LionL1.m) - LionL1.lam * LionL1.m * LionL1.x).latex == "\\sum_i \\left(\\lvert m_i\\rvert - \\lambda m_i x_i\\right)")
        #expect(norm(LionL1.x, p: Rational(3, 2)).latex == "\\lVert x\\rVert_{\\frac{3}{2}}")
        #expect((LionL1.eps / 2).latex == "\\frac{\\varepsilon}{2}")
        #expect(Expr(Symbol.coordinate("x", 2)).latex == "x_2")
        #expect((LionL1.x .!= 0).latex == "x \\ne 0")
    }

    /// The §5 bound at Lion's defaults, at random exact points of the box (d = 3): it must hold.
    @Test func decreaseHoldsAtRandomExactPoints() throws {
        var rng = SplitMix64(seed: 99)
        func r(_ k: Int) -> Rational { Rational(Int(rng.next() % UInt64(2 * k + 1)) - k, k) }
        let fixed: [Symbol: Value<Rational>] = [
            .scalar("beta1"): .scalar(Rational(9, 10)), .scalar("beta2"): .scalar(Rational(99, 100)),
            .scalar("eps"): .scalar(Rational(1, 100)), .scalar("lam"): .scalar(Rational(1, 10)), .scalar("L"): .scalar(1),
        ]
        for _ in 0..<100 {
            var env = fixed
            env[.vector("x")] = .vector((0..<3).map { _ in r(10) * 10 })  // |λx| ≤ 1
            env[.vector("m")] = .vector((0..<3).map { _ in r(7) })
            env[.vector("g")] = .vector((0..<3).map { _ in r(5) * 3 })
            #expect(try LionL1.hypotheses.evaluate(env))
            #expect(try LionL1.decrease.evaluate(env), "at \(env)")
        }
    }
}
