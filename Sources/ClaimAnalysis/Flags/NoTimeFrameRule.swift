import Quantities

/// A statistic that goes stale, stated with no date or period anywhere a reader would
/// look for one: the sentence, the earlier sentences of its paragraph, the paragraph before.
///
/// Not for figures that do not go stale (a length, a capacity, an age, a duration), not for
/// records (they carry their own span). A change with no period at all ("sales rose 8% to
/// $4.2bn") is asked both: when (here) and from what (`no-baseline`).
struct NoTimeFrameRule: FlagRule {
    func flags(for claim: Claim, context: FlagContext) -> [Flag] {
        guard claim.kind != .record, !context.carried.time, !FlagCues.givesTime(context.words),
            !context.words.contains(where: { Self.selfContained.contains($0.lower) }),
            !claim.quantities.contains(where: { $0.kind == .duration }),
            let figure = Statistic.figure(in: claim, words: context.words), figure.kind != .ratio
        else { return [] }
        return [Flag(kind: .noTimeFrame, text: figure.text, message: "\"\(figure.text)\" has no date or period: ask when this was true.")]
    }

    /// A result measured in a trial or an experiment is framed by it, not by the calendar.
    private static let selfContained: Set<String> = ["trial", "trials", "experiment", "experiments"]

}
