extension Quantity {
    /// A value as people read it: "90", "2.24", "800,000,000" (with `grouping`).
    ///
    /// Used by every output (terminal, Markdown, JSON), so a value reads the same everywhere.
    /// Whole numbers print without a decimal point; others with up to four decimals.
    public static func format(_ value: Double, grouping: Bool = false) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        if value == value.rounded(), abs(value) < 1e15 {
            let digits = String(Int64(abs(value)))
            let body = grouping ? group(digits) : digits
            return value < 0 ? "-" + body : body
        }
        var text = String(format4(value))
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        if grouping, let dot = text.firstIndex(of: ".") {
            let sign = text.hasPrefix("-") ? "-" : ""
            let whole = text[text.index(text.startIndex, offsetBy: sign.count)..<dot]
            text = sign + group(String(whole)) + text[dot...]
        }
        return text
    }

    /// The value, or "low–high" for a range.
    public var formattedValue: String {
        switch value {
        case .exactly(let v): Self.format(v, grouping: true)
        case .range(let low, let high): Self.format(low, grouping: true) + "–" + Self.format(high, grouping: true)
        }
    }

    private static func group(_ digits: String) -> String {
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    /// Four decimals without Foundation's locale-dependent formatters.
    private static func format4(_ value: Double) -> String {
        let scaled = (abs(value) * 10_000).rounded()
        let whole = Int64(scaled / 10_000)
        let fraction = Int64(scaled) % 10_000
        let f = String(fraction)
        return (value < 0 ? "-" : "") + String(whole) + "." + String(repeating: "0", count: 4 - f.count) + f
    }
}
