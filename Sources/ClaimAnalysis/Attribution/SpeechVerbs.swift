/// Verbs that introduce a statement: "Blinken said", "said the official", "economists estimate".
enum SpeechVerbs {
    /// Forms that take any subject: "Okafor said", "police said", "she added". Verbs that
    /// mostly take a thing as subject ("the visit confirms", "the data suggest") stay out.
    static let inflected: Set<String> = [
        "said", "says", "told", "tells", "assured", "assures", "explained", "explains",
        "added", "adds", "noted", "notes", "stated", "states", "claimed", "claims", "argued",
        "argues", "warned", "warns", "wrote", "writes", "announced", "announces", "estimated", "estimates",
        "mentioned", "stressed", "emphasized", "emphasised", "insisted", "insists", "acknowledged", "admitted",
        "confirmed", "declared", "suggested", "reported", "reports", "believes",
        "predicted", "predicts", "forecast", "forecasts", "projected", "revealed", "disclosed", "testified",
        "tweeted", "posted", "asserted", "maintained", "recalled", "pointed", "expects", "expected",
        "calculated", "calculates", "cautioned", "conceded", "remarked", "replied",
    ]
    /// Plain forms, which only count after a plural subject ("economists estimate",
    /// "sources say", "they warn"): after a singular name they are mostly nouns ("a Treasury estimate").
    static let plain: Set<String> = [
        "say", "tell", "estimate", "believe", "expect", "warn", "predict", "argue", "note", "claim",
        "add", "report", "think", "forecast", "insist", "suggest", "calculate", "caution", "write",
    ]
    /// Verbs that are statements only before a clause ("Okafor conceded that…", "…, she
    /// admitted."): with a plain object they are something else ("United have conceded 58
    /// goals", "the hospital admitted 40 patients", "the firm posted a loss").
    static let needClause: Set<String> = ["conceded", "admitted", "maintained", "recalled", "posted", "pointed"]

    /// Words after which a speech verb is a noun or a passive: "the estimates", "is said to".
    private static let notBeforeAVerb: Set<String> = [
        "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
        "is", "are", "was", "were", "be", "been", "being", "widely", "commonly",
    ]

    /// "the found…", "were found": a word after which a verb is a noun or a passive.
    static func isNounOrPassive(after word: Word) -> Bool {
        notBeforeAVerb.contains(word.lower)
    }

    /// True when `words[k]` is a speech verb used as one: lowercase (so "United States" is no
    /// verb), not after an article or a form of "to be", and not "said to be" or "said to have".
    static func isVerb(at k: Int, in words: [Word]) -> Bool {
        let word = words[k]
        guard !word.isPunctuation, inflected.contains(word.lower) || plain.contains(word.lower) else { return false }
        // Capitalized only as the first word of a sentence: "Said the official: …".
        if word.isCapitalized, words[..<k].contains(where: { !$0.isPunctuation }) { return false }
        if k > 0, notBeforeAVerb.contains(words[k - 1].lower) { return false }
        if needClause.contains(word.lower), k + 1 < words.count, !words[k + 1].isPunctuation, words[k + 1].lower != "that",
            words[k + 1].lower != "out" || word.lower != "pointed"
        {
            return false
        }
        if word.lower == "said", k + 2 < words.count, words[k + 1].lower == "to",
            ["be", "have", "been", "own", "control", "hold", "account", "total"].contains(words[k + 2].lower)
        {
            return false
        }
        return true
    }
}
