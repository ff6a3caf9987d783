internal import CZ3

// Hooks for the test suite only: they reach Z3 states the public API avoids on purpose.
extension SMTSolver {
    /// Sets Z3's own solver parameter `name` to an unsigned value (e.g. "timeout" in ms).
    ///
    /// Not public: Z3 4.8.12's "timeout" parameter deadlocks on some queries.
    /// The corresponding C functions are `Z3_mk_params`, `Z3_params_set_uint` and `Z3_solver_set_params`.
    func setZ3Parameter(_ name: String, _ value: UInt32) throws {
        let params = try context.nonNull("Z3_mk_params") { Z3_mk_params($0) }
        try context.call("Z3_params_inc_ref") { Z3_params_inc_ref($0, params) }
        defer { Z3_params_dec_ref(context.raw, params) }
        let symbol = try context.nonNull("Z3_mk_string_symbol") { Z3_mk_string_symbol($0, name) }
        try context.call("Z3_params_set_uint") { Z3_params_set_uint($0, params, symbol, value) }
        let solver = raw
        try context.call("Z3_solver_set_params") { Z3_solver_set_params($0, solver, params) }
    }

    /// Asks Z3 for the current model without looking at the last answer (an error after unsat).
    ///
    /// The corresponding C function is `Z3_solver_get_model`.
    func rawModelRequest() throws {
        let solver = raw
        _ = try context.nonNull("Z3_solver_get_model") { Z3_solver_get_model($0, solver) }
    }
}

extension Term {
    /// Z3's id of the term's AST. Z3 reuses the ids of freed ASTs, so the ids of new
    /// terms stay bounded when reference counts are balanced.
    ///
    /// The corresponding C function is `Z3_get_ast_id`.
    var astID: UInt32 {
        get throws {
            let ast = node.ast
            return try node.context.call("Z3_get_ast_id") { Z3_get_ast_id($0, ast) }
        }
    }
}
