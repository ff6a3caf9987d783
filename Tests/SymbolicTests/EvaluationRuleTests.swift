import Testing
import Symbolic

/// The evaluator follows the definedness rule (docs/dsl.md): ite and ⇒ are guarded,
/// everything else is strict, partial operations fail outside their domain — in Rational,
/// Double and Float alike.
@Suite struct EvaluationRuleTests {
    let x = Expr.scalar("x"), v = Expr.vector("v")
    let xs = Symbol.scalar("x"), vs = Symbol.vector("v")

    func isUndefinedError(_ e: EvaluationError) -> Bool {
        if case .domain = e { return true }
        return e == .divisionByZero
    }

    func fails<T: EvaluationScalar>(_ e: Expr, _ value: T) -> Bool {
        do {
            _ = try e.evaluate([xs: .scalar(value)] as Environment<T>)
            return false
        } catch {
            return isUndefinedError(error)
        }
    }

    func fails<T: EvaluationScalar>(_ c: Constraint, _ value: T) -> Bool {
        do {
            _ = try c.evaluate([xs: .scalar(value)] as Environment<T>)
            return false
        } catch {
            return isUndefinedError(error)
        }
    }

    @Test func andAndOrAreStrict() throws {
        let r = Rational.zero
        #expect(fails(x .!= 0 && 1 / x .> 0, r))
        #expect(fails(x .== 0 || 1 / x .> 0, r))
        #expect(fails(x .!= 0 && 1 / x .> 0, 0.0))
        #expect(fails(x .== 0 || 1 / x .> 0, Float(0)))
        // Where every operand is defined they are the usual connectives.
        #expect(try !(x .!= 0 && 1 / x .> 0).evaluate([xs: .scalar(Rational(-2))]))
        #expect(try (x .== 0 || 1 / x .> 0).evaluate([xs: .scalar(Rational(2))]))
    }

    @Test func impliesAndIteAreGuarded() throws {
        for value in [Rational.zero, Rational(3)] {
            #expect(try (x .!= 0 ==> 1 / x .> 0).evaluate([xs: .scalar(value)]))
            #expect(try ite(x .== 0, 0, 1 / x).evaluateScalar([xs: .scalar(value)]) == (value.isZero ? 0 : Rational(1, 3)))
        }
        #expect(try (x .!= 0 ==> 1 / x .> 0).evaluate([xs: .scalar(0.0)]))
        // The antecedent itself is strict.
        #expect(fails(1 / x .> 0 ==> x .> 0, Rational.zero))
        #expect(fails(ite(1 / x .> 0, 1, 2), Rational.zero))
        // The chosen branch is strict.
        #expect(fails(ite(x .>= 0, 1 / x, 0), Rational.zero))
    }

    @Test func partialOperationsFailOutsideTheirDomain() throws {
        let rational: [(Expr, Rational)] = [
            (1 / x, 0), (x.pow(-2), 0), (sqrt(x), -1), (log(x), 0), (log(x), -1),
            (x.pow(Rational(1, 2)), -4), (x.pow(Rational(-1, 2)), 0), (x.pow(Rational(-3, 2)), 0),
            (clip(1, x, 0), 1),
        ]
        for (e, value) in rational {
            #expect(fails(e, value), "\(e) at \(value)")
            #expect(fails(e, value.doubleValue), "\(e) at \(value) (Double)")
            #expect(fails(e, Float(value.doubleValue)), "\(e) at \(value) (Float)")
        }
        // On the boundary of the domain where it is still defined.
        #expect(try x.pow(Rational(1, 2)).evaluateScalar([xs: .scalar(Rational.zero)]) == 0)
        #expect(try sqrt(x).evaluateScalar([xs: .scalar(0.0)]) == 0)
        #expect(try clip(2, x, 1).evaluateScalar([xs: .scalar(Rational.one)]) == 1)
    }

    @Test func aVectorIteReadsItsConditionCoordinateByCoordinate() throws {
        let e = ite(v .<= 1, v, 0)
        #expect(e.isVector)
        let some: Environment<Rational> = [vs: .vector([Rational(1, 2), 2])]
        let all: Environment<Rational> = [vs: .vector([Rational(1, 2), 1])]
        #expect(try e.evaluate(some) == .vector([Rational(1, 2), 0]))
        #expect(try e.evaluate(all) == .vector([Rational(1, 2), 1]))
        // The same at d = 2 after expansion. A scalar condition (‖v‖∞ ≤ 1) chooses the whole
        // branch, so it differs from the coordinate-wise box (fault 5 of the soundness issue).
        let box = ite(-1 .<= v && v .<= 1, v, 0), norm = ite(normInf(v) .<= 1, v, 0)
        for env in [some, all, [vs: .vector([-2, 0])] as Environment<Rational>] {
            guard case .vector(let values)? = env[vs] else { continue }
            let coordinates: Environment<Rational> = [.coordinate("v", 1): .scalar(values[0]), .coordinate("v", 2): .scalar(values[1])]
            for f in [e, box, norm] {
                let expanded = try f.coordinates(dim: 2).map { try $0.evaluateScalar(coordinates) }
                guard case .vector(let direct) = try f.evaluate(env) else {
                    Issue.record("\(f) is not a vector at \(env)")
                    continue
                }
                #expect(expanded == direct, "\(f) at \(values)")
                // Coordinate i of the expression is coordinate i of its value.
                for i in 1...2 {
                    let ci = Expr(try Instantiation.coordinate(f.node, i))
                    #expect(try ci.evaluateScalar(env) == direct[i - 1], "\(f)[\(i)] at \(values)")
                }
            }
        }
        #expect(try box.evaluate(some) == .vector([Rational(1, 2), 0]))
        #expect(try norm.evaluate(some) == .vector([0, 0]))
        // With scalar branches a vector condition still gives a vector: the indicator.
        let positive = ite(v .> 0, 1, 0)
        #expect(positive.isVector)
        #expect(try positive.evaluate([vs: .vector([2, -1, 3])] as Environment<Rational>) == .vector([1, 0, 1]))
    }

    @Test func aVectorIteIsGuardedCoordinateByCoordinate() throws {
        let point: Environment<Rational> = [vs: .vector([2, 0, -1])]
        // 1/v is undefined at the second coordinate, which the ite does not take.
        let reciprocal = ite(v .> 0, 1 / v, 0)
        #expect(try reciprocal.evaluate(point) == .vector([Rational(1, 2), 0, 0]))
        #expect(try sum(reciprocal).evaluateScalar(point) == Rational(1, 2))
        // Nested: the inner ite is read at each coordinate the outer one takes.
        let nested = ite(v .>= 0, ite(v .> 0, 1 / v, 5), 7)
        #expect(try nested.evaluate(point) == .vector([Rational(1, 2), 5, 7]))
        // Where a taken coordinate is undefined, so is the vector (and every reduction of it).
        #expect(throws: EvaluationError.divisionByZero) { try ite(v .>= 0, 1 / v, 0).evaluate(point) }
        #expect(throws: EvaluationError.divisionByZero) { try sum(ite(v .>= 0, 1 / v, 0)).evaluateScalar(point) }
        // A condition undefined at one coordinate only: that coordinate is undefined.
        #expect(throws: EvaluationError.divisionByZero) { try ite(1 / v .> 0, v, 0).evaluate(point) }
        // The expansion agrees, and so does the exact definedness formula of the expansion.
        let flat: Environment<Rational> = [.coordinate("v", 1): .scalar(2), .coordinate("v", 2): .scalar(0), .coordinate("v", 3): .scalar(-1)]
        for (f, defined) in [(sum(reciprocal), true), (sum(nested), true), (sum(ite(v .>= 0, 1 / v, 0)), false)] {
            let expanded = try f.expanded(dim: 3)
            #expect(((try? expanded.evaluateScalar(flat)) != nil) == defined, "\(f)")
            #expect(try Constraint(Definedness.formula(expanded.node)).evaluate(flat) == defined, "Def(\(f))")
            // On the vector node, Def is stricter than the rule (never true where undefined).
            if try Constraint(Definedness.formula(f.node)).evaluate(point) { #expect(defined, "Def(\(f)) on the vector node") }
        }
    }
}
