import Dispatch
import Foundation
import Verification

/// Ctrl-C. One SIGINT handler for the process (a dispatch signal source; the signal itself
/// is ignored so that nothing else runs on it — libz3's own handler is switched off in
/// `SolverContext.makeSolver`). Commands that run the engine are *cooperative*: the first
/// Ctrl-C cancels `Interrupt.cancellation`, which every engine they build shares, so
/// running Z3 queries are interrupted and no new ones start; the command then prints what
/// is finished, writes no output file and exits with 130 (`Interrupted`). A cancelled
/// query's *unknown* is never reported as a verdict. Other commands, and a second Ctrl-C,
/// exit with 130 at once.
enum Interrupt {
    static let cancellation = Cancellation()
    static let exitCode: Int32 = 130

    private struct State: @unchecked Sendable {
        var source: (any DispatchSourceSignal)?
        var cooperative = false
    }
    nonisolated(unsafe) private static var state = State()

    /// Installs the handler (once, before the command runs).
    static func install(cooperative: Bool) {
        guard state.source == nil else { return }
        state.cooperative = cooperative
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            if !cooperative || cancellation.isCancelled {
                exitNow(note: cooperative ? "interrupted again: stopped at once" : "interrupted")
            }
            cancellation.cancel()
        }
        source.resume()
        state.source = source
    }

    static var requested: Bool { cancellation.isCancelled }

    /// Throws `Interrupted` once Ctrl-C was pressed.
    static func check(_ detail: String = "") throws {
        if requested { throw Interrupted(detail: detail) }
    }

    /// Flushes stdout, prints one line on stderr and ends the process with 130 without
    /// running exit handlers: a Z3 thread that ignored its interrupt may still be running,
    /// and libz3's static destructors must not run under it.
    static func exitNow(note: String) -> Never {
        fflush(nil)
        if isatty(2) != 0 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        FileHandle.standardError.write(Data("lionk: \(note)\n".utf8))
        _exit(exitCode)
    }
}

/// Thrown by a cooperative command once Ctrl-C was pressed; `runMain` exits with 130.
struct Interrupted: Error {
    /// What was finished, e.g. "after 3 of 16 grid cells; nothing written".
    var detail: String = ""
}
