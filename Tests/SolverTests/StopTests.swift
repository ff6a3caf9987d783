import Dispatch
import Foundation
import Testing
@testable import Solver
import Symbolic

/// Timeouts and interrupts. These assert verdicts only, never wall-clock times.
@Suite("Timeouts and interrupts")
struct StopTests {
    @Test("a hard nonlinear real system stops with .unknown(.timeout) at 200 ms", arguments: [Logic.qfnra, .default])
    func timeoutOnHardRealSystem(logic: Logic) throws {
        let c = try SolverContext()
        let solver = try Fixtures.solver(
            c, try Fixtures.hardRealSystem(c), logic: logic, timeout: .milliseconds(200))
        let outcome = try solver.check()
        #expect(outcome == .unknown(.timeout))
        // The watchdog stops Z3 through Z3_interrupt, so Z3's own text says "interrupted".
        #expect(solver.lastReasonUnknown == "interrupted")
        // A timeout is not sticky: the next check runs (and times out again).
        #expect(try solver.check() == .unknown(.timeout))
    }

    @Test("the query on which Z3's own timeout deadlocks still stops with .unknown(.timeout)")
    func timeoutWhereZ3TimerDeadlocks() throws {
        let c = try SolverContext()
        let solver = try Fixtures.solver(
            c, try Fixtures.sumOfThreeCubes(c), logic: .default, timeout: .milliseconds(200))
        #expect(try solver.check() == .unknown(.timeout))
    }

    @Test("Z3's native timeout parameter answers with the reason text \"timeout\"")
    func nativeTimeoutReasonText() throws {
        // Only on the real system in QF_NRA, where the native timer was seen to work.
        let c = try SolverContext()
        let solver = try Fixtures.solver(c, try Fixtures.hardRealSystem(c), logic: .qfnra)
        try solver.setZ3Parameter("timeout", 200)
        #expect(try solver.check() == .unknown(.timeout))
        #expect(solver.lastReasonUnknown == "timeout")
    }

    @Test("Z3's reason texts map to reasons")
    func reasonMapping() {
        #expect(UnknownReason(z3Reason: "timeout") == .timeout)
        #expect(UnknownReason(z3Reason: "interrupted") == .interrupted)
        #expect(UnknownReason(z3Reason: "canceled") == .interrupted)
        #expect(UnknownReason(z3Reason: "(incomplete (theory arithmetic))")
            == .incomplete("(incomplete (theory arithmetic))"))
    }

    @Test("interrupt() from another thread stops a long check with .unknown(.interrupted)")
    func interruptFromAnotherThread() throws {
        let c = try SolverContext()
        // The 60 s timeout is only a safety net: if the interrupt were lost the
        // verdict would be .timeout and the test would fail instead of hanging.
        let solver = try Fixtures.solver(
            c, try Fixtures.hardRealSystem(c), logic: .qfnra, timeout: .seconds(60))
        let handle = solver.interruptHandle
        // Interrupt about 100 ms after the check has really started, however loaded the machine is.
        let interrupter = DispatchQueue(label: "test.interrupter")
        interrupter.async {
            var waited = 0
            while !handle.isCheckRunning && waited < 60_000 {
                usleep(1_000)
                waited += 1
            }
            usleep(100_000)
            handle.interrupt()
        }
        #expect(try solver.check() == .unknown(.interrupted))
        #expect(solver.lastReasonUnknown == "interrupted")
        #expect(handle.isInterrupted)
        // Sticky: later checks on the context do not run.
        #expect(try solver.check() == .unknown(.interrupted))
        let x = try c.real("x")
        let easy = try Fixtures.solver(c, [c.gt(x, c.numeral("0"))])
        #expect(try easy.check() == .unknown(.interrupted))
        // Other contexts are unaffected.
        let fresh = try SolverContext()
        let y = try fresh.real("y")
        #expect(try Fixtures.solver(fresh, [fresh.gt(y, fresh.numeral("0"))]).check().isSat)
    }

    @Test("interrupt() after the context is gone is a no-op")
    func interruptAfterContextIsGone() throws {
        func makeHandle() throws -> InterruptHandle {
            let c = try SolverContext()
            let x = try c.real("x")
            _ = try Fixtures.solver(c, [c.gt(x, c.numeral("0"))]).check()
            return c.interruptHandle
        }
        let handle = try makeHandle()
        #expect(!handle.isContextAlive)
        handle.interrupt()
        handle.interrupt()
        #expect(!handle.isInterrupted)
    }

    @Test("interrupts racing with checks and context teardown are safe")
    func interruptsRacingTeardown() throws {
        let hammer = DispatchQueue(label: "test.hammer", attributes: .concurrent)
        var interrupted = 0
        for round in 0..<200 {
            let c = try SolverContext()
            let x = try c.real("x")
            let solver = try Fixtures.solver(c, [c.eq(c.mul([x, x, x]), c.numeral("\(round + 2)"))], logic: .qfnra)
            let handle = solver.interruptHandle
            let delay = (round * 37) % 3000
            hammer.asyncAfter(deadline: .now() + .microseconds(delay)) { handle.interrupt() }
            hammer.asyncAfter(deadline: .now() + .microseconds(2 * delay)) { handle.interrupt() }
            let outcome = try solver.check()
            switch outcome {
            case .sat(let model):
                // A real cube root: algebraic unless round + 2 is a cube.
                #expect(model["x"] != nil)
            case .unknown(.interrupted):
                interrupted += 1
            default:
                Issue.record("unexpected outcome \(outcome)")
            }
            // The context dies here while interrupts may still be on their way.
        }
        // Let the last interrupts land on dead contexts.
        hammer.sync(flags: .barrier) {}
        print("SolverTests race: \(interrupted) of 200 checks were interrupted, the rest finished sat")
    }
}
