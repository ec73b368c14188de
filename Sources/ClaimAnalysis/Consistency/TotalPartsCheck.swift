import Quantities

/// A total against the parts stated beside it: "a total of 1,300 jobs: 800 in construction
/// and 600 in operations" adds up to 1,400.
struct TotalPartsCheck: ConsistencyCheck {
    private static let totalCues: Set<String> = ["total", "totalling", "totaling", "altogether", "combined", "overall"]
    /// Words that say the parts are the whole breakdown, not a selection ("including").
    private static let breakdownCues: Set<String> = ["split", "divided", "comprising", "consisting", "made", "between", "namely"]

    /// Verbs after a total that name some of its parts: "The 1,200 jobs will include 700 in
    /// Leeds". A selection may leave parts out, so only parts past the total are wrong.
    private static let includeCues: Set<String> = ["include", "includes", "included", "including"]

    func findings(in article: ArticleFigures) -> [Finding] {
        var findings: [Finding] = []
        for (index, claim) in article.claims.enumerated() {
            let figures = article.figures[index]
            if let finding = Self.ofThat(index, in: article) {
                findings.append(finding)
                continue
            }
            if let finding = Self.included(index, in: article) {
                findings.append(finding)
                continue
            }
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
            guard let added = PartsSum(parts, total: total) else { continue }
            let words = Set(Word.split(claim.sentence).map(\.lower))
            let isBreakdown = claim.sentence.contains(":") || !words.isDisjoint(with: Self.breakdownCues)
            guard added.exceeds(whole) || (isBreakdown && abs(added.sum - whole) > added.slack) else { continue }
            findings.append(Finding(claim: index, flag: Flag(
                kind: .inconsistent, text: total.quantity.text,
                message: "The parts add up to \(show(added.sum)), not the stated total of \(show(whole)): check which figure is wrong.",
                details: "\(added.addition) = \(show(added.sum)); stated total: \(total.quantity.text)")))
        }
        return findings
    }

    /// "The 1,200 new jobs will include 700 in Leeds and 650 in Bradford": parts past the total.
    private static func included(_ index: Int, in article: ArticleFigures) -> Finding? {
        let figures = article.figures[index]
        guard let total = figures.first(where: { f in
            (f.quantity.kind == .count || f.quantity.kind == .number) && f.unit != "percentage"
                && f.wordsAfter.prefix(4).contains { includeCues.contains($0) }
        }), let whole = total.value else { return nil }
        let parts = figures.filter {
            $0.quantity.span.lowerBound > total.quantity.span.upperBound && $0.value != nil && $0.quantity.change == .exact
                && ($0.quantity.kind == .count || $0.quantity.kind == .number) && $0.unit != "percentage"
        }
        return exceeds(total: total, whole: whole, parts: parts, claim: index)
    }

    /// "The council will spend £50m on the scheme. Of that, £30m will go to roads and £25m to
    /// schools": the next sentence of the paragraph divides the one amount of this one.
    private static func ofThat(_ index: Int, in article: ArticleFigures) -> Finding? {
        guard index > 0, article.claims[index - 1].paragraph == article.claims[index].paragraph else { return nil }
        let opening = Word.split(String(article.claims[index].sentence.prefix(24))).prefix(4).map(\.lower)
        guard opening.first == "of", ["that", "this", "which", "it"].contains(opening.dropFirst().first ?? "")
            || opening.dropFirst().prefix(2) == ["the", "total"]
        else { return nil }
        let parts = article.figures[index].filter { $0.value != nil && $0.quantity.change == .exact && $0.unit != nil && !$0.isConversion }
        guard let unit = parts.first?.unit, parts.allSatisfy({ $0.unit == unit }) else { return nil }
        let totals = article.figures[index - 1].filter { $0.unit == unit && $0.value != nil && !$0.isConversion }
        guard totals.count == 1, let total = totals.first, let whole = total.value else { return nil }
        return exceeds(total: total, whole: whole, parts: parts, claim: index)
    }

    /// A finding when at least two parts add up past the total, beyond their precision.
    private static func exceeds(total: Figure, whole: Double, parts: [Figure], claim: Int) -> Finding? {
        guard let added = PartsSum(parts, total: total), added.exceeds(whole) else { return nil }
        return Finding(claim: claim, flag: Flag(
            kind: .inconsistent, text: parts[0].quantity.text,
            message: "The parts add up to \(show(added.sum)), more than the total of \(show(whole)) (\(total.quantity.text)): check which figure is wrong.",
            details: "\(added.addition) = \(show(added.sum)); stated total: \(total.quantity.text)"))
    }
}

/// Two or more parts added up, with the slack their and the total's rounding allow.
private struct PartsSum {
    var sum: Double
    var slack: Double
    /// The parts as written, "700 + 650".
    var addition: String

    /// Nil for fewer than two parts, or parts that add up past the largest Double (no sum
    /// to show).
    init?(_ parts: [Figure], total: Figure) {
        guard parts.count >= 2 else { return nil }
        sum = parts.compactMap(\.value).reduce(0, +)
        slack = parts.map(\.tolerance).reduce(total.tolerance, +)
        guard sum.isFinite, slack.isFinite else { return nil }
        addition = parts.map(\.quantity.text).joined(separator: " + ")
    }

    /// Whether the parts add up to more than `whole`, beyond their precision.
    func exceeds(_ whole: Double) -> Bool { sum > whole + slack }
}
