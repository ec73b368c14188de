/// A statistic with no speaker and no outlet behind it.
struct NoSourceRule: FlagRule {
    func flags(for claim: Claim, context: FlagContext) -> [Flag] {
        guard claim.attribution.isEmpty else { return [] }
        // "according to official data", "census figures show": a named body of data counts as a source.
        let sourced = [["according", "to"], ["data", "from"], ["figures", "from"], ["survey"], ["census"], ["study"], ["report"], ["statistics", "from"], ["data", "show"], ["figures", "show"]]
        if sourced.contains(where: { context.words.contains(phrase: $0) }) { return [] }
        let figure = claim.quantities.first?.text ?? context.gaps.first?.text ?? claim.sentence
        return [Flag(kind: .noSource, text: figure, message: "No speaker or outlet is given for \"\(figure)\": find who published this figure.")]
    }
}
