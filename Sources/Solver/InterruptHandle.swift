internal import CZ3
internal import Dispatch

/// A thread-safe handle that stops the running (and every later) check of one context.
///
/// Get it from ``SolverContext/interruptHandle`` or ``SMTSolver/interruptHandle``
/// and pass it to another thread or task. Calling ``interrupt()`` is safe at any
/// time, also after the context has been destroyed, when it does nothing.
public struct InterruptHandle: Sendable {
    let lifeline: Lifeline

    /// Stops the check running on the context now, and makes every later check
    /// on it return `.unknown(.interrupted)` without running.
    ///
    /// The interrupt is sticky: a context, once interrupted, stays so. A call after
    /// the context is gone is a no-op. The corresponding C function is `Z3_interrupt`.
    public func interrupt() {
        lifeline.interruptByUser()
    }

    /// Whether ``interrupt()`` has been called on this context.
    public var isInterrupted: Bool { lifeline.isInterruptedByUser }

    /// Whether the context still exists.
    public var isContextAlive: Bool { lifeline.isAlive }

    /// Whether a check is running on the context now (internal: for tests).
    var isCheckRunning: Bool { lifeline.isChecking }
}

/// What stopped a check, as the lifeline saw it.
struct StopCauses: Sendable {
    /// The user called `interrupt()` (before or during the check).
    var user = false
    /// The check's deadline passed while it was running.
    var deadline = false
    /// At least one `Z3_interrupt` reached the context during the check.
    var delivered = false
}

/// The one object shared between a context and other threads: it owns the right
/// to call `Z3_interrupt`, guarded by a lock and a "context alive" flag.
///
/// Timeouts are enforced here too, by a watchdog timer that calls `Z3_interrupt`
/// at the deadline and then every 20 ms until the check returns. Z3 4.8.12's own
/// `timeout` parameter is not used: it deadlocks on some queries (see docs/solver.md).
/// The repeated interrupt closes the window in which an interrupt that lands just
/// before `Z3_solver_check` arms itself would be lost.
final class Lifeline: @unchecked Sendable {
    /// The queue that runs watchdog timers; a private serial queue, so that it does
    /// not compete with Swift concurrency's width-limited pool.
    private static let watchdogQueue = DispatchQueue(label: "lionk.solver.watchdog")
    /// How often an interrupt is resent while a stopped check has not returned yet.
    private static let resendInterval = DispatchTimeInterval.milliseconds(20)

    private let lock = Lock()
    // Everything below is guarded by `lock`.
    private var context: Z3_context?
    private var userInterrupted = false
    private var running = false
    private var generation: UInt64 = 0
    private var causes = StopCauses()
    private var timer: (any DispatchSourceTimer)?
    /// Lifelines of contexts made for this one's work (`SolverContext.makeFollower`): a user
    /// interrupt here reaches them too.
    private var followers: [Lifeline] = []

    init(_ context: Z3_context) {
        self.context = context
    }

    var isAlive: Bool { lock.withLock { context != nil } }
    var isInterruptedByUser: Bool { lock.withLock { userInterrupted } }
    /// Whether a check is running now (for tests that must interrupt mid-check).
    var isChecking: Bool { lock.withLock { running } }

    /// Called by the context's deinit before `Z3_del_context`: no interrupt may follow.
    func kill() {
        lock.withLock {
            context = nil
            running = false
            timer?.cancel()
            timer = nil
        }
    }

    /// Marks a check as running and arms the deadline; false if the context was interrupted already.
    func beginCheck(deadline: DispatchTime?) -> Bool {
        lock.withLock {
            guard context != nil, !userInterrupted else { return false }
            generation &+= 1
            running = true
            causes = StopCauses()
            if let deadline {
                armTimer(at: deadline, deadline: true)
            }
            return true
        }
    }

    /// Marks the check as finished and says what, if anything, tried to stop it.
    func endCheck() -> StopCauses {
        lock.withLock {
            running = false
            timer?.cancel()
            timer = nil
            var result = causes
            result.user = result.user || userInterrupted
            return result
        }
    }

    func interruptByUser() {
        let forward: [Lifeline] = lock.withLock {
            guard context != nil else { return [] }
            userInterrupted = true
            if running {
                causes.user = true
                deliver()
                // Resend until the check returns (replaces any pending deadline timer).
                armTimer(at: .now() + Lifeline.resendInterval, deadline: false)
            }
            return followers
        }
        for f in forward { f.interruptByUser() }
    }

    /// Makes `other` receive this lifeline's user interrupts (at once if there was one).
    func add(follower other: Lifeline) {
        let interrupted = lock.withLock {
            followers.removeAll { !$0.isAlive }
            followers.append(other)
            return userInterrupted
        }
        if interrupted { other.interruptByUser() }
    }

    /// Runs on the watchdog queue.
    private func fire(generation fired: UInt64, deadline: Bool) {
        lock.withLock {
            guard running, fired == generation else { return }
            if deadline && !causes.user {
                causes.deadline = true
            }
            deliver()
        }
    }

    /// Calls `Z3_interrupt`. Lock must be held.
    private func deliver() {
        guard let context else { return }
        Z3_interrupt(context)
        causes.delivered = true
    }

    /// Lock must be held.
    private func armTimer(at start: DispatchTime, deadline: Bool) {
        timer?.cancel()
        let source = DispatchSource.makeTimerSource(queue: Lifeline.watchdogQueue)
        let armed = generation
        source.setEventHandler { [weak self] in
            self?.fire(generation: armed, deadline: deadline)
        }
        source.schedule(deadline: start, repeating: Lifeline.resendInterval)
        source.resume()
        timer = source
    }
}
