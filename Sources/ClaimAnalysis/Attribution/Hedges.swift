/// Words that weaken a claim: "reportedly", "an estimated", "is said to", "sources say".
///
/// The hedge recorded is the first phrase of `phrases` found in the sentence, as the
/// lowercase words matched; longer phrases come first, so "according to unconfirmed reports"
/// wins over "unconfirmed" and "an estimated" over "estimated".
enum Hedges {
    static let phrases: [[String]] = [
        ["according", "to", "unconfirmed", "reports"], ["according", "to", "unverified", "reports"],
        ["according", "to", "media", "reports"], ["according", "to", "reports"], ["according", "to", "estimates"],
        ["according", "to", "sources"], ["people", "familiar", "with"], ["sources", "familiar", "with"],
        ["sources", "close", "to"], ["it", "is", "thought"], ["it", "is", "believed"], ["it", "is", "said"],
        ["it", "is", "understood"], ["it", "was", "thought"], ["it", "was", "believed"],
        ["is", "said", "to"], ["are", "said", "to"], ["was", "said", "to"], ["were", "said", "to"],
        ["is", "believed", "to"], ["are", "believed", "to"], ["was", "believed", "to"], ["were", "believed", "to"],
        ["is", "thought", "to"], ["are", "thought", "to"], ["is", "understood", "to"], ["is", "rumoured", "to"],
        ["is", "rumored", "to"], ["said", "to", "be"], ["said", "to", "have"], ["unconfirmed", "reports"],
        ["sources", "say"], ["sources", "said"], ["sources", "told"], ["a", "source", "said"], ["a", "source", "told"],
        ["reportedly"], ["allegedly"], ["purportedly"], ["supposedly"], ["an", "estimated"],
        ["is", "believed"], ["are", "believed"], ["is", "thought"], ["are", "thought"], ["unconfirmed"],
        ["unverified"], ["rumoured"], ["rumored"], ["estimated"], ["possibly"], ["apparently"],
    ]

    /// Phrase indices by first word, so a sentence is read once rather than once per phrase.
    private static let byFirstWord: [String: [Int]] = Dictionary(grouping: phrases.indices) { phrases[$0][0] }

    static func find(in words: [Word]) -> String? {
        var best: Int?
        for start in words.indices {
            guard let candidates = byFirstWord[words[start].lower] else { continue }
            for index in candidates where best.map({ index < $0 }) ?? true {
                let phrase = phrases[index]
                guard start + phrase.count <= words.count else { continue }
                if phrase.indices.allSatisfy({ words[start + $0].lower == phrase[$0] }) { best = index }
            }
        }
        return best.map { phrases[$0].joined(separator: " ") }
    }
}
