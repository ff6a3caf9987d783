import Foundation
import Testing

/// docs/json.md's contract: the binary's JSON outputs validate against docs/lionk.schema.json.
/// The validator knows the subset of JSON Schema the file uses: type (one or a list), enum,
/// required, properties, items, anyOf and $ref to "#/$defs/NAME".
struct MiniSchema {
    let defs: [String: Any]

    init(file: URL) throws {
        let obj = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
        defs = (obj?["$defs"] as? [String: Any]) ?? [:]
    }

    /// Problems found (empty: valid), each with its JSON path.
    func validate(_ value: Any, against name: String) -> [String] {
        guard let s = defs[name] as? [String: Any] else { return ["no schema \(name)"] }
        return check(value, s, path: "$")
    }

    static func typeName(_ v: Any) -> String {
        switch v {
        case is NSNull: return "null"
        case let n as NSNumber:
            // Foundation boxes JSON true/false as a boolean subclass of NSNumber.
            if String(describing: type(of: n)).contains("Boolean") { return "boolean" }
            return n.doubleValue == n.doubleValue.rounded() && !"\(n)".contains(".") ? "integer" : "number"
        case is String: return "string"
        case is [Any]: return "array"
        case is [String: Any]: return "object"
        default: return "unknown"
        }
    }

    func check(_ v: Any, _ s: [String: Any], path: String) -> [String] {
        if let ref = s["$ref"] as? String {
            let name = String(ref.dropFirst("#/$defs/".count))
            guard let d = defs[name] as? [String: Any] else { return ["\(path): unknown $ref \(ref)"] }
            return check(v, d, path: path)
        }
        if let any = s["anyOf"] as? [[String: Any]] {
            let results = any.map { check(v, $0, path: path) }
            return results.contains { $0.isEmpty } ? [] : ["\(path): matches none of anyOf (\(results.flatMap { $0 }.prefix(2).joined(separator: "; ")))"]
        }
        var out: [String] = []
        if let t = s["type"] {
            let allowed = (t as? [String]) ?? [(t as? String) ?? ""]
            let actual = Self.typeName(v)
            let ok = allowed.contains(actual) || (actual == "integer" && allowed.contains("number"))
            if !ok { return ["\(path): \(actual), expected \(allowed.joined(separator: " or "))"] }
        }
        if let e = s["enum"] as? [Any] {
            let mine = (v as? String).map { Set([$0]) } ?? []
            if !e.contains(where: { ($0 as? String).map(mine.contains) ?? false }) { out.append("\(path): \(v) is not one of \(e)") }
        }
        if let obj = v as? [String: Any] {
            for r in (s["required"] as? [String]) ?? [] where obj[r] == nil { out.append("\(path): missing \(r)") }
            for (k, sub) in (s["properties"] as? [String: Any]) ?? [:] {
                if let x = obj[k], let subSchema = sub as? [String: Any] { out += check(x, subSchema, path: "\(path).\(k)") }
            }
        }
        if let arr = v as? [Any], let items = s["items"] as? [String: Any] {
            for (i, x) in arr.enumerated() { out += check(x, items, path: "\(path)[\(i)]") }
        }
        return out
    }
}

@Suite(.serialized) struct JSONSchemaTests {
    static func schema() throws -> MiniSchema { try MiniSchema(file: CLI.packageRoot.appendingPathComponent("docs/lionk.schema.json")) }

    func validate(_ args: [String], as name: String, status: Int32? = nil) throws {
        let r = try CLI.run(args)
        if let status { #expect(r.status == status, "\(args): \(r.stderr)") }
        let obj = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
        let problems = try Self.schema().validate(obj, against: name)
        #expect(problems.isEmpty, "\(args.joined(separator: " ")): \(problems.prefix(5))")
    }

    @Test func theValidatorCatchesAWrongShape() throws {
        let s = try Self.schema()
        #expect(!s.validate(["claims": [["name": "x"]]], against: "list").isEmpty)
        #expect(!s.validate(["kappas": "no"], against: "kappaList").isEmpty)
        #expect(s.validate(["kappas": []], against: "kappaList").isEmpty)
    }

    @Test func verifyResults() throws {
        try validate(["verify", "lion.box-invariant", "--json"], as: "verify", status: 0)
        try validate(["verify", "lionk.lyapunov-discrete.doubled-c", "--json"], as: "verify", status: 1)
        try validate(["verify", "examples/lyapunov-l1-doubled-c.toml", "--json"], as: "verify", status: 1)
        try validate(["verify", "lionk.lyapunov-discrete", "--kappa", "l2", "--json"], as: "verify")
    }

    @Test func otherCommands() throws {
        try validate(["list", "--json"], as: "list", status: 0)
        try validate(["kappa", "list", "--json"], as: "kappaList", status: 0)
        try validate(["kappa", "check", "l1", "--dim", "1", "--json"], as: "kappaCheck", status: 4)
        try validate(["reproduce", "--kappa", "half-squared", "--json"], as: "reproduce", status: 0)
        try validate(["check", "Proofs/lion.box-invariant", "Proofs/lionk.lyapunov-discrete.doubled-c", "--json"], as: "check", status: 0)
        let v = try CLI.run(["verify", "examples/lyapunov-l1-doubled-c.toml", "--json"])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("lionk-schema-\(UUID().uuidString).json")
        try Data(v.stdout.utf8).write(to: file)
        try validate(["replay", file.path, "--json"], as: "replay", status: 0)
        try validate(["fuzz", "--count", "4", "--seed", "3", "--json"], as: "fuzz", status: 0)
        // bench without its baseline: the rows say "not run" for it, lionk's side is measured.
        try validate(["bench", "--json", "--repetitions", "1", "--naive", "/nonexistent.py", "--python", "/bin/false"], as: "bench", status: 0)
        try validate(["synthesize", "examples/synthesis-lyapunov-l1-c.toml", "--json"], as: "synthesize", status: 0)
        try validate(["synthesize", "examples/synthesis-irrational-end.toml", "--json"], as: "synthesize", status: 3)
        try validate(["synthesize", "examples/synthesis-lyapunov-l1-two-coefficients.toml", "--json"], as: "synthesizeSearch", status: 0)
        try validate(["synthesize", "examples/synthesis-lyapunov-l1-c-rate.toml", "--map", "--grid", "2", "--depth", "1", "--json"], as: "synthesizeMap")
    }
}
