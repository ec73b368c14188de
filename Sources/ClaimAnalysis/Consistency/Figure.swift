import Quantities

/// A figure in its sentence, with the words around it, for the consistency checks.
struct Figure {
    var quantity: Quantity
    /// Lowercased words before the figure in its sentence, nearest last.
    var wordsBefore: [String]
    /// Lowercased words after the figure in its sentence, nearest first.
    var wordsAfter: [String]
    /// Which clause of its sentence the figure stands in (see `Clauses`).
    var clause = 0
    /// Written in brackets right after another figure: "$205m (£110m)" is one amount in
    /// two currencies, not a second figure.
    var isConversion = false

    /// Checks look a few words either side, so only a window around the figure is read:
    /// splitting the whole sentence per figure made a one-megabyte line quadratic.
    static let window = 80

    init(_ quantity: Quantity, in bytes: [UInt8]) {
        self.quantity = quantity
        let lower = max(0, min(quantity.span.lowerBound, bytes.count))
        let upper = max(lower, min(quantity.span.upperBound, bytes.count))
        let before = String(decoding: bytes[max(0, lower - Self.window)..<lower], as: UTF8.self)
        let after = String(decoding: bytes[upper..<min(bytes.count, upper + Self.window)], as: UTF8.self)
        var words = Word.split(before).map(\.lower)
        // The first word of the window may be cut; drop it unless the window is the sentence start.
        if lower > Self.window, !words.isEmpty { words.removeFirst() }
        wordsBefore = words
        wordsAfter = Word.split(after).map(\.lower)
        var open = lower
        while open > 0, bytes[open - 1] == 0x20 { open -= 1 }
        var close = upper
        while close < bytes.count, bytes[close] == 0x20 { close += 1 }
        isConversion = open > 0 && bytes[open - 1] == UInt8(ascii: "(") && close < bytes.count && bytes[close] == UInt8(ascii: ")")
    }

    var value: Double? {
        if case .exactly(let v) = quantity.value { return v }
        return nil
    }

    var unit: String? { quantity.normalizedUnit }

    /// The two ends of a range written "A to B" as figures of their own, each with its own
    /// text so that each keeps its written precision ("$1bn to $1.35bn"); nil for a single
    /// value or a range written another way.
    var rangeEnds: (from: Figure, to: Figure)? {
        guard case .range(let low, let high) = quantity.value,
            let cut = quantity.text.range(of: " to ") ?? quantity.text.range(of: " through ")
        else { return nil }
        var from = self, to = self
        from.quantity.value = .exactly(low)
        from.quantity.text = String(quantity.text[..<cut.lowerBound])
        to.quantity.value = .exactly(high)
        to.quantity.text = String(quantity.text[cut.upperBound...])
        return (from, to)
    }

    /// The last `n` words before the figure, skipping change cues such as "about".
    func precededBy(_ word: String, within n: Int = 3) -> Bool {
        wordsBefore.suffix(n).contains(word)
    }

    var isApproximate: Bool { quantity.change == .approximately }

    /// How far off a stated figure may be and still be right: half a unit of its last
    /// written digit ("4.3 billion" is 4.25 to 4.35 billion), or a tenth when it is rough.
    ///
    /// Half a unit of the last digit, scaled to the value, is the value over twice its written
    /// digits read as one integer: "4.3 billion" is 4.3e9 / (2 × 43). Computed that way it is
    /// finite for any finite value, where 10^-decimals × (value / numeral) made "0.000…1e600"
    /// (321 decimals) zero times infinity, which is nan and silenced every check.
    var tolerance: Double {
        guard let v = value else { return 0 }
        if isApproximate { return abs(v) * 0.1 }
        guard let digits = Self.numeral(in: quantity.text), digits != 0 else { return abs(v) * 0.01 }
        // `digits` is a whole number of at least 1 (or infinity), so this never overflows.
        return abs(v) / digits * 0.5
    }

    /// The first number written in digits in `text`, read as one integer with its decimal
    /// point dropped ("4.3" is 43, "12,000" is 12000), or nil when it has no digit.
    static func numeral(in text: String) -> Double? {
        var digits = ""
        var seenPoint = false
        for c in text {
            if c.isASCII, c.isNumber {
                digits.append(c)
            } else if c == ",", !digits.isEmpty, !seenPoint {
                continue
            } else if c == ".", !digits.isEmpty, !seenPoint {
                seenPoint = true
            } else if !digits.isEmpty {
                break
            }
        }
        return Double(digits)
    }
}

/// A number as the arithmetic in a flag prints it: grouped, at most four decimals, and
/// scientific past UInt64 or below 0.00005 (`Quantity.format`), so "1e-300" stays itself.
func show(_ value: Double) -> String {
    Quantity.format(value, grouping: true)
}

extension Claim {
    var figures: [Figure] {
        let bytes = Array(sentence.utf8)
        let starts = Clauses.starts(in: bytes)
        return quantities.map { q in
            var figure = Figure(q, in: bytes)
            figure.clause = Clauses.index(of: q.span.lowerBound, starts: starts)
            return figure
        }
    }
}
