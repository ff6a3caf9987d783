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

    @Test func aVectorComparisonInAnIteConditionMeansEveryCoordinate() throws {
        let e = ite(v .<= 1, v, 0)
        #expect(e.isVector)
        let some: Environment<Rational> = [vs: .vector([Rational(1, 2), 2])]
        let all: Environment<Rational> = [vs: .vector([Rational(1, 2), 1])]
        #expect(try e.evaluate(some) == .vector([0, 0]))
        #expect(try e.evaluate(all) == .vector([Rational(1, 2), 1]))
        // The same at d = 2 after expansion, and the same as with ‖v‖∞ ≤ 1 written out.
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
            }
            #expect(try box.evaluate(env) == norm.evaluate(env))
        }
        // With scalar branches the ite is a scalar: 1 when every coordinate is positive.
        let allPositive = ite(v .> 0, 1, 0)
        #expect(!allPositive.isVector)
        #expect(try allPositive.evaluateScalar([vs: .vector([2, -1, 3])] as Environment<Rational>) == 0)
        #expect(try allPositive.evaluateScalar([vs: .vector([2, 1, 3])] as Environment<Rational>) == 1)
        #expect(try allPositive.expanded(dim: 2) == ite(Expr(Symbol.coordinate("v", 1)) .> 0 && Expr(Symbol.coordinate("v", 2)) .> 0, 1, 0))
    }
}
