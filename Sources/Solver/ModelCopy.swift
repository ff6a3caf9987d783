internal import CZ3
internal import Symbolic

// Copying a Z3 model into Swift values while the context is still alive.
extension SolverContext {
    /// Copies every interpreted constant of `model`, and the values of `terms`, into a ``Model``.
    ///
    /// The corresponding C functions are `Z3_model_get_num_consts`, `Z3_model_get_const_decl`,
    /// `Z3_model_get_const_interp` and `Z3_model_eval`.
    func copyModel(_ model: Z3_model, evaluating terms: [Z3_ast?], width: Rational) throws -> Model {
        var values: [String: ModelValue] = [:]
        let count = try call("Z3_model_get_num_consts") { Z3_model_get_num_consts($0, model) }
        for index in 0..<count {
            let decl = try nonNull("Z3_model_get_const_decl") { Z3_model_get_const_decl($0, model, index) }
            let name = try declName(decl)
            guard let value = try call("Z3_model_get_const_interp", { Z3_model_get_const_interp($0, model, decl) })
            else { continue }
            try retain(value)
            defer { release(value) }
            values[name] = try modelValue(value, width: width)
        }
        var evaluations: [ModelValue] = []
        evaluations.reserveCapacity(terms.count)
        for term in terms {
            var result: Z3_ast?
            let ok = try call("Z3_model_eval") { Z3_model_eval($0, model, term, true, &result) }
            guard ok, let result else {
                throw SolverError(.unexpectedResult("Z3_model_eval could not evaluate a term"))
            }
            try retain(result)
            defer { release(result) }
            evaluations.append(try modelValue(result, width: width))
        }
        return Model(values: values, evaluations: evaluations)
    }

    /// The name of a declaration's symbol; integer symbols print as "k!N".
    private func declName(_ decl: Z3_func_decl) throws -> String {
        let symbol = try nonNull("Z3_get_decl_name") { Z3_get_decl_name($0, decl) }
        let kind = try call("Z3_get_symbol_kind") { Z3_get_symbol_kind($0, symbol) }
        if kind == Z3_INT_SYMBOL {
            return "k!\(try call("Z3_get_symbol_int") { Z3_get_symbol_int($0, symbol) })"
        }
        return try string("Z3_get_symbol_string") { Z3_get_symbol_string($0, symbol) }
    }

    /// Converts one value AST (already retained by the caller) into a ``ModelValue``.
    ///
    /// The corresponding C functions are `Z3_get_bool_value`, `Z3_is_numeral_ast`,
    /// `Z3_get_numeral_string` and `Z3_is_algebraic_number`.
    func modelValue(_ value: Z3_ast, width: Rational) throws -> ModelValue {
        let sort = try nonNull("Z3_get_sort") { Z3_get_sort($0, value) }
        let kind = try call("Z3_get_sort_kind") { Z3_get_sort_kind($0, sort) }
        if kind == Z3_BOOL_SORT {
            let truth = try call("Z3_get_bool_value") { Z3_get_bool_value($0, value) }
            if truth == Z3_L_TRUE { return .bool(true) }
            if truth == Z3_L_FALSE { return .bool(false) }
        }
        if try call("Z3_is_numeral_ast", { Z3_is_numeral_ast($0, value) }) {
            return .rational(try exactNumeral(value))
        }
        if try call("Z3_is_algebraic_number", { Z3_is_algebraic_number($0, value) }) {
            return try algebraic(value, width: width)
        }
        return .other(try string("Z3_ast_to_string") { Z3_ast_to_string($0, value) })
    }

    /// The exact value of a numeral AST, from Z3's "p/q" or "p" text.
    private func exactNumeral(_ numeral: Z3_ast) throws -> Rational {
        let text = try string("Z3_get_numeral_string") { Z3_get_numeral_string($0, numeral) }
        guard let value = ExactText.rational(text) else {
            throw SolverError(.unexpectedResult("numeral text \"\(text)\""))
        }
        return value
    }

    /// The coefficients (lowest degree first) of the integer polynomial Z3 defines an
    /// algebraic number by; empty when Z3 does not give them.
    ///
    /// The corresponding C functions are `Z3_algebraic_get_poly` and `Z3_ast_vector_get`.
    private func definingPolynomial(_ value: Z3_ast) throws -> [Rational] {
        guard try call("Z3_algebraic_is_value", { Z3_algebraic_is_value($0, value) }) else { return [] }
        let vector = try nonNull("Z3_algebraic_get_poly") { Z3_algebraic_get_poly($0, value) }
        try call("Z3_ast_vector_inc_ref") { Z3_ast_vector_inc_ref($0, vector) }
        defer { Z3_ast_vector_dec_ref(raw, vector) }
        let count = try call("Z3_ast_vector_size") { Z3_ast_vector_size($0, vector) }
        var coefficients: [Rational] = []
        for index in 0..<count {
            let c = try nonNull("Z3_ast_vector_get") { Z3_ast_vector_get($0, vector, index) }
            try retain(c)
            defer { release(c) }
            guard try call("Z3_is_numeral_ast", { Z3_is_numeral_ast($0, c) }) else { return [] }
            coefficients.append(try exactNumeral(c))
        }
        return coefficients
    }

    /// Exact bounds (and a decimal rendering) for an irrational algebraic number.
    ///
    /// Z3 isolates the number in an interval narrower than 10^-precision; the
    /// precision is the least one with 10^-precision ≤ `width`, raised if the
    /// bounds it returns are still too far apart.
    /// The corresponding C functions are `Z3_get_algebraic_number_lower`,
    /// `Z3_get_algebraic_number_upper` and `Z3_get_numeral_decimal_string`.
    private func algebraic(_ value: Z3_ast, width: Rational) throws -> ModelValue {
        var precision = 0
        var step = Rational.one
        let tenth = Rational(1, 10)
        while step > width {
            precision += 1
            step = step * tenth
            guard precision <= 100_000 else {
                throw SolverError(.invalidArgument("algebraic width \(width) needs over 100,000 digits"))
            }
        }
        for _ in 0..<4 {
            let digits = UInt32(precision)
            let lowerAST = try nonNull("Z3_get_algebraic_number_lower") {
                Z3_get_algebraic_number_lower($0, value, digits)
            }
            // Fresh results must be inc-ref'd before the next call, or Z3 may free them.
            try retain(lowerAST)
            defer { release(lowerAST) }
            let upperAST = try nonNull("Z3_get_algebraic_number_upper") {
                Z3_get_algebraic_number_upper($0, value, digits)
            }
            try retain(upperAST)
            defer { release(upperAST) }
            let lower = try exactNumeral(lowerAST)
            let upper = try exactNumeral(upperAST)
            if lower < upper && upper - lower <= width {
                let decimal = try string("Z3_get_numeral_decimal_string") {
                    Z3_get_numeral_decimal_string($0, value, UInt32(Swift.max(precision, 1)))
                }
                return .algebraic(lower: lower, upper: upper, decimal: decimal, polynomial: try definingPolynomial(value))
            }
            precision += 1
        }
        throw SolverError(.unexpectedResult("algebraic bounds wider than \(width)"))
    }
}
