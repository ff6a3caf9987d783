import Symbolic
import Testing

@Suite struct UserFunctionTests {
    /// A table with x (vector), t (scalar), double(e) = 2e and positive(e) = e > 0.
    func table() throws -> SymbolTable {
        var t = SymbolTable([.vector("x"), .scalar("t")])
        try t.defineFunction(
            "double",
            UserFunction { (a: ParsedTerm) throws(UserFunctionError) -> ParsedTerm in
                guard case .expr(let e) = a else { throw UserFunctionError("double expects a number") }
                return .expr(2 * e)
            })
        try t.defineFunction(
            "positive",
            UserFunction { (a: ParsedTerm) throws(UserFunctionError) -> ParsedTerm in
                guard case .expr(let e) = a, !e.isVector else { throw UserFunctionError("positive expects a scalar") }
                return .condition(e .> 0)
            })
        try t.defineFunction(
            "pair", UserFunction(arity: 2...3) { (args: [ParsedTerm]) throws(UserFunctionError) -> ParsedTerm in .expr(Expr(args.count)) })
        return t
    }

    @Test func callsUserFunctions() throws {
        let t = try table()
        #expect(try Parser.expression("double(t) + 1", symbols: t) == 2 * Expr.scalar("t") + 1)
        #expect(try Parser.expression("sum(double(x))", symbols: t) == sum(2 * Expr.vector("x")))
        #expect(try Parser.constraint("positive(t) and t < 3", symbols: t) == (Expr.scalar("t") .> 0 && Expr.scalar("t") .< 3))
        #expect(try Parser.expression("pair(t, t, t)", symbols: t) == Expr(3))
        #expect(t.functions.keys.sorted() == ["double", "pair", "positive"])
    }

    @Test func errorsBecomeParseErrorsAtTheCall() throws {
        let t = try table()
        #expect(throws: ParseError(line: 1, column: 5, message: "positive expects a scalar")) {
            try Parser.constraint("t > positive(x)", symbols: t)
        }
        #expect(throws: ParseError(line: 2, column: 3, message: "double expects 1 argument, got 2")) {
            try Parser.expression("t +\n  double(t, t)", symbols: t)
        }
        #expect(throws: ParseError(line: 1, column: 1, message: "pair expects 2 to 3 arguments, got 1")) {
            try Parser.expression("pair(t)", symbols: t)
        }
        #expect(throws: ParseError(line: 1, column: 1, message: "pair expects 2 to 3 arguments, got 4")) {
            try Parser.expression("pair(t, t, t, t)", symbols: t)
        }
        // Unknown functions keep their message.
        #expect(throws: ParseError(line: 1, column: 1, message: "unknown function 'triple'")) {
            try Parser.expression("triple(t)", symbols: t)
        }
    }

    @Test func builtinsCannotBeShadowedAndKeepTheirMessages() throws {
        var t = try table()
        #expect(throws: UserFunctionError("'sum' is a built-in function")) {
            try t.defineFunction("sum", UserFunction { (a: ParsedTerm) throws(UserFunctionError) -> ParsedTerm in a })
        }
        #expect(throws: UserFunctionError("'2x' is not a name")) {
            try t.defineFunction("2x", UserFunction { (a: ParsedTerm) throws(UserFunctionError) -> ParsedTerm in a })
        }
        #expect(SymbolTable.isBuiltinFunction("norm1") && !SymbolTable.isBuiltinFunction("double"))
        #expect(throws: ParseError(line: 1, column: 1, message: "sum expects 1 argument, got 2")) {
            try Parser.expression("sum(x, x)", symbols: t)
        }
        #expect(throws: ParseError(line: 1, column: 1, message: "'t' is not a function")) {
            try Parser.expression("t(x)", symbols: t)
        }
    }
}
