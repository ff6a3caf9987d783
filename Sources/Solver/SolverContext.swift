internal import CZ3

/// One Z3 context: the owner of every term, solver and model made for one query or task.
///
/// A context is not thread-safe and not `Sendable`: use it from one thread at a
/// time, and make a fresh context per query or per task. Contexts are cheap
/// (about 2 ms) and release all their memory when the last reference to them,
/// their terms and their solvers goes away. The only thing that may cross to
/// another thread is the ``interruptHandle``.
///
/// Z3 runs in reference-counted mode with a NULL error handler: every AST this
/// module keeps is inc-ref'd and dec-ref'd, and every call's error code is
/// checked and thrown as ``Z3Error``.
public final class SolverContext {
    let raw: Z3_context
    let lifeline: Lifeline
    /// Constants declared through this context, by name, to reject one name with two sorts.
    var declaredSorts: [String: Term.Sort] = [:]

    /// Creates a fresh Z3 context with reference-counted ASTs and a NULL error handler.
    ///
    /// The corresponding C functions are `Z3_mk_config`, `Z3_mk_context_rc` and `Z3_set_error_handler`.
    public init() throws {
        guard let config = Z3_mk_config() else {
            throw SolverError(.unexpectedNull("Z3_mk_config"))
        }
        defer { Z3_del_config(config) }
        guard let raw = Z3_mk_context_rc(config) else {
            throw SolverError(.unexpectedNull("Z3_mk_context_rc"))
        }
        // The default handler calls exit(1); with none, errors are left in the error code.
        Z3_set_error_handler(raw, nil)
        self.raw = raw
        self.lifeline = Lifeline(raw)
    }

    deinit {
        // First forbid interrupts from other threads, then free the context.
        lifeline.kill()
        Z3_del_context(raw)
    }

    /// A fresh context whose checks this context's ``interruptHandle`` also stops: for work
    /// that must not depend on what this context did before (see ``translated(_:into:)``).
    public func makeFollower() throws -> SolverContext {
        let other = try SolverContext()
        lifeline.add(follower: other.lifeline)
        return other
    }

    /// The same term in another context.
    ///
    /// The corresponding C function is `Z3_translate`.
    public func translated(_ term: Term, into target: SolverContext) throws -> Term {
        let ast = term.node.ast
        guard let copied = Z3_translate(raw, ast, target.raw) else {
            try checkError("Z3_translate")
            throw SolverError(.unexpectedNull("Z3_translate"))
        }
        try checkError("Z3_translate")
        try target.retain(copied)
        return Term(node: TermNode(context: target, ast: copied))
    }

    /// A handle that can stop this context's checks from any thread, even after the context is gone.
    public var interruptHandle: InterruptHandle { InterruptHandle(lifeline: lifeline) }

    // MARK: - The internal call wrapper

    /// Runs one Z3 call and turns a nonzero error code into a thrown ``Z3Error``.
    ///
    /// Every Z3 call in this module goes through here (or through `nonNull`),
    /// except the reference-count decrements in deinitializers, which cannot throw.
    func call<T>(_ function: StaticString, _ body: (Z3_context) -> T) throws -> T {
        let result = body(raw)
        try checkError(function)
        return result
    }

    /// Like `call`, for functions that return a pointer: NULL without an error code is an error too.
    func nonNull<T>(_ function: StaticString, _ body: (Z3_context) -> T?) throws -> T {
        guard let result = try call(function, body) else {
            throw SolverError(.unexpectedNull("\(function)"))
        }
        return result
    }

    /// Throws the pending Z3 error, if any, and clears it.
    func checkError(_ function: StaticString) throws {
        let code = Z3_get_error_code(raw)
        guard code != Z3_OK else { return }
        let message = Z3_get_error_msg(raw, code).map { String(cString: $0) } ?? ""
        // Clear the code so that it cannot be blamed on a later call.
        Z3_set_error(raw, Z3_OK)
        throw Z3Error(
            code: Z3Error.Code(rawValue: Int32(truncatingIfNeeded: code.rawValue)),
            message: message,
            function: "\(function)")
    }

    /// Runs a Z3 call that returns a string and copies the string at once (Z3 reuses one buffer).
    func string(_ function: StaticString, _ body: (Z3_context) -> Z3_string?) throws -> String {
        let pointer = try nonNull(function, body)
        return String(cString: pointer)
    }

    /// Increments the reference count of an AST this module is about to keep.
    func retain(_ ast: Z3_ast) throws {
        try call("Z3_inc_ref") { Z3_inc_ref($0, ast) }
    }

    /// Decrements the reference count of an AST; used where throwing is impossible.
    func release(_ ast: Z3_ast) {
        Z3_dec_ref(raw, ast)
    }

    /// Wraps a freshly returned AST into a term, inc-ref'ing it before any other call.
    func wrap(_ function: StaticString, _ body: (Z3_context) -> Z3_ast?) throws -> Term {
        let ast = try nonNull(function, body)
        try retain(ast)
        return Term(node: TermNode(context: self, ast: ast))
    }

    /// The raw AST of a term of this context; throws for a term of another context.
    func ast(_ term: Term) throws -> Z3_ast {
        guard term.node.context === self else { throw SolverError(.foreignTerm) }
        return term.node.ast
    }

    /// The raw ASTs of terms of this context, ready to pass as a C array.
    func asts(_ terms: [Term]) throws -> [Z3_ast?] {
        var result: [Z3_ast?] = []
        result.reserveCapacity(terms.count)
        for term in terms {
            result.append(try ast(term))
        }
        return result
    }
}

@available(*, unavailable, message: "Z3 contexts are not thread-safe; pass an InterruptHandle instead")
extension SolverContext: Sendable {}
