import Foundation
import Symbolic
import Testing
import Verification

@testable import Proof

@Suite struct LaTeXTests {
    static let pdflatex: String? = ["/usr/bin/pdflatex", "/usr/local/bin/pdflatex"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static func claim() -> Claim {
        let x = Expr.vector("x")
        let m = Expr.vector("m")
        let lam = Expr.scalar("lam")
        let beta = Expr.scalar("beta1")
        return Claim(
            name: "box_invariant #1", parameters: [Parameter("lam", .positive), Parameter("beta1", .closed(0, Rational(9, 10)))],
            variables: [Symbol.vector("x", dim: "d"), Symbol.vector("m", dim: "d")],
            hypotheses: [normInf(lam * x) .<= 1], goal: normInf(lam * (x - beta * sign(m))) .<= 1 + beta)
    }

    @Test func theFragmentStatesTheClaimAndTheCheck() {
        var m = BundleTests.manifest()
        m.claim = "box_invariant #1"
        m.bundleHash = String(repeating: "ab", count: 32)
        let t = LaTeXFragment.section(claim: Self.claim(), manifest: m, bundle: "Proofs/box_invariant")
        #expect(t.contains("\\paragraph{Claim \\texttt{box\\_invariant \\#1}.}"))
        #expect(t.contains("\\lambda \\in (0, \\infty)"))
        #expect(t.contains("\\in \\mathbb{R}^d"))
        #expect(t.contains("\\operatorname{sign}"))
        #expect(t.contains("lionk check Proofs/\\allowbreak{}box\\_invariant"))
        #expect(t.contains("\\texttt{" + String(repeating: "ab", count: 8) + "}"))
        #expect(t.contains("In dimension $d = 1$"))
    }

    @Test(.enabled(if: pdflatex != nil, "pdflatex is not installed (Debian: texlive-latex-base)"))
    func theFragmentCompilesWithPdflatex() throws {
        var m = BundleTests.manifest()
        m.bundleHash = String(repeating: "0f", count: 32)
        let body = LaTeXFragment.section(claim: Self.claim(), manifest: m, bundle: "Proofs/x_y")
        let (status, log, dir) = try Self.compile(body)
        #expect(status == 0, "\(log.suffix(1500))")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("doc.pdf").path))
    }

    /// Compiles `body` as a standalone document with pdflatex in a fresh folder: the exit
    /// status, the log (stdout and stderr) and the folder (doc.tex, doc.pdf).
    static func compile(_ body: String) throws -> (status: Int32, log: String, dir: URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lionk-tex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data(LaTeXFragment.standalone(body).utf8).write(to: dir.appendingPathComponent("doc.tex"))
        let p = Process()
        p.executableURL = URL(fileURLWithPath: pdflatex!)
        p.arguments = ["-interaction=nonstopmode", "-halt-on-error", "doc.tex"]
        p.currentDirectoryURL = dir
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let log = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return (p.terminationStatus, log, dir)
    }
}
