/// Noun phrases read from their head outwards: the units a concept is made of.
struct NounPhrase {
    /// Token range of the phrase, determiners included.
    var first: Int
    var last: Int
    /// The phrase opened with "its", "their": its owner is named elsewhere.
    var ownedByPronoun = false
}

extension ConceptReader {
    /// The noun phrase whose head is token `head`, read leftwards no further than `floor`:
    /// "the March gold contract", "shares of Apple", "The S&P 500", "Toyota and Honda".
    ///
    /// Stops at anything that cannot stand inside a noun phrase, and at a verb form that
    /// has a subject before it ("Germany cut emissions" reads "emissions").
    ///
    /// - Parameter links: whether prepositions other than "of" may join nouns ("sales at
    ///   Burberry"), as they do in a subject; before a figure's "of" they end the phrase.
    func nounPhrase(endingAt head: Int, floor: Int, links: Bool = false) -> NounPhrase? {
        guard head >= floor, isNounish(head) || isNameNumber(head, floor: floor) else { return nil }
        var phrase = NounPhrase(first: head, last: head)
        var k = head - 1
        var words = 1
        while k >= floor, words < 7 {
            let t = tokens[k]
            if t.kind == .number {
                // "S&P 500", "10-year Treasuries".
                guard isNameNumber(k, floor: floor) || (tokens[k + 1].isSymbol(ConceptKeys.hyphen) && !tokens[k + 1].spaceBefore) else { break }
            } else if t.kind == .symbol {
                // "S&P", "Covid-19", "London-based": glued both sides.
                guard t.isSymbol(ConceptKeys.ampersand) || t.isSymbol(ConceptKeys.hyphen) || t.isSymbol(ConceptKeys.apostrophe), !t.spaceBefore || t.isSymbol(ConceptKeys.ampersand),
                    k > floor, tokens[k - 1].kind != .symbol, tokens[k + 1].kind != .symbol
                else { break }
            } else if t.kind == .word {
                // "all-time high", "like-for-like sales": any word glued into a compound is a word of it.
                if isInCompound(k) {
                    phrase.first = k
                    k -= 1
                    continue
                }
                let c = wordClass(k)
                let isLink = c.contains(.coreLink) || (links && c.contains(.phraseLink))
                if c.contains(.determiner) {
                    phrase.ownedByPronoun = c.contains(.possessive)
                    // "shares of the firm", "sales at the division": a determiner inside the phrase.
                    if k - 2 >= floor, listed(tokens[k - 1].lower).contains(links ? .phraseLink : .ofWord),
                        isNounish(k - 2),
                        !wordClass(k - 2).contains(.time)
                    {
                        phrase.ownedByPronoun = false
                        k -= 1
                        continue
                    }
                    phrase.first = k
                    break
                }
                if isLink {
                    // "shares of Apple", "sales at Burberry", "Toyota and Honda": a second noun.
                    guard k - 1 >= floor, isNounish(k - 1), !wordClass(k - 1).contains(.time) else { break }
                } else if c.contains(.time) {
                    // "Sales last year rose": the time adverbial is no part of the subject.
                    if k - 1 >= floor, listed(tokens[k - 1].lower).contains(.timeOpener) { break }
                } else if !c.isDisjoint(with: WordClass.function) {
                    break
                } else if c.contains(.verbOrNoun), k < head, k - 1 >= floor {
                    if hasSubject(before: k) { break }
                    // "The update cuts loading times", "the central bank cut interest rates": an
                    // "-s" form or a bare past between two nouns is the verb.
                    if isNounish(k - 1), isNounish(k + 1),
                        (endsWith(k, "s") && !endsWith(k, "ss")) || c.contains(.pastLike)
                    {
                        break
                    }
                }
            } else {
                break
            }
            phrase.first = k
            if t.kind == .word { words += 1 }
            k -= 1
        }
        // A phrase never opens on "of", "and" or a symbol.
        while phrase.first < head, tokens[phrase.first].kind == .symbol || listed(tokens[phrase.first].lower).contains(.phraseLink) {
            phrase.first += 1
        }
        return phrase
    }

    /// The noun phrase starting at token `start` and read rightwards to its head: "deal" in
    /// "a $5bn deal", "battery life" in "the battery life by".
    func nounPhrase(startingAt start: Int, ceiling: Int) -> NounPhrase? {
        var k = start
        if let t = self[k], t.kind == .word, wordClass(k).contains(.determiner) { k += 1 }
        // "in two new factories": the phrase's own count is no word of it.
        while let t = self[k], t.kind == .number || (t.kind == .word && listed(t.lower).contains(.quantifier) && k - start < 2) { k += 1 }
        let first = k
        var last: Int?
        while k < ceiling, k < tokens.count, k - start < 6 {
            let t = tokens[k]
            if t.kind == .word {
                let c = wordClass(k)
                guard c.isDisjoint(with: WordClass.function) else { break }
                // "the striker joined": a verb form ends the phrase unless a noun follows it.
                if c.contains(.verbOrNoun), last != nil, !isNounish(k + 1) { break }
                last = k
            } else if t.isSymbol(ConceptKeys.hyphen) || t.isSymbol(ConceptKeys.ampersand), !t.spaceBefore, k + 1 < tokens.count, tokens[k + 1].kind == .word {
                k += 1
                last = k
            } else {
                break
            }
            k += 1
        }
        guard let last else { return nil }
        return NounPhrase(first: first, last: last)
    }

    /// True when token `k` is a word glued to a hyphen on either side: "like-for-like".
    private func isInCompound(_ k: Int) -> Bool {
        guard tokens[k].kind == .word else { return false }
        // Spacing first: it rules out nearly every word without comparing a key.
        if k + 2 < tokens.count, !tokens[k + 1].spaceBefore, !tokens[k + 2].spaceBefore, tokens[k + 1].isSymbol(ConceptKeys.hyphen) {
            return true
        }
        return k > 0 && !tokens[k].spaceBefore && tokens[k - 1].isSymbol(ConceptKeys.hyphen)
    }

    /// A number inside a name: "500" in "S&P 500", "225" in "Nikkei 225", "19" in "Covid-19".
    private func isNameNumber(_ k: Int, floor: Int) -> Bool {
        guard tokens[k].kind == .number, k - 1 >= floor, k + 1 < tokens.count else { return false }
        let before = tokens[k - 1]
        if before.isSymbol(ConceptKeys.hyphen), !tokens[k].spaceBefore { return true }
        return before.kind == .word && before.isCapitalized && wordClass(k - 1).isDisjoint(with: WordClass.function)
            && !listed(before.lower).contains(.month) && tokens[k].integerDigits < 5
    }

    /// True when what stands before token `k` could be the subject of a verb at `k`: a
    /// noun, a name or a pronoun, an auxiliary or a relative, not a determiner or a
    /// preposition ("the price cut" keeps "price").
    func hasSubject(before k: Int) -> Bool {
        guard let t = self[k - 1] else { return false }
        if t.kind == .number { return false }
        if t.kind != .word { return false }
        let c = wordClass(k - 1)
        if !c.isDisjoint(with: [.pronoun, .auxiliary, .relative, .adverb]) { return !c.contains(.determiner) }
        // "plans to cut emissions": an infinitive.
        if t.isWord(ConceptKeys.to) { return true }
        if !c.isDisjoint(with: [.determiner, .preposition, .conjunction, .quantifier]) { return false }
        // "consumer price inflation": a lowercase noun before a modifier is a compound, a
        // name before a verb is its subject ("Germany cut emissions"); a capital that only
        // opens the sentence says nothing ("House prices in London").
        return t.isCapitalized && k - 1 > 0 && !isClauseBreak(k - 2)
    }
}
