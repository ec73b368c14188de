import Quantities

/// "The first time in 24 years" or "30 years ago" against the years the article names:
/// "for the first time in 24 years, since 1990" in an article dated 2024 is 34 years.
struct ElapsedYearsCheck: ConsistencyCheck {
    func findings(in article: ArticleFigures) -> [Finding] {
        guard let now = article.referenceYear else { return [] }
        var findings: [Finding] = []
        for (index, claim) in article.claims.enumerated() {
            for figure in article.figures[index] where figure.unit == "year" {
                guard let years = figure.value, Self.measuresElapsedTime(figure) else { continue }
                // The year it counts from: named in this sentence, else in the next one or
                // the one before in the same paragraph ("The last time was in 1990.").
                let nearby = [index, index + 1, index - 1].filter { article.claims.indices.contains($0) && article.claims[$0].paragraph == claim.paragraph }
                guard let since = nearby.lazy.compactMap({ Self.anchorYear(in: article.claims[$0].sentence, excluding: now) }).first else { continue }
                let elapsed = now - since
                guard abs(Double(elapsed) - years) > 1 else { continue }
                findings.append(Finding(claim: index, flag: Flag(
                    kind: .inconsistent, text: figure.quantity.text,
                    message: "\"\(figure.quantity.text)\" does not match the years named: \(now) − \(since) = \(elapsed) years.",
                    details: "\(now) (latest year in the article) − \(since) = \(elapsed) years; stated: \(figure.quantity.text)")))
            }
        }
        return findings
    }

    /// "in 24 years" after "first time" or a record word, or "24 years ago".
    private static func measuresElapsedTime(_ f: Figure) -> Bool {
        if f.wordsAfter.first == "ago" { return true }
        let before = f.wordsBefore.suffix(6)
        return before.last == "in" && (before.contains("first") || before.contains("highest") || before.contains("lowest")
            || before.contains("record") || before.contains("most") || before.contains("least") || before.contains("best") || before.contains("worst"))
    }

    /// A year after "since", "in" or "of" in a sentence, other than the article's "now".
    private static func anchorYear(in sentence: String, excluding now: Int) -> Int? {
        let words = Word.split(sentence)
        for (k, w) in words.enumerated() where k > 0 && ["since", "in", "of"].contains(words[k - 1].lower) {
            if let year = ArticleFigures.year(w.text), year != now { return year }
        }
        return nil
    }
}
