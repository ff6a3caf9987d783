import ArgumentParser
import Dynamics
import Symbolic

/// A number of seconds typed on the command line: a positive finite number up to 10⁹
/// (about 31 years), or `inf` / `none` for no limit. Anything else is a usage error with
/// its own one-line message (never a trap in a later conversion to Int64 milliseconds).
struct Seconds: ExpressibleByArgument, Sendable, Equatable {
    /// The limit; nil for none.
    var limit: Double?
    /// What the user typed (for messages).
    var text: String

    static let maximum: Double = 1e9

    init(_ seconds: Double) {
        limit = seconds
        text = seconds == seconds.rounded() && abs(seconds) < 1e15 ? String(Int64(seconds)) : "\(seconds)"
    }

    init?(argument: String) {
        text = argument
        switch argument.lowercased() {
        case "inf", "+inf", "infinity", "none": limit = nil
        default:
            guard let d = Double(argument) else { return nil }
            limit = d
        }
    }

    var defaultValueDescription: String { text }

    /// Throws a usage error unless the value is in (0, 10⁹] or no limit.
    func validate(_ flag: String) throws {
        guard let v = limit else { return }
        guard v.isFinite, v > 0, v <= Self.maximum else {
            throw ValidationError("\(flag) must be a number of seconds in (0, 1e9], or 'inf' for no limit, not '\(text)'")
        }
    }
}

/// An integer option must lie in `range`; a usage error otherwise.
func checkRange(_ value: Int, in range: ClosedRange<Int>, _ flag: String) throws {
    guard range.contains(value) else {
        throw ValidationError("\(flag) must be an integer between \(range.lowerBound) and \(range.upperBound), not \(value)")
    }
}

/// An exact number typed on the command line, read by the claim-file rule (`ClaimFile.exactNumber`):
/// an integer, a decimal, scientific notation, or one fraction p/q of those; never a Double.
func exactNumber(_ text: String) -> Rational? { ClaimFile.exactNumber(text) }
