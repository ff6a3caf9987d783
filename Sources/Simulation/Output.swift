import Foundation

extension Trajectory {
    /// Shortest round-trip decimal for a Double ("inf", "-inf", "nan" for the others).
    static func number(_ v: Double) -> String {
        if v.isNaN { return "nan" }
        if v.isInfinite { return v > 0 ? "inf" : "-inf" }
        return "\(v)"
    }

    /// One row per record: step, f, H (empty where +∞/undefined), ‖x‖∞, 1/λ, ‖x‖₂, ‖m‖∞, ‖m‖₂,
    /// then dH and bound (the §5 decrease and its bound, when `smoothness` was set), then
    /// x[1…d] and m[1…d] when recorded. Deterministic (same configuration, same bytes).
    public func csv() -> String {
        let withVectors = records.first?.x != nil
        let withBound = records.contains { $0.decreaseBound != nil }
        var header = ["step", "f", "H", "x_inf", "radius", "x_2", "m_inf", "m_2"]
        if withBound { header += ["dH", "bound"] }
        if withVectors {
            header += (1...dimension).map { "x[\($0)]" }
            header += (1...dimension).map { "m[\($0)]" }
        }
        var out = header.joined(separator: ",") + "\n"
        out.reserveCapacity(records.count * 64)
        for r in records {
            var row = [
                String(r.step), Self.number(r.f), r.H.map(Self.number) ?? "", Self.number(r.xInf),
                r.radius.map(Self.number) ?? "", Self.number(r.x2), Self.number(r.mInf), Self.number(r.m2),
            ]
            if withBound { row += [r.hChange.map(Self.number) ?? "", r.decreaseBound.map(Self.number) ?? ""] }
            if withVectors {
                row += (r.x ?? []).map(Self.number)
                row += (r.m ?? []).map(Self.number)
            }
            out += row.joined(separator: ",") + "\n"
        }
        return out
    }

    /// The whole trajectory (configuration included) as JSON with sorted keys; non-finite
    /// numbers are written as the strings "inf", "-inf", "nan".
    public func json(pretty: Bool = true) throws -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys] : [.sortedKeys]
        enc.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return String(decoding: try enc.encode(self), as: UTF8.self)
    }

    /// Reads `json()` back.
    public static func decode(json: String) throws -> Trajectory {
        let dec = JSONDecoder()
        dec.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try dec.decode(Trajectory.self, from: Data(json.utf8))
    }
}

extension ReplayResult {
    /// As JSON with sorted keys.
    public func json(pretty: Bool = true) throws -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys] : [.sortedKeys]
        enc.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return String(decoding: try enc.encode(self), as: UTF8.self)
    }
}
