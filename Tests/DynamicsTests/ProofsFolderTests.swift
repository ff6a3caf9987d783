import Foundation
import Testing
import Verification

@testable import Dynamics

/// Proofs/ holds one bundle per decided catalogue claim run by `lionk reproduce`, each with the
/// catalogue's expected verdict: the committed logs cannot drift from the catalogue unnoticed.
/// (`make test` also runs `lionk check Proofs/`, which re-runs every stored query.)
@Suite struct ProofsFolderTests {
    static let proofs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Proofs")

    static func manifests() throws -> [String: [String: Any]] {
        var out: [String: [String: Any]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: proofs.path) {
            let file = proofs.appendingPathComponent(name).appendingPathComponent("manifest.json")
            guard let data = FileManager.default.contents(atPath: file.path) else { continue }
            out[name] = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        }
        return out
    }

    @Test func everyBundleHasItsCatalogueVerdict() throws {
        let ms = try Self.manifests()
        #expect(ms.count > 100, "Proofs/ should hold the catalogue's bundles (make proofs)")
        for (folder, m) in ms {
            let name = folder.hasSuffix(".any") ? String(folder.dropLast(4)) : folder
            let entry = try #require(Catalogue.entry(named: name), "Proofs/\(folder) is not a catalogue claim")
            #expect(m["verdict"] as? String == entry.expected.name, "Proofs/\(folder): \(m["verdict"] ?? "?") but the catalogue expects \(entry.expected.name)")
            #expect(m["convention"] as? String == (folder.hasSuffix(".any") ? "any" : "implementation"))
        }
    }

    @Test func everyDecidedEntryHasABundle() throws {
        let ms = try Self.manifests()
        for e in Catalogue.entries where !e.slow && e.expected != .unknown {
            #expect(ms[e.name] != nil, "no bundle for \(e.name) in Proofs/ (make proofs)")
        }
        #expect(ms["lionk.lyapunov-discrete.any"] != nil, "Theorem 4.1 with sign ∈ [−1, 1] at 0")
    }
}
