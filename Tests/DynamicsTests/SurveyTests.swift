import Dynamics
import Foundation
import Testing
import Verification

/// Runs catalogue entries and prints verdicts and times (for docs/kappa.md). Enabled only
/// with LIONK_SURVEY set to a name prefix ("" or "all" for every entry).
@Suite("Catalogue survey (LIONK_SURVEY)")
struct SurveyTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["LIONK_SURVEY"] != nil))
    func survey() throws {
        let prefix = ProcessInfo.processInfo.environment["LIONK_SURVEY"] ?? ""
        var o = EngineOptions()
        o.queryTimeout = Double(ProcessInfo.processInfo.environment["LIONK_TIMEOUT"] ?? "60") ?? 60
        o.budget = 300
        let engine = Engine(backend: Z3Backend(), options: o)
        for e in Catalogue.entries where prefix == "all" || prefix.split(separator: ",").contains(where: { e.name.hasPrefix($0) }) {
            let r = try engine.verify(e.make(.anyDimension))
            let mark = r.verdict == e.expected ? "ok" : "MISMATCH"
            var line = "SURVEY \(e.name) | \(r.verdict.name) | expected \(e.expected.name) | \(mark) | \(String(format: "%.2f", r.seconds)) s | \(r.cases.count) cases | \(r.scope)"
            if let cx = r.counterexample { line += " | cx check: \(cx.check)" }
            if !r.openCases.isEmpty { line += " | open: \(r.openCases.prefix(2).joined(separator: "; "))" }
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
    }
}
