import Quantities

extension ExtractionJSONL {
    /// The `quantities` array's elements (without the brackets), with every span moved by
    /// `shift` bytes: a piece of a long line is extracted on its own and placed in its line.
    public static func quantityElements(_ quantities: [Quantity], shift: Int = 0) -> String {
        var out = ""
        for (k, q) in quantities.enumerated() {
            if k > 0 { out += "," }
            out += "{\"text\":" + string(q.text)
            out += ",\"start\":\(q.span.lowerBound + shift),\"end\":\(q.span.upperBound + shift),\"value\":"
            switch q.value {
            case .exactly(let v): out += number(v)
            case .range(let low, let high): out += "[" + number(low) + "," + number(high) + "]"
            }
            out += ",\"unit\":" + (q.unit.map(string) ?? "null")
            out += ",\"normalized_unit\":" + (q.normalizedUnit.map(string) ?? "null")
            out += ",\"change\":" + string(q.change.rawValue)
            out += ",\"concept\":[" + q.concept.map(string).joined(separator: ",") + "]"
            out += ",\"kind\":" + string(q.kind.rawValue) + "}"
        }
        return out
    }

    /// The `flags` array's elements (without the brackets), spans moved by `shift` bytes.
    public static func flagElements(_ flags: [LineFlag], shift: Int = 0) -> String {
        var out = ""
        for (k, flag) in flags.enumerated() {
            if k > 0 { out += "," }
            out += "{\"kind\":" + string(flag.kind) + ",\"text\":" + string(flag.text)
            out += ",\"start\":\(flag.span.lowerBound + shift),\"end\":\(flag.span.upperBound + shift)"
            out += ",\"message\":" + string(flag.message)
            if let details = flag.details { out += ",\"details\":" + string(details) }
            out += "}"
        }
        return out
    }
}
