/// The whole a share is of: the words after "of".
extension Reader {
    /// The words after "of" that name the whole a figure is a part of: "90% of microelectronics".
    func concept(after i: Int) -> [String] {
        var k = i
        guard let of = self[k], of.isWord("of") else { return [] }
        k += 1
        var words: [String] = []
        // "18 of their 24 games": the whole's own count comes before its noun.
        if self[k].map({ WordVocabulary.determiners.contains($0.lower) }) == true, self[k + 1]?.kind == .number,
            self[k + 2]?.kind == .word
        {
            k += 2
        }
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
            // "29% of Britain's electricity last year": a time adverbial ends the whole.
            if !words.isEmpty, wordClass(k).contains(.time) || ConceptWords.timeOpeners.contains(t.lower) { break }
            words.append(text(k))
            // A plural noun usually closes the phrase: "residents" in "half of the residents live".
            let lower = t.lower
            if words.count == 4 || (lower.hasSuffix("s") && !lower.hasSuffix("ss") && !lower.hasSuffix("'s") && !lower.hasSuffix("’s") && self[k + 1]?.isWord("of") != true) { break }
            k += 1
        }
        return words
    }
}
