internal import CZ3

/// Facts about the linked Z3 library.
public enum Z3Library {
    /// The linked Z3 version as "major.minor.build", e.g. "4.8.12".
    ///
    /// The corresponding C function is `Z3_get_version`.
    public static var version: String {
        var major: UInt32 = 0
        var minor: UInt32 = 0
        var build: UInt32 = 0
        var revision: UInt32 = 0
        Z3_get_version(&major, &minor, &build, &revision)
        return "\(major).\(minor).\(build)"
    }

    /// Z3's full version text, e.g. "4.8.12.0".
    ///
    /// The corresponding C function is `Z3_get_full_version`.
    public static var fullVersion: String {
        Z3_get_full_version().map { String(cString: $0) } ?? version
    }

    /// Bytes Z3's own memory manager currently holds, over all contexts of the process.
    /// Unlike the resident set size it is not affected by other Swift allocations.
    ///
    /// The corresponding C function is `Z3_get_estimated_alloc_size`.
    public static var estimatedAllocatedBytes: UInt64 { Z3_get_estimated_alloc_size() }
}
