extension Quantity {
    /// A value as people read it: "90", "2.24", "800,000,000" (with `grouping`), "1.7977e308".
    ///
    /// Used by every output (terminal, Markdown, JSON), so a value reads the same everywhere.
    /// Whole numbers print without a decimal point; others with up to four decimals. Every
    /// finite Double has a reading, and none traps:
    /// - whole numbers print every digit while they fit UInt64 (below 2^64, about 1.8e19):
    ///   2,300 trillion is "2,300,000,000,000,000", exactly the Double that was read;
    /// - beyond that, and for values that four decimals would round to zero (below 0.00005),
    ///   scientific notation with up to four decimals in the mantissa: "1.7977e308", "1e-300",
    ///   "-4e-5", so that no figure reads as a zero it is not.
    public static func format(_ value: Double, grouping: Bool = false) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        let magnitude = value.magnitude
        // -0.0 reads as "0": a sign only for values that print a non-zero digit.
        let sign = value < 0 ? "-" : ""
        guard magnitude < twoTo64 else { return sign + scientific(magnitude) }
        if magnitude == magnitude.rounded() {
            let digits = String(UInt64(magnitude))
            return sign + (grouping ? group(digits) : digits)
        }
        guard let (whole, fraction) = fourDecimals(magnitude) else { return sign + scientific(magnitude) }
        let digits = String(whole)
        var text = grouping ? group(digits) : digits
        if fraction > 0 {
            var decimals = String(fraction)
            decimals = String(repeating: "0", count: 4 - decimals.count) + decimals
            while decimals.hasSuffix("0") { decimals.removeLast() }
            text += "." + decimals
        }
        return whole == 0 && fraction == 0 ? text : sign + text
    }

    /// The value, or "low–high" for a range.
    public var formattedValue: String {
        switch value {
        case .exactly(let v): Self.format(v, grouping: true)
        case .range(let low, let high): Self.format(low, grouping: true) + "–" + Self.format(high, grouping: true)
        }
    }

    /// 2^64: the first whole Double that UInt64 cannot hold.
    private static let twoTo64 = 18_446_744_073_709_551_616.0

    private static func group(_ digits: String) -> String {
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    /// A non-whole magnitude below 2^64 rounded to four decimals, as a whole part and ten
    /// thousandths; nil when that rounds to zero (the value needs scientific notation).
    ///
    /// Below 9e14 the value is scaled by 10,000 and rounded, as this function always did, so
    /// that everyday figures read exactly as before; above, the scaled value would pass
    /// Int64 (the trap of issue 16), so whole part and fraction are split first. Non-whole
    /// Doubles stop at 2^52, so the whole part always fits UInt64.
    private static func fourDecimals(_ magnitude: Double) -> (whole: UInt64, fraction: UInt64)? {
        var whole: UInt64
        var fraction: UInt64
        if magnitude < 9e14 {
            let scaled = UInt64((magnitude * 10_000).rounded())
            (whole, fraction) = (scaled / 10_000, scaled % 10_000)
        } else {
            let floor = magnitude.rounded(.down)
            whole = UInt64(floor)
            fraction = UInt64(((magnitude - floor) * 10_000).rounded())
            if fraction == 10_000 { (whole, fraction) = (whole + 1, 0) }
        }
        return whole == 0 && fraction == 0 ? nil : (whole, fraction)
    }

    /// "1.7977e308", "1e-300", "5e-324": a magnitude in scientific notation, its mantissa
    /// rounded to four decimals.
    ///
    /// Built from Swift's own description (the shortest digits that read back as the same
    /// Double, and locale-independent), so no arithmetic can overflow on the way.
    private static func scientific(_ magnitude: Double) -> String {
        let description = "\(magnitude)"  // "1.7976931348623157e+308", "5e-324", "4e-05"
        let parts = description.split(separator: "e", maxSplits: 1)
        var exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let mantissa = parts[0]
        let point = mantissa.firstIndex(of: ".") ?? mantissa.endIndex
        exponent += mantissa.distance(from: mantissa.startIndex, to: point) - 1
        var digits = Array(mantissa.filter { $0 != "." }.utf8.map { Int($0) - 0x30 })
        while digits.first == 0, digits.count > 1 {
            digits.removeFirst()
            exponent -= 1
        }
        // Round half up to five significant digits; a carry out of the first digit is one
        // more power of ten ("9.99999e300" is "1e301").
        if digits.count > 5 {
            let up = digits[5] >= 5
            digits.removeLast(digits.count - 5)
            if up {
                var k = 4
                while k >= 0 {
                    if digits[k] < 9 { digits[k] += 1; break }
                    digits[k] = 0
                    k -= 1
                }
                if k < 0 {
                    digits.insert(1, at: 0)
                    digits.removeLast()
                    exponent += 1
                }
            }
        }
        while digits.count > 1, digits.last == 0 { digits.removeLast() }
        var text = String(digits[0])
        if digits.count > 1 { text += "." + digits.dropFirst().map(String.init).joined() }
        return text + "e" + String(exponent)
    }
}
