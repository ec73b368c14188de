/// An amount given without a figure where a figure is expected: "dozens of homes", "a
/// significant number of patients", "several hundred jobs".
///
/// Only phrases that stand in for an amount of something: "many", "several", "most of" or
/// "a few" alone are ordinary English, not a missing count, and idioms of distance or time
/// ("thousands of miles away", "hundreds of years ago") are not claims.
struct VagueQuantityRule: FlagRule {
    /// Phrases that quantify the noun after them; the longest that matches is reported.
    static let phrases: [[String]] = [
        ["tens", "of", "thousands", "of"], ["hundreds", "of", "thousands", "of"], ["tens", "of", "millions", "of"],
        ["hundreds", "of", "millions", "of"], ["dozens", "of"], ["hundreds", "of"], ["thousands", "of"],
        ["millions", "of"], ["billions", "of"], ["scores", "of"], ["a", "significant", "number", "of"],
        ["a", "large", "number", "of"], ["a", "huge", "number", "of"], ["a", "growing", "number", "of"],
        ["a", "small", "number", "of"], ["a", "handful", "of"], ["several", "hundred"], ["several", "thousand"],
        ["several", "million"], ["several", "billion"], ["countless"], ["numerous"],
    ]

    /// Nouns after which a vague amount is an idiom of distance, time or manner.
    private static let idiomNouns: Set<String> = [
        "miles", "kilometres", "kilometers", "light-years", "years", "times", "ways", "reasons", "things",
        "questions",
    ]

    /// Plural amounts that stand alone as a sentence's subject: "Dozens were arrested",
    /// "Thousands marched through the city".
    private static let subjects: Set<String> = ["dozens", "hundreds", "thousands", "millions", "scores"]

    /// The first vague amount in a sentence's words, e.g. "dozens of".
    /// `phrases` grouped by their first word, each group in the list's order.
    private static let phrasesByFirstWord: [String: [[String]]] = Dictionary(grouping: phrases, by: { $0[0] })

    static func phrase(in words: [Word]) -> String? {
        if words.count > 1, subjects.contains(words[0].lower), !words[1].isPunctuation, words[1].lower != "of",
            !words[1].isCapitalized
        {
            return words[0].lower
        }
        for start in words.indices {
            // Only the phrases that open on this word, in the list's order: comparing every
            // phrase at every word was a twentieth of the claim analysis.
            guard let candidates = phrasesByFirstWord[words[start].lower] else { continue }
            for phrase in candidates where start + phrase.count <= words.count {
                guard (0..<phrase.count).allSatisfy({ words[start + $0].lower == phrase[$0] }) else { continue }
                let after = start + phrase.count
                if after < words.count, idiomNouns.contains(words[after].lower) { continue }
                // "a majority of 12", "numerous." alone: only an amount of something counts.
                if phrase.last == "of", after >= words.count || words[after].isPunctuation { continue }
                return phrase.joined(separator: " ")
            }
        }
        return nil
    }

    func flags(for claim: Claim, context: FlagContext) -> [Flag] {
        guard let text = Self.phrase(in: context.words) else { return [] }
        return [Flag(kind: .vagueQuantity, text: text, message: "\"\(text)\" gives no exact figure: ask how many, and according to whom.")]
    }
}
