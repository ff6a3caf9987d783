import Foundation

/// `manifest.json` of a proof bundle (docs/proof-logs.md): what was claimed, how it was
/// reduced, every query with its answer and the SHA-256 of its file, and the bundle's own hash.
///
/// `bundleHash` is the SHA-256 of the manifest's canonical form: the manifest with the
/// fields that differ between two honest runs removed (`seconds`, the deciding `strategy`,
/// `writtenBy`, `bundleHash` itself), encoded as JSON with sorted keys and no whitespace. Every other
/// entry — verdict, answers, file hashes, the lemmas' bundle hashes — is covered.
public struct Manifest: Codable, Sendable, Equatable {
    public static let formatName = "lionk-proof-bundle/1"

    public var format: String
    public var claim: String
    /// "forall" or "exists".
    public var kind: String
    public var verdict: String
    public var scope: String
    public var dimensions: Dimensions
    public var parameters: [Parameter]
    /// How sign reads at 0 ("implementation" or "any").
    public var convention: String
    /// The claim as a claim file ("claim.toml"), nil when it cannot be written as one.
    public var claimFile: String?
    public var claimFileNote: String?
    public var reductions: [Reduction]
    public var cases: [Case]
    public var queries: [Query]
    public var lemmas: [Lemma]
    /// Files other than queries (the claim file, lemma claim files, the counterexample).
    public var files: [File]
    public var counterexample: String?
    public var open: [String]
    public var solver: String
    public var recheck: String
    public var seconds: Double?
    public var writtenBy: WrittenBy?
    public var bundleHash: String?

    public struct Dimensions: Codable, Sendable, Equatable {
        public var checked: [Int]
        public var allDimensions: Bool
        public var restricted: Bool
    }

    public struct Parameter: Codable, Sendable, Equatable {
        public var name: String
        public var domain: String
    }

    public struct Reduction: Codable, Sendable, Equatable {
        public var name: String
        public var contract: String
        public var justification: String
        public var detail: String
        /// How a reviewer checks it: the obligation queries that state it, or "argument"
        /// (a structural fact, stated in `justification`).
        public var checkedBy: [String]
    }

    public struct Case: Codable, Sendable, Equatable {
        public var label: String
        public var dimension: Int
        public var status: String
        public var strategy: String?
        public var seconds: Double?
        /// The query file that decided it (nil when it was not sent).
        public var query: String?
    }

    public struct Query: Codable, Sendable, Equatable {
        public var file: String?
        public var sha256: String?
        /// case, direct, side, definedness, obligation, unreduced.
        public var role: String
        public var label: String
        /// lionk's answer: "unsat", "sat", "unknown (…)", "not run" (informational queries).
        public var answer: String
        /// What the verdict needs from it: "unsat", "sat", or nil (informational).
        public var expected: String?
        public var strategy: String?
        public var seconds: Double?
        public var reduction: String?
        public var statement: String?
        public var note: String?
    }

    public struct Lemma: Codable, Sendable, Equatable {
        public var name: String
        public var folder: String
        public var verdict: String
        public var instantiations: [String]
        public var bundleHash: String
    }

    public struct File: Codable, Sendable, Equatable {
        public var path: String
        public var sha256: String
    }

    public struct WrittenBy: Codable, Sendable, Equatable {
        public var lionk: String
        public var gitRevision: String?
    }

    /// The canonical bytes the bundle hash is computed over.
    public func canonicalData() throws -> Data {
        var m = self
        m.seconds = nil
        m.writtenBy = nil
        m.bundleHash = nil
        // Which strategy of the portfolio answered first depends on timing, like the times:
        // neither is evidence, and leaving them out keeps the hash of a rewritten bundle.
        m.cases = m.cases.map { var c = $0; c.seconds = nil; c.strategy = nil; return c }
        m.queries = m.queries.map { var q = $0; q.seconds = nil; q.strategy = nil; return q }
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        e.keyEncodingStrategy = .convertToSnakeCase
        return try e.encode(m)
    }

    public func computedHash() throws -> String { SHA256.hex([UInt8](try canonicalData())) }

    /// The manifest as written: pretty, sorted keys, snake_case.
    public func text() throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        e.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try e.encode(self), as: UTF8.self) + "\n"
    }

    public static func read(_ data: Data) throws -> Manifest {
        let d = JSONDecoder()
        d.keyDecodingStrategy = .convertFromSnakeCase
        return try d.decode(Manifest.self, from: data)
    }
}
