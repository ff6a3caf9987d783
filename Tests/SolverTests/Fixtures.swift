@testable import Solver
import Symbolic

/// Queries shared by several tests.
enum Fixtures {
    /// A polynomial system over the reals that Z3 4.8.12 does not finish in 30 s
    /// (QF_NRA or the default solver; measured on the development machine):
    /// x⁵ + y⁷ + z⁹ + w¹¹ = 1, xyzw = 3, x²y²z + w³x = 7, xy³ + zw⁵ < −5.
    static func hardRealSystem(_ c: SolverContext) throws -> [Solver.Term] {
        let x = try c.real("x")
        let y = try c.real("y")
        let z = try c.real("z")
        let w = try c.real("w")
        let sum = try c.add([c.power(x, 5), c.power(y, 7), c.power(z, 9), c.power(w, 11)])
        let product = try c.mul([x, y, z, w])
        let mixed = try c.add([c.mul([x, x, y, y, z]), c.mul([c.power(w, 3), x])])
        let last = try c.add([c.mul([x, c.power(y, 3)]), c.mul([z, c.power(w, 5)])])
        return [
            try c.eq(sum, c.numeral("1")),
            try c.eq(product, c.numeral("3")),
            try c.eq(mixed, c.numeral("7")),
            try c.lt(last, c.numeral("-5")),
        ]
    }

    /// x³ + y³ + z³ = 33 over the integers: open for Z3 (the solution has 16-digit numbers).
    /// With Z3's own `timeout` parameter below ~3 s, the default solver deadlocks on it in 4.8.12.
    static func sumOfThreeCubes(_ c: SolverContext) throws -> [Solver.Term] {
        let x = try c.int("a")
        let y = try c.int("b")
        let z = try c.int("c")
        let cubes = try c.add([c.power(x, 3), c.power(y, 3), c.power(z, 3)])
        return [try c.eq(cubes, c.integer(33))]
    }

    /// Makes a solver holding `assertions`.
    static func solver(
        _ c: SolverContext, _ assertions: [Solver.Term], logic: Logic = .default, timeout: Duration? = nil
    ) throws -> SMTSolver {
        let solver = try c.makeSolver(logic: logic, timeout: timeout)
        for assertion in assertions {
            try solver.assert(assertion)
        }
        return solver
    }

    /// 10^-k as an exact rational.
    static func tenToMinus(_ k: Int) -> Rational {
        var r = Rational.one
        for _ in 0..<k { r = r / Rational(10) }
        return r
    }
}
