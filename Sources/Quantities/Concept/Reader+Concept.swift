/// What a figure is about: the concept CQE's annotation gives each quantity.
///
/// The concept is the entity or noun phrase the figure describes, found in this order:
/// 1. the whole a share is of: "90% of microelectronics", "70% of its income" (with the
///    clause's subject, the income's owner);
/// 2. the noun the figure qualifies: "a 5% rise in prices" (what rises), "a $5bn deal",
///    "the 17-year-old striker", "$5bn in revenue";
/// 3. the noun the figure is "of": "a budget of $48.5 million";
/// 4. the verb's object it changes: "cut emissions by 55%", "extends the battery life by 4 hours";
/// 5. the clause's subject: "Exports rose 5%", "Unilever, which employs 9,000 people", "The
///    March gold contract was down $12 at $1,904 an ounce", "Inflation rose to 5%, the ONS said";
/// 6. a count belongs to whoever has or acts on it: the subject when the count is the
///    object ("Unilever employs 9,000 people", "Ford cut 2,000 jobs" → Ford), the agent of a
///    passive ("2,000 jobs were cut by Ford" → Ford, the same claim); a count's own noun only
///    when nothing else is named ("13,000 workers went on strike" → workers). The noun is
///    the figure's unit already, and a concept that only repeats it would tie every "1.2
///    million containers" in the archive together as repeats.
///
/// Around these: an amount of a material names its subject too ("The mine produced 2.3
/// million tonnes of copper" → mine copper); "it" and "they" stand for the subject the
/// sentence opens on, and so does a participle after a comma ("…, killing 37 people");
/// a margin is the winner's ("won the race by 38 seconds"); after "was" or "will" the
/// figure is the subject's ("the euro was flat at 86.1 pence"); a time between verb and
/// figure is passed over; a bare movement ("an increase of 4%") names only whose it is; a
/// count joined by "to" or "with" is the subject's ("flies to 120 destinations").
/// The extractor adds what needs the figures before: a figure after "N in" shares the
/// first's concept, and a ratio is about the group after it.
extension Reader {
    /// The concept and the whole of one figure, reading the words after "of" once: the
    /// extractor needs both for every figure.
    /// `isPart` says the figure is a share of its whole ("90% of", "a fifth of", "211 of
    /// the 400"), not an amount of a material ("5.6 billion gallons of water").
    func conceptAndWhole(first: Int, end: Int, isPart: Bool) -> (concept: [String], whole: [String]) {
        let reader = ConceptReader(self)
        let whole = reader.whole(after: end)
        return (reader.concept(first: first, end: end, whole: whole, isPart: isPart), whole)
    }
}

extension ConceptReader {
    /// The words naming what the figure read from token `first` up to `end` is about, given
    /// `words`, the whole after it (`whole(after: end)`), which the caller keeps too.
    func concept(first: Int, end: Int, whole words: [String], isPart: Bool) -> [String] {
        if !words.isEmpty {
            // "earns 70% of its income": the income is the subject's; "98.8% of GDP" is a
            // ratio to GDP of what the subject names. (The whole starts after "of" at `end`.)
            let ratio = isRatioBase(after: end)
            let owned = wordClass(end + 1).contains(.possessive)
            // Most shares are of a plain whole: no anchor to read.
            guard !isPart || ratio || owned else { return words }
            let anchor = anchor(before: first)
            if !isPart, let subject = materialOwner(anchor) {
                // "The company's data centres used 5.6 billion gallons of water": the water is
                // what is measured, the centres what the figure is about; both name the claim.
                return clean(phraseWords(subject) + words)
            }
            guard ratio || owned else { return words }
            switch anchor {
            case .verb(let v):
                if let subject = subject(ofVerb: v) { return clean(phraseWords(subject) + words) }
            case .object(let np, _) where ratio:
                // "cap squad costs at 70% of revenue": the costs are the ratio's numerator.
                return clean(phraseWords(np) + words)
            default:
                break
            }
            return words
        }
        if let after = conceptAfterFigure(first: first, end: end) { return clean(after) }
        return clean(concept(anchoredBefore: first, figureEnd: end, depth: 0))
    }

    private func concept(anchoredBefore first: Int, figureEnd end: Int, depth: Int) -> [String] {
        // Read only when a rule needs it: most figures are no counts.
        var counted: [String] { countNoun(first: first, end: end) }
        switch anchor(before: first) {
        case .ofPhrase(let np):
            // "a total of 300 people", "an all-time high of $2,450": the figure's own name,
            // which needs what it is the total or the high of.
            // "half of the 2,500 staff": a share's word before a count, whose noun is the whole.
            let head = wordClass(np.last)
            let named = phraseWords(np)
            let bare = named.count == 1
            // "an increase of about 4%": whose change it is; a bare movement names nothing,
            // but "growth of 1.5%", "a loss of $5m" name a measure.
            if bare, head.contains(.changeNoun), !head.contains(.measureNoun) {
                let owner = depth == 0 ? concept(anchoredBefore: np.first, figureEnd: end, depth: 1) : []
                return ConceptWords.movements.contains(tokens[np.last].lower) ? owner : owner + named
            }
            guard !head.isDisjoint(with: [.measureNoun, .bridge]) else { return named }
            if bare {
                let counted = counted
                if !counted.isEmpty { return counted }
            }
            let owner = depth == 0 ? concept(anchoredBefore: np.first, figureEnd: end, depth: 1) : []
            // "a total of 300", "an average of 20,100": the owner's figure; but "a fee of
            // £45m", "at a cost of $96m" name what the owner pays.
            return bare && ConceptWords.genericMeasures.contains(tokens[np.last].lower) ? owner : owner + named
        case .object(let np, let verb):
            if wordClass(np.last).contains(.time) {
                // "fell 11% year on year to 268 million units": the time is an adverbial, and
                // the figure is the subject's.
                guard !wordClass(verb).contains(.speech), let subject = subject(ofVerb: verb),
                    !wordClass(subject.last).contains(.time)
                else { return counted }
                return phraseWords(subject)
            }
            let verbClass = wordClass(verb)
            // "won the race by 38 seconds": a margin is the winner's, and no one else's.
            if verbClass.contains(.margin) { return subject(ofVerb: verb).map(phraseWords) ?? [] }
            // "the euro was flat at 86.1 pence", "will feature 48 teams": after "was" or
            // "will" the word is a predicate or a verb, and the figure is the subject's.
            if verbClass.contains(.auxiliary), !verbClass.contains(.having) {
                return subject(ofVerb: verb).map(phraseWords) ?? []
            }
            return phraseWords(np)
        case .bare(let np):
            guard wordClass(np.last).contains(.time) else { return phraseWords(np) }
            // "fell 11% year on year to 268 million units": past the time, to the verb.
            let before = depth == 0 ? concept(anchoredBefore: np.first, figureEnd: end, depth: 1) : []
            return before.isEmpty ? counted : before
        case .verb(let v):
            // "said 300 people died": the figure opens a reported clause of its own.
            if wordClass(v).contains(.speech) { return counted }
            if let subject = subject(ofVerb: v), !wordClass(subject.last).contains(.time) { return phraseWords(subject) }
            return counted
        case .nothing:
            if let head = appositionHead(first: first, end: end) { return phraseWords(head) }
            let counted = counted
            if !counted.isEmpty, let agent = passiveAgent(after: end) { return agent }
            if !counted.isEmpty, depth == 0, let owner = ownerAcross(preposition: first - 1) { return owner }
            return counted
        }
    }

    /// The subject of the clause a count joins through "to" or "with": "The network will
    /// offer speeds of up to 10 gigabits to 1.4 million homes" → network; "The bill passed
    /// with 68 votes" → bill. Only back to the clause's verb, and never past a verb of saying.
    private func ownerAcross(preposition p: Int) -> [String]? {
        guard let t = self[p], t.kind == .word, t.isWord(ConceptKeys.to) || t.isWord(ConceptKeys.with) else { return nil }
        let floor = max(0, p - Self.conceptWindow)
        var k = p - 1
        while k >= floor {
            if isClauseBreak(k) || tokens[k].isSymbol(ConceptKeys.comma) { return nil }
            if tokens[k].kind == .word {
                let c = wordClass(k)
                if c.contains(.speech) || c.contains(.conjunction) || c.contains(.relative) { return nil }
                if c.contains(.verb) {
                    guard let subject = subject(ofVerb: k), !wordClass(subject.last).contains(.time) else { return nil }
                    return phraseWords(subject)
                }
            }
            k -= 1
        }
        return nil
    }

    /// Who has or handles an amount of a material, from the figure's anchor: the subject of
    /// the verb before it ("The mine produced 2.3 million tonnes of copper"), also past
    /// "could" or "will" ("Data centres could consume 945 terawatt-hours of electricity");
    /// none after a verb of saying.
    private func materialOwner(_ anchor: ConceptAnchor) -> NounPhrase? {
        let verb: Int
        switch anchor {
        case .verb(let v): verb = v
        case .object(_, let v) where wordClass(v).contains(.auxiliary) && !wordClass(v).contains(.having): verb = v
        default: return nil
        }
        guard !wordClass(verb).contains(.speech), let subject = subject(ofVerb: verb),
            !wordClass(subject.last).contains(.time)
        else { return nil }
        return subject
    }

    /// The noun a figure between commas stands beside: "The asteroid, about 140 metres
    /// across, will pass" → asteroid; "The bridge, 1.2km long, opened" → bridge: a figure
    /// alone between its commas, or with one dimension word after it.
    private func appositionHead(first: Int, end: Int) -> NounPhrase? {
        var k = first - 1
        while k > 0, self[k]?.kind == .word, wordClass(k).contains(.bridge) || wordClass(k).contains(.adverb) { k -= 1 }
        guard k > 0, tokens[k].isSymbol(ConceptKeys.comma) else { return nil }
        var after = end
        if let w = self[after], w.kind == .word, ConceptWords.dimensions.contains(w.lower) { after += 1 }
        guard self[after]?.isSymbol(ConceptKeys.comma) == true else { return nil }
        let floor = max(0, k - Self.conceptWindow)
        guard let np = nounPhrase(endingAt: k - 1, floor: floor), wordClass(np.last).isDisjoint(with: [.time]) else { return nil }
        return np
    }

    /// The agent of a passive after a count: "Ford" in "2,000 jobs were cut by Ford".
    private func passiveAgent(after end: Int) -> [String]? {
        var k = end
        var auxiliary = false
        while k < min(tokens.count, end + 4), tokens[k].kind == .word {
            let c = wordClass(k)
            guard !c.isDisjoint(with: [.auxiliary, .adverb]) else { break }
            auxiliary = auxiliary || c.contains(.auxiliary)
            k += 1
        }
        guard auxiliary, self[k]?.kind == .word, !wordClass(k).isDisjoint(with: [.verb, .verbOrNoun]),
            self[k + 1]?.isWord(ConceptKeys.by) == true,
            let agent = nounPhrase(startingAt: k + 2, ceiling: min(tokens.count, k + 8))
        else { return nil }
        return phraseWords(agent)
    }

    /// The noun a figure qualifies, read after it: "a 5% rise in prices" → prices, "a $5bn
    /// deal" → deal, "$5bn in revenue" → revenue.
    private func conceptAfterFigure(first: Int, end: Int) -> [String]? {
        guard var next = self[end] else { return nil }
        var start = end
        // "a 7.8-magnitude earthquake": the compound the figure opens is part of the phrase.
        if next.kind == .symbol, !next.spaceBefore, next.isSymbol(ConceptKeys.hyphen), let word = self[end + 1], word.kind == .word,
            !word.spaceBefore
        {
            // "a 7.8-magnitude earthquake" is about the earthquake, the magnitude its unit.
            let skipsUnit = self[end + 2].map { $0.spaceBefore && isNounish(end + 2) } ?? false
            start = skipsUnit ? end + 2 : end + 1
            next = skipsUnit ? tokens[end + 2] : word
        }
        guard next.kind == .word else { return nil }
        let ceiling = min(tokens.count, start + 6)
        // Only "a 5% rise", "Apple's $5bn deal" or "5% growth in" qualify a noun: most
        // figures have no phrase after them worth reading.
        let prenominal = first > 0 && tokens[first - 1].kind == .word
            && ((wordClass(first - 1).contains(.determiner) && !wordClass(first - 1).contains(.relative)) || endsWith(first - 1, "'s"))
        // "with 62% support", "won 52% support": a share qualifies the noun right after it,
        // unless a copula makes it a predicate ("was 95% effective").
        let share = isPercent(end - 1) && first > 0 && tokens[first - 1].kind == .word
            && !wordClass(first - 1).isDisjoint(with: [.preposition, .verb, .verbOrNoun])
            && !wordClass(first - 1).contains(.auxiliary)
        let qualifies = prenominal || share || wordClass(start).contains(.changeNoun)
        if qualifies, let np = nounPhrase(startingAt: start, ceiling: ceiling),
            // "a 9% increase on last year": a bare movement is the owner's, read before the figure.
            np.first < np.last || !ConceptWords.movements.contains(tokens[np.last].lower) || isChangeOf(np.last)
        {
            // "a 5% rise in prices", "a 20% stake in Twitter": what rises, what is held.
            if wordClass(np.last).contains(.changeNoun), isChangeOf(np.last),
                let what = nounPhrase(startingAt: np.last + 2, ceiling: min(tokens.count, np.last + 8)),
                !wordClass(what.last).contains(.time)
            {
                return phraseWords(what)
            }
            // "hit a 14-month high": the high is the subject's.
            if prenominal, wordClass(np.last).contains(.measureNoun) {
                return concept(anchoredBefore: first, figureEnd: end, depth: 1) + phraseWords(np)
            }
            if prenominal || share && !tokens[np.first].isCapitalized
                && wordClass(np.first).isDisjoint(with: [.time, .timeOpener, .bridge, .verbOrNoun])
            {
                // "a $69bn takeover of Activision": what the deal is of belongs to it.
                if self[np.last + 1]?.isWord(ConceptKeys.of) == true,
                    let of = nounPhrase(startingAt: np.last + 2, ceiling: min(tokens.count, np.last + 6))
                {
                    return phraseWords(NounPhrase(first: np.first, last: of.last))
                }
                return phraseWords(np)
            }
        }
        // "$5bn in revenue": money counted in something, not a place or a time.
        if next.isWord(ConceptKeys.in), isMoney(first: first, end: end),
            let np = nounPhrase(startingAt: end + 1, ceiling: ceiling),
            !tokens[np.first].isCapitalized, wordClass(np.last).isDisjoint(with: [.time]), !tokens[np.first].isWord(ConceptKeys.the),
            // "for €4.8bn in cash and shares": how it is paid, not what it is.
            !ConceptWords.meansOfPayment.contains(tokens[np.first].lower)
        {
            return phraseWords(np)
        }
        return nil
    }

    /// True when the change noun at `k` says what changed: "rise in prices", "fall of 5%".
    private func isChangeOf(_ k: Int) -> Bool {
        guard let link = self[k + 1] else { return false }
        return link.isWord(ConceptKeys.in) || link.isWord(ConceptKeys.of) || link.isWord(ConceptKeys.to)
    }

    /// The figure's counted noun: "workers" in "13,000 workers", none in "$5bn" or "87 mph".
    func countNoun(first: Int, end: Int) -> [String] {
        var k = end - 1
        while k >= first, tokens[k].kind != .number { k -= 1 }
        // Most figures end on their number or a sign: nothing to read.
        guard k >= first, k + 1 < end else { return [] }
        var start = k + 1
        while start < end, tokens[start].kind == .word, listed(tokens[start].lower).contains(.scale) { start += 1 }
        guard start < end, tokens[start].kind == .word else { return [] }
        let c = listed(tokens[start].lower)
        if c.contains(.unit) { return [] }
        // "4.2 million square kilometres", "420 parts per million": a unit, not a counted noun.
        if c.contains(.unitStart) {
            if let unit = readUnit(at: start) {
                if unit.entry.kind != .count { return [] }
            } else if readCurrencyWord(at: start) != nil {
                return []
            }
        }
        var last = start - 1
        while last + 1 < end, let t = self[last + 1], t.kind == .word || (t.isSymbol(ConceptKeys.hyphen) && !t.spaceBefore) {
            if t.kind == .word {
                guard wordClass(last + 1).isDisjoint(with: WordClass.function.union([.bridge, .unit])) else { break }
            }
            last += 1
        }
        return last >= start ? conceptWords(from: start, through: last) : []
    }

    /// True when token `k` ends a percentage: "%", "percent", "per cent".
    private func isPercent(_ k: Int) -> Bool {
        guard let t = self[k], t.kind != .number else { return false }
        if t.kind == .symbol { return t.isSymbol(ConceptKeys.percent) }
        return t.isWord(ConceptKeys.percentWord) || (t.isWord(ConceptKeys.cent) && self[k - 1]?.isWord(ConceptKeys.per) == true)
    }

    /// "of GDP", "of the firm's revenue": a whole whose last word is a ratio's base.
    private func isRatioBase(after of: Int) -> Bool {
        var k = of + 1
        while k < min(tokens.count, of + 5), tokens[k].kind == .word || tokens[k].kind == .symbol {
            if listed(tokens[k].lower).contains(.ratioBase) { return true }
            k += 1
        }
        return false
    }

    private func isMoney(first: Int, end: Int) -> Bool {
        for k in first..<end {
            let t = tokens[k]
            if t.lex.contains(.currency) || listed(t.lower).contains(.currencyWord) { return true }
        }
        return false
    }

    private func phraseWords(_ np: NounPhrase) -> [String] {
        conceptWords(from: np.first, through: np.last)
    }

    /// A concept of at most six words: a long one keeps its end, where a phrase's head is,
    /// and opens on no "of" or "and". (Each phrase names something already: `conceptWords`.)
    private func clean(_ words: [String]) -> [String] {
        // Most concepts are short: no second array for them.
        guard words.count > 6 else { return words }
        var tail = words.suffix(6)
        while tail.count > 1, ["of", "and", "&", "in", "at", "for", "on", "to", "from", "among"].contains(tail.first!) { tail.removeFirst() }
        return Array(tail)
    }
}
