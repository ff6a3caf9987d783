import Symbolic
public import Verification

/// Why a claim cannot be written as a claim file.
public struct ClaimFileWriteError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

/// Writes a claim as a claim file (docs/claim-files.md) that reads back as the same claim:
/// the same parameters and domains, state variables, definitions in order, hypotheses, goal
/// and dimension scope, every expression in the DSL's text syntax with exact numbers.
/// `ClaimFileWriter.text(ClaimFile.parse(ClaimFileWriter.text(c))) == ClaimFileWriter.text(c)`.
public enum ClaimFileWriter {
    /// The TOML text of a claim without lemmas; `header` lines become comments at the top.
    public static func text(_ c: Claim, header: [String] = []) throws(ClaimFileWriteError) -> String {
        let (main, lemmaFiles) = try files(c, header: header)
        guard lemmaFiles.isEmpty else {
            throw ClaimFileWriteError(message: "\(c.name) uses lemmas: it is written as several files (ClaimFileWriter.files)")
        }
        return main
    }

    /// The claim's text and, when it uses lemmas, one file per lemma (nested lemmas
    /// included), by file name: the claim lists them as `lemmaFolder/NAME.toml`, a lemma
    /// file lists its own lemmas as `NAME.toml` (the same folder).
    public static func files(
        _ c: Claim, header: [String] = [], lemmaFolder: String = "lemmas", dynamics: DeclaredDynamics? = nil
    ) throws(ClaimFileWriteError) -> (main: String, lemmas: [String: String]) {
        var lemmaFiles: [String: String] = [:]
        var main = try write(c, header: header, lemmaPrefix: lemmaFolder.isEmpty ? "" : lemmaFolder + "/", into: &lemmaFiles)
        if let d = dynamics { main += table(d) }
        return (main, lemmaFiles)
    }

    /// The [dynamics] table of a declared update (every field written out).
    static func table(_ d: DeclaredDynamics) -> String {
        if let user = d.custom {
            // The written claim has its κ's formulas inlined and no [kappa] table, and
            // [dynamics] names only library κ: it is left out rather than naming a wrong one.
            return "\n# [dynamics] left out: the update's κ is user-defined (K(\(user.variable.name)) = \(user.K)), which a claim file"
                + "\n# names only through its [kappa] table; add both to replay this file's counterexamples.\n"
        }
        var out = ["", "# The update this claim encodes: its counterexamples are replayed by the simulator.", "[dynamics]"]
        out.append("rule = \(quoted(d.rule.rawValue))")
        out.append("kappa = \(quoted(d.kappa.name))")
        out.append("scheme = \(quoted(d.scheme.rawValue))")
        out.append("x = \(quoted(d.x))")
        out.append("m = \(quoted(d.m))")
        out.append("gradient = \(quoted(d.gradient))")
        if let nx = d.nextX { out.append("next_x = \(quoted(nx))") }
        if let nm = d.nextM { out.append("next_m = \(quoted(nm))") }
        if let a = d.valueAtX, let b = d.valueAtNext { out.append("values = [\(quoted(a)), \(quoted(b))]") }
        out.append("class = \(quoted(d.functionClass.rawValue))")
        if let L = d.smoothness { out.append("L = \(quoted(L))") }
        return out.joined(separator: "\n") + "\n"
    }

    /// A file name for a claim name: letters, digits, '.', '-' and '_' kept, the rest '-'.
    public static func fileName(for name: String) -> String {
        String(name.unicodeScalars.map { ch -> Character in
            ch.isASCII && (ch.properties.isAlphabetic || ("0"..."9").contains(ch) || ".-_".unicodeScalars.contains(ch)) ? Character(ch) : "-"
        }) + ".toml"
    }

    static func write(
        _ c: Claim, header: [String], lemmaPrefix: String, into lemmaFiles: inout [String: String]
    ) throws(ClaimFileWriteError) -> String {
        var out: [String] = header.map { "# " + $0 }
        if !header.isEmpty { out.append("") }
        out.append("name = \(quoted(c.name))")
        if c.kind != .forall { out.append("kind = \(quoted(c.kind.rawValue))") }
        switch c.dimensions {
        case .any(let fallback):
            out.append("dim = \"any\"")
            if fallback != [1, 2, 3] { out.append("dim_fallback = [\(fallback.map(String.init).joined(separator: ", "))]") }
        case .fixed(let ds):
            out.append(ds.count == 1 ? "dim = \(ds[0])" : "dim = [\(ds.map(String.init).joined(separator: ", "))]")
        }
        for s in c.variables + c.definitions.map(\.0) + c.parameters.map(\.symbol) {
            try checkSymbol(s)
        }
        out.append("state = " + array(c.variables.map { $0.isVector ? "\($0.name): vector" : "\($0.name): scalar" }))
        if !c.definitions.isEmpty {
            out.append("define = " + array(c.definitions.map { "\($0.0.name) = \($0.1)" }))
        }
        out.append("hypotheses = " + array(c.hypotheses.map(\.description)))
        out.append("goal = \(quoted(c.goal.description))")
        if !c.lemmas.isEmpty {
            var items: [String] = []
            for use in c.lemmas {
                let name = fileName(for: use.lemma.name)
                let text = try write(
                    use.lemma,
                    header: [
                        "Lemma \(use.lemma.name): a claim proved on its own, then instantiated by the claims that list it",
                        "under `lemmas` (docs/claim-files.md). Written by `lionk export`.",
                    ],
                    lemmaPrefix: "", into: &lemmaFiles)
                if let existing = lemmaFiles[name], existing != text {
                    throw ClaimFileWriteError(message: "two different lemmas are named \(use.lemma.name)")
                }
                lemmaFiles[name] = text
                for sigma in use.instantiations {
                    for k in sigma.keys { try checkSymbol(k) }
                    let pairs = sigma.sorted { $0.key.name < $1.key.name }.map { "\($0.key.name) = \($0.value)" }
                    items.append(lemmaPrefix + name + (pairs.isEmpty ? "" : ": " + pairs.joined(separator: "; ")))
                }
            }
            out.append("lemmas = " + array(items))
        }
        if !c.parameters.isEmpty {
            out.append("")
            out.append("[params]")
            for p in c.parameters { out.append("\(p.symbol.name) = \(quoted(p.domain.description))") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func checkSymbol(_ s: Symbol) throws(ClaimFileWriteError) {
        if s.index != nil { throw ClaimFileWriteError(message: "'\(s)' is a coordinate: claim files state claims about whole vectors") }
        if case .vector(let d) = s.shape, d != "d" {
            throw ClaimFileWriteError(message: "'\(s.name)' has dimension '\(d)': claim files have one dimension d")
        }
    }

    static func array(_ items: [String]) -> String {
        if items.isEmpty { return "[]" }
        if items.count == 1 && items[0].count < 60 { return "[\(quoted(items[0]))]" }
        return "[\n" + items.map { "  \(quoted($0)),\n" }.joined() + "]"
    }

    /// A TOML basic string.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for ch in s.unicodeScalars {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out + "\""
    }
}
