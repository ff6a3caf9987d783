import Foundation
import Symbolic
import Verification

/// The `lemmas` field of a claim file: other claim files, proved on their own and
/// instantiated here (the engine's lemma reduction, docs/engine.md).
///
/// ```toml
/// lemmas = [
///   "lemmas/lionk.lemma.cauchy-schwarz.toml: a = m; b = s",
///   "lemmas/lionk.lemma.cauchy-schwarz.toml: a = mt; b = s",
///   "lemmas/other.toml",                 # at the lemma's own variables
/// ]
/// ```
///
/// Each item is a path (relative to this file) and, after a colon, the instantiation:
/// `name = expression` pairs separated by `;`, each name a variable or parameter of the
/// lemma, each expression in this claim's names. Items naming the same file are one lemma
/// used at several instantiations. Lemma files may have lemmas of their own (at most
/// `maximumDepth` files deep).
extension ClaimFile {
    static let maximumDepth = 8

    static func lemmas(
        _ items: [String], table: SymbolTable, file: String, depth: Int, fail: (String?, String) -> ClaimFileError
    ) throws(ClaimFileError) -> [LemmaUse] {
        guard !items.isEmpty else { return [] }
        guard depth < maximumDepth else {
            throw fail("lemmas", "lemma files nested more than \(maximumDepth) deep (does a lemma list itself?)")
        }
        let base = URL(fileURLWithPath: file).deletingLastPathComponent()
        var order: [String] = []
        var uses: [String: LemmaUse] = [:]
        for (i, item) in items.enumerated() {
            let (path, instantiation) = split(item)
            guard path.hasSuffix(".toml") else {
                throw fail("lemmas", "item \(i + 1): expected 'FILE.toml' or 'FILE.toml: name = expression; …', got '\(item)'")
            }
            let resolved = path.hasPrefix("/") ? path : base.appendingPathComponent(path).standardizedFileURL.path
            if uses[resolved] == nil {
                let lemma: Claim
                do {
                    lemma = try loadWithNotes(path: resolved, depth: depth + 1).claim
                } catch {
                    throw fail("lemmas", "item \(i + 1): \(error)")
                }
                guard lemma.kind == .forall else { throw fail("lemmas", "item \(i + 1): \(path) is not a forall claim") }
                uses[resolved] = LemmaUse(lemma, instantiations: [])
                order.append(resolved)
            }
            let sigma = try substitution(instantiation, lemma: uses[resolved]!.lemma, table: table) { message in
                fail("lemmas", "item \(i + 1): \(message)")
            }
            uses[resolved]!.instantiations.append(sigma)
        }
        return order.map { uses[$0]! }
    }

    /// "path.toml: a = m; b = s" → ("path.toml", "a = m; b = s").
    static func split(_ item: String) -> (String, String) {
        let t = item.trimmingCharacters(in: .whitespaces)
        guard let r = t.range(of: ".toml:") else { return (t, "") }
        return (String(t[..<r.upperBound].dropLast()), String(t[r.upperBound...]).trimmingCharacters(in: .whitespaces))
    }

    static func substitution(
        _ text: String, lemma: Claim, table: SymbolTable, fail: (String) -> ClaimFileError
    ) throws(ClaimFileError) -> [Symbol: Expr] {
        var lemmaSymbols: [String: Symbol] = [:]
        for s in lemma.variables + lemma.parameters.map(\.symbol) { lemmaSymbols[s.name] = s }
        var sigma: [Symbol: Expr] = [:]
        for pair in text.split(separator: ";") where !pair.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let eq = pair.firstIndex(of: "=") else { throw fail("expected 'name = expression', got '\(pair)'") }
            let name = pair[..<eq].trimmingCharacters(in: .whitespaces)
            guard let sym = lemmaSymbols[name] else {
                throw fail("'\(name)' is not a variable or parameter of the lemma \(lemma.name) (it has: \(lemmaSymbols.keys.sorted().joined(separator: ", ")))")
            }
            guard sigma[sym] == nil else { throw fail("'\(name)' is given twice") }
            let e: Expr
            do {
                e = try Parser.expression(String(pair[pair.index(after: eq)...]), symbols: table)
            } catch {
                throw fail("'\(name) = …': column \(error.column): \(error.message)")
            }
            guard e.isVector == sym.isVector else {
                throw fail("'\(name)' is a \(sym.isVector ? "vector" : "scalar") of the lemma, but the expression is a \(e.isVector ? "vector" : "scalar")")
            }
            sigma[sym] = e
        }
        return sigma
    }
}
