import Dynamics
import Foundation
import Verification

/// Picks a catalogue entry from a claim name and the `--kappa` / `--scheme` flags.
///
/// Catalogue names are built from a family, a κ and a scheme ("lionk.invariance.implicit.l2",
/// "kappa.huber.convexity", "lionk.lyapunov-discrete.l3"). A name with its κ and scheme
/// parts removed is its family; `--kappa` and `--scheme` replace those parts. So
/// `lionk verify lionk.lyapunov-discrete --kappa l2` is `lionk.lyapunov-discrete.l2` and
/// `lionk verify lion.box-invariant --kappa huber --scheme implicit` is
/// `lionk.invariance.implicit.huber` (the Lion box invariant is the ℓ1 member of
/// `lionk.invariance`).
enum CatalogueResolver {
    static let schemes = ["explicit", "implicit"]
    /// Names that are members of a family under another name.
    static let aliases: [String: String] = [
        "lion.box-invariant": "lionk.invariance.explicit.l1",
        "lion.box-invariant.implicit": "lionk.invariance.implicit.l1",
    ]

    struct Parts: Equatable {
        var family: String
        var kappa: String?
        var scheme: String?
    }

    static var kappaNames: Set<String> { Set(Catalogue.entries.map(\.kappa)) }

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
    static var knownNames: [String] {
        Catalogue.entries.map(\.name) + Catalogue.entries.map { parts(of: $0.name).family } + Array(aliases.keys)
    }

    /// Family, κ and scheme of a name (κ and scheme only when they are parts of the name).
    static func parts(of name: String) -> Parts {
        let canonical = aliases[name] ?? name
        let known = kappaNames
        var family: [Substring] = []
        var p = Parts(family: "", kappa: nil, scheme: nil)
        for c in canonical.split(separator: ".") {
            if p.kappa == nil, known.contains(String(c)), !family.isEmpty {
                p.kappa = String(c)
            } else if p.scheme == nil, schemes.contains(String(c)) {
                p.scheme = String(c)
            } else {
                family.append(c)
            }
        }
        p.family = family.joined(separator: ".")
        return p
    }

    /// The entry for `name` with the flags applied; a usage error says what exists instead.
    static func resolve(_ name: String, kappa: String?, scheme: String?) throws -> CatalogueEntry {
        let catalogueKappas = Kappa.catalogue.map(\.name)
        if let k = kappa, !catalogueKappas.contains(k) {
            throw fail("--kappa: unknown κ '\(k)' (the catalogue's: \(catalogueKappas.joined(separator: ", ")); see `lionk kappa list`)")
        }
        if let s = scheme, !schemes.contains(s) { throw fail("--scheme must be explicit or implicit, not '\(s)'") }
        let direct = Catalogue.entry(named: name)
        if kappa == nil && scheme == nil {
            guard let e = direct else {
                throw fail("unknown claim '\(name)': not a catalogue name nor a claim file\(suggestion(for: name, among: knownNames)) (see `lionk list`)")
            }
            return e
        }
        let asked = parts(of: name)
        let entries = Catalogue.entries.map { ($0, parts(of: $0.name)) }
        let family = entries.filter { $0.1.family == asked.family }
        guard !family.isEmpty else {
            let families = Catalogue.entries.map { parts(of: $0.name).family } + Array(aliases.keys)
            throw fail("unknown claim '\(name)': no catalogue family '\(asked.family)'\(suggestion(for: asked.family, among: families)) (see `lionk list`)")
        }
        // The name itself, when it already is what the flags ask for.
        if let e = direct, kappa == nil || e.kappa == kappa, scheme == nil || asked.scheme == scheme {
            return e
        }
        let wantKappa = kappa ?? asked.kappa ?? direct?.kappa
        let withKappa = family.filter { wantKappa == nil || ($0.1.kappa ?? $0.0.kappa) == wantKappa }
        guard !withKappa.isEmpty else {
            let have = Set(family.map { $0.1.kappa ?? $0.0.kappa }).sorted().joined(separator: ", ")
            throw fail("'\(asked.family)' has no catalogue claim for κ = \(wantKappa ?? "?") (it has: \(have))")
        }
        let wantScheme = scheme ?? asked.scheme
        let schemed = withKappa.filter { $0.1.scheme != nil }
        var pool = withKappa
        if !schemed.isEmpty {
            let s = wantScheme ?? "explicit"
            pool = schemed.filter { $0.1.scheme == s }
            guard !pool.isEmpty else {
                let have = Set(schemed.compactMap { $0.1.scheme }).sorted().joined(separator: ", ")
                throw fail("'\(asked.family)' for κ = \(wantKappa ?? "?") has no \(s) scheme (it has: \(have))")
            }
        } else if let s = scheme {
            throw fail("'\(asked.family)' has no explicit/implicit variants: it is stated for one scheme (see `lionk list`); drop --scheme \(s)")
        }
        // Prefer the entry whose name carries the κ (e.g. lionk.lyapunov-discrete.l1, the
        // defaults, over lionk.lyapunov-discrete, all parameters free) only when the flags
        // changed the κ; otherwise the first.
        let named = pool.filter { $0.1.kappa != nil }
        return (named.first ?? pool[0]).0
    }
}
