import Dynamics
import Foundation
import Simulation
import Symbolic
import Verification

enum Report {
    static func format(_ s: Double) -> String { String(format: "%.3f s", s) }

    /// The verdict word of the human report: a verdict limited to the checked dimensions says
    /// so in the word itself ("PROVED-IN-SCOPE (d = 1, 2, 3 only)"), so no reader takes it for
    /// every d.
    static func headline(_ r: VerificationResult) -> String {
        let word = r.verdict.name.uppercased()
        switch r.verdict {
        case .provedInScope, .noWitnessInScope:
            return "\(word) (d = \(r.dimensionsChecked.map(String.init).joined(separator: ", ")) only)"
        default: return word
        }
    }

    /// Human output: verdict first, then scope, reductions, cases, time, counterexample.
    /// `spotCheck`: a random-point numeric check reported beside an `unknown` (never a proof).
    static func text(
        _ r: VerificationResult, statement: Claim? = nil, replay: ReplayResult? = nil, replayNote: String? = nil, notes: [String] = [],
        spotCheck: NumericCheck.Report? = nil
    ) -> String {
        var out: [String] = []
        out.append("\(Terminal.verdict(r.verdict, headline(r))): \(r.claim)")
        out.append("  scope: \(r.scope)")
        if let c = statement {
            // What was decided: the parameter values in force (after --param/--range) and the statement.
            if !c.parameters.isEmpty {
                out.append("  parameters: " + c.parameters.map { $0.domain.membership(of: $0.symbol.name) }.joined(separator: ", "))
            }
            let hyps = c.hypotheses.map(\.description)
            let text = (hyps.isEmpty ? "" : hyps.joined(separator: " ∧ ") + " ⇒ ") + c.goal.description
            out.append("  statement (\(c.kind == .forall ? "for all" : "there exist") values): " + (text.count > 200 ? String(text.prefix(197)) + "…" : text))
        }
        out.append("  solver: \(r.solver); \(r.cases.count) case\(r.cases.count == 1 ? "" : "s") in \(format(r.seconds))")
        for n in notes { out.append("  \(n)") }
        out.append("reductions:")
        for s in r.reductions {
            // Full details (whole bounds, every side condition) are in --json; keep lines readable here.
            let d = s.detail.count > 180 ? String(s.detail.prefix(177)) + "…" : s.detail
            out.append("  - \(s.name): \(d)")
        }
        if !r.lemmas.isEmpty {
            out.append("lemmas (each proved by its own queries first):")
            for l in r.lemmas {
                let dims = l.result.provedForAllDimensions ? "every d" : "d = " + l.result.dimensionsChecked.map(String.init).joined(separator: ", ")
                out.append("  \(Terminal.verdict(l.result.verdict)) \(l.name) (\(dims); \(l.result.cases.count) case\(l.result.cases.count == 1 ? "" : "s") in \(format(l.result.seconds))\(l.reused ? ", proved earlier in this run" : "")), used \(l.instantiations.count)×")
            }
        }
        out.append("cases:")
        let shown = r.cases.prefix(40)
        let width = max(8, shown.map(\.status.count).max() ?? 0)
        let strategyWidth = shown.map { ($0.strategy ?? "").count }.max() ?? 0
        for c in shown {
            let by = strategyWidth == 0 ? "" : " " + (c.strategy ?? "").padding(toLength: strategyWidth, withPad: " ", startingAt: 0)
            out.append("  \(c.status.padding(toLength: width, withPad: " ", startingAt: 0))\(by) \(format(c.seconds))  \(c.label)")
        }
        if r.cases.count > shown.count { out.append("  … \(r.cases.count - shown.count) more") }
        if !r.openCases.isEmpty {
            out.append("open:")
            for o in r.openCases { out.append("  \(o)") }
        }
        if let sc = spotCheck {
            out.append("numeric spot check (Double, random points; evidence, never a proof): \(sc)")
        }
        if !r.boxes.isEmpty {
            out.append("parameter boxes:")
            for b in r.boxes {
                let box = b.box.sorted { $0.key < $1.key }.map { "\($0.key) ∈ \($0.value)" }.joined(separator: ", ")
                out.append("  \(b.verdict.name): \(box)")
            }
        }
        if let cx = r.counterexample {
            out.append(r.kind == .forall ? "counterexample (d = \(cx.dimension)):" : "witness (d = \(cx.dimension)):")
            if r.verdict == .unknown {
                out.append("  (a model of the claim's hypotheses, which are a relaxation: not a counterexample of the class itself)")
            }
            for (s, v) in cx.values.sorted(by: { $0.key < $1.key }) where !Fresh.isFresh(s) {
                out.append("  \(s) = \(v)")
            }
            for n in cx.notes { out.append("  note: \(n)") }
            out.append("  exact check: \(cx.check)")
            if let rp = replay {
                out.append("replay on a concrete function: \(rp.status)")
                if !rp.function.isEmpty { out.append("  f = \(rp.function)") }
                if let l = rp.lhsExact, let rr = rp.rhsExact { out.append("  \(rp.lhsName) = \(l)  vs  \(rp.rhsName) = \(rr) (exact)") }
                if let l = rp.lhsDouble, let rr = rp.rhsDouble { out.append("  in Double: \(l) vs \(rr)") }
                if let u = rp.details["update"] { out.append("  update: \(u)") }
                if let c = rp.details["class"] { out.append("  \(c)") }
            } else if let note = replayNote {
                out.append(note)
            } else if r.verdict == .refuted {
                out.append("replay: none for this claim (the counterexample is re-checked exactly above)")
            }
        }
        return out.joined(separator: "\n")
    }

    /// The JSON contract: one object, exact numbers as strings.
    static func json(
        _ r: VerificationResult, statement: Claim? = nil, replay: ReplayResult? = nil, replayNote: String? = nil, claimFile: String? = nil,
        notes: [String] = [], spotCheck: NumericCheck.Report? = nil
    ) -> String {
        var obj: [String: Any] = [
            "claim": r.claim,
            "kind": r.kind.rawValue,
            "verdict": r.verdict.name,
            "dims": [
                "scope": r.scope, "checked": r.dimensionsChecked, "all_dimensions": r.provedForAllDimensions,
                "restricted": r.verdict == .provedInScope || r.verdict == .noWitnessInScope,
            ] as [String: Any],
            "cases": r.cases.map {
                ["label": $0.label, "dimension": $0.dimension, "status": $0.status, "seconds": $0.seconds,
                 "strategy": $0.strategy.map { $0 as Any } ?? NSNull()] as [String: Any]
            },
            "reductions": r.reductions.map {
                ["name": $0.name, "contract": $0.contract.rawValue, "justification": $0.justification, "detail": $0.detail]
            },
            "seconds": r.seconds,
            "solver": r.solver,
            "open_cases": r.openCases,
            "replay": NSNull(),
            "replay_note": replayNote ?? NSNull(),
            "claim_file": claimFile ?? NSNull(),
            "notes": notes,
        ]
        if let rp = replay { obj["replay"] = replayObject(rp) }
        if let c = statement {
            // The statement decided, with the parameter domains in force (after --param/--range).
            obj["statement"] = [
                "parameters": c.parameters.map { ["name": $0.symbol.name, "domain": $0.domain.description] },
                "variables": c.variables.map { ["name": $0.name, "vector": $0.isVector] as [String: Any] },
                "definitions": c.definitions.map { ["name": $0.0.name, "value": $0.1.description] },
                "hypotheses": c.hypotheses.map(\.description),
                "goal": c.goal.description,
            ] as [String: Any]
        }
        if let cx = r.counterexample {
            var values: [String: Any] = [:]
            for (s, v) in cx.values {
                switch v {
                case .rational(let q): values[s.description] = q.description
                case .algebraic(let lo, let hi, let dec, let poly):
                    var v: [String: Any] = ["lower": lo.description, "upper": hi.description, "decimal": dec]
                    if !poly.isEmpty { v["polynomial"] = poly.map(\.description) }
                    values[s.description] = v
                }
            }
            obj["counterexample"] = [
                "dimension": cx.dimension, "values": values, "case": cx.caseLabel, "check": cx.check, "notes": cx.notes,
            ] as [String: Any]
        } else {
            obj["counterexample"] = NSNull()
        }
        if let sc = spotCheck {
            obj["spot_check"] = [
                "samples": sc.samples, "skipped": sc.skipped, "violations": sc.violations,
                "minimum_slack": sc.minimumSlack.isFinite ? sc.minimumSlack as Any : String(describing: sc.minimumSlack),
                "proves_nothing": true,
            ] as [String: Any]
        }
        // The lemmas' own verdicts (each also a "lemma" reduction above).
        obj["lemmas"] = r.lemmas.map { l -> [String: Any] in
            [
                "claim": l.name, "verdict": l.result.verdict.name, "cases": l.result.cases.count, "seconds": l.result.seconds,
                "dims": ["checked": l.result.dimensionsChecked, "all_dimensions": l.result.provedForAllDimensions] as [String: Any],
                "instantiations": l.instantiations, "open_cases": l.result.openCases, "reused": l.reused,
            ]
        }
        if !r.boxes.isEmpty {
            obj["boxes"] = r.boxes.map { b in
                ["verdict": b.verdict.name, "box": b.box.mapValues { $0.description }] as [String: Any]
            }
        }
        return jsonText(obj)
    }
}

/// The one JSON shape of a replay (verify --json, replay --json, a bundle's
/// counterexample.json): ReplayResult's Codable form with snake_case keys.
func replayObject(_ r: ReplayResult) -> [String: Any] {
    let e = JSONEncoder()
    e.keyEncodingStrategy = .convertToSnakeCase
    guard let data = try? e.encode(r), let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
        return ["status": r.status.word, "error": "could not encode the replay"]
    }
    return obj
}

/// A JSON object as text with sorted keys (one line).
func jsonText(_ obj: [String: Any]) -> String {
    guard let data = try? JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys, .withoutEscapingSlashes]),
        let s = String(data: data, encoding: .utf8)
    else { return "{\"error\": \"could not encode the result\"}" }
    return s
}
