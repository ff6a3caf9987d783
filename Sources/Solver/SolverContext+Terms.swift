internal import CZ3
public import Symbolic

// Constants, numerals and operations. Every function returns a new term of this
// context and throws ``Z3Error`` when Z3 rejects the call (for example a sort
// mismatch), or ``SolverError`` for misuse this module catches first.
extension SolverContext {
    // MARK: - Constants

    /// A real-valued constant named `name`.
    ///
    /// The corresponding C functions are `Z3_mk_real_sort` and `Z3_mk_const`.
    public func real(_ name: String) throws -> Term {
        try constant(name, sort: .real) { Z3_mk_real_sort($0) }
    }

    /// An integer-valued constant named `name`.
    ///
    /// The corresponding C functions are `Z3_mk_int_sort` and `Z3_mk_const`.
    public func int(_ name: String) throws -> Term {
        try constant(name, sort: .int) { Z3_mk_int_sort($0) }
    }

    /// A Boolean constant named `name`.
    ///
    /// The corresponding C functions are `Z3_mk_bool_sort` and `Z3_mk_const`.
    public func bool(_ name: String) throws -> Term {
        try constant(name, sort: .bool) { Z3_mk_bool_sort($0) }
    }

    private func constant(
        _ name: String, sort: Term.Sort, _ makeSort: (Z3_context) -> Z3_sort?
    ) throws -> Term {
        guard !name.isEmpty, !name.contains("|"), !name.contains("\\") else {
            throw SolverError(.invalidName(name))
        }
        if let existing = declaredSorts[name], existing != sort {
            throw SolverError(.nameClash(name))
        }
        let z3Sort = try nonNull("Z3_mk_sort", makeSort)
        let symbol = try nonNull("Z3_mk_string_symbol") { Z3_mk_string_symbol($0, name) }
        let term = try wrap("Z3_mk_const") { Z3_mk_const($0, symbol, z3Sort) }
        declaredSorts[name] = sort
        return term
    }

    // MARK: - Numerals and literals

    /// The exact real number `value`, passed to Z3 as "p/q" text (never through a Double).
    ///
    /// The corresponding C function is `Z3_mk_numeral`.
    public func numeral(_ value: Rational) throws -> Term {
        let text = value.description
        let sort = try nonNull("Z3_mk_real_sort") { Z3_mk_real_sort($0) }
        return try wrap("Z3_mk_numeral") { Z3_mk_numeral($0, text, sort) }
    }

    /// The exact real number written as "p" or "p/q" (decimal integers, optional leading "-").
    ///
    /// Anything else — "0.5", "1e-5", "+1", " 1", "1/0" — throws
    /// ``SolverError/Kind/invalidNumeral(_:)``: Z3 would misread some of these
    /// silently ("1e-05" becomes 1/0). For decimal or scientific text, parse it
    /// with `Rational("1e-5")` and pass the `Rational`.
    /// The corresponding C function is `Z3_mk_numeral`.
    public func numeral(_ text: String) throws -> Term {
        guard let value = ExactText.rational(text) else {
            throw SolverError(.invalidNumeral(text))
        }
        return try numeral(value)
    }

    /// The integer `value` as a term of sort Int.
    ///
    /// The corresponding C function is `Z3_mk_numeral`.
    public func integer(_ value: Int) throws -> Term {
        let sort = try nonNull("Z3_mk_int_sort") { Z3_mk_int_sort($0) }
        return try wrap("Z3_mk_numeral") { Z3_mk_numeral($0, "\(value)", sort) }
    }

    /// The Boolean literal true.
    ///
    /// The corresponding C function is `Z3_mk_true`.
    public func `true`() throws -> Term {
        try wrap("Z3_mk_true") { Z3_mk_true($0) }
    }

    /// The Boolean literal false.
    ///
    /// The corresponding C function is `Z3_mk_false`.
    public func `false`() throws -> Term {
        try wrap("Z3_mk_false") { Z3_mk_false($0) }
    }

    /// The Boolean literal `value`.
    ///
    /// The corresponding C functions are `Z3_mk_true` and `Z3_mk_false`.
    public func literal(_ value: Bool) throws -> Term {
        value ? try `true`() : try `false`()
    }

    // MARK: - Arithmetic

    /// The sum of `terms`; 0 for none, the term itself for one.
    ///
    /// The corresponding C function is `Z3_mk_add`.
    public func add(_ terms: [Term]) throws -> Term {
        if terms.isEmpty { return try numeral(Rational.zero) }
        if terms.count == 1 { return terms[0] }
        return try nary("Z3_mk_add", terms) { Z3_mk_add($0, $1, $2) }
    }

    /// The product of `terms`; 1 for none, the term itself for one.
    ///
    /// The corresponding C function is `Z3_mk_mul`.
    public func mul(_ terms: [Term]) throws -> Term {
        if terms.isEmpty { return try numeral(Rational.one) }
        if terms.count == 1 { return terms[0] }
        return try nary("Z3_mk_mul", terms) { Z3_mk_mul($0, $1, $2) }
    }

    /// The difference `a - b`.
    ///
    /// The corresponding C function is `Z3_mk_sub`.
    public func sub(_ a: Term, _ b: Term) throws -> Term {
        try nary("Z3_mk_sub", [a, b]) { Z3_mk_sub($0, $1, $2) }
    }

    /// The negation `-a`.
    ///
    /// The corresponding C function is `Z3_mk_unary_minus`.
    public func neg(_ a: Term) throws -> Term {
        let x = try ast(a)
        return try wrap("Z3_mk_unary_minus") { Z3_mk_unary_minus($0, x) }
    }

    /// The quotient `a / b` (real division on reals, integer division on integers).
    ///
    /// Division by zero is not an error in SMT-LIB: `a / 0` is some unspecified value.
    /// The corresponding C function is `Z3_mk_div`.
    public func div(_ a: Term, _ b: Term) throws -> Term {
        try binary("Z3_mk_div", a, b) { Z3_mk_div($0, $1, $2) }
    }

    /// `base` raised to an integer `exponent`, lowered to a product (|exponent| ≤ 10,000).
    ///
    /// `x^0` is 1 (also for x = 0); a negative exponent gives `1 / x^|k|`.
    /// The corresponding C functions are `Z3_mk_mul` and `Z3_mk_div`.
    public func power(_ base: Term, _ exponent: Int) throws -> Term {
        guard exponent.magnitude <= 10_000 else {
            throw SolverError(.invalidArgument("exponent \(exponent) exceeds 10,000 in magnitude"))
        }
        if exponent < 0 {
            let positive = try power(base, Int(exponent.magnitude))
            return try div(numeral(Rational.one), positive)
        }
        if exponent == 0 {
            return try base.sort == .int ? integer(1) : numeral(Rational.one)
        }
        return try mul(Array(repeating: base, count: exponent))
    }

    /// The integer term `a` as a real.
    ///
    /// The corresponding C function is `Z3_mk_int2real`.
    public func toReal(_ a: Term) throws -> Term {
        let x = try ast(a)
        return try wrap("Z3_mk_int2real") { Z3_mk_int2real($0, x) }
    }

    // MARK: - Comparisons

    /// The formula `a < b`.
    ///
    /// The corresponding C function is `Z3_mk_lt`.
    public func lt(_ a: Term, _ b: Term) throws -> Term {
        try binary("Z3_mk_lt", a, b) { Z3_mk_lt($0, $1, $2) }
    }

    /// The formula `a ≤ b`.
    ///
    /// The corresponding C function is `Z3_mk_le`.
    public func le(_ a: Term, _ b: Term) throws -> Term {
        try binary("Z3_mk_le", a, b) { Z3_mk_le($0, $1, $2) }
    }

    /// The formula `a > b`.
    ///
    /// The corresponding C function is `Z3_mk_gt`.
    public func gt(_ a: Term, _ b: Term) throws -> Term {
        try binary("Z3_mk_gt", a, b) { Z3_mk_gt($0, $1, $2) }
    }

    /// The formula `a ≥ b`.
    ///
    /// The corresponding C function is `Z3_mk_ge`.
    public func ge(_ a: Term, _ b: Term) throws -> Term {
        try binary("Z3_mk_ge", a, b) { Z3_mk_ge($0, $1, $2) }
    }

    /// The formula `a = b`.
    ///
    /// The corresponding C function is `Z3_mk_eq`.
    public func eq(_ a: Term, _ b: Term) throws -> Term {
        try binary("Z3_mk_eq", a, b) { Z3_mk_eq($0, $1, $2) }
    }

    /// The formula that `terms` are pairwise different; true for fewer than two.
    ///
    /// The corresponding C function is `Z3_mk_distinct`.
    public func distinct(_ terms: [Term]) throws -> Term {
        if terms.count < 2 { return try `true`() }
        return try nary("Z3_mk_distinct", terms) { Z3_mk_distinct($0, $1, $2) }
    }

    // MARK: - Propositional connectives

    /// The conjunction of `terms`; true for none.
    ///
    /// The corresponding C function is `Z3_mk_and`.
    public func and(_ terms: [Term]) throws -> Term {
        if terms.isEmpty { return try `true`() }
        if terms.count == 1 { return terms[0] }
        return try nary("Z3_mk_and", terms) { Z3_mk_and($0, $1, $2) }
    }

    /// The disjunction of `terms`; false for none.
    ///
    /// The corresponding C function is `Z3_mk_or`.
    public func or(_ terms: [Term]) throws -> Term {
        if terms.isEmpty { return try `false`() }
        if terms.count == 1 { return terms[0] }
        return try nary("Z3_mk_or", terms) { Z3_mk_or($0, $1, $2) }
    }

    /// The negation `¬a`.
    ///
    /// The corresponding C function is `Z3_mk_not`.
    public func not(_ a: Term) throws -> Term {
        let x = try ast(a)
        return try wrap("Z3_mk_not") { Z3_mk_not($0, x) }
    }

    /// The implication `a → b`.
    ///
    /// The corresponding C function is `Z3_mk_implies`.
    public func implies(_ a: Term, _ b: Term) throws -> Term {
        try binary("Z3_mk_implies", a, b) { Z3_mk_implies($0, $1, $2) }
    }

    /// The equivalence `a ↔ b`.
    ///
    /// The corresponding C function is `Z3_mk_iff`.
    public func iff(_ a: Term, _ b: Term) throws -> Term {
        try binary("Z3_mk_iff", a, b) { Z3_mk_iff($0, $1, $2) }
    }

    /// The term "if `condition` then `a` else `b`".
    ///
    /// The corresponding C function is `Z3_mk_ite`.
    public func ite(_ condition: Term, _ a: Term, _ b: Term) throws -> Term {
        let c = try ast(condition)
        let x = try ast(a)
        let y = try ast(b)
        return try wrap("Z3_mk_ite") { Z3_mk_ite($0, c, x, y) }
    }

    // MARK: - Quantifiers

    /// The formula ∀ `variables`. `body`; the variables must be constants made by this context.
    ///
    /// The constants are bound inside `body` only; elsewhere they stay free.
    /// The corresponding C function is `Z3_mk_forall_const`.
    public func forall(_ variables: [Term], _ body: Term) throws -> Term {
        try quantifier(forall: true, variables, body)
    }

    /// The formula ∃ `variables`. `body`; the variables must be constants made by this context.
    ///
    /// The corresponding C function is `Z3_mk_exists_const`.
    public func exists(_ variables: [Term], _ body: Term) throws -> Term {
        try quantifier(forall: false, variables, body)
    }

    private func quantifier(forall: Bool, _ variables: [Term], _ body: Term) throws -> Term {
        let bodyAST = try ast(body)
        guard try body.sort == .bool else {
            throw SolverError(.invalidArgument("a quantifier body must be a formula, not \(body)"))
        }
        if variables.isEmpty { return body }
        var bound: [Z3_app?] = []
        for variable in variables {
            let x = try ast(variable)
            guard try isUninterpretedConstant(x) else {
                throw SolverError(.notAConstant(variable.description))
            }
            bound.append(try nonNull("Z3_to_app") { Z3_to_app($0, x) })
        }
        let count = UInt32(bound.count)
        return try bound.withUnsafeBufferPointer { buffer in
            if forall {
                try wrap("Z3_mk_forall_const") {
                    Z3_mk_forall_const($0, 0, count, buffer.baseAddress, 0, nil, bodyAST)
                }
            } else {
                try wrap("Z3_mk_exists_const") {
                    Z3_mk_exists_const($0, 0, count, buffer.baseAddress, 0, nil, bodyAST)
                }
            }
        }
    }

    private func isUninterpretedConstant(_ x: Z3_ast) throws -> Bool {
        guard try call("Z3_is_app", { Z3_is_app($0, x) }) else { return false }
        let app = try nonNull("Z3_to_app") { Z3_to_app($0, x) }
        guard try call("Z3_get_app_num_args", { Z3_get_app_num_args($0, app) }) == 0 else { return false }
        let decl = try nonNull("Z3_get_app_decl") { Z3_get_app_decl($0, app) }
        return try call("Z3_get_decl_kind") { Z3_get_decl_kind($0, decl) } == Z3_OP_UNINTERPRETED
    }

    // MARK: - Helpers

    private func binary(
        _ function: StaticString, _ a: Term, _ b: Term,
        _ make: (Z3_context, Z3_ast, Z3_ast) -> Z3_ast?
    ) throws -> Term {
        let x = try ast(a)
        let y = try ast(b)
        return try wrap(function) { make($0, x, y) }
    }

    private func nary(
        _ function: StaticString, _ terms: [Term],
        _ make: (Z3_context, UInt32, UnsafePointer<Z3_ast?>?) -> Z3_ast?
    ) throws -> Term {
        guard terms.count <= Int(UInt32.max) else {
            throw SolverError(.invalidArgument("too many operands"))
        }
        let args = try asts(terms)
        let count = UInt32(args.count)
        return try args.withUnsafeBufferPointer { buffer in
            try wrap(function) { make($0, count, buffer.baseAddress) }
        }
    }
}
