import Dynamics
import Foundation
import Verification

/// Picks a catalogue entry from a claim name and the `--kappa` / `--scheme` flags.
///
/// Every entry has a typed key (family, κ, scheme, variant — `CatalogueKey`) from which its
/// name is derived; entries with the same family name (the name without κ and scheme) are
/// the same statement for other κ or schemes, and `--kappa` / `--scheme` pick among them. So
/// `lionk verify lionk.lyapunov-discrete --kappa l2` is `lionk.lyapunov-discrete.l2` and
/// `lionk verify lion.box-invariant --kappa huber --scheme implicit` is
/// `lionk.invariance.implicit.huber` (the Lion box invariant is the ℓ1 member of
/// `lionk.invariance`). A name may also leave out the κ or the scheme of an entry's
/// derived name (`lionk.invariance`, `lionk.invariance.implicit`, `kappa.convexity`).
enum CatalogueResolver {
    typealias Scheme = CatalogueKey.Scheme

    /// What a name asks for: a family, and the κ and scheme the name states.
    struct Asked: Equatable {
        var familyName: String
        var kappa: KappaID?
        var scheme: Scheme?
    }

    /// The κ of the catalogue's entries (library κ only).
    static var kappas: [KappaID] { KappaID.catalogue.filter { k in Catalogue.entries.contains { $0.key.kappa == k } } }

    /// " (did you mean …?)" with the closest of `candidates` to `name` (up to three at the
    /// same distance), or "" when none is close:
    /// at most max(2, |name|/5) single-character edits away (insert, delete, replace).
    static func suggestion(for name: String, among candidates: [String]) -> String {
        let limit = max(2, name.count / 5)
        let scored = Set(candidates).map { ($0, editDistance(name, $0)) }.filter { $0.1 <= limit }
        let nearest = scored.map(\.1).min()
        let best = scored.filter { $0.1 == nearest }.map(\.0).sorted().prefix(3)
        return best.isEmpty ? "" : " (did you mean \(best.map { "'\($0)'" }.joined(separator: " or "))?)"
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        var row = Array(0...y.count)
        for i in 1...x.count {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: y.count, by: 1) {
                let above = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (x[i - 1] == y[j - 1] ? 0 : 1))
                previous = above
            }
        }
        return row[y.count]
    }

    /// Catalogue names and families, for suggestions.
    static var knownNames: [String] { Catalogue.entries.map(\.name) + families }

    /// Every family name, in catalogue order.
    static var families: [String] {
        var seen = Set<String>()
        return Catalogue.entries.map(\.key.familyName).filter { seen.insert($0).inserted }
    }

    /// The family, κ and scheme a name asks for: an entry's own (an entry's name, or its
    /// derived name), or an entry's derived name with its κ or its scheme left out.
    static func asked(_ name: String) -> Asked? {
        if let e = Catalogue.entry(named: name) { return Asked(familyName: e.key.familyName, kappa: e.key.kappa, scheme: e.key.scheme) }
        for e in Catalogue.entries {
            for (s, k) in [(true, true), (true, false), (false, true), (false, false)]
            where (s || e.key.scheme != nil) && (k || e.key.kappaInName) && e.key.derivedName(scheme: s, kappa: k) == name {
                return Asked(familyName: e.key.familyName, kappa: k ? e.key.kappa : nil, scheme: s ? e.key.scheme : nil)
            }
        }
        return nil
    }

    /// The entry for `name` with the flags applied; a usage error says what exists instead.
    static func resolve(_ name: String, kappa: KappaID?, scheme: Scheme?) throws -> CatalogueEntry {
        let direct = Catalogue.entry(named: name)
        if kappa == nil && scheme == nil {
            guard let e = direct else {
                throw fail("unknown claim '\(name)': not a catalogue name nor a claim file\(suggestion(for: name, among: knownNames)) (see `lionk list`)")
            }
            return e
        }
        guard let asked = asked(name) else {
            throw fail("unknown claim '\(name)': no catalogue family '\(name)'\(suggestion(for: name, among: knownNames)) (see `lionk list`)")
        }
        let family = Catalogue.entries.filter { $0.key.familyName == asked.familyName }
        // The name itself, when it already is what the flags ask for.
        if let e = direct, kappa == nil || e.key.kappa == kappa, scheme == nil || e.key.scheme == scheme {
            return e
        }
        let wantKappa = kappa ?? asked.kappa
        let withKappa = family.filter { wantKappa == nil || $0.key.kappa == wantKappa }
        guard !withKappa.isEmpty else {
            var seen = Set<String>()
            let have = family.map(\.key.kappaLabel).filter { seen.insert($0).inserted }.joined(separator: ", ")
            throw fail("'\(asked.familyName)' has no catalogue claim for κ = \(wantKappa?.name ?? "?") (it has: \(have))")
        }
        let wantScheme = scheme ?? asked.scheme
        let schemed = withKappa.filter { $0.key.scheme != nil }
        var pool = withKappa
        if !schemed.isEmpty {
            let s = wantScheme ?? .explicit
            pool = schemed.filter { $0.key.scheme == s }
            guard !pool.isEmpty else {
                let have = Set(schemed.compactMap { $0.key.scheme?.rawValue }).sorted().joined(separator: ", ")
                throw fail("'\(asked.familyName)' for κ = \(wantKappa?.name ?? "?") has no \(s.rawValue) scheme (it has: \(have))")
            }
        } else if let s = scheme {
            throw fail("'\(asked.familyName)' has no explicit/implicit variants: it is stated for one scheme (see `lionk list`); drop --scheme \(s.rawValue)")
        }
        // Prefer the entry whose name carries the κ (e.g. lionk.lyapunov-discrete.l1, the
        // defaults, over lionk.lyapunov-discrete, all parameters free) only when the flags
        // changed the κ; otherwise the first.
        return pool.first { $0.key.kappaInName } ?? pool[0]
    }
}


