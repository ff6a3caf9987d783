@testable import Dynamics
import Foundation
import Testing

/// The TOML 1.0 cases of the toml-test suite (https://github.com/toml-lang/toml-test), read
/// from `../shared/data/toml-test` beside the package root (not part of the repository): every
/// valid case must decode to its expected tagged JSON, every invalid case must be rejected with
/// an error that names a line.
enum TOMLSuite {
    /// Three levels up from this file (Tests/DynamicsTests/TOMLSuiteTests.swift) is the package root.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let root = packageRoot.appendingPathComponent("../shared/data/toml-test").standardized
    static let tests = root.appendingPathComponent("tests")
    static let list = tests.appendingPathComponent("files-toml-1.0.0")
    static var available: Bool { FileManager.default.fileExists(atPath: list.path) }

    /// Cases of the 1.0 list that are not run, with the reason. Keep it tiny.
    static let leftOut: [String: String] = [:]

    static func cases(_ prefix: String) throws -> [String] {
        try String(contentsOf: list, encoding: .utf8).split(separator: "\n").map(String.init)
            .filter { $0.hasPrefix(prefix) && $0.hasSuffix(".toml") && leftOut[$0] == nil }
    }

    static func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: tests.appendingPathComponent(path)))
    }

    /// Dates and times compared as text: 'T' between date and time, upper-case T and Z, no
    /// trailing zeros in the fraction of a second ("56.600Z" and "56.6z" are the same).
    static func normalisedDateTime(_ s: String) -> String {
        var u = Array(s.uppercased())
        if u.count > 10 && u[10] == " " { u[10] = "T" }
        if let dot = u.firstIndex(of: ".") {
            var end = dot + 1
            while end < u.count && u[end].isNumber { end += 1 }
            var last = end
            while last > dot + 1 && u[last - 1] == "0" { last -= 1 }
            if last == dot + 1 { last = dot }
            u.removeSubrange(last..<end)
        }
        return String(u)
    }

    static func double(_ s: String) -> Double? {
        var t = s.filter { $0 != "_" }
        if t.hasPrefix("+") { t.removeFirst() }
        switch t {
        case "inf": return .infinity
        case "-inf": return -.infinity
        case "nan", "-nan": return .nan
        default: return Double(t)
        }
    }

    /// Nil when `value` is `expected` (toml-test's tagged JSON), else where they differ.
    static func mismatch(_ value: TOML.Value, _ expected: Any, at path: String) -> String? {
        func tagged() -> (type: String, value: String)? {
            guard let d = expected as? [String: Any], d.count == 2, let t = d["type"] as? String, let v = d["value"] as? String else { return nil }
            return (t, v)
        }
        func scalar(_ type: String, _ same: (String) -> Bool, _ shown: String) -> String? {
            guard let t = tagged() else { return "\(path): got \(type) \(shown), expected \(expected)" }
            guard t.type == type else { return "\(path): got \(type) \(shown), expected \(t.type) \(t.value)" }
            return same(t.value) ? nil : "\(path): got \(shown), expected \(t.value)"
        }
        switch value {
        case .table(let table):
            guard let d = expected as? [String: Any], tagged() == nil || table.keys.sorted() == ["type", "value"] else {
                return "\(path): got a table, expected \(expected)"
            }
            guard Set(table.keys) == Set(d.keys) else { return "\(path): keys \(table.keys.sorted()), expected \(d.keys.sorted())" }
            for (k, e) in table.ordered {
                if let m = mismatch(e.value, d[k]!, at: path + "." + k) { return m }
            }
            return nil
        case .array(let items):
            guard let a = expected as? [Any], a.count == items.count else { return "\(path): got an array of \(items.count), expected \(expected)" }
            for (n, (v, e)) in zip(items, a).enumerated() {
                if let m = mismatch(v, e, at: "\(path)[\(n)]") { return m }
            }
            return nil
        case .string(let s): return scalar("string", { $0 == s }, "\"\(s)\"")
        case .integer(let s): return scalar("integer", { Int64($0) == value.integerValue && value.integerValue != nil }, s)
        case .float(let s):
            return scalar(
                "float",
                { e in
                    guard let x = double(s), let y = double(e) else { return false }
                    return x.isNaN ? y.isNaN : x == y
                }, s)
        case .boolean(let b): return scalar("bool", { $0 == String(b) }, String(b))
        case .offsetDateTime(let s): return scalar("datetime", { normalisedDateTime($0) == normalisedDateTime(s) }, s)
        case .localDateTime(let s): return scalar("datetime-local", { normalisedDateTime($0) == normalisedDateTime(s) }, s)
        case .localDate(let s): return scalar("date-local", { $0 == s }, s)
        case .localTime(let s): return scalar("time-local", { normalisedDateTime($0) == normalisedDateTime(s) }, s)
        }
    }
}

@Suite("TOML 1.0: the toml-test suite")
struct TOMLSuiteTests {
    @Test(.enabled(if: TOMLSuite.available, "toml-test not found at ../shared/data/toml-test (beside the package root); skipped"))
    func validCasesDecodeToTheirExpectedValues() throws {
        let cases = try TOMLSuite.cases("valid/")
        #expect(cases.count > 150)
        var failures: [String] = []
        for path in cases {
            let expectedData = try Data(contentsOf: TOMLSuite.tests.appendingPathComponent(String(path.dropLast(5)) + ".json"))
            let expected = try JSONSerialization.jsonObject(with: expectedData)
            let bytes = try TOMLSuite.bytes(path)
            do {
                let doc = try TOML(bytes: bytes)
                if let m = TOMLSuite.mismatch(.table(doc.root), expected, at: "") { failures.append("\(path): \(m)") }
            } catch {
                failures.append("\(path): rejected at line \(error.line), column \(error.column): \(error.message)")
            }
        }
        print("toml-test 1.0 valid: \(cases.count - failures.count) of \(cases.count) decode to their expected values")
        #expect(failures.isEmpty, "\(failures.count) valid cases fail:\n\(failures.joined(separator: "\n"))")
    }

    @Test(.enabled(if: TOMLSuite.available, "toml-test not found at ../shared/data/toml-test (beside the package root); skipped"))
    func invalidCasesAreRejectedWithALine() throws {
        let cases = try TOMLSuite.cases("invalid/")
        // TOML_SUITE_VERBOSE=1 prints each case's error, to check that it is rejected for its reason.
        let verbose = ProcessInfo.processInfo.environment["TOML_SUITE_VERBOSE"] != nil
        #expect(cases.count > 400)
        var failures: [String] = []
        for path in cases {
            let bytes = try TOMLSuite.bytes(path)
            let lines = 1 + bytes.filter { $0 == 0x0A }.count
            do {
                _ = try TOML(bytes: bytes)
                failures.append("\(path): accepted")
            } catch {
                if verbose { print("\(path):\(error.line):\(error.column): \(error.message)") }
                if !(1...lines).contains(error.line) { failures.append("\(path): line \(error.line) is outside 1...\(lines)") }
            }
        }
        print("toml-test 1.0 invalid: \(cases.count - failures.count) of \(cases.count) rejected with a line")
        #expect(failures.isEmpty, "\(failures.count) invalid cases fail:\n\(failures.joined(separator: "\n"))")
    }

    /// The comparison above is not vacuous: it sees a wrong type, value, key or element.
    @Test func comparisonSeesDifferences() throws {
        func check(_ toml: String, _ json: String) throws -> String? {
            let expected = try JSONSerialization.jsonObject(with: Data(json.utf8))
            return TOMLSuite.mismatch(.table(try TOML(toml).root), expected, at: "")
        }
        #expect(try check("a = 1", #"{"a": {"type": "integer", "value": "1"}}"#) == nil)
        #expect(try check("a = 1", #"{"a": {"type": "integer", "value": "2"}}"#) != nil)
        #expect(try check("a = 1", #"{"a": {"type": "float", "value": "1"}}"#) != nil)
        #expect(try check("a = 1\nb = 2", #"{"a": {"type": "integer", "value": "1"}}"#) != nil)
        #expect(try check("a = 0.1", #"{"a": {"type": "float", "value": "0.10"}}"#) == nil)
        #expect(try check("a = 0.1", #"{"a": {"type": "float", "value": "0.2"}}"#) != nil)
        #expect(try check("a = -nan", #"{"a": {"type": "float", "value": "nan"}}"#) == nil)
        #expect(try check("a = -inf", #"{"a": {"type": "float", "value": "inf"}}"#) != nil)
        #expect(try check("a = [1, 'x']", #"{"a": [{"type": "integer", "value": "1"}, {"type": "string", "value": "y"}]}"#) != nil)
        #expect(try check("a = 1979-05-27 07:32:00.5z", #"{"a": {"type": "datetime", "value": "1979-05-27T07:32:00.500Z"}}"#) == nil)
        #expect(try check("a = 1979-05-27T07:32:00", #"{"a": {"type": "datetime", "value": "1979-05-27T07:32:00"}}"#) != nil)
    }

    /// Numbers keep their source text (underscores removed) and kind: never a Double.
    @Test func numbersKeepTheirText() throws {
        let t = try TOML("a = 0.9\nb = 1_000.5e1_0\nc = 0xdead_BEEF\nd = -0\ne = +inf\nf = 0.1000000000000000000001\n").root
        #expect(t["a"]?.value == .float("0.9"))
        #expect(t["b"]?.value == .float("1000.5e10"))
        #expect(t["c"]?.value == .integer("0xdeadBEEF"))
        #expect(t["c"]?.value.integerValue == 0xdead_beef)
        #expect(t["c"]?.value.numberText == "3735928559")
        #expect(t["d"]?.value == .integer("-0"))
        #expect(t["e"]?.value == .float("+inf"))
        #expect(t["f"]?.value.numberText == "0.1000000000000000000001")
    }
}
