import Foundation

/// Regression files: a shrunk failing claim as a claim file (so `lionk verify FILE` runs it),
/// with a comment header saying what was expected and what lionk answered, and the claim
/// in the fuzzer's own form on a `# fuzz-claim:` line (JSON), so the oracles can replay it.
public enum Regression {
    static let marker = "# fuzz-claim: "

    public static func text(_ r: ClaimReport, seed: UInt64, index: Int, originalSize: Int) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = (try? encoder.encode(r.claim)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
        let flags = Render.flags(r.claim.options)
        var header = [
            "lionk fuzz regression: \(r.findings.first?.cause.rawValue ?? "none")",
            "seed \(seed), claim \(index); shrunk from \(originalSize) to \(r.claim.size) nodes",
            "probable fault class: \(KnownFaults.tags(r).joined(separator: ", "))",
            "got: lionk \(r.lionk.summary)",
            "direct encoding: \(Fuzzer.describe(r.direct))",
        ]
        for f in r.findings { header.append("expected otherwise: \(f)") }
        header.append("replay: lionk verify FILE\(flags.isEmpty ? "" : " " + flags)")
        let body = Render.toml(r.claim, header: header.map { $0.replacingOccurrences(of: "\n", with: " ") })
        return body + marker + json + "\n"
    }

    /// The claim of a regression file.
    public static func claim(fromFile text: String) -> FClaim? {
        for line in text.split(separator: "\n") where line.hasPrefix(marker) {
            let json = line.dropFirst(marker.count)
            return try? JSONDecoder().decode(FClaim.self, from: Data(json.utf8))
        }
        return nil
    }

    /// The regression files in a folder, sorted by name.
    public static func files(in dir: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".toml") }.sorted().map { dir + "/" + $0 }
    }
}
