import Quantities

/// A change with no starting point or period: "prices rose 5%" (since when?), "doubled".
///
/// A starting point ("from", "than", "compared with"), a period ("in March", "this year",
/// "since 2020", "on Tuesday") or a year in the sentence, or a period in the sentences just
/// read, answers the question.
struct NoBaselineRule: FlagRule {
    func flags(for claim: Claim, context: FlagContext) -> [Flag] {
        guard !context.carried.time,
            let change = claim.quantities.first(where: { $0.change == .up || $0.change == .down || $0.kind == .multiple })
                ?? Self.levelReached(in: claim, words: context.words)
        else { return [] }
        let hasBaseline = context.words.contains {
            FlagCues.baselineWords.contains($0.lower) || FlagCues.timeWords.contains($0.lower) || FlagCues.isYear($0.text)
        }
        guard !hasBaseline else { return [] }
        return [Flag(kind: .noBaseline, text: change.text, message: "\"\(change.text)\" is a change with no starting point: ask from what, and over which period.")]
    }

    /// "Wages fell to £612": the figure is the level reached (`=`), but the sentence states a
    /// change all the same, and asks from what.
    private static func levelReached(in claim: Claim, words: [Word]) -> Quantity? {
        let moves = words.indices.contains { k in
            k + 1 < words.count && words[k + 1].lower == "to" && ChangeWords.direction(of: words[k].lower) != nil
        }
        return moves ? claim.quantities.first : nil
    }
}
