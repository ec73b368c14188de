import Quantities

/// "Doubled", "tripled" or "halved" against the figures the sentence gives: "doubled from
/// 400 to 900" is a rise of 2.25 times.
struct MultipleCheck: ConsistencyCheck {
    private static let factors: [String: Double] = [
        "doubled": 2, "doubling": 2, "tripled": 3, "trebled": 3, "quadrupled": 4, "halved": 0.5,
    ]

    /// What every key of `factors` contains, searched before the sentence is split: "doubl"
    /// covers "doubled" and "doubling".
    private static let stems: [StaticString] = ["doubl", "tripled", "trebled", "quadrupled", "halved"]

    func findings(in article: ArticleFigures) -> [Finding] {
        article.claims.enumerated().compactMap { index, claim in
            // Most sentences name no multiple: look for the words before splitting any.
            let lower = claim.sentence.lowercased()
            guard Self.stems.contains(where: { lower.containsBytes($0) }) else { return nil }
            let words = Word.split(claim.sentence)
            guard let word = words.first(where: { Self.factors[$0.lower] != nil }), let factor = Self.factors[word.lower],
                let (from, to) = ChangeEndpointsCheck.endpoints(in: article.figures[index]), let a = from.value, let b = to.value, a != 0
            else { return nil }
            let ratio = b / a
            // "from 1e-300 to 1e300" is a ratio past the largest Double: nothing to show.
            guard ratio.isFinite else { return nil }
            let rough = words.contains { ["about", "roughly", "nearly", "almost", "more", "than", "over", "around"].contains($0.lower) }
            guard abs(ratio - factor) / factor > (rough ? 0.2 : 0.1) else { return nil }
            return Finding(claim: index, flag: Flag(
                kind: .inconsistent, text: word.text,
                message: "\"\(word.text)\" does not match the figures: \(show(a)) to \(show(b)) is \(show(ratio)) times, not \(show(factor)).",
                details: "\(show(b)) / \(show(a)) = \(show(ratio)); \"\(word.lower)\" means × \(show(factor))"))
        }
    }
}
