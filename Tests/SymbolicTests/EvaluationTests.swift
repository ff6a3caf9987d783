import Testing
import Symbolic

@Suite struct EvaluationTests {
    let x = Expr.scalar("x"), v = Expr.vector("v")

    @Test func iteIsLazy() throws {
        let guarded = ite(x .== 0, 0, 1 / x)
        #expect(try guarded.evaluateScalar([Symbol.scalar("x"): .scalar(Rational.zero)]) == 0)
        #expect(try guarded.evaluateScalar([Symbol.scalar("x"): .scalar(Rational(4))]) == Rational(1, 4))
        #expect(throws: EvaluationError.divisionByZero) {
            try (1 / x).evaluateScalar([Symbol.scalar("x"): .scalar(Rational.zero)])
        }
        // and/or are strict (the definedness rule): an undefined operand is an error even
        // when the other decides; ⇒ is guarded.
        #expect(throws: EvaluationError.divisionByZero) {
            try (x .!= 0 && 1 / x .> 0).evaluate([Symbol.scalar("x"): .scalar(Rational.zero)])
        }
        #expect(try (x .!= 0 ==> 1 / x .> 0).evaluate([Symbol.scalar("x"): .scalar(Rational.zero)]))
    }

    @Test func vectorConditionsInIteAreCoordinateWise() throws {
        let indicator = ite(v .> 0, 1, 0)
        #expect(indicator.isVector)
        let env: Environment<Rational> = [.vector("v"): .vector([2, -1, 0, 3])]
        #expect(try indicator.evaluate(env) == .vector([1, 0, 0, 1]))
        #expect(try sum(indicator).evaluateScalar(env) == 2)
        // As a constraint, a vector comparison holds for every coordinate.
        #expect(try !(v .> 0).evaluate(env))
        #expect(try (v .> -2).evaluate(env))
        #expect(try (v .!= 0).evaluate(env))  // the vectors differ somewhere
        // Coordinate-wise expansion agrees.
        var flat: Environment<Rational> = [:]
        for (i, r) in [2, -1, 0, 3].enumerated() { flat[.coordinate("v", i + 1)] = .scalar(Rational(r)) }
        let expanded = try indicator.coordinates(dim: 4)
        #expect(try expanded.map { try $0.evaluateScalar(flat) } == [1, 0, 0, 1])
    }

    @Test func undefinedEverywhereIsOneNode() throws {
        let y = Expr.scalar("y")
        let a = x / (y - y), b = 3 / Expr(0) + x
        #expect(a == b)
        #expect(a.description == "1/0")
        #expect(throws: EvaluationError.divisionByZero) { try a.evaluateScalar([Symbol.scalar("x"): .scalar(Rational.one)]) }
        #expect(sum(v / (x - x)) == a)
    }

    @Test func floatEvaluation() throws {
        let e = sqrt(x) + exp(log(x))
        #expect(try e.evaluateScalar([Symbol.scalar("x"): .scalar(Float(4))]) == 6)
        #expect(throws: EvaluationError.self) { try log(x).evaluateScalar([Symbol.scalar("x"): .scalar(Double(-1))]) }
    }

    @Test func depthErrorPosition() {
        let deep = String(repeating: "(", count: 100_000) + "x"
        let e = try? Parser.expression(deep, symbols: [.scalar("x")])
        #expect(e == nil)
        do {
            _ = try Parser.expression(deep, symbols: [.scalar("x")])
        } catch {
            #expect(error.description == "line 1, column 10001: expression nested deeper than 10000 levels")
        }
    }
}
