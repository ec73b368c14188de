/// The whole a share is of: the words after "of".
extension ConceptReader {
    /// The words after "of" that name the whole a figure is a part of: "90% of microelectronics".
    func whole(after i: Int) -> [String] {
        var k = i
        guard let of = self[k], of.isWord(ConceptKeys.of) else { return [] }
        k += 1
        var words: [String] = []
        // "18 of their 24 games": the whole's own count comes before its noun.
        if self[k].map({ listed($0.lower).contains(.wholeDeterminer) }) == true, self[k + 1]?.kind == .number,
            self[k + 2]?.kind == .word
        {
            k += 2
        }
        while let t = self[k], t.kind == .word || (t.isSymbol(ConceptKeys.hyphen) && !t.spaceBefore) {
            if t.kind == .symbol {
                if let last = words.popLast(), let next = self[k + 1], next.kind == .word, !next.spaceBefore {
                    words.append(last + "-" + string(from: tokens[k + 1].start, to: tokens[k + 1].end))
                    k += 2
                    continue
                }
                break
            }
            let c = listed(t.lower)
            if words.isEmpty, c.contains(.wholeDeterminer) { k += 1; continue }
            // "500,000 tonnes of steel a year": a determiner after the noun starts something else.
            // "70 of us", "95% of them": a pronoun's whole is named elsewhere, or not at all.
            if !c.isDisjoint(with: [.conceptStop, .wholeDeterminer, .pronoun, .quantifier]) { break }
            // "29% of Britain's electricity last year": a time adverbial ends the whole.
            if !words.isEmpty, !c.isDisjoint(with: [.time, .timeOpener]) { break }
            if words.isEmpty { words.reserveCapacity(4) }
            words.append(string(from: t.start, to: t.end))
            // A plural noun usually closes the phrase: "residents" in "half of the residents live".
            if words.count == 4 || (isPlural(k) && self[k + 1]?.isWord(ConceptKeys.of) != true) { break }
            k += 1
        }
        return words
    }

    /// A plural-looking word: "residents", not "glass", "Apple's" or "Apple’s".
    private func isPlural(_ k: Int) -> Bool {
        let t = tokens[k]
        guard endsWith(k, "s"), !endsWith(k, "ss"), !endsWith(k, "'s") else { return false }
        // "’s": the curly apostrophe's three bytes before the "s".
        let e = t.end
        return !(e - t.start >= 4 && bytes[e - 4] == 0xE2 && bytes[e - 3] == 0x80 && bytes[e - 2] == 0x99)
    }
}
