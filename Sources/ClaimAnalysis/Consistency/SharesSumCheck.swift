import Quantities

/// Shares of one whole that add up to more than all of it: "62% of voters backed the plan
/// and 45% of voters opposed it".
struct SharesSumCheck: ConsistencyCheck {
    /// Words that say a sentence divides one group: a poll, a vote, a breakdown.
    private static let partitionWords: Set<String> = [
        "respondents", "surveyed", "voters", "vote", "votes", "undecided", "poll", "backed", "opposed",
        "supported", "support", "oppose", "favour", "favor", "against", "split", "share", "shares", "remaining", "rest",
        "women", "men", "female", "male", "know", "unsure",
    ]

    func findings(in article: ArticleFigures) -> [Finding] {
        article.claims.enumerated().compactMap { index, claim in
            let shares = article.figures[index].filter {
                $0.unit == "percentage" && ($0.quantity.change == .exact || $0.quantity.change == .approximately)
                    && ($0.value ?? 101) <= 100
            }
            guard shares.count >= 2 else { return nil }
            let words = Set(Word.split(claim.sentence).map(\.lower))
            // Group by what the shares are of; shares of nothing named count as one group
            // only in a sentence that divides a group.
            var groups: [String: [Figure]] = [:]
            let concepts = Set(shares.map { $0.quantity.whole.map { $0.lowercased() }.joined(separator: " ") }).subtracting([""])
            let divides = !words.isDisjoint(with: Self.partitionWords)
            for share in shares {
                var concept = share.quantity.whole.map { $0.lowercased() }.joined(separator: " ")
                if concept.isEmpty {
                    guard divides else { continue }
                    // "62% of respondents backed it, 45% opposed it": the later shares are of
                    // the one group the sentence names.
                    if concepts.count == 1 { concept = concepts.first! }
                }
                groups[concept, default: []].append(share)
            }
            for (concept, group) in groups.sorted(by: { $0.key < $1.key }) where group.count >= 2 {
                let total = group.compactMap(\.value).reduce(0, +)
                let slack = group.map(\.tolerance).reduce(0, +)
                guard total > 100 + slack else { continue }
                let sum = group.map(\.quantity.text).joined(separator: " + ")
                let whole = concept.isEmpty ? "one group" : "\"\(concept)\""
                // The words from the first share to the last, as written, for the reviewer to find.
                let bytes = Array(claim.sentence.utf8)
                let first = group.map(\.quantity.span.lowerBound).min()!
                let last = min(bytes.count, group.map(\.quantity.span.upperBound).max()!)
                return Finding(claim: index, flag: Flag(
                    kind: .inconsistent, text: String(decoding: bytes[first..<last], as: UTF8.self),
                    message: "Shares of \(whole) add up to \(show(total))%, more than the whole: check whether they overlap or one is wrong.",
                    details: "\(sum) = \(show(total))% > 100%"))
            }
            return nil
        }
    }
}
