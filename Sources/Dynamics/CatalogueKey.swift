/// What a catalogue entry is, as data: its family, its κ, its scheme and its variant. The
/// entry's name is derived from the key (never parsed back): `family[.scheme][.κ][.variant]`,
/// e.g. `lionk.invariance.implicit.l2`, `kappa.l3.convexity`,
/// `lionk.lyapunov-discrete.l3_2.doubled-c`; an entry may carry a historical name instead
/// (`lion.box-invariant` is the ℓ1 member of `lionk.invariance.explicit`).
///
/// Entries with the same `familyName` (the name without its κ and scheme) are the same
/// statement for other κ or schemes; `verify NAME --kappa K --scheme S` picks among them.
public struct CatalogueKey: Hashable, Sendable, CustomStringConvertible {
    public typealias Scheme = KappaClaims.Scheme

    /// "lionk.invariance", "kappa", "lionk.lyapunov-discrete", …
    public var family: String
    /// The library κ the claim is about (nil: a κ outside the library, see `mutant`).
    public var kappa: KappaID?
    /// A deliberately wrong κ (a mutation): its name, e.g. "huber.wrong-conjugate", "cube".
    public var mutant: String?
    public var scheme: Scheme?
    /// What distinguishes the claim within its family and κ: "doubled-c", "convexity", …
    public var variant: String?
    /// Whether the κ is a part of the name (`lionk.lyapunov-discrete` is the ℓ1 member of its
    /// family without saying so).
    public var kappaInName: Bool
    /// A name used instead of the derived one.
    public var alias: String?

    public init(
        family: String, kappa: KappaID? = nil, mutant: String? = nil, scheme: Scheme? = nil, variant: String? = nil,
        kappaInName: Bool = true, alias: String? = nil
    ) {
        self.family = family
        self.kappa = kappa
        self.mutant = mutant
        self.scheme = scheme
        self.variant = variant
        self.kappaInName = kappaInName
        self.alias = alias
    }

    /// The κ as the catalogue lists it: the mutant's name, or the library κ's.
    public var kappaLabel: String { mutant ?? kappa?.name ?? "-" }

    /// The name: the alias, or the derived name.
    public var name: String { alias ?? derivedName() }

    /// The name without an alias, with the κ and scheme parts kept or left out.
    public func derivedName(scheme withScheme: Bool = true, kappa withKappa: Bool = true) -> String {
        let kappaPart = kappaInName && withKappa ? (kappa?.name ?? mutant) : nil
        return [family, withScheme ? scheme?.rawValue : nil, kappaPart, variant].compactMap { $0 }.joined(separator: ".")
    }

    /// The family with the variant: the statement whatever the κ and scheme.
    public var familyName: String { derivedName(scheme: false, kappa: false) }

    public var description: String { name }
}
