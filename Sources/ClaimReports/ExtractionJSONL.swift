import Quantities

/// One line of `claimdesk extract --jsonl` output: the figures and figure gaps of one input
/// line, as a compact JSON object with keys in a fixed order.
///
/// Written by hand rather than with `JSONEncoder` because batch mode runs over gigabytes:
/// a direct string builder is several times faster and its key order is guaranteed.
public enum ExtractionJSONL {
    public static func line(for extraction: Extraction) -> String {
        var out = "{\"quantities\":["
        for (k, q) in extraction.quantities.enumerated() {
            if k > 0 { out += "," }
            out += "{\"text\":" + string(q.text)
            out += ",\"start\":\(q.span.lowerBound),\"end\":\(q.span.upperBound),\"value\":"
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
        out += "],\"flags\":["
        for (k, gap) in extraction.gaps.enumerated() {
            if k > 0 { out += "," }
            out += "{\"kind\":\"missing-figure\",\"text\":" + string(gap.text)
            out += ",\"start\":\(gap.span.lowerBound),\"end\":\(gap.span.upperBound)"
            out += ",\"message\":" + string(gap.reason) + "}"
        }
        out += "]}"
        return out
    }

    /// A JSON number: whole values without a decimal point, others as Swift prints them.
    static func number(_ v: Double) -> String {
        guard v.isFinite else { return "null" }
        if v == v.rounded(), abs(v) < 9e15 { return String(Int64(v)) }
        return "\(v)"
    }

    /// A JSON string literal with the escapes RFC 8259 requires.
    static func string(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
