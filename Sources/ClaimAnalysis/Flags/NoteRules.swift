/// Figures given as approximations: a note for the reviewer, not a fault.
struct ApproximateRule: FlagRule {
    func flags(for claim: Claim, context: FlagContext) -> [Flag] {
        claim.quantities.filter { $0.change == .approximately }.map {
            Flag(kind: .approximate, text: $0.text, message: "\"\($0.text)\" is approximate: check that the exact figure supports the rounding.")
        }
    }
}

/// Records and superlatives ("largest ever", "first time in 24 years"): a note, since
/// they are true only against the whole history they imply.
struct SuperlativeRule: FlagRule {
    static let cues: [[String]] = [
        ["first", "time"], ["for", "the", "first"], ["highest", "since"], ["lowest", "since"],
        ["record"], ["ever"], ["largest"], ["biggest"], ["smallest"], ["highest"], ["lowest"],
        ["most", "since"], ["all-time"], ["unprecedented"], ["second-largest"], ["more", "than", "any"],
    ]

    func flags(for claim: Claim, context: FlagContext) -> [Flag] {
        guard let cue = Self.cues.first(where: { context.words.contains(phrase: $0) }) else { return [] }
        let text = cue.joined(separator: " ")
        return [Flag(kind: .superlative, text: text, message: "\"\(text)\" claims a record: check it against the full history, not just recent years.")]
    }
}
