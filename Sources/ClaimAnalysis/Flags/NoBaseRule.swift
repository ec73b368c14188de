import Quantities

/// A percentage whose whole is not stated: "5% said yes" (5% of whom?).
struct NoBaseRule: FlagRule {
    func flags(for claim: Claim, context: FlagContext) -> [Flag] {
        guard let share = claim.quantities.first(where: {
            $0.normalizedUnit == "percentage" && $0.concept.isEmpty && $0.change != .up && $0.change != .down
        }) else { return [] }
        return [Flag(kind: .noBase, text: share.text, message: "\"\(share.text)\" is a share of an unstated whole: ask what it is a percentage of.")]
    }
}
