import Testing
import Symbolic

@Suite struct DerivativeTests {
    let xs = Symbol.scalar("x"), ys = Symbol.scalar("y")
    let x = Expr.scalar("x"), y = Expr.scalar("y")
    let vs = Symbol.vector("v")
    let v = Expr.vector("v")

    func d(_ e: Expr, _ s: Symbol, _ c: DerivativeConvention = .implementation) throws -> Expr {
        try e.derivative(withRespectTo: s, convention: c).expr
    }

    @Test func smoothRules() throws {
        #expect(try d(x.pow(2), xs) == 2 * x)
        #expect(try d(x * y, xs) == y)
        #expect(try d(1 / x, xs) == -1 / x.pow(2))
        #expect(try d(exp(2 * x), xs) == 2 * exp(2 * x))
        #expect(try d(log(x), xs) == 1 / x)
        #expect(try d(sqrt(x), xs) == Expr(Rational(1, 2)) / sqrt(x))
        #expect(try d(x.pow(Rational(3, 2)), xs) == Expr(Rational(3, 2)) * x.pow(Rational(1, 2)))
        #expect(try d(y, xs) == 0)
        #expect(try d(ite(y .> 0, x.pow(2), 3 * x), xs) == ite(y .> 0, 2 * x, 3))
    }

    @Test func implementationConvention() throws {
        #expect(try d(abs(x), xs) == sign(x))
        #expect(try d(relu(x), xs) == ite(x .> 0, 1, 0))
        #expect(try d(sign(x), xs) == 0)
        #expect(try d(clip(x, -1, 1), xs) == ite(-1 .< x && x .< 1, 1, 0))
        #expect(try d(max(x, y), xs) == ite(y .<= x, 1, 0))
        #expect(try d(min(x, 2 * x), xs) == ite(x .<= 2 * x, 1, 2))
        // At a kink the implementation value: sign(0) = 0, relu'(0) = 0.
        let at0: Environment<Rational> = [xs: .scalar(0)]
        #expect(try d(abs(x), xs).evaluateScalar(at0) == 0)
        #expect(try d(relu(x), xs).evaluateScalar(at0) == 0)
    }

    @Test func gradients() throws {
        #expect(try d(sum(abs(v)), vs) == sign(v))
        #expect(try d(norm1(v), vs) == sign(v))
        #expect(try d(norm2(v), vs) == v / norm2(v))
        #expect(try d(Expr(Rational(1, 2)) * dot(v, v), vs) == v)
        #expect(try d(sum(v), vs) == 1)  // the same in every coordinate: a broadcast scalar
        // A coordinate-wise indicator (an ite's condition has one truth value): 1[v > 0] = relu(sign(v)).
        #expect(try d(sum(relu(v)), vs) == relu(sign(v)))
        // ‖·‖∞ (implementation): sign on the maximal coordinates, averaged over them.
        let g = try d(normInf(v), vs)
        let at: Environment<Rational> = [vs: .vector([3, -3, 1])]
        #expect(try g.evaluate(at) == .vector([Rational(1, 2), Rational(-1, 2), 0]))
        #expect(try g.evaluate([vs: .vector([0, 0])] as Environment<Rational>) == .vector([0, 0]))
        // Coordinate-wise derivative of a vector expression with respect to a scalar.
        let lam = Symbol.scalar("lam")
        #expect(try d(Expr(lam) * v + abs(v), lam) == v)
    }

    @Test func errors() {
        #expect(throws: DerivativeError.self) { try d(v, vs) }  // a Jacobian
        #expect(throws: DerivativeError.self) { try d(sum(v), .coordinate("v", 1)) }
        #expect(throws: DerivativeError.self) { try d(Expr(Symbol.coordinate("v", 2)) + sum(v), vs) }
        #expect(throws: DerivativeError.self) { try d(sum(v + Expr.scalar("t")), .scalar("t")) }  // needs d
    }

    @Test func anySubgradientOfAbs() throws {
        let g = try abs(x).derivative(withRespectTo: xs, convention: .anySubgradient)
        #expect(g.fresh == [.scalar("s_1")])
        let s = Expr.scalar("s_1")
        #expect(g.expr == s)
        #expect(g.constraints == all([x .> 0 ==> s .== 1, x .< 0 ==> s .== -1, x .== 0 ==> (-1 .<= s && s .<= 1)]))
        func holds(_ xv: Rational, _ sv: Rational) throws -> Bool {
            try g.constraints.evaluate([xs: .scalar(xv), .scalar("s_1"): .scalar(sv)] as Environment<Rational>)
        }
        #expect(try holds(2, 1) && !holds(2, 0) && holds(-1, -1) && !holds(-1, 1))
        #expect(try holds(0, Rational(1, 3)) && holds(0, -1) && !holds(0, 2))
        // Fresh names avoid names in use.
        let h = try (abs(x) + Expr.scalar("s_1")).derivative(withRespectTo: xs, convention: .anySubgradient)
        #expect(h.fresh == [.scalar("s_2")])
    }

    @Test func anySubgradientOfVectors() throws {
        // ∂‖v‖₁ coordinate-wise: s_i = sign(v_i) where v_i ≠ 0, any value in [-1, 1] where v_i = 0.
        let g = try norm1(v).derivative(withRespectTo: vs, convention: .anySubgradient)
        #expect(g.fresh == [.vector("s_1")])
        func holds(_ vv: [Rational], _ sv: [Rational]) throws -> Bool {
            try g.constraints.evaluate([vs: .vector(vv), .vector("s_1"): .vector(sv)] as Environment<Rational>)
        }
        #expect(try holds([1, 0, -2], [1, Rational(1, 2), -1]))
        #expect(try !holds([1, 0, -2], [1, 2, -1]))
        #expect(try !holds([1, 0, -2], [-1, 0, -1]))
        #expect(try !holds([1, 0, -2], [1, 0, 1]))
        // ∂‖v‖₂ = {s : ‖s‖ ≤ 1, ⟨s, v⟩ = ‖v‖}: v/‖v‖ away from 0, the unit ball at 0.
        let n2 = try norm2(v).derivative(withRespectTo: vs, convention: .anySubgradient)
        func holds2(_ vv: [Rational], _ sv: [Rational]) throws -> Bool {
            try n2.constraints.evaluate([vs: .vector(vv), .vector("s_1"): .vector(sv)] as Environment<Rational>)
        }
        #expect(try holds2([3, 4], [Rational(3, 5), Rational(4, 5)]) && !holds2([3, 4], [1, 0]))
        #expect(try holds2([0, 0], [Rational(1, 2), Rational(-1, 2)]) && !holds2([0, 0], [1, 1]))
        // ∂‖v‖∞ = {s : ‖s‖₁ ≤ 1, ⟨s, v⟩ = ‖v‖∞}.
        let ni = try normInf(v).derivative(withRespectTo: vs, convention: .anySubgradient)
        func holdsInf(_ vv: [Rational], _ sv: [Rational]) throws -> Bool {
            try ni.constraints.evaluate([vs: .vector(vv), .vector("s_1"): .vector(sv)] as Environment<Rational>)
        }
        #expect(try holdsInf([3, -3, 1], [Rational(1, 4), Rational(-3, 4), 0]) && !holdsInf([3, -3, 1], [0, 0, 1]))
        // relu of a vector: s ∈ [0, 1] where v_i = 0, pinned elsewhere.
        let r = try sum(relu(v)).derivative(withRespectTo: vs, convention: .anySubgradient)
        func holdsR(_ vv: [Rational], _ sv: [Rational]) throws -> Bool {
            try r.constraints.evaluate([vs: .vector(vv), .vector("s_1"): .vector(sv)] as Environment<Rational>)
        }
        #expect(try holdsR([2, 0, -1], [1, Rational(1, 3), 0]) && !holdsR([2, 0, -1], [1, Rational(1, 3), 1]))
    }

    @Test func anySubgradientOfMaxAndClip() throws {
        let g = try max(x, y).derivative(withRespectTo: xs, convention: .anySubgradient)
        #expect(g.fresh.count == 1)
        func holds(_ xv: Rational, _ yv: Rational, _ s: Rational) throws -> Bool {
            try g.constraints.evaluate([xs: .scalar(xv), ys: .scalar(yv), .scalar("s_1"): .scalar(s)] as Environment<Rational>)
        }
        #expect(try holds(2, 1, 1) && !holds(2, 1, 0) && holds(1, 2, 0) && !holds(1, 2, 1) && holds(1, 1, Rational(1, 4)))
        let c = try clip(x, -1, 1).derivative(withRespectTo: xs, convention: .anySubgradient)
        func holdsC(_ xv: Rational, _ s: Rational) throws -> Bool {
            try c.constraints.evaluate([xs: .scalar(xv), .scalar("s_1"): .scalar(s)] as Environment<Rational>)
        }
        #expect(try holdsC(0, 1) && !holdsC(0, 0) && holdsC(2, 0) && !holdsC(2, 1) && holdsC(1, Rational(1, 2)))
    }

    /// Derivatives match central finite differences (Double) away from kinks.
    @Test(arguments: [51, 52, 53] as [UInt64])
    func matchesFiniteDifferences(seed: UInt64) throws {
        var gen = Generator(rng: SplitMix64(seed: seed), irrational: true)
        var compared = 0
        for _ in 0..<150 {
            let fe = gen.scalar(4).expr
            let df: Expr
            do {
                df = try fe.derivative(withRespectTo: Vars.a).expr
            } catch {
                // sum(x + a) has derivative d (the dimension): not expressible, and reported.
                #expect(error.message.contains("dimension"), "\(fe): \(error)")
                continue
            }
            for _ in 0..<3 {
                var env = Self.randomPoint(&gen)
                guard let value = try? df.evaluateScalar(env), value.isFinite else { continue }
                let a0 = env[Vars.a]?.scalarValue ?? 0
                func f(at a: Double) -> Double? {
                    env[Vars.a] = .scalar(a)
                    guard let v = try? fe.evaluateScalar(env), v.isFinite else { return nil }
                    return v
                }
                guard let fd = Self.centralDifference(f, at: a0) else { continue }
                #expect(Swift.abs(value - fd) <= 1e-4 * Swift.max(1, Swift.abs(fd)), "d/da \(fe) = \(df) at a = \(a0): \(value) vs \(fd)")
                compared += 1
            }
        }
        #expect(compared > 150)
    }

    /// Gradients with respect to a vector match coordinate-wise finite differences.
    @Test(arguments: [61, 62, 63] as [UInt64])
    func gradientsMatchFiniteDifferences(seed: UInt64) throws {
        var gen = Generator(rng: SplitMix64(seed: seed), irrational: true)
        var compared = 0
        for _ in 0..<150 {
            let fe = Symbolic.sum(gen.vector(3).expr) + gen.scalar(3).expr
            let grad: Expr
            do {
                grad = try fe.derivative(withRespectTo: Vars.x).expr
            } catch {
                #expect(error.message.contains("dimension"), "\(fe): \(error)")
                continue
            }
            var env = Self.randomPoint(&gen)
            guard let g = try? grad.evaluate(env) else { continue }
            guard case .vector(let x0)? = env[Vars.x] else { continue }
            for i in 0..<Vars.dim {
                let gi: Double
                switch g {
                case .scalar(let s): gi = s
                case .vector(let xs): gi = xs[i]
                }
                guard gi.isFinite else { continue }
                func f(at t: Double) -> Double? {
                    var xi = x0
                    xi[i] = t
                    env[Vars.x] = .vector(xi)
                    guard let v = try? fe.evaluateScalar(env), v.isFinite else { return nil }
                    return v
                }
                guard let fd = Self.centralDifference(f, at: x0[i]) else { continue }
                #expect(Swift.abs(gi - fd) <= 1e-4 * Swift.max(1, Swift.abs(fd)), "∇ \(fe) = \(grad), coordinate \(i + 1): \(gi) vs \(fd)")
                compared += 1
            }
        }
        #expect(compared > 150)
    }

    static func randomPoint(_ gen: inout Generator) -> Environment<Double> {
        func u(_ g: inout Generator) -> Double { Double(g.rng.next() % 4_000_001) / 1_000_000 - 2 }
        var env: Environment<Double> = [:]
        for s in Vars.scalars { env[s] = .scalar(u(&gen)) }
        for v in Vars.vectors { env[v] = .vector((0..<Vars.dim).map { _ in u(&gen) }) }
        return env
    }

    /// The central difference at `t`, or nil near a kink or discontinuity (where the one-sided
    /// differences, or central differences at two step sizes, disagree).
    static func centralDifference(_ f: (Double) -> Double?, at t: Double) -> Double? {
        let h = 1e-5
        guard let f0 = f(t), let fp = f(t + h), let fm = f(t - h), let fp2 = f(t + 4 * h), let fm2 = f(t - 4 * h) else {
            return nil
        }
        let right = (fp - f0) / h, left = (f0 - fm) / h
        let central = (fp - fm) / (2 * h), wide = (fp2 - fm2) / (8 * h)
        let scale = Swift.max(1, Swift.abs(central))
        guard Swift.abs(right - left) <= 1e-3 * scale, Swift.abs(central - wide) <= 1e-4 * scale else { return nil }
        return central
    }
}
