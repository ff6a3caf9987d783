import Foundation
import Solver
import Synchronization

/// The answer to one direct query.
public enum SMTAnswer: Sendable, Equatable, CustomStringConvertible {
    case sat
    case unsat
    case unknown(String)

    public var isDecided: Bool { if case .unknown = self { false } else { true } }

    public var description: String {
        switch self {
        case .sat: return "sat"
        case .unsat: return "unsat"
        case .unknown(let why): return "unknown (\(why))"
        }
    }
}

/// Sends SMT-LIB2 text to Z3 through `SolverContext.check(smtlib2:timeout:)`, on a thread of
/// its own, waiting at most timeout + 2 s (Z3 may ignore an interrupt; the thread is then
/// abandoned and the answer is unknown).
enum SMTRunner {
    static let grace: Double = 2

    static func check(_ text: String, timeout: Double) -> SMTAnswer {
        let result = Mutex<SMTAnswer?>(nil)
        let done = DispatchSemaphore(value: 0)
        let worker = Thread {
            let answer: SMTAnswer
            do {
                switch try SolverContext.check(smtlib2: text, timeout: .milliseconds(Int64(timeout * 1000))) {
                case .sat: answer = .sat
                case .unsat: answer = .unsat
                case .unknown(let r): answer = .unknown(r.description)
                }
            } catch {
                answer = .unknown("solver error: \(error)")
            }
            result.withLock { $0 = answer }
            done.signal()
        }
        worker.stackSize = 64 << 20
        worker.start()
        if done.wait(timeout: .now() + timeout + grace) == .timedOut {
            return .unknown("timeout (the solver ignored the interrupt; its thread was abandoned)")
        }
        return result.withLock { $0 } ?? .unknown("no answer")
    }
}
