internal import CZ3

/// How Z3 decides a query: one of its procedures for nonlinear real arithmetic.
///
/// Z3 4.8.12's default solver for QF_NRA tries nlsat for 5 s, then for 10 s, and only then
/// its SMT core; on many of lionk's queries the SMT core answers in milliseconds while nlsat
/// waits the full 15 s, and on others (the ℓ1 sign cases) the reverse holds (docs/solver.md).
/// A ``Portfolio`` runs several strategies in turn with growing time slices.
public enum Strategy: String, Sendable, Hashable, CaseIterable, Codable, CustomStringConvertible {
    /// The `qfnra-nlsat` tactic: simplification, then nlsat (cylindrical algebraic decomposition).
    case nlsat
    /// `(then simplify propagate-values (using-params smt :arith.nl.nra false))`: the SMT core
    /// with its nonlinear arithmetic solver (Gröbner bases, tangent and order lemmas), without
    /// the nlsat call nested inside it. In Z3 4.8.12 that nested call ignores interrupts (a
    /// check with a 0.3 s limit was still running after 20 s), which would leave a thread
    /// spinning; nlsat itself is the portfolio's other strategy.
    case smt
    /// `(then simplify propagate-values smt)`: the SMT core with nlsat nested in its arithmetic
    /// solver. It decides queries neither of the others does (the ℓ3 momentum-convexity
    /// lemmas), but on some queries it ignores interrupts, so a portfolio runs it last.
    case smtNRA = "smt-nra"
    /// Z3's default solver (`Z3_mk_solver`): its own strategy, the same as lionk before portfolios.
    case z3default = "z3-default"

    public var description: String { rawValue }

    /// The tactic names the strategy chains, or nil for Z3's default solver.
    var tactics: [String]? {
        switch self {
        case .nlsat: ["qfnra-nlsat"]
        case .smt, .smtNRA: ["simplify", "propagate-values", "smt"]
        case .z3default: nil
        }
    }

    /// Boolean parameters of the last tactic of the chain (`Z3_tactic_using_params`).
    var parameters: [(name: String, value: Bool)] {
        switch self {
        case .smt: [("arith.nl.nra", false)]
        case .nlsat, .smtNRA, .z3default: []
        }
    }
}

extension SolverContext {
    /// Makes a solver that decides its assertions with `strategy`; checks stop after `timeout`.
    ///
    /// The corresponding C functions are `Z3_mk_tactic`, `Z3_tactic_and_then`,
    /// `Z3_mk_solver_from_tactic` and `Z3_mk_solver`.
    public func makeSolver(strategy: Strategy, timeout: Duration? = nil) throws -> SMTSolver {
        guard let names = strategy.tactics else {
            return try makeSolver(logic: .default, timeout: timeout).tagged(strategy)
        }
        var tactics: [Z3_tactic] = []
        defer { for t in tactics { Z3_tactic_dec_ref(raw, t) } }
        for name in names {
            let t = try nonNull("Z3_mk_tactic") { Z3_mk_tactic($0, name) }
            try call("Z3_tactic_inc_ref") { Z3_tactic_inc_ref($0, t) }
            tactics.append(t)
        }
        if !strategy.parameters.isEmpty {
            let params = try nonNull("Z3_mk_params") { Z3_mk_params($0) }
            try call("Z3_params_inc_ref") { Z3_params_inc_ref($0, params) }
            defer { Z3_params_dec_ref(raw, params) }
            for (name, value) in strategy.parameters {
                let symbol = try nonNull("Z3_mk_string_symbol") { Z3_mk_string_symbol($0, name) }
                try call("Z3_params_set_bool") { Z3_params_set_bool($0, params, symbol, value) }
            }
            let last = tactics[tactics.count - 1]
            let tuned = try nonNull("Z3_tactic_using_params") { Z3_tactic_using_params($0, last, params) }
            try call("Z3_tactic_inc_ref") { Z3_tactic_inc_ref($0, tuned) }
            tactics.append(tuned)
        }
        var chain = tactics[tactics.count - 1]
        for t in tactics.prefix(names.count - 1).reversed() {
            let next = chain
            let combined = try nonNull("Z3_tactic_and_then") { Z3_tactic_and_then($0, t, next) }
            try call("Z3_tactic_inc_ref") { Z3_tactic_inc_ref($0, combined) }
            tactics.append(combined)
            chain = combined
        }
        let tactic = chain
        let solver = try nonNull("Z3_mk_solver_from_tactic") { Z3_mk_solver_from_tactic($0, tactic) }
        try call("Z3_solver_inc_ref") { Z3_solver_inc_ref($0, solver) }
        try disableCtrlC(solver)
        return SMTSolver(context: self, raw: solver, logic: .qfnra, timeout: timeout, strategy: strategy)
    }
}
