/// An error reported by Z3 through its error code, with Z3's message.
///
/// Z3 runs with a NULL error handler here, so a failing call returns a null or
/// default value and leaves an error code on the context; every wrapper checks
/// that code and throws this error. The process carries on.
public struct Z3Error: Error, Sendable, Hashable, CustomStringConvertible {
    /// Z3's error code (`Z3_error_code`), as a raw value with a name.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        public let rawValue: Int32
        public init(rawValue: Int32) { self.rawValue = rawValue }

        public static let ok = Code(rawValue: 0)
        public static let sortError = Code(rawValue: 1)
        public static let indexOutOfBounds = Code(rawValue: 2)
        public static let invalidArgument = Code(rawValue: 3)
        public static let parserError = Code(rawValue: 4)
        public static let noParser = Code(rawValue: 5)
        public static let invalidPattern = Code(rawValue: 6)
        public static let memoryOut = Code(rawValue: 7)
        public static let fileAccessError = Code(rawValue: 8)
        public static let internalFatal = Code(rawValue: 9)
        public static let invalidUsage = Code(rawValue: 10)
        public static let decRefError = Code(rawValue: 11)
        /// Z3_EXCEPTION: Z3 4.8.12 reports sort mismatches and cancellation with this code.
        public static let exception = Code(rawValue: 12)

        /// The C enumerator's name, e.g. "Z3_EXCEPTION".
        public var name: String {
            switch rawValue {
            case 0: "Z3_OK"
            case 1: "Z3_SORT_ERROR"
            case 2: "Z3_IOB"
            case 3: "Z3_INVALID_ARG"
            case 4: "Z3_PARSER_ERROR"
            case 5: "Z3_NO_PARSER"
            case 6: "Z3_INVALID_PATTERN"
            case 7: "Z3_MEMOUT_FAIL"
            case 8: "Z3_FILE_ACCESS_ERROR"
            case 9: "Z3_INTERNAL_FATAL"
            case 10: "Z3_INVALID_USAGE"
            case 11: "Z3_DEC_REF_ERROR"
            case 12: "Z3_EXCEPTION"
            default: "Z3 error \(rawValue)"
            }
        }

        public var description: String { "\(name) (\(rawValue))" }
    }

    /// Z3's error code; never `.ok`.
    public let code: Code
    /// Z3's message for the error (`Z3_get_error_msg`), copied at once.
    public let message: String
    /// The C function whose call failed, e.g. "Z3_mk_add".
    public let function: String

    /// Creates an error value; the Solver module makes these from Z3's error state.
    public init(code: Code, message: String, function: String) {
        self.code = code
        self.message = message
        self.function = function
    }

    public var description: String {
        "\(function) failed with \(code): \(message)"
    }
}

/// An error raised by the Solver module itself, for misuse that Z3 would not catch or would misread.
public struct SolverError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Hashable {
        /// Numeral text not of the form "p" or "p/q" with decimal integers p, q (q ≠ 0).
        case invalidNumeral(String)
        /// A constant name that cannot be written as an SMT-LIB symbol (empty, or containing "|" or "\").
        case invalidName(String)
        /// The same constant name was declared with two different sorts in one context.
        case nameClash(String)
        /// A term created by another `SolverContext` was passed to this one.
        case foreignTerm
        /// A quantifier was asked to bind something that is not an uninterpreted constant.
        case notAConstant(String)
        /// An argument outside its documented range.
        case invalidArgument(String)
        /// A Z3 function returned NULL without setting an error code.
        case unexpectedNull(String)
        /// Z3 returned text that does not have the documented form.
        case unexpectedResult(String)
    }

    /// What went wrong.
    public let kind: Kind

    /// Creates an error of the given kind.
    public init(_ kind: Kind) { self.kind = kind }

    public var description: String {
        switch kind {
        case .invalidNumeral(let text):
            "invalid numeral \"\(text)\": only integer \"p\" or \"p/q\" forms are accepted"
        case .invalidName(let name):
            "invalid constant name \"\(name)\": it must be nonempty and contain neither \"|\" nor \"\\\""
        case .nameClash(let name):
            "constant \"\(name)\" was already declared with another sort in this context"
        case .foreignTerm:
            "a term from another SolverContext was used"
        case .notAConstant(let text):
            "quantifiers bind uninterpreted constants only, not \(text)"
        case .invalidArgument(let text):
            "invalid argument: \(text)"
        case .unexpectedNull(let function):
            "\(function) returned NULL without an error code"
        case .unexpectedResult(let text):
            "unexpected result from Z3: \(text)"
        }
    }
}
