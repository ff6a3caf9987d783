import Foundation
import Symbolic
import Testing

/// Exact arithmetic with real algebraic numbers (RealAlgebraic.swift): signs decided by
/// gcd and rational interval arithmetic, never by floating point.
@Suite("Real algebraic numbers")
struct RealAlgebraicTests {
    func poly(_ c: [Int]) -> RationalPolynomial { RationalPolynomial(c.map { Rational($0) }) }
    /// √2 as the root of t² − 2 in (1, 2).
    var sqrt2: RealAlgebraicNumber { RealAlgebraicNumber(polynomial: poly([-2, 0, 1]), lower: 1, upper: 2)! }

    @Test func polynomialArithmeticIsExact() {
        let p = poly([1, 1]), q = poly([-1, 1])
        #expect(p * q == poly([-1, 0, 1]))
        let (quot, rem) = poly([-1, 0, 1]).divided(by: q)
        #expect(quot == p && rem.isZero)
        #expect(RationalPolynomial.gcd(poly([-1, 0, 1]), poly([2, 3, 1])) == p, "t + 1 divides both")
        #expect(poly([0, 0, 1]).squarefreePart == poly([0, 1]))
        #expect(poly([-2, 0, 1]).value(at: Rational(3, 2)) == Rational(1, 4))
        let e = poly([-2, 0, 1]).enclosure(1, 2)
        #expect(e.lower <= -1 && e.upper >= 2, "the enclosure contains every value on [1, 2]")
    }

    @Test func anIntervalMustIsolateExactlyOneRoot() {
        #expect(RealAlgebraicNumber(polynomial: poly([-2, 0, 1]), lower: -2, upper: 2) == nil, "±√2 both inside")
        #expect(RealAlgebraicNumber(polynomial: poly([-2, 0, 1]), lower: 2, upper: 3) == nil, "no root inside")
        #expect(RealAlgebraicNumber(polynomial: poly([-1, 0, 1]), lower: 1, upper: 2) == nil, "a root at an end")
        // (t² − 2)² has the same root: the squarefree part is used.
        #expect(RealAlgebraicNumber(polynomial: poly([-2, 0, 1]) * poly([-2, 0, 1]), lower: 1, upper: 2) != nil)
    }

    @Test func signsAreDecidedExactly() {
        var a = sqrt2
        #expect(a.sign(of: poly([-2, 0, 1])) == 0)
        #expect(a.sign(of: RationalPolynomial([Rational(-14142135, 10_000_000), 1])) == 1, "√2 > 1.4142135")
        #expect(a.sign(of: RationalPolynomial([Rational(-14142136, 10_000_000), 1])) == -1, "√2 < 1.4142136")
        // t⁴ − 4 = (t² − 2)(t² + 2) vanishes at √2; t³ − 2t − 1 does not (2√2 − 2√2 − 1 = −1).
        #expect(a.sign(of: poly([-4, 0, 0, 0, 1])) == 0)
        #expect(a.sign(of: poly([-1, -2, 0, 1])) == -1)
        // The cube root of 2 (t³ − 2 in (1, 2)) against 1.26.
        var c = RealAlgebraicNumber(polynomial: poly([-2, 0, 0, 1]), lower: 1, upper: 2)!
        #expect(c.sign(of: RationalPolynomial([Rational(-126, 100), 1])) == -1, "∛2 = 1.2599… < 1.26")
    }

    @Test func expressionsEvaluateInQOfAlpha() throws {
        let x = Expr.scalar("x"), y = Expr.scalar("y")
        let point = AlgebraicPoint(rationals: [.scalar("y"): 3], algebraic: [.scalar("x"): sqrt2])
        #expect(try point.holds(x * x .== 2))
        #expect(try !point.holds(x * x .< 2))
        #expect(try point.holds(1 / x .< 1), "1/√2 < 1")
        #expect(try point.holds((x + 1).pow(2) .== 3 + 2 * x))
        #expect(try point.holds(abs(x - y) .== y - x))
        #expect(try point.holds(max(x, Expr(Rational(3, 2))) .== Expr(Rational(3, 2))))
        #expect(try point.holds(x * y .> 4), "3√2 = 4.24… > 4")
        #expect(point.rationalValue((x * x + y) / 5) == 1)
        #expect(point.rationalValue(x + y) == nil, "3 + √2 is irrational")
        #expect(throws: EvaluationError.self) { try point.holds(sqrt(x) .> 0) }
    }

    @Test func twoIrrationalNumbersInOneTermAreNotDecided() throws {
        let x = Expr.scalar("x"), z = Expr.scalar("z")
        let three = RealAlgebraicNumber(polynomial: poly([-3, 0, 1]), lower: 1, upper: 2)!
        let point = AlgebraicPoint(rationals: [:], algebraic: [.scalar("x"): sqrt2, .scalar("z"): three])
        #expect(try point.holds(x * x .< z * z), "separate terms, one number each")
        let joint = AlgebraicPoint(rationals: [:], algebraic: [.scalar("x"): sqrt2, .scalar("z"): three])
        #expect(throws: EvaluationError.self) { try joint.holds(x + z .> 3) }
    }

    @Test func divisionByAnAlgebraicZeroIsAnError() {
        let x = Expr.scalar("x")
        let point = AlgebraicPoint(rationals: [:], algebraic: [.scalar("x"): sqrt2])
        #expect(throws: EvaluationError.divisionByZero) { try point.holds(1 / (x * x - 2) .> 0) }
    }
}
