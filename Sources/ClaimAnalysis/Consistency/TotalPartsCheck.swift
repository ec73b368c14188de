import Quantities

/// A total against the parts stated beside it: "a total of 1,300 jobs: 800 in construction
/// and 600 in operations" adds up to 1,400.
struct TotalPartsCheck: ConsistencyCheck {
    private static let totalCues: Set<String> = ["total", "totalling", "totaling", "altogether", "combined", "overall"]
    /// Words that say the parts are the whole breakdown, not a selection ("including").
    private static let breakdownCues: Set<String> = ["split", "divided", "comprising", "consisting", "made", "between", "namely"]

    func findings(in article: ArticleFigures) -> [Finding] {
        var findings: [Finding] = []
        for (index, claim) in article.claims.enumerated() {
            let figures = article.figures[index]
            guard let total = figures.first(where: { f in
                f.unit != nil && (f.wordsBefore.suffix(3).contains { Self.totalCues.contains($0) }
                    || f.wordsAfter.prefix(2) == ["in", "total"] || f.wordsAfter.prefix(2) == ["in", "all"])
            }), let whole = total.value else { continue }
            // Parts: the same unit, in this sentence or the next one of the paragraph.
            var candidates = figures.filter { $0.quantity.span != total.quantity.span }
            if index + 1 < article.claims.count, article.claims[index + 1].paragraph == claim.paragraph {
                candidates += article.figures[index + 1]
            }
            // "1,300 jobs: 800 in construction and 600 in operations": bare numbers after a
            // counted total count the same thing.
            let parts = candidates.filter {
                ($0.unit == total.unit || ($0.unit == nil && $0.quantity.kind == .number && total.quantity.kind == .count))
                    && $0.quantity.change == .exact && $0.value != nil
            }
            guard parts.count >= 2 else { continue }
            let sum = parts.compactMap(\.value).reduce(0, +)
            let slack = parts.map(\.tolerance).reduce(total.tolerance, +)
            // Parts that add up past the largest Double have no sum to show.
            guard sum.isFinite, slack.isFinite else { continue }
            let words = Set(Word.split(claim.sentence).map(\.lower))
            let isBreakdown = claim.sentence.contains(":") || !words.isDisjoint(with: Self.breakdownCues)
            guard sum > whole + slack || (isBreakdown && abs(sum - whole) > slack) else { continue }
            let addition = parts.map(\.quantity.text).joined(separator: " + ")
            findings.append(Finding(claim: index, flag: Flag(
                kind: .inconsistent, text: total.quantity.text,
                message: "The parts add up to \(show(sum)), not the stated total of \(show(whole)): check which figure is wrong.",
                details: "\(addition) = \(show(sum)); stated total: \(total.quantity.text)")))
        }
        return findings
    }
}
