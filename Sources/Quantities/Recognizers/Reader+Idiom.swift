/// Numbers in set phrases that count nothing: "one thing", "one day", "at one point",
/// "nine times out of ten".
enum IdiomWords {
    /// Nouns after "one" that make a set phrase wherever they stand: "one thing is clear".
    static let always: TokenSet = ["thing", "another", "way", "hand", "side"]
    /// Nouns after "one" that make a set phrase unless a word of measure comes before:
    /// "One day, she left" but "in one day", "for one day", "lasted one day".
    static let unlessMeasured: TokenSet = ["day", "time", "point", "moment", "stage", "occasion", "night", "morning", "evening", "afternoon"]
    /// Words before "one day" that make it a duration or a count.
    static let measureWords: TokenSet = [
        "in", "for", "within", "lasted", "lasting", "last", "only", "just", "than", "over", "per", "each", "every",
        "first", "after", "up", "least",
    ]
}

extension Reader {
    /// The index after a set phrase that starts with the number `number`, or nil when the
    /// number is a figure.
    func idiomEnd(_ number: NumberReading) -> Int? {
        let i = number.first, end = number.end
        // "nine times out of ten", "99 times out of 100": a way of saying "nearly always".
        if self[end]?.isWord("times") == true, self[end + 1]?.isWord("out") == true, self[end + 2]?.isWord("of") == true,
            let whole = readNumber(at: end + 3, currency: false), whole.value > number.value
        {
            return whole.end
        }
        guard end == i + 1, tokens[i].isWord("one"), let noun = self[end], noun.kind == .word, !glued(end) else { return nil }
        if IdiomWords.always.contains(noun.lower) { return end + 1 }
        if IdiomWords.unlessMeasured.contains(noun.lower) {
            if let before = self[i - 1], before.kind == .word, IdiomWords.measureWords.contains(before.lower) { return nil }
            if changeCue(before: i) != nil { return nil }
            return end + 1
        }
        return nil
    }
}
