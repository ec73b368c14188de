import Quantities

/// What makes a claim's figure a statistic someone measured or published (a rate, a total,
/// a share, a survey result) rather than a fact of the story (an age, a score, a length).
enum Statistic {
    /// The claim's first figure that is a statistic, or nil.
    static func figure(in claim: Claim, words: [Word]) -> Quantity? {
        let hasNoun = words.contains { FlagCues.statisticNouns.contains($0.lower) }
        return claim.quantities.first { q in
            switch q.kind {
            case .percentage, .ratio: true
            case .count, .money, .number, .multiple: hasNoun
            case .measure, .duration, .age: false
            }
        }
    }
}
