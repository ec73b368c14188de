/// What a word can do for the recognizers, looked up once per word when it is tokenized.
///
/// Most words in news text start no figure. Marking the few that can (number words,
/// currency codes, cue words) lets the scan skip every other word with one bit test instead
/// of consulting each vocabulary in turn, which is what keeps the extractor fast.
struct Lexeme: OptionSet, Sendable, Hashable {
    let rawValue: UInt16

    /// Can begin a number in words: "twenty", "a dozen", "half of".
    static let numberStart = Lexeme(rawValue: 1 << 0)
    /// A multiple with no digits: "doubled", "sixfold".
    static let multiple = Lexeme(rawValue: 1 << 1)
    /// A currency code or the letters of a sign: "USD", "US" in "US$", "Rs".
    static let currency = Lexeme(rawValue: 1 << 2)
    /// A word whose figure may be missing before it: "percent", "per" (cent), "points".
    static let gap = Lexeme(rawValue: 1 << 3)
    /// The last word of a change cue: "than" in "more than", "rose".
    static let cueEnd = Lexeme(rawValue: 1 << 4)
    /// The first word of a unit's written form: "per" (cent), "square", "miles".
    static let unitStart = Lexeme(rawValue: 1 << 5)
    /// "between", which opens a range closed by "and".
    static let between = Lexeme(rawValue: 1 << 6)
    /// A word that makes "a" a number: "a dozen", "a million", "a third".
    static let afterA = Lexeme(rawValue: 1 << 7)
    /// A large scale word, whose number may be missing: "cost  million".
    static let scale = Lexeme(rawValue: 1 << 8)
    /// A plural amount word that opens a vague magnitude: "dozens", "thousands", "tens".
    static let magnitude = Lexeme(rawValue: 1 << 9)
}

enum Lexicon {
    /// Lowercased word to its roles; words absent from the table have none.
    static let table: [String: Lexeme] = {
        var table: [String: Lexeme] = [:]
        func mark(_ words: some Sequence<String>, _ role: Lexeme) {
            for w in words { table[w, default: []].insert(role) }
        }
        func mark(_ words: some Sequence<TokenKey>, _ role: Lexeme) {
            mark(words.map(\.string), role)
        }
        mark(NumberWords.units.keys, .numberStart)
        mark(NumberWords.tens.keys, .numberStart)
        mark(["a", "an", "half", "quarter"], .numberStart)
        mark(NumberWords.multipleWords.keys, .multiple)
        mark(UnitVocabulary.currencySigns.keys.compactMap(leadingLetters), .currency)
        mark(["percent", "per", "points", "percentage"], .gap)
        mark(WordVocabulary.changeCues.compactMap(\.words.last), .cueEnd)
        mark(UnitVocabulary.units.keys.compactMap(leadingLetters), .unitStart)
        mark(UnitVocabulary.currencyWords.keys.compactMap(leadingLetters), .unitStart)
        mark(["between"], .between)
        mark(NumberWords.collectives.keys, .afterA)
        mark(NumberWords.scales.keys, .afterA)
        mark(NumberWords.fractions.keys, .afterA)
        // Symbols: the currency signs and the percent sign whose number may be missing.
        mark(UnitVocabulary.currencySigns.keys.filter { $0.unicodeScalars.count == 1 && !$0.first!.isLetter }, .currency)
        mark(UnitVocabulary.dollarPrefixes.keys, .currency)
        mark(["%"], .gap)
        mark(["million", "billion", "trillion", "bn"], .gap)
        mark(["million", "billion", "trillion", "bn"], .scale)
        mark(NumberWords.vulgarFractions.keys, .numberStart)
        mark(MagnitudeWords.plurals.keys, .magnitude)
        mark(MagnitudeWords.multipliers.keys, .magnitude)
        return table
    }()

    /// The letters a written form starts with, as one token would hold them: "us" for
    /// "us $", "km" for "km/h"; nil when it starts with a symbol.
    private static func leadingLetters(_ form: String) -> String? {
        let letters = form.prefix { $0.isLetter || $0.isNumber || $0 == "'" || $0 == "’" }
        guard let first = letters.first, first.isLetter else { return nil }
        return String(letters)
    }

    /// `table` laid out for the tokenizer: open addressing on `TokenKey.mixed`, so that the
    /// look-up for each word of the input costs a multiply and a compare or two.
    private static let slots: [(key: TokenKey, roles: Lexeme)] = {
        var size = 1
        while size < table.count * 4 { size <<= 1 }
        var slots = [(key: TokenKey, roles: Lexeme)](repeating: (TokenKey([]), []), count: size)
        for (word, roles) in table {
            let key = TokenKey(word.utf8)
            var k = Int(truncatingIfNeeded: key.mixed) & (size - 1)
            while !slots[k].key.isEmpty { k = (k + 1) & (size - 1) }
            slots[k] = (key, roles)
        }
        return slots
    }()

    static func roles(of key: TokenKey) -> Lexeme {
        let slots = Self.slots
        let mask = slots.count - 1
        var k = Int(truncatingIfNeeded: key.mixed) & mask
        while true {
            let slot = slots[k]
            if slot.key.isEmpty { return [] }
            if slot.key == key { return slot.roles }
            k = (k + 1) & mask
        }
    }
}
