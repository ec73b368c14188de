import Quantities

/// One rule for one kind of gap in a claim; the analyzer runs them all on every claim.
///
/// A rule sees the claim as built so far (sentence, figures, attribution) plus the
/// sentence's words and what the article around it already says, and returns the flags it
/// raises. Adding a kind of flag means adding a rule, not editing the others.
protocol FlagRule: Sendable {
    func flags(for claim: Claim, context: FlagContext) -> [Flag]
}

/// What a rule may consult besides the claim itself.
struct FlagContext {
    var words: [Word]
    var gaps: [FigureGap]
    /// What the sentences a reader has just read carry over to this one: the earlier
    /// sentences of its paragraph and the paragraph before, and for a source or a period
    /// also the article's opening paragraphs. A source, a period or a whole named there is
    /// not missing here.
    var carried = Carried()

    struct Carried {
        /// One of those sentences names a speaker, an outlet or a source of data.
        var source = false
        /// One of them gives a date or a period.
        var time = false
        /// One of those sentences, or this one before its figure, counts a group of people
        /// or things that a share can be of ("its 12,000 members", "3,200 teachers").
        var whole = false
    }
}

enum FlagRules {
    /// Every rule, in the order their flags are listed.
    static let all: [any FlagRule] = [
        MissingFigureRule(), VagueQuantityRule(), NoSourceRule(), NoTimeFrameRule(),
        NoBaseRule(), NoBaselineRule(), ApproximateRule(), SuperlativeRule(),
    ]
}
