internal import CZ3

/// A Z3 term (expression or formula), tied to the ``SolverContext`` that made it.
///
/// Terms are cheap immutable handles; copying one shares the underlying AST.
/// A term keeps its context alive, and is usable only with that context.
public struct Term: CustomStringConvertible {
    /// The sort of a term, as far as this module needs to tell sorts apart.
    public enum Sort: Sendable, Hashable {
        case real
        case int
        case bool
        /// Any other sort, by Z3's name for it.
        case other(String)
    }

    let node: TermNode

    init(node: TermNode) {
        self.node = node
    }

    /// The context that made this term.
    public var context: SolverContext { node.context }

    /// The term's sort.
    ///
    /// The corresponding C functions are `Z3_get_sort` and `Z3_get_sort_kind`.
    public var sort: Sort {
        get throws {
            let context = node.context
            let ast = node.ast
            let sort = try context.nonNull("Z3_get_sort") { Z3_get_sort($0, ast) }
            let kind = try context.call("Z3_get_sort_kind") { Z3_get_sort_kind($0, sort) }
            switch kind {
            case Z3_REAL_SORT: return .real
            case Z3_INT_SORT: return .int
            case Z3_BOOL_SORT: return .bool
            default:
                return .other(try context.string("Z3_sort_to_string") { Z3_sort_to_string($0, sort) })
            }
        }
    }

    /// Z3's printed form of the term (SMT-LIB syntax), for diagnostics.
    ///
    /// The corresponding C function is `Z3_ast_to_string`.
    public var description: String {
        let ast = node.ast
        return (try? node.context.string("Z3_ast_to_string") { Z3_ast_to_string($0, ast) }) ?? "<term>"
    }
}

@available(*, unavailable, message: "terms belong to a non-thread-safe context")
extension Term: Sendable {}

/// Owns one reference to an AST and gives it back when the last `Term` copy goes away.
final class TermNode {
    let context: SolverContext
    let ast: Z3_ast

    /// `ast` must have been inc-ref'd for this node.
    init(context: SolverContext, ast: Z3_ast) {
        self.context = context
        self.ast = ast
    }

    deinit {
        context.release(ast)
    }
}
