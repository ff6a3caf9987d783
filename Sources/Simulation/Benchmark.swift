import Dispatch
import Dynamics
import Symbolic
import Foundation

/// Numbers of one simulator benchmark run (docs/benchmarks.md, "Simulator").
public struct SimulatorBenchmark: Sendable, Codable {
    public var dimension: Int
    public var steps: Int
    public var threads: Int
    /// Explicit Lion, K = ℓ1, Float, fixed gradient buffer: steps per second (best of repeats).
    public var lionStepsPerSecond: Double
    /// The same on one thread.
    public var lionStepsPerSecondOneThread: Double
    /// Bytes one step moves: read x, m, g, write x, m (5 × 4 × d).
    public var bytesPerStep: Double
    /// lionStepsPerSecond × bytesPerStep, in GB/s (10⁹ bytes).
    public var lionGBPerSecond: Double
    /// STREAM-style, Float arrays of `dimension`, same threads: copy a = b (8 bytes/element)
    /// and triad a = b + s·c (12 bytes/element), GB/s, best of repeats.
    public var copyGBPerSecond: Double
    public var triadGBPerSecond: Double
    /// The same on one thread.
    public var copyGBPerSecondOneThread: Double
    public var triadGBPerSecondOneThread: Double
    /// The best of the four bandwidths / bytesPerStep: steps per second if the step ran at
    /// the best measured bandwidth. `fractionOfBandwidthBound` compares the best Lion
    /// figure (1 or 2 threads) with it.
    public var bandwidthBoundStepsPerSecond: Double
    public var fractionOfBandwidthBound: Double
    /// numpy, measured by bench/sim_numpy.py in the same run (nil if not run).
    public var numpyNaiveStepsPerSecond: Double?
    public var numpyInplaceStepsPerSecond: Double?
    public var numpyVersion: String?
    /// Best Lion (1 or 2 threads) over the better numpy variant.
    public var speedupOverNumpy: Double?
}

public enum Benchmark {
    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) * 1e-9 }

    /// Best steps/s of explicit Lion (ℓ1, Float) at `dimension`, over `repeats` runs of `steps`.
    public static func lionStepsPerSecond(dimension: Int, steps: Int, threads: Int, repeats: Int = 3) -> Double {
        var rng = SplitMix64(seed: 1)
        var x = (0..<dimension).map { _ in Float(rng.unit() * 2 - 1) }
        let g = (0..<dimension).map { _ in Float(rng.normal()) }
        var m = [Float](repeating: 0, count: dimension)
        var s = [Float](repeating: 0, count: 1)
        var stepper = LionStepper<Float>(
            kappa: .l1, scheme: .explicit, convention: .original,
            hyper: LionHyperParameters(eps: Rational(1, 1000), lam: Rational(1, 10)))
        stepper.threads = threads
        stepper.parallelThreshold = threads > 1 ? 1 << 17 : .max
        var best = 0.0
        x.withUnsafeMutableBufferPointer { xb in
            m.withUnsafeMutableBufferPointer { mb in
                g.withUnsafeBufferPointer { gb in
                    s.withUnsafeMutableBufferPointer { sb in
                        let gp = UnsafeMutablePointer(mutating: gb.baseAddress!)
                        stepper.step(x: xb.baseAddress!, m: mb.baseAddress!, g: gp, scratch: sb.baseAddress!, count: dimension)
                        for _ in 0..<repeats {
                            let t0 = now()
                            for _ in 0..<steps {
                                stepper.step(x: xb.baseAddress!, m: mb.baseAddress!, g: gp, scratch: sb.baseAddress!, count: dimension)
                            }
                            best = max(best, Double(steps) / (now() - t0))
                        }
                    }
                }
            }
        }
        return best
    }

    /// STREAM-style copy and triad bandwidth (GB/s) on Float arrays, split across `threads`.
    public static func streamBandwidth(dimension n: Int, threads: Int, iterations: Int = 10, repeats: Int = 3) -> (copy: Double, triad: Double) {
        let a = UnsafeMutablePointer<Float>.allocate(capacity: n)
        let b = UnsafeMutablePointer<Float>.allocate(capacity: n)
        let c = UnsafeMutablePointer<Float>.allocate(capacity: n)
        defer { a.deallocate(); b.deallocate(); c.deallocate() }
        a.initialize(repeating: 1, count: n)
        b.initialize(repeating: 2, count: n)
        c.initialize(repeating: 0.5, count: n)
        let ap = SendablePointer(p: a), bp = SendablePointer(p: b), cp = SendablePointer(p: c)
        let chunks = max(1, threads)
        @Sendable func range(_ k: Int) -> Range<Int> { (n * k / chunks)..<(n * (k + 1) / chunks) }
        func timed(_ body: @Sendable (Int) -> Void) -> Double {
            var best = Double.infinity
            for _ in 0..<repeats {
                let t0 = now()
                for _ in 0..<iterations { DispatchQueue.concurrentPerform(iterations: chunks, execute: body) }
                best = min(best, (now() - t0) / Double(iterations))
            }
            return best
        }
        let copy = timed { k in
            let r = range(k)
            (ap.p + r.lowerBound).update(from: bp.p + r.lowerBound, count: r.count)
        }
        let triad = timed { k in
            let s: Float = 3
            for i in range(k) { ap.p[i] = bp.p[i] + s * cp.p[i] }
        }
        let bytes = Double(n) * 4
        return (2 * bytes / copy / 1e9, 3 * bytes / triad / 1e9)
    }

    /// Runs bench/sim_numpy.py (`python3`) and reads its JSON line.
    public static func numpy(script: String, dimension: Int, steps: Int, python: String = "python3") -> (naive: Double, inplace: Double, version: String)? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [python, script, "--dim", String(dimension), "--steps", String(steps)]
        let out = Pipe()
        p.standardOutput = out
        do { try p.run() } catch { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0,
              let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let naive = obj["naive_steps_per_second"] as? Double, let inplace = obj["inplace_steps_per_second"] as? Double
        else { return nil }
        return (naive, inplace, obj["numpy"] as? String ?? "?")
    }

    /// The whole benchmark: Lion (2 threads and 1), STREAM copy/triad, and numpy when
    /// `numpyScript` is given — all in this one run. Use a release build.
    public static func run(dimension: Int = 10_000_000, steps: Int = 20, threads: Int = 2, numpyScript: String? = nil) -> SimulatorBenchmark {
        let lion = lionStepsPerSecond(dimension: dimension, steps: steps, threads: threads)
        let lion1 = lionStepsPerSecond(dimension: dimension, steps: steps, threads: 1)
        let bw = streamBandwidth(dimension: dimension, threads: threads)
        let bw1 = streamBandwidth(dimension: dimension, threads: 1)
        let bytes = 20 * Double(dimension)
        let bound = max(bw.copy, bw.triad, bw1.copy, bw1.triad) * 1e9 / bytes
        var r = SimulatorBenchmark(
            dimension: dimension, steps: steps, threads: threads, lionStepsPerSecond: lion, lionStepsPerSecondOneThread: lion1,
            bytesPerStep: bytes, lionGBPerSecond: lion * bytes / 1e9, copyGBPerSecond: bw.copy, triadGBPerSecond: bw.triad,
            copyGBPerSecondOneThread: bw1.copy, triadGBPerSecondOneThread: bw1.triad,
            bandwidthBoundStepsPerSecond: bound, fractionOfBandwidthBound: max(lion, lion1) / bound)
        if let script = numpyScript, let np = numpy(script: script, dimension: dimension, steps: steps) {
            r.numpyNaiveStepsPerSecond = np.naive
            r.numpyInplaceStepsPerSecond = np.inplace
            r.numpyVersion = np.version
            r.speedupOverNumpy = max(lion, lion1) / max(np.naive, np.inplace)
        }
        return r
    }
}
