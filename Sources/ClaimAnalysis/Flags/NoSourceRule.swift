/// A published statistic with no speaker, outlet or source of data behind it.
///
/// Fires only on a statistic (see `Statistic`): a rate, a share, a total someone counted.
/// Not on facts of the story (an age, a score, the votes in the division being reported),
/// not on quoted words (someone said them, even if the speaker was not found), and not
/// where the sentence, the earlier sentences of its paragraph or the paragraph before name
/// a source ("according to", "figures from", "a survey by", "X said").
struct NoSourceRule: FlagRule {
    func flags(for claim: Claim, context: FlagContext) -> [Flag] {
        guard claim.attribution.isEmpty, claim.attribution.hedge == nil, !context.carried.source,
            !FlagCues.namesSource(context.words), !FlagCues.isQuoted(context.words),
            let figure = Statistic.figure(in: claim, words: context.words)
        else { return [] }
        return [Flag(kind: .noSource, text: figure.text, message: "No speaker or outlet is given for \"\(figure.text)\": find who published this figure.")]
    }
}
