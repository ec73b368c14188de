/// Word classes of the input's tokens: the lexicon first, then suffix rules.
extension ConceptReader {
    /// What token `i` can be: its listed classes, else what its suffix says ("-ly" adverbs,
    /// "-ed" and "-ing" forms as verbs or modifiers); empty for nouns, adjectives and names.
    func wordClass(_ i: Int) -> WordClass {
        let t = tokens[i]
        guard t.kind == .word else { return [] }
        let listed = listed(t.lower)
        // "US", "IT": an acronym is a name, whatever word its letters spell.
        if t.isAllCaps, t.end - t.start >= 2 { return [] }
        // "x is 10", "1 m x 1 m": a lone lowercase letter is a variable or a stray, no noun.
        if t.end - t.start == 1, !t.isCapitalized { return listed.union(.quantifier) }
        if !listed.isEmpty || t.isCapitalized { return listed }
        let n = t.end - t.start
        guard n > 4 else { return [] }
        // The last three letters, lowercased, read once: "-ly", "-ed", "-ing".
        let e = t.end
        let last = bytes[e - 1] | 0x20, middle = bytes[e - 2] | 0x20
        if middle == UInt8(ascii: "l"), last == UInt8(ascii: "y") { return .adverb }
        if middle == UInt8(ascii: "e"), last == UInt8(ascii: "d") { return .verbOrNoun }
        if n > 5, last == UInt8(ascii: "g"), middle == UInt8(ascii: "n"), bytes[e - 3] | 0x20 == UInt8(ascii: "i") { return .verbOrNoun }
        return []
    }

    /// True when token `i` ends with the ASCII letters `suffix`, in any case.
    func endsWith(_ i: Int, _ suffix: StaticString) -> Bool {
        let t = tokens[i]
        let n = suffix.utf8CodeUnitCount
        guard t.end - t.start >= n else { return false }
        let s = suffix.utf8Start
        for k in 0..<n where bytes[t.end - n + k] | 0x20 != s[k] { return false }
        return true
    }

    /// A word that can stand in a noun phrase: a noun, an adjective, a name, or a verb form
    /// that is as often a noun ("exports", "spending").
    func isNounish(_ i: Int) -> Bool {
        guard let t = self[i], t.kind == .word else { return false }
        return wordClass(i).isDisjoint(with: WordClass.function)
    }

    /// True for tokens that end a sentence or clause for the concept reader: ". ; : ! ?",
    /// quotes and brackets.
    func isClauseBreak(_ i: Int) -> Bool {
        guard let t = self[i] else { return true }
        return t.kind == .symbol && listed(t.lower).contains(.clauseBreak)
    }

    /// The words of tokens `from...through` as a concept: glued tokens ("S&P", "Covid-19")
    /// make one word, determiners are left out; none at all unless one of them names
    /// something (no concept of pronouns, numbers, verbs or times alone).
    func conceptWords(from: Int, through: Int) -> [String] {
        guard from <= through else { return [] }
        var words: [String] = []
        words.reserveCapacity(through - from + 1)
        var named = false
        var k = from
        while k <= through {
            let t = tokens[k]
            let c = t.kind == .word ? listed(t.lower) : []
            if c.contains(.determiner), !t.isCapitalized || k == from, k == through || tokens[k + 1].spaceBefore {
                k += 1
                continue
            }
            if t.kind == .word, c.isDisjoint(with: WordClass.function.union(.time)) { named = true }
            var end = k
            while end < through, !tokens[end + 1].spaceBefore { end += 1 }
            words.append(string(from: tokens[k].start, to: tokens[end].end))
            k = end + 1
        }
        return named ? words : []
    }

    /// The input's bytes `start..<end` as a string, decoded from contiguous memory: the
    /// array-slice decoder took most of a concept's time.
    func string(from start: Int, to end: Int) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }
}

/// Keys the concept reader compares tokens with, built once: a literal key is packed
/// again at every comparison, and the reader compares a dozen around every figure.
enum ConceptKeys {
    static let of: TokenKey = "of"
    static let to: TokenKey = "to"
    static let by: TokenKey = "by"
    static let with: TokenKey = "with"
    static let the: TokenKey = "the"
    static let `in`: TokenKey = "in"
    static let that: TokenKey = "that"
    static let comma: TokenKey = ","
    static let hyphen: TokenKey = "-"
    static let ampersand: TokenKey = "&"
    static let apostrophe: TokenKey = "'"
    static let percent: TokenKey = "%"
    static let percentWord: TokenKey = "percent"
    static let cent: TokenKey = "cent"
    static let per: TokenKey = "per"
    static let openBracket: TokenKey = "("
    static let upwards: TokenKey = "upwards"
}

/// Small word sets of the concept reader, defined once.
enum ConceptWords {
    /// Words with a verb's or an adverb's ending that are nouns or adjectives in news.
    static let suffixExceptions: TokenSet = [
        "hundred", "daily", "weekly", "monthly", "quarterly", "yearly", "early", "elderly", "family", "supply",
        "rally", "italy", "assembly", "ally", "reply", "costly", "likely", "friendly", "deadly", "lonely",
        "orderly", "holy", "belly", "jelly", "bully", "july", "monopoly", "anomaly", "homely", "unlikely",
        "building", "buildings", "spending", "funding", "housing", "earnings", "savings", "meeting", "meetings",
        "feelings", "findings", "holdings", "shipping", "banking", "mining", "clothing", "training", "lending",
        "borrowing", "morning", "evening", "ceiling", "wedding", "offering", "listing", "ranking", "rating",
        "ratings", "polling", "booking", "bookings", "ending", "beijing", "wyoming", "ring", "thing", "things",
        "sterling", "viewing", "screening", "heating", "cooling", "parking", "pricing", "dealing", "trading",
        "marketing", "advertising", "engineering", "manufacturing", "processing", "recycling", "planning",
        "hospitalised", "hundreds", "kindred", "speed", "breed", "creed", "greed", "steed",
    ]
    static let clauseBreaks: TokenSet = [".", ";", ":", "!", "?", "(", ")", "\"", "“", "”", "[", "]", "—", "–"]
    /// Prepositions between a verb and its figure: "cut by 5%", "rose to $5bn", "put at 3%".
    static let bridgePrepositions: TokenSet = [
        "by", "to", "from", "at", "for", "as", "than", "over", "under", "above", "below", "about", "around", "per",
        // "put the party on 21%": a poll's share.
        "on",
    ]
    /// Words before "to" in a verb group: "is likely to rise", "is set to cut".
    static let beforeInfinitive: TokenSet = [
        "likely", "unlikely", "due", "poised", "set", "expected", "able", "going", "about", "forecast", "projected",
        "tipped", "ready", "needed", "used",
    ]
    /// Words before a time noun that make it an adverbial: "last year", "this week".
    /// Prepositions of a time adjunct between a subject and its verb: "Sales in March rose".
    static let timePrepositions: TokenSet = ["in", "during", "since", "through", "throughout"]
    /// Words after a measure that say which way it runs: "140 metres across", "1.2km long".
    static let dimensions: TokenSet = ["across", "long", "wide", "tall", "high", "deep", "thick", "away", "old"]
    /// What a price is paid in, after "in": "€4.8bn in cash and shares", "$2bn in stock".
    static let meansOfPayment: TokenSet = ["cash", "shares", "stock", "equity", "notes", "bonds", "kind", "instalments", "installments", "total", "all"]
    /// Particles that end a compound noun: "start-up", "sell-off", "take-over", "buy-back".
    static let particles: TokenSet = ["up", "down", "out", "off", "back", "away", "over", "in", "on", "around"]
    static let timeOpeners: TokenSet = ["last", "this", "next", "each", "every", "per", "same", "previous", "coming"]
    /// Prepositions that join two nouns into one phrase: "shares of Apple", "sales at
    /// Burberry", "demand for oil", "rates among children", "Toyota and Honda".
    static let phraseLinks: TokenSet = ["of", "for", "at", "in", "among", "on", "to", "from", "and", "&", "per"]
    /// Bare pasts that are nouns as often: "cut", "hit", "cost".
    static let pastLike: TokenSet = ["cut", "hit", "shed", "bid", "set", "put", "cost", "forecast"]
    /// Change nouns that name only a movement, never a measure: "an increase of 4%" is about
    /// whatever increased.
    static let movements: TokenSet = [
        "rise", "increase", "jump", "fall", "drop", "decline", "gain", "hike", "surge", "slump", "dip", "boost",
        "decrease", "climb", "slide", "rally", "rebound", "reduction", "cut",
    ]
    /// Measure nouns that only say how a figure is counted: "a total of 300 people" is
    /// about the people's owner, where "a fee of £45m" is about a fee.
    /// Nouns of complex prepositions, which stand between a figure and its verb as "by" does:
    /// "on top of €18bn", "in excess of $5m", "in the region of 3,000", "upwards of 40".
    static let prepositionNouns: TokenSet = ["top", "excess", "region", "upwards", "order", "tune", "neighbourhood", "neighborhood"]
    static let genericMeasures: TokenSet = ["total", "average", "sum", "amount", "number", "figure", "tally", "high", "low", "peak", "record", "level", "range"]
    /// Wholes that are a ratio's base rather than a group: "98.8% of GDP" is about the debt.
    static let ratioBases: TokenSet = ["gdp", "gnp", "gni", "output", "turnover", "revenue", "revenues"]
}
