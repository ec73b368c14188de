/// Vague magnitudes: "dozens of homes", "tens of thousands of pounds", "worth billions".
///
/// CQE's convention reads each as the range of the amounts it can mean: "dozens of" is 12 to
/// 120, "thousands of" 1,000 to 10,000, "tens of thousands of" 10,000 to 100,000. The claim
/// analysis still flags them as vague: the range says how little the phrase commits to.
struct VagueMagnitude {
    var low: Double
    var high: Double
    /// Token indices covered, "of" included when one follows: `first..<end`.
    var first: Int
    var end: Int
}

enum MagnitudeWords {
    /// A plural amount word and the lower end of what it means; the upper end is ten times it.
    static let plurals: [TokenKey: Double] = [
        "dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12,
    ]

    /// The plural scales "tens of" and "hundreds of" multiply: "tens of thousands of".
    static let multipliers: [TokenKey: Double] = ["tens": 10, "hundreds": 100]

    /// Nouns after which the phrase is an idiom, not an amount: "dozens of times", "hundreds
    /// of ways", "thousands of questions".
    static let idiomNouns: TokenSet = ["times", "ways", "reasons", "things", "questions"]
}

extension Reader {
    /// Reads a vague magnitude starting at token `i`, with the "of" after it; nil when the
    /// words are no amount ("in the tens", "dozens of times").
    func readVagueMagnitude(at i: Int) -> VagueMagnitude? {
        guard let t = self[i], t.kind == .word else { return nil }
        var low: Double
        var k = i + 1
        if let factor = MagnitudeWords.multipliers[t.lower], self[k]?.isWord("of") == true,
            let next = self[k + 1], next.kind == .word, let base = MagnitudeWords.plurals[next.lower], base >= 1e3
        {
            // "tens of thousands of", "hundreds of millions of"
            low = factor * base
            k += 2
        } else if let base = MagnitudeWords.plurals[t.lower] {
            low = base
        } else {
            return nil
        }
        // "a few hundred thousand", "two million": a number before it makes it a scale.
        if let previous = self[i - 1], previous.kind == .number || NumberWords.isNumberWord(previous.lower) { return nil }
        if self[k]?.isWord("of") == true {
            guard let noun = self[k + 1], noun.kind == .word || noun.kind == .symbol,
                !MagnitudeWords.idiomNouns.contains(noun.lower)
            else { return nil }
            return VagueMagnitude(low: low, high: low * 10, first: i, end: k + 1)
        }
        // Alone, a plural amount stands for a number: "worth billions", "Thousands marched",
        // "Dozens were arrested". "Tens of" needs its "of"; "in the hundreds" is a rank.
        guard k == i + 1, MagnitudeWords.multipliers[t.lower] == nil || t.lower == "hundreds" else { return nil }
        if let previous = self[i - 1], previous.isWord("the") { return nil }
        if let next = self[k], next.kind == .word, next.isCapitalized { return nil }
        return VagueMagnitude(low: low, high: low * 10, first: i, end: k)
    }
}
