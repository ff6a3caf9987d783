import Foundation
import Synchronization
public import Symbolic

/// One query the engine sent (or an obligation it wrote), kept for the proof bundle
/// (`EngineOptions.recordQueries`, docs/proof-logs.md).
public struct QueryRecord: Sendable {
    public enum Role: String, Sendable, Codable, CaseIterable {
        /// A case query of the claim (its unsat answers make the proof).
        case caseQuery = "case"
        /// The whole query tried before splitting (`unsplit-first`).
        case direct
        /// A side condition of a cleared denominator, √, power or clip.
        case side
        /// The claim's own definedness query at one dimension.
        case definedness
        /// A first-order fact a reduction rests on (must be unsat).
        case obligation
        /// The claim itself, unreduced, at a checked dimension (informational).
        case unreduced
        /// A case query narrowed by pins, looking for a rational model near an irrational one
        /// (ModelRepair.swift); its model counts only through the exact check of the claim.
        case search
    }

    public var role: Role
    public var label: String
    /// Standalone SMT-LIB2 text; nil when it could not be written (`note` says why).
    public var smtlib2: String?
    /// "unsat", "sat", "unknown (…)", or "not run".
    public var answer: String
    public var strategy: String?
    public var seconds: Double
    /// For obligations: the reduction it justifies and what it states.
    public var reduction: Reduction?
    public var statement: String?
    public var note: String?

    public init(
        role: Role, label: String, smtlib2: String?, answer: String, strategy: String? = nil, seconds: Double = 0,
        reduction: Reduction? = nil, statement: String? = nil, note: String? = nil
    ) {
        self.role = role
        self.label = label
        self.smtlib2 = smtlib2
        self.answer = answer
        self.strategy = strategy
        self.seconds = seconds
        self.reduction = reduction
        self.statement = statement
        self.note = note
    }

    /// The role a query of the engine plays, read from its label.
    static func role(ofLabel label: String) -> Role {
        if label.hasPrefix("side: ") { return .side }
        if label.hasSuffix(" definedness") { return .definedness }
        if label.hasSuffix(" unsplit") { return .direct }
        if label.contains(" rational repair (") { return .search }
        return .caseQuery
    }
}

/// Collects the queries of one claim's verification (thread-safe: cases run in parallel).
final class QueryLog: Sendable {
    private let records = Mutex<[QueryRecord]>([])

    func append(_ r: QueryRecord) { records.withLock { $0.append(r) } }

    /// In a stable order (role, then label, then text), whatever order the workers finished in.
    var sorted: [QueryRecord] {
        let order = Dictionary(uniqueKeysWithValues: QueryRecord.Role.allCases.enumerated().map { ($1, $0) })
        return records.withLock { $0 }.sorted { a, b in
            (order[a.role]!, a.label, a.smtlib2 ?? "") < (order[b.role]!, b.label, b.smtlib2 ?? "")
        }
    }
}
