import Synchronization

/// A named symbol: a parameter, a scalar state variable, a vector variable of symbolic
/// dimension, or one coordinate of a vector variable (after instantiation at a dimension).
public struct Symbol: Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Shape: Hashable, Sendable {
        case scalar
        /// A vector whose dimension is the named symbolic size (e.g. "d").
        case vector(dim: String)
    }

    public let name: String
    public let shape: Shape
    /// For a coordinate of a vector variable: its 1-based index (the symbol is then scalar).
    public let index: Int?

    public init(_ name: String, shape: Shape = .scalar, index: Int? = nil) {
        self.name = name
        self.shape = index == nil ? shape : .scalar
        self.index = index
    }

    /// A scalar symbol.
    public static func scalar(_ name: String) -> Symbol { Symbol(name) }
    /// A vector symbol of symbolic dimension `dim`.
    public static func vector(_ name: String, dim: String = "d") -> Symbol { Symbol(name, shape: .vector(dim: dim)) }
    /// Coordinate `i` (1-based) of the vector named `name`.
    public static func coordinate(_ name: String, _ i: Int) -> Symbol { Symbol(name, index: i) }

    public var isVector: Bool { if case .vector = shape { true } else { false } }

    public var description: String { index.map { "\(name)[\($0)]" } ?? name }

    public static func < (a: Symbol, b: Symbol) -> Bool {
        if a.name != b.name { return a.name < b.name }
        return (a.index ?? 0) < (b.index ?? 0)
    }
}

/// What a node denotes.
public enum Sort: Hashable, Sendable {
    case real
    case vector(dim: String)
    case bool

    public var isVector: Bool { if case .vector = self { true } else { false } }
}

/// The operator at a node of the expression DAG.
public enum Op: Hashable, Sendable {
    // Numeric leaves.
    case constant(Rational)
    case symbol(Symbol)
    // Arithmetic (coordinate-wise on vectors; scalars broadcast).
    case add  // n-ary
    case mul  // n-ary
    /// args[0] ^ exponent. Integer exponents of any sign; a non-integer exponent needs a base ≥ 0.
    case power(Rational)
    // Non-smooth operators.
    case sign, abs, relu
    case max, min  // n-ary
    case clip  // clip(x, lo, hi)
    case ite  // ite(condition, then, else)
    // Transcendental / algebraic.
    case sqrt, exp, log
    // Reductions of one vector argument to a scalar (dot takes two).
    case sum, norm1, norm2, normInf
    case normP(Rational)
    case dot
    // Boolean.
    case boolean(Bool)
    /// a ≤ b, a < b, a = b; with vector operands: for every coordinate.
    case le, lt, eq
    case not, and, or, implies

    /// A short stable name, used by printers, fingerprints and errors.
    public var name: String {
        switch self {
        case .constant(let r): return r.description
        case .symbol(let s): return s.description
        case .add: return "+"
        case .mul: return "*"
        case .power(let r): return "^\(r)"
        case .sign: return "sign"
        case .abs: return "abs"
        case .relu: return "relu"
        case .max: return "max"
        case .min: return "min"
        case .clip: return "clip"
        case .ite: return "ite"
        case .sqrt: return "sqrt"
        case .exp: return "exp"
        case .log: return "log"
        case .sum: return "sum"
        case .norm1: return "norm1"
        case .norm2: return "norm2"
        case .normInf: return "norminf"
        case .normP(let p): return "normp(\(p))"
        case .dot: return "dot"
        case .boolean(let b): return b ? "true" : "false"
        case .le: return "<="
        case .lt: return "<"
        case .eq: return "=="
        case .not: return "not"
        case .and: return "and"
        case .or: return "or"
        case .implies: return "=>"
        }
    }

    /// True for the operators whose value is not a polynomial of their arguments
    /// and that the engine splits into cases.
    public var isNonSmooth: Bool {
        switch self {
        case .sign, .abs, .relu, .max, .min, .clip, .ite, .norm1, .normInf: return true
        default: return false
        }
    }
}

/// One interned node of the expression DAG. Nodes are immutable and unique: two nodes
/// with the same operator and the same children are the same object, so equality and
/// hashing are by identity and structurally shared subterms are stored once.
public final class Node: Sendable {
    public let op: Op
    public let args: [Node]
    public let sort: Sort
    /// Creation serial number: unique per process, used for memo tables.
    public let id: Int
    /// A structural fingerprint that does not depend on creation order or process
    /// (used for canonical ordering, so printed output is reproducible).
    public let fingerprint: UInt64
    /// Length of the longest path to a leaf.
    public let height: Int
    /// True when no partial operation occurs below (see `Definedness`): the node is defined
    /// wherever its symbols have values. The simplifier may drop or merge only total subterms.
    public let isTotal: Bool
    /// Number of distinct nodes below and including this one is not stored (DAG); `size` walks it.

    fileprivate init(op: Op, args: [Node], sort: Sort, id: Int) {
        self.op = op
        self.args = args
        self.sort = sort
        self.id = id
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ v: UInt64) {
            h ^= v
            h = h &* 0x0000_0100_0000_01b3
            h ^= h >> 29
        }
        for b in op.name.utf8 { mix(UInt64(b)) }
        if case .symbol(let s) = op {
            mix(s.isVector ? 7 : 3)
        }
        for a in args { mix(a.fingerprint) }
        fingerprint = h
        height = (args.map(\.height).max() ?? -1) + 1
        isTotal = args.allSatisfy(\.isTotal) && Definedness.isTotalOperation(op, args)
    }

    public var isConstant: Bool { if case .constant = op { true } else { false } }
    public var constantValue: Rational? { if case .constant(let r) = op { r } else { nil } }
    public var symbol: Symbol? { if case .symbol(let s) = op { s } else { nil } }
}

/// The global intern table. Nodes live for the whole process (hash-consing); this also
/// means no deep recursive deinit chain can ever run.
struct InternKey: Hashable {
    let op: Op
    let argIDs: [Int]
}

let internTable = Mutex<(nodes: [InternKey: Node], next: Int)>((nodes: [:], next: 0))

func intern(_ op: Op, _ args: [Node], sort: Sort) -> Node {
    let key = InternKey(op: op, argIDs: args.map(\.id))
    return internTable.withLock { table in
        if let n = table.nodes[key] { return n }
        let n = Node(op: op, args: args, sort: sort, id: table.next)
        table.next += 1
        table.nodes[key] = n
        return n
    }
}

/// Number of nodes interned so far in this process (for tests and statistics).
public var internedNodeCount: Int { internTable.withLock { $0.nodes.count } }

extension Node {
    /// A deterministic total order used to sort the operands of commutative operators:
    /// constants first, then symbols by name, then other nodes by height and fingerprint.
    static func canonicalLess(_ a: Node, _ b: Node) -> Bool {
        if a === b { return false }
        func rank(_ n: Node) -> Int {
            switch n.op {
            case .constant: return 0
            case .symbol: return 1
            default: return 2
            }
        }
        let ra = rank(a)
        let rb = rank(b)
        if ra != rb { return ra < rb }
        switch (a.op, b.op) {
        case (.constant(let x), .constant(let y)): return x < y
        case (.symbol(let x), .symbol(let y)): return x != y ? x < y : a.fingerprint < b.fingerprint
        default:
            if a.height != b.height { return a.height < b.height }
            if a.fingerprint != b.fingerprint { return a.fingerprint < b.fingerprint }
            return structuralLess(a, b)
        }
    }

    /// Structural comparison for the (astronomically rare) fingerprint ties; iterative.
    private static func structuralLess(_ a: Node, _ b: Node) -> Bool {
        var stack: [(Node, Node)] = [(a, b)]
        while let (x, y) = stack.popLast() {
            if x === y { continue }
            if x.op.name != y.op.name { return x.op.name < y.op.name }
            if x.args.count != y.args.count { return x.args.count < y.args.count }
            for (u, v) in zip(x.args, y.args).reversed() { stack.append((u, v)) }
        }
        return a.id < b.id
    }
}

/// Iterative post-order traversal helpers (no recursion: safe on 10⁶-deep chains).
extension Node {
    /// Visits every distinct node below `self` once, children before parents.
    public func postOrder(_ visit: (Node) throws -> Void) rethrows {
        var seen = Set<Int>()
        var stack: [(Node, Bool)] = [(self, false)]
        while let (n, expanded) = stack.popLast() {
            if expanded {
                try visit(n)
                continue
            }
            if seen.contains(n.id) { continue }
            seen.insert(n.id)
            stack.append((n, true))
            for a in n.args.reversed() where !seen.contains(a.id) { stack.append((a, false)) }
        }
    }

    /// Rebuilds the DAG bottom-up: `transform` receives a node and its already-transformed
    /// children and returns the replacement. Memoized per node; iterative.
    public func rewrite<T>(_ transform: (Node, [T]) throws -> T) rethrows -> T {
        var memo: [Int: T] = [:]
        try postOrder { n in
            let kids = n.args.map { memo[$0.id]! }
            memo[n.id] = try transform(n, kids)
        }
        return memo[id]!
    }

    /// The number of distinct nodes in the DAG below and including this node.
    public var dagSize: Int {
        var c = 0
        postOrder { _ in c += 1 }
        return c
    }

    /// All symbols occurring below this node.
    public var symbols: Set<Symbol> {
        var s = Set<Symbol>()
        postOrder { n in if case .symbol(let sym) = n.op { s.insert(sym) } }
        return s
    }

    /// True if any node below satisfies the predicate.
    public func contains(where predicate: (Node) -> Bool) -> Bool {
        var found = false
        postOrder { n in if !found && predicate(n) { found = true } }
        return found
    }
}
