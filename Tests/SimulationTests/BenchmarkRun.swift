import Foundation
import Simulation
import Testing

/// Not a timed test: prints the simulator benchmark (docs/benchmarks.md) when LIONK_SIM_BENCH
/// is set, e.g.
///   LIONK_SIM_BENCH=1 swift test -c release --scratch-path .build-sim --filter SimulatorBenchmarkRun
/// The dimension defaults to 10⁷ (LIONK_SIM_BENCH_DIM to change it).
@Suite("Simulator benchmark (manual)")
struct SimulatorBenchmarkRun {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["LIONK_SIM_BENCH"] != nil))
    func printBenchmark() throws {
        let env = ProcessInfo.processInfo.environment
        let d = env["LIONK_SIM_BENCH_DIM"].flatMap(Int.init) ?? 10_000_000
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("bench/sim_numpy.py").path
        let r = Benchmark.run(dimension: d, steps: 20, threads: 2, numpyScript: script)
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys]
        print(String(decoding: try enc.encode(r), as: UTF8.self))
        #expect(r.lionStepsPerSecond > 0)
    }
}
