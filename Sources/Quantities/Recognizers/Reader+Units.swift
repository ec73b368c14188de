/// A unit written after a number, found by longest match against `UnitVocabulary.units`.
struct UnitMatch {
    var entry: UnitEntry
    var end: Int
}

extension Reader {
    private static let spacedLetters: Set<String> = ["m", "g", "l", "t"]

    /// A capital C or F glued to a plausible temperature and followed by no noun.
    private func isTemperatureLetter(at i: Int) -> Bool {
        guard glued(i), tokens[i].isCapitalized, let number = self[i - 1], number.kind == .number, number.number <= 140 else { return false }
        guard let next = self[i + 1] else { return true }
        if next.kind == .word { return Keys.afterTemperature.contains(next.lower) }
        return !next.isSymbol("/")
    }

    /// The unit a short symbol names by its case ("GB", "Mb", "Nm"), if it is one of
    /// `UnitVocabulary.caseSensitiveUnits`; only symbols with a capital are looked up.
    private func caseSensitiveUnit(at i: Int) -> UnitEntry? {
        let t = tokens[i]
        guard t.kind == .word, t.end - t.start == 2, bytes[t.start..<t.end].contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return nil }
        return UnitVocabulary.caseSensitiveUnits[text(i)]
    }

    /// The unit written at token `i`, by longest match against `UnitVocabulary.units`.
    func readUnit(at i: Int) -> UnitMatch? {
        guard let first = self[i], first.kind == .symbol || (first.kind == .word && first.lex.contains(.unitStart)),
            let longest = UnitVocabulary.unitIndex.longestForm(startingWith: first.lower)
        else { return nil }
        for n in stride(from: longest, through: 1, by: -1) {
            guard let p = phrase(at: i, length: n), let entry = UnitVocabulary.units[p] else { continue }
            // One-letter units ("m", "g", "l", "t", "w", "v") and "in"-like short forms must be
            // glued to the number or they read ordinary words ("5 m" stays, "a 5 g" is rare).
            // A lowercase metric letter standing alone is a unit too: "a 1.8 m wall".
            // Longer symbols may stand apart ("50 mg", "1.7 eV") unless they are also
            // words or initials (`UnitVocabulary.gluedOnlyForms`: "cc", "MP").
            let spacedMetric = p.count == 1 && (Self.spacedLetters.contains(p) && !tokens[i].isCapitalized || text(i) == "L")
            if n == 1, p != "%", !glued(i), !spacedMetric, p.count == 1 || UnitVocabulary.gluedOnlyForms.contains(p) {
                continue
            }
            if n == 1, let exact = caseSensitiveUnit(at: i) {
                return UnitMatch(entry: exact, end: i + 1)
            }
            if n == 1, tokens[i].isAllCaps, UnitVocabulary.notInCapitals.contains(p) { continue }
            // "40C" is a temperature; "5c", "13F filing", "777F" and "14.7C/share" are not.
            if n == 1, p == "c" || p == "f", !isTemperatureLetter(at: i) { continue }
            // A unit word must end where the word ends: "m" in "m/s" is handled by the longer form.
            if let after = self[i + n], after.kind == .word, !after.spaceBefore { continue }
            return UnitMatch(entry: entry, end: i + n)
        }
        return nil
    }

    /// True when token `i` holds only letters and apostrophes: no digits as in "G7".
    private func isAlphabetic(_ i: Int) -> Bool {
        let t = tokens[i]
        if bytes[t.start..<t.end].allSatisfy({ $0 < 0x80 }) {
            return bytes[t.start..<t.end].allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 == UInt8(ascii: "'") }
        }
        return text(i).unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "'" || $0 == "’" }
    }

    /// "7 of 10 agreed", "5 voted": past-tense verbs end in "-ed", few counted nouns do.
    static func looksLikePastTense(_ word: String) -> Bool {
        word.count > 4 && word.hasSuffix("ed") && !NounVocabulary.nounsWithAdjectiveEndings.contains(TokenKey(word.utf8))
    }

    /// The end of the counted noun after a number ("13,000 workers", "2,000 new homes",
    /// "3 million Britons"), if one follows.
    ///
    /// After a number more than one this is `countedNounPhrase(at:)`, the noun phrase up to
    /// its plural head; failing that, and after "one", a single lowercase word that looks
    /// like a noun ("40 crew", "one solution") or one of a people ("one American"), whole
    /// with its hyphenated parts ("13,000 workers-strong").
    ///
    /// - Parameter plural: whether the number is more than one.
    func readCountNoun(at i: Int, plural: Bool = false) -> Int? {
        if plural, let phrase = countedNounPhrase(at: i) { return phrase.end }
        guard isCountNounCandidate(i) else { return nil }
        var end = i + 1
        while self[end]?.isSymbol("-") == true, glued(end), glued(end + 1), self[end + 1]?.kind == .word {
            end += 2
        }
        return end
    }

    private func isCountNounCandidate(_ i: Int) -> Bool {
        guard let t = self[i], t.kind == .word, t.spaceBefore,
            !t.isCapitalized || NounVocabulary.peopleSingulars.contains(t.lower),
            lower(i).count > 1, !WordVocabulary.notCountNouns.contains(t.lower),
            !NumberWords.isNumberWord(t.lower), !WordVocabulary.months.contains(t.lower),
            !t.lower.hasSuffix("ly"), !Self.looksLikePastTense(lower(i)), isAlphabetic(i)
        else { return false }
        return true
    }

    // MARK: - Counted noun phrases

    /// The counted noun phrase at token `i`, after a number more than one: where it ends and
    /// where its head, the plural noun it counts, starts.
    ///
    /// The phrase is the run of words from `i` to the first plural noun, over at most four
    /// modifiers before it: adjectives ("new", "additional", "registered"), nouns ("season",
    /// "hospital"), proper nouns, peoples and codes ("Toyota and Honda", "British", "COVID-19",
    /// "NHS"), words joined by hyphens ("low-income"). A plural is a word in "-s" (not
    /// `NounVocabulary.singularsInS`), one of `NounVocabulary.pluralsWithoutS`, a people's
    /// name, or capitals with an "s" ("MPs"). A plural right before another hands the head
    /// on ("police officers", "sports fans", "400 Chinese students"). A function word, a
    /// number, punctuation or an adverb in "-ly" before any plural means no phrase: "7 of
    /// 10", "5 voted", "300 came".
    func countedNounPhrase(at i: Int) -> (end: Int, head: Int)? {
        guard self[i]?.spaceBefore == true else { return nil }
        return phraseHead(from: i)
    }

    /// Longest phrase words a count reads before giving up on a head.
    private static let phraseWordLimit = 5

    private func phraseHead(from start: Int) -> (end: Int, head: Int)? {
        var k = start
        var words = 0
        while words < Self.phraseWordLimit {
            guard let t = self[k], t.kind == .word, k == start || t.spaceBefore else { return nil }
            // "Toyota and Honda cars": a conjunction between capitals joins two modifiers.
            if k > start, t.isWord("and") || t.isWord("&"), tokens[k - 1].isCapitalized,
                let next = self[k + 1], next.kind == .word, next.isCapitalized
            {
                k += 1
                continue
            }
            let end = wordGroupEnd(at: k)
            guard isPhraseWord(k, end) else { return nil }
            if isPlural(k, end) {
                // "police officers", "Chinese students": of two plurals in a row the second is
                // the head ("NHS trusts declared incidents" is no such pair).
                if let next = self[end], next.kind == .word, next.spaceBefore, words + 1 < Self.phraseWordLimit {
                    let nextEnd = wordGroupEnd(at: end)
                    if isPhraseWord(end, nextEnd), isPlural(end, nextEnd) { return (nextEnd, end) }
                }
                return (end, k)
            }
            words += 1
            k = end
        }
        return nil
    }

    /// The end of the word at `k` with the parts hyphenated to it: "COVID-19", "low-income".
    private func wordGroupEnd(at k: Int) -> Int {
        var end = k + 1
        while self[end]?.isSymbol("-") == true, glued(end), glued(end + 1),
            let part = self[end + 1], part.kind == .word || part.kind == .number
        {
            end += 2
        }
        return end
    }

    /// Whether tokens `k..<end` may stand in a counted noun phrase: a noun, an adjective, a
    /// proper noun or a code; not a function word, a number word, a month or an adverb.
    private func isPhraseWord(_ k: Int, _ end: Int) -> Bool {
        let t = tokens[k]
        if NounVocabulary.adjectives.contains(t.lower) { return true }
        // "two-bedroom homes", "five-star hotels": a number word opens a compound modifier.
        if end > k + 1, NumberWords.isNumberWord(t.lower), tokens[end - 1].kind == .word,
            !NumberWords.isNumberWord(tokens[end - 1].lower)
        {
            return true
        }
        guard t.end - t.start > 1 || t.isCapitalized, !WordVocabulary.notCountNouns.contains(t.lower),
            !NumberWords.isNumberWord(t.lower), !WordVocabulary.months.contains(t.lower)
        else { return false }
        if t.isCapitalized { return !WordVocabulary.capitalizedFunctionWords.contains(t.lower) }
        if end > k + 1 { return true }
        let adverb = bytes[t.end - 1] == UInt8(ascii: "y") && bytes[t.end - 2] == UInt8(ascii: "l")
        return !adverb && isAlphabetic(k)
    }

    /// Whether the word group `k..<end` is a plural noun: "workers", "people", "Americans",
    /// "Chinese", "MPs".
    private func isPlural(_ k: Int, _ end: Int) -> Bool {
        let last = end - 1
        let t = tokens[last]
        guard t.kind == .word else { return false }
        if NounVocabulary.peoples[t.lower] != nil || NounVocabulary.pluralsWithoutS.contains(t.lower) { return true }
        if isAcronymPlural(last) { return true }
        guard t.end - t.start > 3, bytes[t.end - 1] == UInt8(ascii: "s"), !NounVocabulary.singularsInS.contains(t.lower) else { return false }
        // "-ss", "-us", "-is": "business", "census", "analysis" are singular; "port's" is a
        // possessive.
        let before = bytes[t.end - 2]
        return before != UInt8(ascii: "s") && before != UInt8(ascii: "u") && before != UInt8(ascii: "i")
            && before != UInt8(ascii: "'") && before != 0x99
    }

    /// Capitals with a plural "s": "MPs", "CEOs", "SUVs".
    func isAcronymPlural(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.kind == .word, t.end - t.start >= 3, bytes[t.end - 1] == UInt8(ascii: "s") else { return false }
        for b in bytes[t.start..<(t.end - 1)] where !(b >= 0x41 && b <= 0x5A) { return false }
        return true
    }

    /// The normalized name of the counted noun phrase in tokens `start..<end`: its words in
    /// lowercase, the head in the singular, without conjunctions and adjectives: "Toyota and
    /// Honda cars" → `toyota honda car`, "2,000 new homes" → `home`, "56 COVID-19 deaths" →
    /// `covid-19 death`, "20 million Americans" → `american`, "9,000 people" → `people`.
    ///
    /// An adjective is a word of `NounVocabulary.adjectives` or one with an adjective's
    /// ending (`NounVocabulary.adjectiveEndings`: "numerous", "eligible", "registered")
    /// unless it is a noun that shares it ("hospital", "executive"); capitals always stay.
    ///
    /// - Parameter singular: the phrase's text in the singular by `Inflection`, which is the
    ///   name of a one-word count ("13,000 workers") but for peoples and capitals ("Iraqis",
    ///   "MPs"), and saves building it again on every count.
    func countedNounName(from start: Int, to end: Int, singular: String) -> String {
        if end == start + 1, NounVocabulary.peoples[tokens[start].lower] == nil, !isAcronymPlural(start) { return singular }
        var words: [String] = []
        var k = start
        while k < end {
            let t = tokens[k]
            if t.isWord("and") || t.isWord("&") || t.isWord("or") {
                k += 1
                continue
            }
            let groupEnd = min(wordGroupEnd(at: k), end)
            if groupEnd == end {
                words.append(singularHead(k, groupEnd))
            } else if !isAdjective(k, groupEnd) {
                words.append(groupEnd == k + 1 ? lower(k) : text(from: k, through: groupEnd - 1).lowercased())
            }
            k = groupEnd
        }
        return words.joined(separator: " ")
    }

    /// Whether the capitalized words at `i` open a counted noun phrase, not a name after a
    /// number ("24 Kanal", "10 Downing Street"): a people's name at its head ("20 million
    /// Americans", "3 million Britons"), capitals with a plural "s" ("250 MPs"), a lowercase
    /// head after proper nouns or codes that name no place and hold no plural ("56
    /// COVID-19 deaths", "300 Toyota cars"), or a capitalized plural followed by a plural
    /// subject's verb ("120 Gazans fled").
    func countsCapitalized(at i: Int) -> Bool {
        guard let phrase = countedNounPhrase(at: i) else { return false }
        let head = tokens[phrase.head]
        if NounVocabulary.peoples[head.lower] != nil || isAcronymPlural(phrase.head) { return true }
        if !head.isCapitalized {
            // Not "10 Downing Street protesters", "the 3 Musketeers bar": a name's words.
            return !(i..<phrase.head).contains { k in
                NounVocabulary.placeWords.contains(tokens[k].lower)
                    || tokens[k].isCapitalized && isPlural(k, k + 1) && NounVocabulary.peoples[tokens[k].lower] == nil
            }
        }
        guard let verb = self[phrase.end], verb.kind == .word, !verb.isCapitalized else { return false }
        return NounVocabulary.pluralSubjectVerbs.contains(verb.lower) || Self.looksLikePastTense(lower(phrase.end))
    }

    /// The first token of a counted noun that ends before token `end` and whose text is
    /// `byteCount` bytes long, as the extractor hands it on.
    func countedNounStart(endingAt end: Int, byteCount: Int) -> Int {
        let startByte = tokens[end - 1].end - byteCount
        var k = end - 1
        while k > 0, tokens[k].start > startByte { k -= 1 }
        return k
    }

    /// A unit or a currency at the head of the counted noun `start..<end`, hidden from the
    /// unit reader by an adjective before it: "passing yards" is `yard`, "additional
    /// megawatts" `megawatt`, "more euros" `euro`.
    func unitHead(from start: Int, to end: Int) -> (normalized: String, kind: QuantityKind)? {
        for k in (start + 1)..<max(start + 1, end) {
            if let unit = readUnit(at: k), unit.end == end, unit.entry.kind != .percentage { return (unit.entry.normalized, unit.entry.kind) }
            if let money = readCurrencyWord(at: k), money.end == end { return (money.normalized, .money) }
        }
        return nil
    }

    /// Whether the modifier `k..<end` is an adjective, left out of a counted noun's name.
    private func isAdjective(_ k: Int, _ end: Int) -> Bool {
        let t = tokens[k]
        guard t.kind == .word, !t.isCapitalized else { return false }
        if end > k + 1 {
            // "full-time", "state-owned", "low-paid": by the whole or its last word.
            let last = tokens[end - 1]
            if NounVocabulary.adjectives.contains(TokenKey(Array(text(from: k, through: end - 1).lowercased().utf8))) { return true }
            return last.kind == .word && (NounVocabulary.adjectives.contains(last.lower) || Self.looksLikePastTense(lower(end - 1)))
        }
        if NounVocabulary.adjectives.contains(t.lower) { return true }
        if NounVocabulary.nounsWithAdjectiveEndings.contains(t.lower) { return false }
        let word = lower(k)
        guard word.count > 4 else { return false }
        return NounVocabulary.adjectiveEndings.contains { word.hasSuffix($0) }
    }

    /// The head of a counted noun in the singular: "Americans" → `american`, "MPs" → `mp`.
    private func singularHead(_ k: Int, _ end: Int) -> String {
        if end == k + 1 {
            if let people = NounVocabulary.peoples[tokens[k].lower] { return people }
            if isAcronymPlural(k) { return String(lower(k).dropLast()) }
            return Inflection.singular(lower(k))
        }
        return Inflection.singular(text(from: k, through: end - 1).lowercased())
    }
}

/// English singulars for counted nouns: "workers" → "worker", "cities" → "city".
enum Inflection {
    private static let irregular: [String: String] = [
        // People are `people`, as CQE names them, one or many.
        "people": "people", "persons": "people",
        "men": "man", "women": "woman", "children": "child", "feet": "foot",
        "teeth": "tooth", "mice": "mouse", "geese": "goose", "lives": "life", "wives": "wife",
        "knives": "knife", "leaves": "leaf", "halves": "half", "series": "series", "species": "species",
        "news": "news", "data": "data", "media": "media", "criteria": "criterion", "phenomena": "phenomenon",
        "analyses": "analysis", "crises": "crisis", "theses": "thesis", "indices": "index",
        "appendices": "appendix", "aircraft": "aircraft", "sheep": "sheep", "fish": "fish",
        "deer": "deer", "police": "police", "staff": "staff", "cattle": "cattle", "bus": "bus",
        "gas": "gas", "status": "status", "virus": "virus", "census": "census", "campus": "campus",
        "wolves": "wolf", "shelves": "shelf", "thieves": "thief", "loaves": "loaf", "calves": "calf",
        "buses": "bus", "bonuses": "bonus", "viruses": "virus", "campuses": "campus",
        "censuses": "census", "statuses": "status", "surpluses": "surplus", "gases": "gas",
        "lenses": "lens", "choruses": "chorus", "circuses": "circus", "atlases": "atlas",
        "shoes": "shoe", "toes": "toe", "canoes": "canoe", "foes": "foe", "oboes": "oboe",
        "alumni": "alumnus", "bacteria": "bacterium", "personnel": "personnel",
    ]

    /// Singulars in "-ie" whose plural ends "-ies" like "cities": "movies", "zombies".
    private static let ieSingulars: Set<String> = [
        "movie", "cookie", "zombie", "rookie", "selfie", "calorie", "pie", "tie", "lie", "hippie",
        "brownie", "goalie", "newbie", "genie", "aussie", "prairie", "freebie", "smoothie",
        "techie", "foodie", "groupie", "junkie", "roadie", "indie", "birdie", "bogie",
    ]

    static func singular(_ word: String) -> String {
        let w = word.lowercased()
        if let s = irregular[w] { return s }
        if w.hasSuffix("ss") || w.hasSuffix("us") || w.hasSuffix("is") || w.count <= 3 { return w }
        if w.hasSuffix("ies") {
            let ie = String(w.dropLast())
            return ieSingulars.contains(ie) ? ie : String(w.dropLast(3)) + "y"
        }
        for ending in ["ches", "shes", "sses", "xes", "zzes", "oes"] where w.hasSuffix(ending) {
            return String(w.dropLast(2))
        }
        if w.hasSuffix("s") { return String(w.dropLast()) }
        return w
    }
}
