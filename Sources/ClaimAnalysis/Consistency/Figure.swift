import Quantities

/// A figure in its sentence, with the words around it, for the consistency checks.
struct Figure {
    var quantity: Quantity
    /// Lowercased words before the figure in its sentence, nearest last.
    var wordsBefore: [String]
    /// Lowercased words after the figure in its sentence, nearest first.
    var wordsAfter: [String]

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
    }

    var value: Double? {
        if case .exactly(let v) = quantity.value { return v }
        return nil
    }

    var unit: String? { quantity.normalizedUnit }

    /// The last `n` words before the figure, skipping change cues such as "about".
    func precededBy(_ word: String, within n: Int = 3) -> Bool {
        wordsBefore.suffix(n).contains(word)
    }

    var isApproximate: Bool { quantity.change == .approximately }

    /// How far off a stated figure may be and still be right: half a unit of its last
    /// written digit ("4.3 billion" is 4.25 to 4.35 billion), or a tenth when it is rough.
    var tolerance: Double {
        guard let v = value else { return 0 }
        if isApproximate { return abs(v) * 0.1 }
        guard let numeral = Self.numeral(in: quantity.text), numeral.value != 0 else { return abs(v) * 0.01 }
        let scale = v / numeral.value
        return abs(0.5 * pow10(-numeral.decimals) * scale)
    }

    /// The first number written in digits in `text`, with its count of decimals.
    static func numeral(in text: String) -> (value: Double, decimals: Int)? {
        var digits = ""
        var decimals = 0
        var seenPoint = false
        for c in text {
            if c.isASCII, c.isNumber {
                digits.append(c)
                if seenPoint { decimals += 1 }
            } else if c == ",", !digits.isEmpty, !seenPoint {
                continue
            } else if c == ".", !digits.isEmpty, !seenPoint {
                seenPoint = true
                digits.append(c)
            } else if !digits.isEmpty {
                break
            }
        }
        guard let value = Double(digits) else { return nil }
        return (value, decimals)
    }
}

func pow10(_ n: Int) -> Double {
    var p = 1.0
    for _ in 0..<abs(n) { p *= 10 }
    return n < 0 ? 1 / p : p
}

/// A number as the arithmetic in a flag prints it: grouped, at most four decimals.
func show(_ value: Double) -> String {
    Quantity.format((value * 10_000).rounded() / 10_000, grouping: true)
}

extension Claim {
    var figures: [Figure] {
        let bytes = Array(sentence.utf8)
        return quantities.map { Figure($0, in: bytes) }
    }
}
