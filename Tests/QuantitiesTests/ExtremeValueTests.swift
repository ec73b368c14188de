import Quantities
import TestSupport
import Testing

/// Values at the edges of `Double`: how they read and what the extractor makes of them.
///
/// Issue 16: "1e15" alone killed `check` (an unchecked Int64 conversion in formatting), and
/// "1e300 trillion" came out as infinity, which no JSON or SQLite column can hold.
@Suite("Extreme values: formatting")
struct ExtremeFormattingTests {
    @Test("Whole numbers print every digit while they fit UInt64, scientific beyond", arguments: [
        (1e15, false, "1000000000000000"),
        (1e15, true, "1,000,000,000,000,000"),
        (2.3e15, true, "2,300,000,000,000,000"),
        (9.2e14, true, "920,000,000,000,000"),
        (1.8e19, true, "18,000,000,000,000,000,000"),
        // The largest Double below 2^64, and 2^64 itself, which UInt64 cannot hold.
        (18_446_744_073_709_549_568.0, false, "18446744073709549568"),
        (18_446_744_073_709_551_616.0, false, "1.8447e19"),
        (1e20, true, "1e20"),
        (1e300, false, "1e300"),
        (1.7976931348623157e308, true, "1.7977e308"),
        (-1.7976931348623157e308, true, "-1.7977e308"),
        // Rounding the mantissa to four decimals carries into the exponent.
        (9.99999e300, false, "1e301"),
        (-2.3e15, true, "-2,300,000,000,000,000"),
    ] as [(Double, Bool, String)])
    func large(value: Double, grouping: Bool, expected: String) {
        #expect(Quantity.format(value, grouping: grouping) == expected)
    }

    @Test("Fractions keep four decimals at any size, and tiny values do not read as zero", arguments: [
        (1e15 + 0.5, false, "1000000000000000.5"),
        (9.2e14 + 0.25, true, "920,000,000,000,000.25"),
        (2.24, false, "2.24"),
        (0.6666666666, false, "0.6667"),
        (-2.5, false, "-2.5"),
        (0.00005, false, "0.0001"),
        (0.00004, false, "4e-5"),
        (-0.00001, false, "-1e-5"),
        (1e-300, false, "1e-300"),
        (-1e-300, false, "-1e-300"),
        (.leastNonzeroMagnitude, false, "5e-324"),
        (0, false, "0"),
        (-0.0, false, "0"),
    ] as [(Double, Bool, String)])
    func fractions(value: Double, grouping: Bool, expected: String) {
        #expect(Quantity.format(value, grouping: grouping) == expected)
    }

    @Test("Any finite Double formats to text that reads back as the value", arguments: [
        UInt64(0xF16_0001), 0xF16_0002, 0xF16_0003,
    ])
    func everyFiniteDouble(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        var checked = 0
        while checked < 5_000 {
            // Random bit patterns cover every exponent; a third are rescaled into the
            // 1e11…1e20 band where the old formatting trapped.
            var value = Double(bitPattern: random.next())
            guard value.isFinite else { continue }
            if random.below(3) == 0 { value = Double(sign: value.sign, exponent: 37 + random.below(30), significand: value.significand) }
            checked += 1
            for grouping in [false, true] {
                let text = Quantity.format(value, grouping: grouping)
                let parsed = try #require(Double(text.filter { $0 != "," }), "\(value) formatted as \(text)")
                // Four decimals, or five significant digits in scientific form.
                let allowed = max(value.magnitude * 5.0001e-5, 5.0001e-5)
                #expect(
                    parsed.isInfinite ? value.magnitude > 1.7976e308 : (parsed - value).magnitude <= allowed,
                    "\(value) formatted as \(text)")
                #expect(!text.contains("inf") && !text.contains("nan"), "\(value) formatted as \(text)")
            }
        }
    }

    @Test("A range's midpoint does not overflow")
    func centralOfAHugeRange() {
        // 2^1023 and 1.5 × 2^1023: their sum is past the largest Double, their midpoint is not.
        let value = QuantityValue.range(low: 0x1p1023, high: 0x1.8p1023)
        #expect(value.central == 0x1.4p1023)
        #expect(QuantityValue.range(low: 252, high: 287).central == 269.5)
    }
}

@Suite("Extreme values: extraction")
struct ExtremeExtractionTests {
    @Test("Exponents up to the largest Double are figures with their exact value", arguments: [
        ("1e15", 1e15),
        ("It reached 9.2e14 rials.", 9.2e14),
        ("Spending hit 2,300 trillion rials.", 2.3e15),
        ("The bound is 1.7976931348623157e308.", 1.7976931348623157e308),
        ("A grain of 1e-300 grams.", 1e-300),
    ])
    func large(_ input: String, value: Double) throws {
        let q = try #require(extractor.extract(from: input).quantities.first)
        #expect(q.value == .exactly(value))
    }

    @Test("A number outside Double's range is no figure, never infinity or a false zero", arguments: [
        "1e300 trillion dollars",
        "$1e300 trillion",
        "costs 1e299 thousand billion",
        "1e300-1.7e308 trillion tonnes",
        "between $1e300 and $1.7e308 trillion",
        "1e-400 metres",
        "1e999 and 2e400",
        // 400 zeros after the point: below the smallest Double, in both digit scripts.
        "0." + String(repeating: "0", count: 400) + "1%",
        "٠٫" + String(repeating: "٠", count: 400) + "١٪",
    ])
    func outOfRange(_ input: String) {
        let extraction = extractor.extract(from: input)
        expectSpansInBounds(input, extraction)
        for q in extraction.quantities {
            switch q.value {
            case .exactly(let v): #expect(v.isFinite && v != 0, "\(q.text) read as \(v)")
            case .range(let low, let high): #expect(low.isFinite && high.isFinite && low != 0, "\(q.text) read as \(low)–\(high)")
            }
        }
    }

    /// Overlong digit runs are identifiers (card, account, serial numbers): sixteen digits
    /// and more never become a figure, however long, and a long decimal part is still read.
    @Test("A 400-digit number is a code, not a figure")
    func fourHundredDigits() {
        let digits = String(repeating: "9", count: 400)
        for input in [digits, "\(digits) dollars", "$\(digits)", "\(digits)%", "1,\(String(repeating: "000,", count: 133))000 jobs"] {
            #expect(extractor.extract(from: input).quantities.isEmpty, "\(input.prefix(20))…")
        }
        let decimals = extractor.extract(from: "0.\(String(repeating: "3", count: 400))%").quantities
        #expect(decimals.first.map { same($0.value, .exactly(1.0 / 3)) } == true)
    }
}
