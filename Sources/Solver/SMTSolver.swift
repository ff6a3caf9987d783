internal import CZ3
internal import Dispatch
public import Symbolic

/// Which Z3 solver to make.
public enum Logic: Sendable, Hashable, CaseIterable {
    /// Z3's default combined solver (`Z3_mk_solver`).
    case `default`
    /// Quantifier-free nonlinear real arithmetic ("QF_NRA", nlsat).
    case qfnra
    /// Nonlinear real arithmetic with quantifiers ("NRA"), for ∀/∃∀ queries over the reals.
    case nra
    /// Quantifier-free linear real arithmetic ("QF_LRA"): cheap linear pruning.
    case qflra

    /// The SMT-LIB logic name, or nil for the default solver.
    public var smtlibName: String? {
        switch self {
        case .default: nil
        case .qfnra: "QF_NRA"
        case .nra: "NRA"
        case .qflra: "QF_LRA"
        }
    }
}

extension SolverContext {
    /// Makes a solver for `logic`, whose checks stop after `timeout` (nil: no limit).
    ///
    /// The timeout is enforced by a watchdog that interrupts the context at the
    /// deadline, not by Z3's `timeout` parameter, which deadlocks on some queries
    /// in Z3 4.8.12. A check stopped this way answers `.unknown(.timeout)`.
    /// The corresponding C functions are `Z3_mk_solver`, `Z3_mk_solver_for_logic` and `Z3_solver_inc_ref`.
    public func makeSolver(logic: Logic = .default, timeout: Duration? = nil) throws -> SMTSolver {
        if let timeout, timeout < .zero {
            throw SolverError(.invalidArgument("negative timeout \(timeout)"))
        }
        let raw: Z3_solver
        if let name = logic.smtlibName {
            let symbol = try nonNull("Z3_mk_string_symbol") { Z3_mk_string_symbol($0, name) }
            raw = try nonNull("Z3_mk_solver_for_logic") { Z3_mk_solver_for_logic($0, symbol) }
        } else {
            raw = try nonNull("Z3_mk_solver") { Z3_mk_solver($0) }
        }
        // Inc-ref at once: using a solver (even setting its parameters) before this crashed in a probe.
        try call("Z3_solver_inc_ref") { Z3_solver_inc_ref($0, raw) }
        try disableCtrlC(raw)
        return SMTSolver(context: self, raw: raw, logic: logic, timeout: timeout)
    }

    /// Sets the solver parameter `ctrl_c` to false. By default every `Z3_solver_check` installs
    /// a SIGINT handler of its own for the duration of the check (`scoped_ctrl_c`) and puts
    /// the previous one back afterwards; with checks on several threads the handlers are
    /// saved and restored out of order, a stale one is left installed, and a Ctrl-C then
    /// dereferences a null pointer inside libz3. Checks are stopped through
    /// `Z3_interrupt` (``InterruptHandle``) only; the process handles SIGINT itself.
    func disableCtrlC(_ solver: Z3_solver) throws {
        let params = try nonNull("Z3_mk_params") { Z3_mk_params($0) }
        try call("Z3_params_inc_ref") { Z3_params_inc_ref($0, params) }
        defer { Z3_params_dec_ref(raw, params) }
        let key = try nonNull("Z3_mk_string_symbol") { Z3_mk_string_symbol($0, "ctrl_c") }
        try call("Z3_params_set_bool") { Z3_params_set_bool($0, params, key, false) }
        try call("Z3_solver_set_params") { Z3_solver_set_params($0, solver, params) }
    }

    /// Parses an SMT-LIB2 script in a fresh context and checks it.
    ///
    /// Used to re-check exported queries; commands such as `(check-sat)` in the
    /// text are not executed, only declarations and assertions are taken.
    /// The corresponding C function is `Z3_solver_from_string`.
    public static func check(
        smtlib2 text: String, logic: Logic = .default, timeout: Duration? = nil
    ) throws -> Outcome {
        let context = try SolverContext()
        let solver = try context.makeSolver(logic: logic, timeout: timeout)
        try solver.assert(smtlib2: text)
        return try solver.check()
    }
}

/// A Z3 solver: a set of assertions that can be checked for satisfiability.
///
/// Not thread-safe; it keeps its context alive. Stop a running check from
/// another thread through ``interruptHandle``.
public final class SMTSolver {
    /// The context that owns this solver.
    public let context: SolverContext
    let raw: Z3_solver
    /// The logic the solver was made for.
    public let logic: Logic
    /// The limit on each check, or nil for none.
    public let timeout: Duration?
    /// The strategy the solver was made with (``SolverContext/makeSolver(strategy:timeout:)``),
    /// nil for a solver made for a logic.
    public private(set) var strategy: Strategy?
    /// Z3's raw reason text from the last check that answered unknown inside Z3
    /// (e.g. "interrupted", "timeout"); nil after any other check.
    ///
    /// The corresponding C function is `Z3_solver_get_reason_unknown`.
    public private(set) var lastReasonUnknown: String?

    init(context: SolverContext, raw: Z3_solver, logic: Logic, timeout: Duration?, strategy: Strategy? = nil) {
        self.context = context
        self.raw = raw
        self.logic = logic
        self.timeout = timeout
        self.strategy = strategy
    }

    /// This solver, recorded as made with `strategy`.
    func tagged(_ strategy: Strategy) -> SMTSolver {
        self.strategy = strategy
        return self
    }

    deinit {
        Z3_solver_dec_ref(context.raw, raw)
    }

    /// A handle that can stop this solver's (and its context's) checks from any thread.
    public var interruptHandle: InterruptHandle { context.interruptHandle }

    /// Adds the formula `term` to the solver.
    ///
    /// The corresponding C function is `Z3_solver_assert`.
    public func assert(_ term: Term) throws {
        let formula = try context.ast(term)
        let solver = raw
        try context.call("Z3_solver_assert") { Z3_solver_assert($0, solver, formula) }
    }

    /// Adds every declaration and assertion of an SMT-LIB2 script to the solver.
    ///
    /// Throws ``Z3Error`` with code `.parserError` for malformed text.
    /// The corresponding C function is `Z3_solver_from_string`.
    public func assert(smtlib2 text: String) throws {
        let solver = raw
        try context.call("Z3_solver_from_string") { Z3_solver_from_string($0, solver, text) }
    }

    /// The solver's assertions, as terms (e.g. after ``assert(smtlib2:)``).
    ///
    /// The corresponding C functions are `Z3_solver_get_assertions` and `Z3_ast_vector_get`.
    public func assertions() throws -> [Term] {
        let solver = raw
        let vector = try context.nonNull("Z3_solver_get_assertions") { Z3_solver_get_assertions($0, solver) }
        try context.call("Z3_ast_vector_inc_ref") { Z3_ast_vector_inc_ref($0, vector) }
        defer { Z3_ast_vector_dec_ref(context.raw, vector) }
        let count = try context.call("Z3_ast_vector_size") { Z3_ast_vector_size($0, vector) }
        return try (0..<count).map { index in
            try context.wrap("Z3_ast_vector_get") { Z3_ast_vector_get($0, vector, index) }
        }
    }

    /// Opens a backtracking scope.
    ///
    /// The corresponding C function is `Z3_solver_push`.
    public func push() throws {
        let solver = raw
        try context.call("Z3_solver_push") { Z3_solver_push($0, solver) }
    }

    /// Closes the `count` innermost scopes, dropping their assertions.
    ///
    /// The corresponding C function is `Z3_solver_pop`.
    public func pop(_ count: Int = 1) throws {
        guard count >= 0, count <= Int(UInt32.max) else {
            throw SolverError(.invalidArgument("cannot pop \(count) scopes"))
        }
        let solver = raw
        try context.call("Z3_solver_pop") { Z3_solver_pop($0, solver, UInt32(count)) }
    }

    /// The number of open scopes.
    ///
    /// The corresponding C function is `Z3_solver_get_num_scopes`.
    public var scopeCount: Int {
        get throws {
            let solver = raw
            return Int(try context.call("Z3_solver_get_num_scopes") { Z3_solver_get_num_scopes($0, solver) })
        }
    }

    /// The asserted query as a standalone SMT-LIB2 script, ending in `(check-sat)`.
    ///
    /// Valid before or after `check`: it prints the current assertions, not
    /// the solver's internal state. Re-checking the text (see
    /// ``SolverContext/check(smtlib2:logic:timeout:)``) gives the same answer.
    /// The corresponding C functions are `Z3_solver_get_assertions` and `Z3_benchmark_to_smtlib_string`.
    public func smtlib2() throws -> String {
        let solver = raw
        let vector = try context.nonNull("Z3_solver_get_assertions") { Z3_solver_get_assertions($0, solver) }
        try context.call("Z3_ast_vector_inc_ref") { Z3_ast_vector_inc_ref($0, vector) }
        defer { Z3_ast_vector_dec_ref(context.raw, vector) }
        let count = try context.call("Z3_ast_vector_size") { Z3_ast_vector_size($0, vector) }
        var assertions: [Z3_ast?] = []
        for index in 0..<count {
            // Each element stays alive as long as the vector does.
            assertions.append(try context.nonNull("Z3_ast_vector_get") { Z3_ast_vector_get($0, vector, index) })
        }
        // The printer takes one formula plus "assumptions"; the last assertion serves as the formula.
        let truth = try context.literal(true)
        let formula = assertions.popLast().flatMap { $0 } ?? truth.node.ast
        let logicName = logic.smtlibName ?? ""
        return try withExtendedLifetime(truth) {
            try assertions.withUnsafeBufferPointer { buffer in
                try context.string("Z3_benchmark_to_smtlib_string") {
                    Z3_benchmark_to_smtlib_string(
                        $0, "", logicName, "unknown", "", UInt32(buffer.count), buffer.baseAddress, formula)
                }
            }
        }
    }

    /// Checks the assertions and copies the answer out of Z3.
    ///
    /// On `sat`, the returned ``Model`` holds the value of every constant Z3's
    /// model interprets, plus the value of each of `terms` (evaluated with model
    /// completion, so constants Z3 left out get a value too). Irrational
    /// algebraic values come as exact bounds at most `algebraicWidth` apart.
    /// A check on an interrupted context returns `.unknown(.interrupted)` at once.
    /// The corresponding C functions are `Z3_solver_check`, `Z3_solver_get_model`,
    /// `Z3_model_eval` and `Z3_solver_get_reason_unknown`.
    public func check(
        evaluating terms: [Term] = [],
        algebraicWidth: Rational = ModelValue.defaultAlgebraicWidth
    ) throws -> Outcome {
        let evaluated = try context.asts(terms)
        guard algebraicWidth > Rational.zero else {
            throw SolverError(.invalidArgument("algebraic width must be positive, not \(algebraicWidth)"))
        }
        lastReasonUnknown = nil
        let lifeline = context.lifeline
        guard lifeline.beginCheck(deadline: timeout.map(Self.deadline(after:))) else {
            return .unknown(.interrupted)
        }
        let solver = raw
        let result = Z3_solver_check(context.raw, solver)
        let causes = lifeline.endCheck()
        do {
            try context.checkError("Z3_solver_check")
        } catch where causes.delivered {
            return .unknown(Self.reason(for: causes))
        }
        switch result {
        case Z3_L_TRUE:
            do {
                let model = try context.nonNull("Z3_solver_get_model") { Z3_solver_get_model($0, solver) }
                try context.call("Z3_model_inc_ref") { Z3_model_inc_ref($0, model) }
                defer { Z3_model_dec_ref(context.raw, model) }
                return .sat(try context.copyModel(model, evaluating: evaluated, width: algebraicWidth))
            } catch where causes.delivered {
                // An interrupt that landed as the check finished leaves the context
                // canceled ("canceled") until the next check: report the stop instead.
                return .unknown(Self.reason(for: causes))
            }
        case Z3_L_FALSE:
            return .unsat
        default:
            let text = try? context.string("Z3_solver_get_reason_unknown") {
                Z3_solver_get_reason_unknown($0, solver)
            }
            lastReasonUnknown = text
            if causes.user || causes.deadline {
                return .unknown(Self.reason(for: causes))
            }
            return .unknown(UnknownReason(z3Reason: text ?? "unknown"))
        }
    }

    private static func reason(for causes: StopCauses) -> UnknownReason {
        if causes.user { return .interrupted }
        if causes.deadline { return .timeout }
        return .interrupted
    }

    private static func deadline(after timeout: Duration) -> DispatchTime {
        let (seconds, attoseconds) = timeout.components
        let limit: Int64 = 100 * 365 * 24 * 3600  // a century is "never"
        let clampedSeconds = Swift.min(Swift.max(seconds, 0), limit)
        let nanoseconds = clampedSeconds * 1_000_000_000 + Swift.max(attoseconds, 0) / 1_000_000_000
        return DispatchTime.now() + .nanoseconds(Int(nanoseconds))
    }
}

@available(*, unavailable, message: "solvers belong to a non-thread-safe context")
extension SMTSolver: Sendable {}
