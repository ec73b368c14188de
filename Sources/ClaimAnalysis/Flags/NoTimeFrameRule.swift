import Quantities

/// A figure that changes over time, stated with no date or period.
struct NoTimeFrameRule: FlagRule {
    private static let timeWords: Set<String> = [
        "today", "yesterday", "tomorrow", "tonight", "now", "currently", "annually", "annual",
        "yearly", "monthly", "weekly", "daily", "quarterly", "ago", "since", "recently", "last",
        "this", "next", "past", "previous", "year", "years", "month", "months", "week", "weeks",
        "quarter", "decade", "century", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "spring", "summer", "autumn",
        "fall", "winter", "fiscal", "season", "term", "before", "after", "during", "until", "by",
    ]
    /// Kinds of figure that go stale: a share, a count, an amount of money, a trend.
    private static let timeSensitive: Set<QuantityKind> = [.percentage, .money, .count, .number]

    func flags(for claim: Claim, context: FlagContext) -> [Flag] {
        guard claim.kind != .record,
            let figure = claim.quantities.first(where: { Self.timeSensitive.contains($0.kind) })
        else { return [] }
        let hasTime = context.words.contains { w in
            Self.timeWords.contains(w.lower) || Self.isYear(w.text)
        } || claim.quantities.contains { $0.kind == .duration }
        guard !hasTime else { return [] }
        return [Flag(kind: .noTimeFrame, text: figure.text, message: "\"\(figure.text)\" has no date or period: ask when this was true.")]
    }

    static func isYear(_ text: String) -> Bool {
        guard text.count == 4 || (text.count == 5 && text.hasSuffix("s")), let n = Int(text.prefix(4)) else { return false }
        return (1800...2100).contains(n)
    }
}
