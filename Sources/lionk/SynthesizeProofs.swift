import Foundation
import Proof
import Verification

/// `synthesize --proofs DIR`: a proof bundle for every certificate a synthesis rests on — each
/// holds region's proof (the claim restricted to it), each fails region's proof (the
/// counterexample fails on all of it, a claim in the unknowns alone), a search's proved point
/// or its exclusion of the whole box — one subfolder each, and README.md listing them.
/// `lionk check DIR` re-checks them all without trusting lionk.
extension Synthesize {
    struct RegionProof {
        var region: String
        var kind: String
        var certified: Certified
    }

    static func proofs(_ r: SynthesisResult) -> [RegionProof] {
        r.regions.compactMap { g in
            guard let p = g.proof, let c = g.proofClaim else { return nil }
            return RegionProof(region: g.membership(of: r.unknown), kind: g.kind.rawValue, certified: Certified(claim: c, result: p))
        }
    }

    static func proofs(_ r: SynthesisMapResult) -> [RegionProof] {
        r.cells.compactMap { cell in
            guard let p = cell.proof, let c = cell.proofClaim else { return nil }
            return RegionProof(
                region: "\(cell.x.membership(of: r.x.name)), \(cell.y.membership(of: r.y.name))", kind: cell.kind.rawValue,
                certified: Certified(claim: c, result: p))
        }
    }

    static func proofs(_ r: SynthesisSearchResult) -> [RegionProof] {
        var out: [RegionProof] = []
        if let p = r.proof, let c = r.proofClaim, let u = r.point {
            out.append(RegionProof(region: point(u, r.unknowns.map(\.name)), kind: "holds", certified: Certified(claim: c, result: p)))
        }
        if let p = r.exclusion, let c = r.exclusionClaim {
            let box = r.unknowns.map { $0.range.membership(of: $0.name) }.joined(separator: ", ")
            out.append(RegionProof(region: box, kind: "empty", certified: Certified(claim: c, result: p)))
        }
        return out
    }

    /// Writes the bundles and README.md into `dir` (new, empty, or written by an earlier
    /// `synthesize --proofs`: its bundles are replaced); returns how many were written.
    func writeProofs(_ list: [RegionProof], claimName: String, convention: SubgradientConvention, to dir: String) throws -> Int {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: dir, isDirectory: &isDir) {
            guard isDir.boolValue else { throw fail("--proofs '\(dir)' is a file: give a new or empty folder", code: Exit.dataError) }
            let entries = ((try? fm.contentsOfDirectory(atPath: dir)) ?? []).filter { !$0.hasPrefix(".") }
            let bundles = entries.filter { fm.fileExists(atPath: "\(dir)/\($0)/\(ProofBundle.manifestName)") }
            guard entries.allSatisfy({ $0 == "README.md" || bundles.contains($0) }) else {
                throw fail("--proofs '\(dir)' holds files that are not proof bundles: give a new or empty folder", code: Exit.dataError)
            }
            for b in bundles { try? fm.removeItem(atPath: "\(dir)/\(b)") }
        }
        var rows = [["region", "kind", "certificate", "verdict", "queries", "bundle hash"]]
        let width = String(list.count).count
        for (i, p) in list.enumerated() {
            let folder = String(repeating: "0", count: width - String(i + 1).count) + "\(i + 1)-\(p.kind)"
            let source = ProofWriting.source(
                p.certified.result, claim: p.certified.claim, convention: convention, replay: nil,
                header: ["Synthesis of \(claimName): the \(p.kind) region \(p.region)."])
            let m = try ProofWriting.write(source, to: (dir as NSString).appendingPathComponent(folder))
            rows.append([p.region, p.kind, "[\(p.certified.claim.name)](\(folder)/)", m.verdict, "\(m.queries.count)", "`\((m.bundleHash ?? "").prefix(16))…`"])
        }
        let table = rows.enumerated().flatMap { i, r -> [String] in
            let line = "| " + r.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
            return i == 0 ? [line, "|" + r.map { _ in "---" }.joined(separator: "|") + "|"] : [line]
        }
        let readme = [
            "# Synthesis proofs: \(claimName)", "",
            "Written by `lionk synthesize --proofs` (docs/synthesis.md). One proof bundle per certified region:",
            "a *holds* region's bundle proves the claim with the unknowns restricted to it; a *fails* region's",
            "proves that one exactly checked counterexample violates the claim for every value in it; an *empty*",
            "one proves that the counterexamples leave no value of the box. Re-check them without trusting lionk:", "",
            "    lionk check \(dir)", "",
        ] + table + [""]
        try ProofWriting.writeText(readme.joined(separator: "\n"), to: (dir as NSString).appendingPathComponent("README.md"), what: "README.md")
        return list.count
    }
}
