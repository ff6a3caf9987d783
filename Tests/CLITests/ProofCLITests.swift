import Foundation
import Testing

/// Proof bundles end to end: `verify --proof`, `lionk check`, tampering, other solvers.
@Suite(.serialized) struct ProofCLITests {
    static func temp(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("lionk-proof-\(UUID().uuidString)-\(name)").path
    }

    /// A fresh bundle of a proved claim (3 cases, 2 obligations, the unreduced claim).
    static func provedBundle() throws -> String {
        let dir = temp("box")
        let r = try CLI.run(["verify", "lion.box-invariant", "--proof", dir])
        #expect(r.status == 0, "\(r.stderr)")
        return dir
    }

    static func copy(_ dir: String) throws -> String {
        let to = temp("copy")
        try FileManager.default.copyItem(atPath: dir, toPath: to)
        return to
    }

    static func manifest(_ dir: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: dir + "/manifest.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func aProvedClaimsBundleChecksAndSaysWhatItHolds() throws {
        let dir = try Self.provedBundle()
        let m = try Self.manifest(dir)
        #expect(m["verdict"] as? String == "proved")
        #expect(m["format"] as? String == "lionk-proof-bundle/1")
        let queries = try #require(m["queries"] as? [[String: Any]])
        #expect(queries.filter { $0["role"] as? String == "case" }.count == 3)
        #expect(queries.filter { $0["role"] as? String == "obligation" }.count == 2)
        #expect(queries.filter { $0["role"] as? String == "unreduced" }.count == 1)
        #expect(queries.allSatisfy { q in q["role"] as? String == "unreduced" || q["answer"] as? String == "unsat" })
        let reductions = try #require(m["reductions"] as? [[String: Any]])
        let split = try #require(reductions.first { $0["name"] as? String == "case-split" })
        #expect((split["checked_by"] as? [String])?.contains("d=1 case-split coverage") == true)
        let separability = try #require(reductions.first { $0["name"] as? String == "separability" })
        #expect(separability["checked_by"] as? [String] == ["argument"])
        // Nothing machine-specific in the bundle.
        for file in try FileManager.default.subpathsOfDirectory(atPath: dir) {
            guard let text = try? String(contentsOfFile: dir + "/" + file, encoding: .utf8) else { continue }
            #expect(!text.contains(FileManager.default.temporaryDirectory.path), "\(file) names the folder it was written to")
            #expect(!text.contains(ProcessInfo.processInfo.hostName) || ProcessInfo.processInfo.hostName.count < 4, "\(file) names the host")
        }
        let r = try CLI.run(["check", dir, "--json"])
        #expect(r.status == 0, "\(r.stdout) \(r.stderr)")
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let bundle = try #require((obj["bundles"] as? [[String: Any]])?.first)
        let checked = try #require(bundle["queries"] as? [[String: Any]])
        #expect(checked.count == 5)
        #expect(checked.allSatisfy { $0["status"] as? String == "agree" })
        // Copied elsewhere (and checked from another working directory), it checks unchanged.
        let moved = try Self.copy(dir)
        try FileManager.default.removeItem(atPath: dir)
        let again = try CLI.run(["check", moved])
        #expect(again.status == 0, "\(again.stdout) \(again.stderr)")
    }

    @Test func oneChangedByteInAQueryFailsNamingTheFile() throws {
        let dir = try Self.copy(try Self.provedBundle())
        let file = dir + "/queries/002-case.smt2"
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        let i = try #require(bytes.lastIndex(of: UInt8(ascii: "0")))
        bytes[i] = UInt8(ascii: "1")
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        let r = try CLI.run(["check", dir])
        #expect(r.status == 65, "\(r.stdout)")
        #expect(r.stderr.contains("queries/002-case.smt2"), "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    /// One `lionk check` runs each distinct query text once (bundles share lemma bundles), but
    /// every copy is still checked against its hashes: a changed copy fails, the intact one
    /// agrees, whichever comes first.
    @Test func sharedQueriesAreRunOnceButEveryCopyIsChecked() throws {
        let a = try Self.provedBundle()
        let b = try Self.copy(a)
        let both = try CLI.run(["check", a, b, "--json"])
        #expect(both.status == 0, "\(both.stdout.suffix(600))")
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(both.stdout.utf8)) as? [String: Any])
        let bundles = try #require(obj["bundles"] as? [[String: Any]])
        #expect(bundles.count == 2)
        let file = b + "/queries/002-case.smt2"
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        let i = try #require(bytes.lastIndex(of: UInt8(ascii: "0")))
        bytes[i] = UInt8(ascii: "1")
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        for order in [[a, b], [b, a]] {
            let r = try CLI.run(["check"] + order)
            #expect(r.status == 65, "\(r.stdout)")
            #expect(r.stdout.contains("AGREE") && r.stdout.contains("CHANGED"), "\(r.stdout)")
        }
    }

    @Test func aChangedManifestVerdictFails() throws {
        let dir = try Self.copy(try Self.provedBundle())
        let path = dir + "/manifest.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        // A case given another label: only the hash notices.
        let changed = text.replacingOccurrences(of: "\"label\" : \"d=1 case 2/3", with: "\"label\" : \"d=1 case 2/4")
        #expect(changed != text)
        try Data(changed.utf8).write(to: URL(fileURLWithPath: path))
        let r = try CLI.run(["check", dir])
        #expect(r.status == 65)
        #expect(r.stderr.contains("manifest.json"), "\(r.stderr)")
        // The verdict itself changed.
        let dir2 = try Self.copy(try Self.provedBundle())
        let t2 = try String(contentsOfFile: dir2 + "/manifest.json", encoding: .utf8)
            .replacingOccurrences(of: "\"verdict\" : \"proved\"", with: "\"verdict\" : \"no-witness\"")
        try Data(t2.utf8).write(to: URL(fileURLWithPath: dir2 + "/manifest.json"))
        let r2 = try CLI.run(["check", dir2])
        #expect(r2.status == 65)
        #expect(r2.stderr.contains("manifest.json: the bundle hash differs"), "\(r2.stderr)")
    }

    @Test func aRemovedOrAddedFileFailsNamingIt() throws {
        let dir = try Self.copy(try Self.provedBundle())
        try FileManager.default.removeItem(atPath: dir + "/claim.toml")
        let r = try CLI.run(["check", dir])
        #expect(r.status == 65)
        #expect(r.stderr.contains("claim.toml: missing"), "\(r.stderr)")
        let dir2 = try Self.copy(try Self.provedBundle())
        try Data("(assert false)\n".utf8).write(to: URL(fileURLWithPath: dir2 + "/queries/999-case.smt2"))
        let r2 = try CLI.run(["check", dir2])
        #expect(r2.status == 65)
        #expect(r2.stderr.contains("queries/999-case.smt2: not listed"), "\(r2.stderr)")
    }

    @Test func aRefutationsBundleCarriesTheExactCounterexampleAndItsReplay() throws {
        let dir = Self.temp("doubled")
        let v = try CLI.run(["verify", "lionk.lyapunov-discrete.doubled-c", "--proof", dir])
        #expect(v.status == 1)
        let cx = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/counterexample.json"))) as? [String: Any])
        #expect(cx["check"] as? String == "exact")
        #expect((cx["replay"] as? [String: Any])?["status"] as? String == "confirmed")
        let r = try CLI.run(["check", dir])
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stdout.contains("counterexample: confirmed"), "\(r.stdout)")
        // A counterexample changed so that it no longer violates the claim: the hash notices;
        // and with the manifest re-hashed by hand it would still fail the exact re-evaluation
        // (ProofTests.reevaluationCatchesAPointThatIsNoCounterexample).
    }

    /// A stand-in SMT-LIB2 solver: a script that answers the same word to every query.
    static func fakeSolver(_ answer: String) throws -> String {
        let path = temp("solver.sh")
        try Data("#!/bin/sh\necho \(answer)\n".utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    @Test func anotherSolversAnswersAreComparedHonestly() throws {
        let dir = try Self.provedBundle()
        let sat = try CLI.run(["check", dir, "--solver", try Self.fakeSolver("sat")])
        #expect(sat.status == 1, "a solver that disagrees: \(sat.stdout)")
        #expect(sat.stdout.contains("DISAGREE"))
        let unknown = try CLI.run(["check", dir, "--solver", try Self.fakeSolver("unknown")])
        #expect(unknown.status == 3, "an unknown is not agreement: \(unknown.stdout)")
        #expect(unknown.stdout.contains("solver-unknown"))
        let agree = try CLI.run(["check", dir, "--solver", try Self.fakeSolver("unsat")])
        #expect(agree.status == 0, "\(agree.stdout)")
        let missing = try CLI.run(["check", dir, "--solver", "no-such-solver-binary"])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("no-such-solver-binary"))
    }

    @Test func badFoldersGetOneLineErrors() throws {
        let empty = Self.temp("empty")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let r = try CLI.run(["check", empty])
        #expect(r.status == 65)
        #expect(r.stderr.contains("no proof bundle"))
        let r2 = try CLI.run(["check", Self.temp("absent")])
        #expect(r2.status == 65)
        // --proof into a folder that holds something else: refused, nothing touched.
        let other = Self.temp("other")
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        try Data("mine\n".utf8).write(to: URL(fileURLWithPath: other + "/notes.txt"))
        let v = try CLI.run(["verify", "lion.box-invariant", "--proof", other])
        #expect(v.status == 65)
        #expect(v.stderr.contains("is not a proof bundle"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: other) == ["notes.txt"])
    }

    @Test func aBundleIsReplacedAsAWhole() throws {
        let dir = try Self.provedBundle()
        let v = try CLI.run(["verify", "lionk.lyapunov-discrete.doubled-c", "--proof", dir])
        #expect(v.status == 1)
        let r = try CLI.run(["check", dir])
        #expect(r.status == 0, "no stale file of the earlier bundle is left: \(r.stdout) \(r.stderr)")
        #expect((try Self.manifest(dir))["verdict"] as? String == "refuted")
    }
}
