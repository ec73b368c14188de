/// A figure's number is gone: "supplying % of machine tools", "cost $ million".
struct MissingFigureRule: FlagRule {
    func flags(for claim: Claim, context: FlagContext) -> [Flag] {
        context.gaps.map { gap in
            Flag(
                kind: .missingFigure, text: gap.text,
                message: "\(gap.reason.prefix(1).uppercased() + gap.reason.dropFirst()): the figure is missing; recover it from the original source before checking.")
        }
    }
}
