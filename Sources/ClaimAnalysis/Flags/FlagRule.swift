import Quantities

/// One rule for one kind of gap in a claim; the analyzer runs them all on every claim.
///
/// A rule sees the claim as built so far (sentence, figures, attribution) plus the
/// sentence's words, and returns the flags it raises. Adding a kind of flag means adding
/// a rule, not editing the others.
protocol FlagRule: Sendable {
    func flags(for claim: Claim, context: FlagContext) -> [Flag]
}

/// What a rule may consult besides the claim itself.
struct FlagContext {
    var words: [Word]
    var gaps: [FigureGap]
}

enum FlagRules {
    /// Every rule, in the order their flags are listed.
    static let all: [any FlagRule] = [
        MissingFigureRule(), VagueQuantityRule(), NoSourceRule(), NoTimeFrameRule(),
        NoBaseRule(), NoBaselineRule(), ApproximateRule(), SuperlativeRule(),
    ]
}
