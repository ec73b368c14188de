/// What stands before a figure in its clause, read leftwards from it.
enum ConceptAnchor {
    /// "a budget of $48.5 million": the noun the figure is "of".
    case ofPhrase(NounPhrase)
    /// "cut emissions by 55%": the verb's object, which the figure changes or sizes.
    case object(NounPhrase, verb: Int)
    /// "Sales up 5%": a headline's noun phrase with no verb.
    case bare(NounPhrase)
    /// "Exports rose 5%": the clause's verb, whose subject the figure is about.
    case verb(Int)
    case nothing
}

extension ConceptReader {
    /// How far back the concept reader looks: a clause's subject is rarely further away.
    static let conceptWindow = 16

    /// The verb or noun phrase a figure starting at token `first` hangs from, skipping
    /// what only bridges them: cue words ("rose by about"), earlier figures ("up $12 at"),
    /// adjuncts ("in the first quarter").
    func anchor(before first: Int) -> ConceptAnchor {
        let floor = max(0, first - Self.conceptWindow)
        var k = first - 1
        // Only cue words so far: "of about 9 million" is still "of".
        var adjacent = true
        while k >= floor {
            let t = tokens[k]
            switch t.kind {
            case .number, .code:
                adjacent = false
                k -= 1
                continue
            case .symbol:
                if t.isSymbol(ConceptKeys.openBracket), adjacent {
                    // "87 mph (140 km/h)": a conversion of the figure before.
                    adjacent = false
                } else if t.isSymbol(ConceptKeys.comma) {
                    // "rose to $5bn, up 5%": a comma after an earlier figure.
                    guard k > floor, tokens[k - 1].kind == .number || tokens[k - 1].isSymbol(ConceptKeys.percent) || isUnitAfterNumber(k - 1)
                    else { return .nothing }
                    adjacent = false
                } else if isClauseBreak(k) {
                    return .nothing
                }
                k -= 1
                continue
            default:
                break
            }
            let c = wordClass(k)
            if c.contains(.ofWord) {
                if let opening = complexPreposition(endingAt: k) {
                    k = opening - 1
                    continue
                }
                guard adjacent, let np = nounPhrase(endingAt: k - 1, floor: floor) else { return .nothing }
                return .ofPhrase(np)
            }
            // "the cybersecurity start-up for $23bn": "up" ends a compound here, no bridge.
            if !c.isDisjoint(with: [.bridge, .adverb]) || c.contains(.bridgePreposition), !isCompoundTail(k) {
                k -= 1
                continue
            }
            if isUnitAfterNumber(k) {
                adjacent = false
                k -= 1
                continue
            }
            if !c.isDisjoint(with: [.verb, .auxiliary]) || (c.contains(.verbOrNoun) && isVerbBeforeFigure(k)) {
                return .verb(k)
            }
            if c.contains(.preposition) {
                // "came in at $1.52": a particle before the figure's own preposition.
                if let next = self[k + 1], next.kind == .word, listed(next.lower).contains(.bridgePreposition) {
                    k -= 1
                    continue
                }
                // "in 17 years": the figure is an adjunct's, not a concept's.
                if adjacent { return .nothing }
                k -= 1
                continue
            }
            if c.contains(.conjunction) {
                // "3% in 2023 and 4% in 2024": figures in a row share their verb.
                guard k > floor, tokens[k - 1].kind == .number || isUnitAfterNumber(k - 1) || tokens[k - 1].kind == .symbol
                else { return .nothing }
                adjacent = false
                k -= 1
                continue
            }
            if c.contains(.determiner) {
                k -= 1
                continue
            }
            guard c.isDisjoint(with: WordClass.function), let np = nounPhrase(endingAt: k, floor: floor) else { return .nothing }
            var p = np.first - 1
            // "was broadly flat at": an adverb stands between a verb and its predicate.
            while p > floor, self[p]?.kind == .word, wordClass(p).contains(.adverb) { p -= 1 }
            guard p >= floor, let before = self[p] else { return .bare(np) }
            let pc = wordClass(p)
            if before.kind == .word, !pc.isDisjoint(with: [.verb, .auxiliary, .verbOrNoun]) {
                return .object(np, verb: p)
            }
            if before.kind == .word, pc.contains(.preposition), !before.isWord(ConceptKeys.of) {
                // "rose 5% in the first quarter to $5bn": an adjunct between verb and figure.
                adjacent = false
                k = p - 1
                continue
            }
            if before.kind == .word, pc.contains(.conjunction) || pc.contains(.relative) || pc.contains(.pronoun) { return .nothing }
            return .bare(np)
        }
        return .nothing
    }

    /// The first token of a complex preposition whose "of" is token `of`: "on top of",
    /// "in excess of", "in the region of", "upwards of"; nil for any other "of".
    private func complexPreposition(endingAt of: Int) -> Int? {
        guard let noun = self[of - 1], noun.kind == .word, ConceptWords.prepositionNouns.contains(noun.lower) else { return nil }
        // "upwards of 40" needs no preposition before it.
        if noun.lower == ConceptKeys.upwards { return of - 1 }
        var p = of - 2
        if self[p]?.isWord(ConceptKeys.the) == true { p -= 1 }
        guard let before = self[p], before.kind == .word, wordClass(p).contains(.preposition) else { return nil }
        return p
    }

    /// The noun a count in a subject is "of": "field" in "The marathon field of 50,000
    /// runners", "crowd" in "A crowd of 60,000 fans"; nil unless the phrase `np` follows a
    /// number (with its scale) that follows "of" and a noun.
    private func groupBeforeCount(_ np: NounPhrase, floor: Int) -> NounPhrase? {
        var n = np.first - 1
        while n > floor, self[n]?.kind == .word, listed(tokens[n].lower).contains(.scale) { n -= 1 }
        guard n - 2 >= floor, tokens[n].kind == .number, tokens[n - 1].isWord(ConceptKeys.of) else { return nil }
        guard let group = nounPhrase(endingAt: n - 2, floor: floor), !wordClass(group.last).contains(.time),
            wordClass(group.last).isDisjoint(with: [.measureNoun, .changeNoun])
        else { return nil }
        return group
    }

    /// True for the word after the hyphen of a compound: "up" in "start-up", "off" in "sell-off".
    private func isCompoundTail(_ k: Int) -> Bool {
        k > 1 && !tokens[k].spaceBefore && tokens[k - 1].isSymbol(ConceptKeys.hyphen) && !tokens[k - 1].spaceBefore
            && tokens[k - 2].kind == .word && ConceptWords.particles.contains(tokens[k].lower)
    }

    /// A listed noun-or-verb right before a figure is its verb ("costs $5bn", "cut 2,000
    /// jobs"); before a preposition it is a noun ("cut the cost by 5%" reads "cost").
    private func isVerbBeforeFigure(_ k: Int) -> Bool {
        // "-ed" and "-ing" forms are verbs here: "rising to 5%", "delivered 400,000 cars".
        guard listed(tokens[k].lower).contains(.verbOrNoun) else { return true }
        guard let next = self[k + 1], next.kind == .word,
            listed(next.lower).contains(.bridgePreposition) || next.isWord(ConceptKeys.of)
        else { return true }
        // "will increase by 8.5%", "plans to cut by 5%": after an auxiliary it is a verb still.
        guard let before = self[k - 1], before.kind == .word else { return false }
        return before.isWord(ConceptKeys.to) || !wordClass(k - 1).isDisjoint(with: [.auxiliary, .adverb])
    }

    /// A word after a number inside an earlier figure: "points" in "3 points to 5,000".
    func isUnitAfterNumber(_ k: Int) -> Bool {
        guard k > 0, let t = self[k] else { return false }
        if t.isSymbol(ConceptKeys.percent) { return true }
        guard t.kind == .word else { return false }
        // The number first: it rules out nearly every word without a look-up.
        let before = tokens[k - 1]
        let afterNumber = before.kind == .number
            || (k > 1 && tokens[k - 2].kind == .number && before.kind == .word && listed(before.lower).contains(.scale))
        return afterNumber && wordClass(k).isDisjoint(with: WordClass.function)
    }

    /// The subject of the verb at token `verb`, skipping its auxiliaries and adverbs, a
    /// relative pronoun ("Unilever, which employs") and an apposition between commas.
    func subject(ofVerb verb: Int) -> NounPhrase? {
        let floor = max(0, verb - Self.conceptWindow)
        var k = verb - 1
        // "is expected to rise", "has not been cut", "is likely to".
        while k >= floor, let t = self[k], t.kind == .word {
            let c = wordClass(k)
            if !c.isDisjoint(with: [.auxiliary, .adverb]) {
                k -= 1
            } else if t.isWord(ConceptKeys.to), k - 1 >= floor, tokens[k - 1].kind == .word,
                !wordClass(k - 1).isDisjoint(with: [.verb, .verbOrNoun, .adverb]) || wordClass(k - 1).contains(.beforeInfinitive)
            {
                k -= 2
            } else {
                break
            }
        }
        if let p = timeAdjunct(endingAt: k, floor: floor) { k = p - 1 }
        guard k >= floor, let t = self[k] else { return nil }
        if t.kind == .word, wordClass(k).contains(.referring) { return antecedent(of: k) }
        if t.kind == .word, wordClass(k).contains(.relative), !wordClass(k).contains(.determiner) || t.isWord(ConceptKeys.that) {
            // "Unilever, which employs": the relative clause's antecedent.
            k -= 1
            if self[k]?.isSymbol(ConceptKeys.comma) == true { k -= 1 }
            return nounPhrase(endingAt: k, floor: floor, links: true)
        }
        if t.kind == .symbol, t.isSymbol(ConceptKeys.comma), k == verb - 1, endsWith(verb, "ing"), let opening = antecedent(of: verb) {
            // "..., serving 3 million users", "..., killing at least 37 people": a clause of a
            // participle after a comma has the sentence's subject.
            return opening
        }
        if t.kind == .symbol, t.isSymbol(ConceptKeys.comma) {
            // "Apple, the world's most valuable company, rose": the head before the apposition.
            var j = k - 1
            while j > floor, !tokens[j].isSymbol(ConceptKeys.comma), !isClauseBreak(j) { j -= 1 }
            guard j > floor, tokens[j].isSymbol(ConceptKeys.comma) else { return nil }
            return nounPhrase(endingAt: j - 1, floor: floor, links: true)
        }
        guard var np = nounPhrase(endingAt: k, floor: floor, links: true) else { return nil }
        // "The marathon field of 50,000 runners raised £66m": the count sizes the noun it is
        // "of", and that noun is the subject.
        if let group = groupBeforeCount(np, floor: floor) { return group }
        // "The firm that makes the iPhone sold": the head before a relative clause.
        let p = np.first - 1
        if p - 1 >= floor, !wordClass(p).isDisjoint(with: [.verb, .verbOrNoun]), wordClass(p - 1).contains(.relative),
            let head = nounPhrase(endingAt: p - 2, floor: floor, links: true)
        {
            np = head
        }
        return np
    }

    /// The preposition opening a time adjunct that ends at token `k`, between a subject and
    /// its verb: "Temperatures in 2023 were", "Sales in the first quarter rose"; nil when the
    /// words there are no such adjunct.
    private func timeAdjunct(endingAt k: Int, floor: Int) -> Int? {
        guard k > floor, let t = self[k] else { return nil }
        guard t.kind == .number || (t.kind == .word && wordClass(k).contains(.time)) else { return nil }
        // "in the first quarter", "during last year's", "in 2023": a few words back at most.
        var p = k - 1
        while p > floor, p >= k - 3, let w = self[p], w.kind == .word, !wordClass(p).contains(.preposition) { p -= 1 }
        guard p > floor, let w = self[p], w.kind == .word, ConceptWords.timePrepositions.contains(w.lower) else { return nil }
        return p
    }

    /// Who "it" or "they" at token `pronoun` stands for, or who does what the participle
    /// there says: the sentence's opening subject, as in "Lindqvist Audio said it has sold
    /// 40m of its speakers" or "The quake struck at dawn, killing 37 people". Only a subject
    /// the sentence opens on, with its verb right after it; anything less sure names no one.
    func antecedent(of pronoun: Int) -> NounPhrase? {
        let floor = max(0, pronoun - 2 * Self.conceptWindow)
        var s = pronoun - 1
        while s >= floor, !isClauseBreak(s) { s -= 1 }
        // A sentence longer than the window: its opening is out of reach.
        if s < floor, floor > 0 { return nil }
        let start = s + 1
        guard start < pronoun, let np = nounPhrase(startingAt: start, ceiling: pronoun),
            np.first == start || (np.first == start + 1 && tokens[start].kind == .word)
        else { return nil }
        // "The satellite constellation now has": an adverb may stand before the verb.
        var v = np.last + 1
        while v < pronoun, self[v]?.kind == .word, wordClass(v).contains(.adverb) { v += 1 }
        guard self[v]?.kind == .word,
            !wordClass(v).isDisjoint(with: [.verb, .auxiliary, .speech, .verbOrNoun]),
            !wordClass(np.first).contains(.time)
        else { return nil }
        return np
    }
}
