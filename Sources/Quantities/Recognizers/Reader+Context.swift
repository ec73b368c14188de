/// What stands around a figure: change cues before and after it, and whether
/// the number is really a date, a time, an ordinal or part of a name.
extension Reader {
    /// The change cue that ends right before token `i` ("more than", "rose by", "about").
    func changeCue(before i: Int) -> Change? {
        if let cue = cue(endingAt: i, figure: i) { return cue }
        // "rose by an average of 5.2%", "lost an average of 15%": the cue stands before the
        // average, and an average alone is no cue.
        if i >= 3, self[i - 1]?.isWord("of") == true, self[i - 2]?.isWord("average") == true,
            self[i - 3].map({ $0.isWord("an") || $0.isWord("a") }) == true
        {
            let cue = changeCue(before: i - 3)
            return cue == .up || cue == .down ? cue : nil
        }
        // "rose by 5%", "an increase of 5%": the preposition belongs to the cue. After "to" the
        // figure is the level reached, not the change: "fell to 64,000" is exactly 64,000.
        if let t = self[i - 1], Keys.cuePrepositions.contains(t.lower), let cue = cue(endingAt: i - 1, figure: i) {
            if t.isWord("to"), cue == .up || cue == .down { return .exact }
            return cue
        }
        // "cut emissions by 55%", "raised its rate by 0.5 points": the verb stands a few
        // words before "by", which marks the size of a change.
        if let t = self[i - 1], t.isWord("by") {
            var k = i - 2
            // "cut the risk of heart attack by 20%": the object may run to six words. "lost the
            // yellow jersey by eight seconds" is a margin, not a fall.
            while k >= 0, k >= i - 8, tokens[k].kind == .word {
                if tokens[k].lex.contains(.cueEnd), !tokens[k].isWord("lost"), let cue = cue(endingAt: k + 1, figure: i), cue == .up || cue == .down {
                    return cue
                }
                k -= 1
            }
        }
        // ">10", ">= 30", "≤ 5": comparison signs, with or without a space.
        if let sign = self[i - 1], sign.kind == .symbol {
            var comparator = sign
            if sign.isSymbol("="), let before = self[i - 2], before.kind == .symbol, glued(i - 1) { comparator = before }
            if comparator.isSymbol(">") || comparator.isSymbol("≥") || comparator.isSymbol("⩾") { return .moreThan }
            if comparator.isSymbol("<") || comparator.isSymbol("≤") || comparator.isSymbol("⩽") { return .lessThan }
        }
        // "+5%" and "−5%" carry the direction in the sign.
        if let sign = self[i - 1], glued(i) {
            if sign.isSymbol("+") { return .up }
            if sign.isSymbol("−") || (sign.isSymbol("-") && (self[i - 2] == nil || sign.spaceBefore)) { return .down }
        }
        return nil
    }

    private func cue(endingAt end: Int, figure i: Int) -> Change? {
        guard end > 0, tokens[end - 1].lex.contains(.cueEnd), let candidates = WordVocabulary.changeCuesByLastWord[tokens[end - 1].lower] else { return nil }
        for cue in candidates {
            let n = cue.words.count
            guard end - n >= 0 else { continue }
            var matched = true
            for (k, word) in cue.words.enumerated() where tokens[end - n + k].kind != .word || tokens[end - n + k].lower != TokenKey(word.utf8) {
                matched = false
                break
            }
            // Prepositions alone ("to", "of") are cues only after a verb cue.
            if matched, end < i, n == 1, ["over", "under", "above", "below", "within", "beyond"].contains(cue.words[0]) {
                matched = false
            }
            // "women make up two-fifths of the board", "wages taking up 91% of revenue": a
            // share, not a rise.
            if matched, cue.words == ["up"], end - 2 >= 0, tokens[end - 2].kind == .word,
                Keys.makeVerbs.contains(tokens[end - 2].lower)
            {
                matched = false
            }
            // "edged up to 2.3%": the level a move reached, not a ceiling.
            if matched, cue.words == ["up", "to"], end - 3 >= 0, tokens[end - 3].kind == .word,
                Keys.motionVerbs.contains(tokens[end - 3].lower)
            {
                return .exact
            }
            // "raised $150m" is money raised; "raised prices by 5%" reads the cue through "by".
            if matched, end == i, cue.words == ["raised"] || cue.words == ["raise"] { matched = false }
            guard matched else { continue }
            // "did not win more than two games" is at most two: a negated bound turns over.
            if cue.change == .moreThan || cue.change == .lessThan, isNegated(before: end - n) {
                return cue.change == .moreThan ? .lessThan : .moreThan
            }
            return cue.change
        }
        return nil
    }

    /// Whether "not" or "never" stands within the three words before token `start`.
    private func isNegated(before start: Int) -> Bool {
        var k = start - 1
        while k >= 0, k >= start - 3 {
            let t = tokens[k]
            if t.kind != .word { return false }
            if Keys.negations.contains(t.lower) { return true }
            k -= 1
        }
        return false
    }

    /// A cue after the figure: "or more", "or so", "or less", "plus".
    func trailingCue(at i: Int) -> (change: Change, end: Int)? {
        guard let t = self[i] else { return nil }
        if t.isWord("or"), let next = self[i + 1] {
            switch next.lower {
            case "more", "above", "greater", "over": return (.moreThan, i + 2)
            case "less", "fewer", "below", "under": return (.lessThan, i + 2)
            case "so", "thereabouts": return (.approximately, i + 2)
            default: return nil
            }
        }
        if t.isSymbol("+"), glued(i) { return (.moreThan, i + 1) }
        if t.isSymbol("-"), glued(i), self[i + 1]?.isWord("plus") == true { return (.moreThan, i + 2) }
        return nil
    }

    /// A unit after the number, or after the second number of a range ("Range 5-10%"):
    /// names carry no units, so a figure with one is a figure even after a capital.
    private func unitFollows(_ end: Int) -> Bool {
        if readUnit(at: end) != nil || readCurrencyWord(at: end) != nil { return true }
        // "Range 5-10%" is a range; "the Nikkei 225 -0.8%" a name and then a signed figure.
        if let dash = self[end], dash.isSymbol("-") || dash.isSymbol("–"), self[end + 1]?.kind == .number,
            dash.spaceBefore == (self[end + 1]?.spaceBefore ?? false)
        {
            return readUnit(at: end + 2) != nil
        }
        return false
    }

    /// A word with a capital after its first letter names a product: "iPhone 15", "eBay".
    private func hasInnerCapital(_ k: Int) -> Bool {
        guard let t = self[k], t.kind == .word else { return false }
        return bytes[(t.start + 1)..<t.end].contains { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// A one-letter Hebrew or Arabic prefix ("ב-5%", "in 5%"), which joins a figure with a
    /// hyphen the way a name's letters do ("F-16") but names nothing.
    private func isPrefixLetter(_ k: Int) -> Bool {
        let scalars = text(k).unicodeScalars
        guard scalars.count == 1, let s = scalars.first else { return false }
        return (0x0590...0x06FF).contains(s.value)
    }

    /// "1000-5000": round hundreds that climb are a range of amounts, never a phone number
    /// ("555-1234") or a pair of years ("1990-1995").
    private func isRoundRange(_ low: Double, _ high: Double) -> Bool {
        low.truncatingRemainder(dividingBy: 100) == 0 && high.truncatingRemainder(dividingBy: 100) == 0
            && high > low && (high > 2100 || low < 1000)
    }

    /// True when the bare integer at `i` is a year, a day of a month, a time, an ordinal, or
    /// part of a name or code, so that it is no quantity at all.
    func isNotAQuantity(_ reading: NumberReading) -> Bool {
        let i = reading.first
        let t = tokens[i]
        let previous = self[i - 1]
        let next = self[reading.end]

        // "24/7", "9/11", "3/4/2020": numbers glued by a slash that make no fraction.
        if let next, next.isSymbol("/"), glued(reading.end), self[reading.end + 1]?.kind == .number, glued(reading.end + 1) {
            return true
        }
        // Ranks: "the top 10 seed", "a top 20 finish"; "the top 1% of earners" is a share.
        if let previous, previous.isWord("top") || previous.isWord("bottom"), readUnit(at: reading.end) == nil,
            readCurrencyWord(at: reading.end) == nil
        {
            return true
        }
        // Names glued to a number: "the 49ers", "the 76ers", "3D".
        if let next, next.kind == .word, glued(reading.end), !Keys.ordinalSuffixes.contains(next.lower),
            readUnit(at: reading.end) == nil, readCurrencyWord(at: reading.end) == nil
        {
            return true
        }
        // Ordinals and decades: "24th", "1990s".
        if let next, next.kind == .word, glued(reading.end),
            Keys.ordinalSuffixes.contains(next.lower)
        {
            return true
        }
        // Days beside a month: "June 18", "18 June", "Jan. 5".
        if let previous, WordVocabulary.months.contains(previous.lower), previous.isCapitalized { return true }
        if let previous, previous.isSymbol("."), let month = self[i - 2], WordVocabulary.months.contains(month.lower), month.isCapitalized { return true }
        if let next, WordVocabulary.months.contains(next.lower), next.isCapitalized, t.number <= 31 { return true }
        // Times of day: "10:30", "10 am", "9 p.m.".
        if let next, next.isSymbol(":"), glued(reading.end), let m = self[reading.end + 1], m.kind == .number, m.integerDigits == 2 { return true }
        if let next, next.kind == .word, UnitVocabulary.clockWords.contains(next.lower), t.number <= 24 { return true }
        // "9 p.m.", "10 a.m.": the tokenizer splits the dotted forms into "p", ".", "m".
        if let next, next.isWord("a") || next.isWord("p"), self[reading.end + 1]?.isSymbol(".") == true,
            glued(reading.end + 1), self[reading.end + 2]?.isWord("m") == true, glued(reading.end + 2), t.number <= 12
        {
            return true
        }
        // Numbers glued into names and codes: "F-16", "Covid-19", "#5", "No. 3".
        if let previous, glued(i) {
            if previous.kind == .word || previous.isSymbol("#") || previous.isSymbol("№") { return true }
            if previous.isSymbol("-") || previous.isSymbol("/"), let before = self[i - 2], before.kind == .word || before.kind == .number, glued(i - 1),
                !isPrefixLetter(i - 2), !before.isWord("sub")
            {
                return true
            }
        }
        if let previous, previous.isSymbol("."), let no = self[i - 2], no.lower == "no" { return true }
        // Phone numbers and identifiers: "555-1234", "2024-06-18".
        if let next, next.isSymbol("-"), glued(reading.end), let after = self[reading.end + 1], after.kind == .number, glued(reading.end + 1),
            after.integerDigits >= 4 || (t.integerDigits == 4 && after.integerDigits == 2),
            !isRoundRange(t.number, after.number)
        {
            return true
        }
        // Names: "Channel 24", "Boeing 737", "Section 427", "24 Kanal".
        if let previous, previous.isCapitalized || hasInnerCapital(i - 1), !WordVocabulary.capitalizedFunctionWords.contains(previous.lower),
            !WordVocabulary.months.contains(previous.lower), readCurrencySign(at: i - 1) == nil, previous.kind == .word,
            !unitFollows(reading.end)
        {
            return true
        }
        if let next, next.isCapitalized, readUnit(at: reading.end) == nil, readCurrencyWord(at: reading.end) == nil,
            next.lower != "percent", !countsCapitalized(at: reading.end)
        {
            return true
        }
        // "10-K", "4-H": a number hyphenated to a capital letter names a form or a club.
        if let next, next.isSymbol("-"), glued(reading.end), let letter = self[reading.end + 1], letter.kind == .word,
            glued(reading.end + 1), letter.isAllCaps, letter.lower.count == 1
        {
            return true
        }
        // Phone numbers written in groups: "020 7946 0958", next to a zero-led group.
        if self[i - 1]?.kind == .code || next?.kind == .code { return true }
        // Codes of three or more parts: "+1-222-2222", "978-3-16".
        if let next, next.isSymbol("-"), glued(reading.end), self[reading.end + 1]?.kind == .number, glued(reading.end + 1),
            self[reading.end + 2]?.isSymbol("-") == true, glued(reading.end + 2), self[reading.end + 3]?.kind == .number
        {
            return true
        }
        // Years used as dates: "in 2019", "since 1988", "the 2020 election".
        if t.integerDigits == 4, (1000...2100).contains(t.number) {
            // "1000-5000" is a range of amounts: its other end is no year.
            if let next, next.kind == .symbol, Keys.dashes.contains(next.lower), let other = self[reading.end + 1], other.kind == .number,
                isRoundRange(t.number, other.number)
            {
                return false
            }
            // "in 1000 cases", "1500 people": before a plural noun, only the years a news
            // story names as dates ("the 2020 elections") stay dates.
            if t.number < 1900, let noun = readCountNoun(at: reading.end), noun > reading.end, tokens[noun - 1].lower.hasSuffix("s") || lower(noun - 1) == "people" {
                return false
            }
            // "more than 1500 people", "above 1000": a bound is an amount, and so is a rough
            // figure outside the years a news story usually names ("nearly 1800").
            switch changeCue(before: i) {
            case .moreThan?, .lessThan?: return false
            case .approximately? where !(1950...2040).contains(t.number): return false
            default: break
            }
            if let next, next.isSymbol("%") { return false }
            if readUnit(at: reading.end) != nil || readCurrencyWord(at: reading.end) != nil { return false }
            return true
        }
        return false
    }
}
