import Testing
@testable import Solver
import Symbolic

@Suite("Z3 errors surface as thrown Z3Error")
struct ErrorTests {
    @Test("adding a Bool to a Real throws a Z3Error and the context stays usable")
    func sortMismatch() throws {
        let c = try SolverContext()
        let x = try c.real("x")
        let b = try c.bool("b")
        let error = try #require(throws: Z3Error.self) { try c.add([x, b]) }
        #expect(error.code != .ok)
        #expect(error.code == .exception)  // Z3 4.8.12 reports sort mismatches as Z3_EXCEPTION (12)
        #expect(error.message.contains("Sort mismatch"))
        #expect(error.function == "Z3_mk_add")
        #expect(throws: Z3Error.self) { try c.lt(x, b) }
        // The process and the context carry on.
        let solver = try Fixtures.solver(c, [c.eq(c.mul([c.numeral("2"), x]), c.numeral("1"))])
        #expect(try solver.check().model?["x"] == .rational(Rational(1, 2)))
    }

    @Test("asking for a model after unsat throws Z3_INVALID_USAGE")
    func modelAfterUnsat() throws {
        let c = try SolverContext()
        let x = try c.real("x")
        let solver = try Fixtures.solver(c, [c.lt(c.mul([x, x]), c.numeral("-1"))])
        #expect(try solver.check() == .unsat)
        let error = try #require(throws: Z3Error.self) { try solver.rawModelRequest() }
        #expect(error.code == .invalidUsage)
        #expect(!error.message.isEmpty)
        #expect(try solver.check() == .unsat)
    }

    @Test("malformed SMT-LIB throws a parser error")
    func malformedSMTLIB() throws {
        let c = try SolverContext()
        let solver = try c.makeSolver()
        let error = try #require(throws: Z3Error.self) {
            try solver.assert(smtlib2: "(declare-const y Real)(assert (< y")
        }
        #expect(error.code == .parserError)
        #expect(!error.message.isEmpty)
        let undeclared = try #require(throws: Z3Error.self) {
            try SolverContext.check(smtlib2: "(assert (< zz 1))")
        }
        #expect(undeclared.code == .parserError)
        #expect(undeclared.message.contains("zz"))
    }

    @Test("popping more scopes than exist throws")
    func popTooMany() throws {
        let c = try SolverContext()
        let solver = try c.makeSolver()
        let error = try #require(throws: Z3Error.self) { try solver.pop(3) }
        #expect(error.code == .indexOutOfBounds)
    }

    @Test("error descriptions name the function, code and message")
    func descriptions() {
        let error = Z3Error(code: .parserError, message: "bad", function: "Z3_solver_from_string")
        #expect(error.description == "Z3_solver_from_string failed with Z3_PARSER_ERROR (4): bad")
        #expect(Z3Error.Code(rawValue: 99).name == "Z3 error 99")
        #expect(SolverError(.invalidNumeral("1e-5")).description.contains("1e-5"))
    }
}
