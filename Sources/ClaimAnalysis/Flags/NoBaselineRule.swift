import Quantities

/// A change with no starting point or period: "rose 5%", "doubled".
struct NoBaselineRule: FlagRule {
    private static let baselineWords: Set<String> = ["from", "since", "compared", "than", "year-on-year", "versus", "vs", "last", "previous", "earlier", "ago"]

    func flags(for claim: Claim, context: FlagContext) -> [Flag] {
        guard let change = claim.quantities.first(where: { $0.change == .up || $0.change == .down || $0.kind == .multiple }) else { return [] }
        let hasBaseline = context.words.contains { Self.baselineWords.contains($0.lower) || NoTimeFrameRule.isYear($0.text) }
        guard !hasBaseline else { return [] }
        return [Flag(kind: .noBaseline, text: change.text, message: "\"\(change.text)\" is a change with no starting point: ask from what, and over which period.")]
    }
}
