/// What a figure is about: the concept CQE's annotation gives each quantity.
extension Reader {
    /// The words naming what the figure read from token `first` up to `end` measures.
    func concept(first: Int, end: Int) -> [String] {
        concept(after: end)
    }

    /// The words after "of" that name what a figure measures: "90% of microelectronics".
    func concept(after i: Int) -> [String] {
        var k = i
        guard let of = self[k], of.isWord("of") else { return [] }
        k += 1
        var words: [String] = []
        while let t = self[k], t.kind == .word || (t.isSymbol("-") && !t.spaceBefore) {
            if t.kind == .symbol {
                if let last = words.popLast(), let next = self[k + 1], next.kind == .word, !next.spaceBefore {
                    words.append(last + "-" + text(k + 1))
                    k += 2
                    continue
                }
                break
            }
            if words.isEmpty, WordVocabulary.determiners.contains(t.lower) { k += 1; continue }
            // "500,000 tonnes of steel a year": a determiner after the noun starts something else.
            if WordVocabulary.conceptStops.contains(t.lower) || WordVocabulary.determiners.contains(t.lower) { break }
            words.append(text(k))
            // A plural noun usually closes the phrase: "residents" in "half of the residents live".
            let lower = t.lower
            if words.count == 4 || (lower.hasSuffix("s") && !lower.hasSuffix("ss") && !lower.hasSuffix("'s") && !lower.hasSuffix("’s") && self[k + 1]?.isWord("of") != true) { break }
            k += 1
        }
        return words
    }
}
