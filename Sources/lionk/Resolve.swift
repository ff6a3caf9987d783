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
            guard let e = direct else { throw fail("unknown claim '\(name)': not a catalogue name (see `lionk list`) nor a claim file") }
            return e
        }
        let asked = parts(of: name)
        let entries = Catalogue.entries.map { ($0, parts(of: $0.name)) }
        let family = entries.filter { $0.1.family == asked.family }
        guard !family.isEmpty else {
            throw fail("unknown claim '\(name)': no catalogue family '\(asked.family)' (see `lionk list`)")
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
