import Quantities

extension ExtractionJSONL {
    /// Appends the `quantities` array's elements (without the brackets), with every span
    /// moved by `shift` bytes: a piece of a long line is extracted on its own and placed in
    /// its line. `continuing` says elements are already in the array, so a comma comes first.
    public static func writeQuantityElements(_ quantities: [Quantity], shift: Int = 0, continuing: Bool = false, into out: inout JSONBytes) {
        for (k, q) in quantities.enumerated() {
            if k > 0 || continuing { out.byte(UInt8(ascii: ",")) }
            out.raw("{\"text\":")
            out.string(q.text)
            out.raw(",\"start\":")
            out.int(q.span.lowerBound + shift)
            out.raw(",\"end\":")
            out.int(q.span.upperBound + shift)
            out.raw(",\"value\":")
            switch q.value {
            case .exactly(let v):
                out.number(v)
            case .range(let low, let high):
                out.byte(UInt8(ascii: "["))
                out.number(low)
                out.byte(UInt8(ascii: ","))
                out.number(high)
                out.byte(UInt8(ascii: "]"))
            }
            out.raw(",\"unit\":")
            out.string(orNull: q.unit)
            out.raw(",\"normalized_unit\":")
            out.string(orNull: q.normalizedUnit)
            out.raw(",\"change\":")
            out.string(q.change.rawValue)
            out.raw(",\"concept\":[")
            for (w, word) in q.concept.enumerated() {
                if w > 0 { out.byte(UInt8(ascii: ",")) }
                out.string(word)
            }
            out.raw("],\"kind\":")
            out.string(q.kind.rawValue)
            out.byte(UInt8(ascii: "}"))
        }
    }

    /// Appends the `flags` array's elements (without the brackets), spans moved by `shift`
    /// bytes; `continuing` as for quantities.
    public static func writeFlagElements(_ flags: [LineFlag], shift: Int = 0, continuing: Bool = false, into out: inout JSONBytes) {
        for (k, flag) in flags.enumerated() {
            if k > 0 || continuing { out.byte(UInt8(ascii: ",")) }
            out.raw("{\"kind\":")
            out.string(flag.kind)
            out.raw(",\"text\":")
            out.string(flag.text)
            out.raw(",\"start\":")
            out.int(flag.span.lowerBound + shift)
            out.raw(",\"end\":")
            out.int(flag.span.upperBound + shift)
            out.raw(",\"message\":")
            out.string(flag.message)
            if let details = flag.details {
                out.raw(",\"details\":")
                out.string(details)
            }
            out.byte(UInt8(ascii: "}"))
        }
    }
}
