/// What a word can be in a clause, as far as finding a figure's concept needs to know.
///
/// English open-class words (nouns, adjectives, names) are the default: a word is what its
/// neighbours make it, and the concept reader only has to tell the few classes that end or
/// bridge a noun phrase. So the lexicon is the closed classes (determiners, pronouns,
/// prepositions, conjunctions, auxiliaries), the verbs news text puts next to figures, and
/// a few noun classes the rules treat apart; `Reader.wordClass(_:)` adds suffix rules.
struct WordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt64

    static let determiner = WordClass(rawValue: 1 << 0)
    /// Possessive determiners, whose owner the clause's subject may name: "its income".
    static let possessive = WordClass(rawValue: 1 << 1)
    static let pronoun = WordClass(rawValue: 1 << 2)
    static let preposition = WordClass(rawValue: 1 << 3)
    static let conjunction = WordClass(rawValue: 1 << 4)
    /// "is", "has", "will", "could": a verb that only carries another.
    static let auxiliary = WordClass(rawValue: 1 << 5)
    /// "which", "who", "that": opens a relative clause.
    static let relative = WordClass(rawValue: 1 << 6)
    static let adverb = WordClass(rawValue: 1 << 7)
    /// A form that is only ever a verb in news text: "said", "employs", "rose".
    static let verb = WordClass(rawValue: 1 << 8)
    /// A verb form that is as often a noun: "cut", "costs", "shares", "exports".
    static let verbOrNoun = WordClass(rawValue: 1 << 9)
    /// Verbs of saying, whose object is a reported clause, never what a figure is about.
    static let speech = WordClass(rawValue: 1 << 10)
    /// Verbs of having, whose subject is what a count belongs to: "Unilever employs 9,000".
    static let having = WordClass(rawValue: 1 << 11)
    /// Nouns naming a change or a part held, whose concept is what changes or is held:
    /// "a 5% rise in prices", "a 20% stake in Twitter".
    static let changeNoun = WordClass(rawValue: 1 << 12)
    /// Nouns of time: "last year", "the quarter"; no concept, and no part of one.
    static let time = WordClass(rawValue: 1 << 13)
    /// Words between a verb and its figure that belong to neither: "up", "about", "record".
    static let bridge = WordClass(rawValue: 1 << 14)
    /// "some", "many", "most": quantifiers that open a noun phrase.
    static let quantifier = WordClass(rawValue: 1 << 15)
    /// Nouns that name the figure itself, not what it measures: "total", "average", "level".
    static let measureNoun = WordClass(rawValue: 1 << 16)

    // Marks: small word sets of the concept reader, kept in the same table so that every
    // question about a word costs one look-up (a `Set` look-up hashes with SipHash, and
    // sets asked around every figure cost a tenth of the extractor's time).
    static let known = WordClass(rawValue: 1 << 17)
    static let clauseBreak = WordClass(rawValue: 1 << 18)
    static let bridgePreposition = WordClass(rawValue: 1 << 19)
    static let timeOpener = WordClass(rawValue: 1 << 20)
    static let phraseLink = WordClass(rawValue: 1 << 21)
    static let pastLike = WordClass(rawValue: 1 << 22)
    static let ratioBase = WordClass(rawValue: 1 << 23)
    static let beforeInfinitive = WordClass(rawValue: 1 << 24)
    /// "million", "bn": a scale inside a figure.
    static let scale = WordClass(rawValue: 1 << 25)
    static let month = WordClass(rawValue: 1 << 26)
    /// `WordVocabulary.conceptStops` and `.determiners`, which end the whole after "of".
    static let conceptStop = WordClass(rawValue: 1 << 27)
    static let wholeDeterminer = WordClass(rawValue: 1 << 28)
    /// A one-word unit or currency name ("tonnes", "euros"); no counted noun.
    static let unit = WordClass(rawValue: 1 << 29)
    /// The first word of a longer unit ("square" kilometres), which `readUnit` decides.
    static let unitStart = WordClass(rawValue: 1 << 30)
    static let currencyWord = WordClass(rawValue: 1 << 31)
    /// "of", and "of", "and", "&": asked of the class already at hand instead of comparing
    /// keys, each of which is a lazily built static.
    static let ofWord = WordClass(rawValue: 1 << 32)
    static let coreLink = WordClass(rawValue: 1 << 33)
    /// Verbs whose "by" gives a margin, not a change: "won the race by 38 seconds" is the
    /// winner's, not the race's.
    static let margin = WordClass(rawValue: 1 << 34)
    /// "it", "they": a subject that stands for one named earlier in the sentence.
    static let referring = WordClass(rawValue: 1 << 35)

    /// Classes that can never be a concept word: function words and verbs.
    /// (Computed from the bits, so that it folds to a constant instead of a lazy static.)
    static var function: WordClass {
        WordClass(rawValue: determiner.rawValue | pronoun.rawValue | preposition.rawValue | conjunction.rawValue
            | auxiliary.rawValue | relative.rawValue | adverb.rawValue | verb.rawValue | quantifier.rawValue)
    }
}

extension WordClass {
    /// Lowercased word to its classes; absent words are open-class.
    static let table: [TokenKey: WordClass] = {
        var table: [TokenKey: WordClass] = [:]
        func mark(_ words: String, _ c: WordClass) {
            for w in WordList.words(words) { table[TokenKey(w), default: []].formUnion(c) }
        }
        mark("the a an this that these those each every no another such both either neither any all whose", .determiner)
        mark("its their his her our your my", [.determiner, .possessive])
        mark("some many most several few much more less fewer least", .quantifier)
        mark("it they he she we you i me him us them itself themselves himself herself one ones there here"
            + " something someone anyone everyone nobody everything what whatever", .pronoun)
        mark("this that these those", .pronoun)
        // Contractions open a clause as their pronoun does: "There're 20 apples".
        mark("there're there's it's they're we're that's he's she's i'm you're they've we've", .pronoun)
        mark("of in on at by for from to with without into onto over under about above below after before since until"
            + " during across against among between through throughout via per than toward towards upon within amid"
            + " despite like near off out past including excluding following versus vs beside besides beyond"
            + " around along behind inside outside underneath unlike except plus minus", .preposition)
        mark("and or but nor so yet because although though while whereas if unless as when whether once whereby", .conjunction)
        mark("is are was were be been being am isn't aren't wasn't weren't has have had having hasn't haven't hadn't"
            + " do does did doesn't didn't don't will would shall should can could may might must won't wouldn't"
            + " can't cannot couldn't shouldn't 's 're 'll 'd", .auxiliary)
        mark("which who whom that where", .relative)
        mark("also just only still even already again now then almost nearly very too not never ever soon"
            + " further back once twice barely roughly approximately around about some respectively"
            + " reportedly meanwhile however instead currently recently previously already nonetheless", .adverb)
        // "much", "many", "little": "fall by as much as 15%", "for as little as $5".
        mark("up down higher lower about around some nearly almost roughly approximately just only over under"
            + " more less fewer than above below least at most record new further extra additional another a an"
            + " estimated per cent percent point points percentage basis million billion trillion bn m k mn"
            + " thousand hundred half quarter third respectively sharply slightly steadily worth aside out off away back"
            + " greater smaller larger bigger negative equal equivalent minus much many little", .bridge)
        mark("rise rises increase increases jump jumps fall falls drop drops decline declines gain gains growth cut cuts"
            + " reduction reductions hike hikes surge surges slump slumps dip dips boost boosts loss losses"
            + " decrease decreases climb climbs slide slides rally rallies fall-off rebound upturn downturn"
            + " improvement contraction expansion stake stakes holding", .changeNoun)
        mark("total average level rate figure sum amount number share proportion percentage portion majority"
            + " minority record high low peak tally cost costs price value fee sum range", .measureNoun)
        mark("year years quarter quarters month months week weeks day days decade decades century period"
            + " today yesterday tomorrow tonight morning afternoon evening night weekend season"
            + " monday tuesday wednesday thursday friday saturday sunday january february march april june july"
            + " august september october november december spring summer autumn winter hour hours minute minutes"
            + " ago earlier later", .time)
        NewsVerbs.mark(into: &table)
        mark("it they", .referring)
        func mark(_ keys: some Sequence<TokenKey>, _ c: WordClass) {
            for key in keys { table[key, default: []].formUnion(c) }
        }
        mark(ConceptWords.suffixExceptions, .known)
        mark(["of"], [.ofWord, .coreLink])
        mark(["and", "&"], .coreLink)
        // Number words are figures, never what a figure is about: "two of CERN's experiments".
        mark(NumberWords.units.keys, .quantifier)
        mark(NumberWords.tens.keys, .quantifier)
        mark(NumberWords.scales.keys, .quantifier)
        mark(NumberWords.fractions.keys.filter { !["half", "halves", "quarter", "quarters", "third"].contains($0.string) }, .quantifier)
        mark(["nought"], .quantifier)
        mark(ConceptWords.clauseBreaks, .clauseBreak)
        mark(ConceptWords.bridgePrepositions, .bridgePreposition)
        mark(ConceptWords.timeOpeners, .timeOpener)
        mark(ConceptWords.phraseLinks, .phraseLink)
        mark(ConceptWords.pastLike, .pastLike)
        mark(ConceptWords.ratioBases, .ratioBase)
        mark(ConceptWords.beforeInfinitive, .beforeInfinitive)
        mark(NumberWords.scales.keys, .scale)
        mark(NumberWords.abbreviatedScales.keys, .scale)
        mark(WordVocabulary.months, .month)
        mark(WordVocabulary.conceptStops, .conceptStop)
        mark(WordVocabulary.determiners, .wholeDeterminer)
        for (form, entry) in UnitVocabulary.units where entry.kind != .count {
            let words = WordList.words(form)
            mark([TokenKey(words[0])], words.count == 1 ? .unit : .unitStart)
        }
        for form in UnitVocabulary.currencyWords.keys {
            let words = WordList.words(form)
            mark([TokenKey(words[0])], words.count == 1 ? [.unit, .currencyWord] : [.unitStart, .currencyWord])
        }
        return table
    }()

    /// `table` as a `TokenTable`: the concept reader looks up a dozen words around every
    /// figure, and a `Dictionary` look-up cost a tenth of the scan.
    static let slots = TokenTable(table.lazy.map { ($0.key, $0.value) })

    /// The listed classes of a lowercased word; empty for open-class words.
    static func listed(_ key: TokenKey) -> WordClass { slots[key] ?? [] }
}

/// Word lists written as one string of space-separated words, read on bytes.
enum WordList {
    /// The words of `text`, split at spaces and line breaks: a `Character` split of the
    /// concept reader's lists was most of the cost of building its table at first use.
    static func words(_ text: String) -> [[UInt8]] {
        var words: [[UInt8]] = []
        var word: [UInt8] = []
        for b in text.utf8 {
            if b == 0x20 || b == 0x0A || b == 0x09 {
                if !word.isEmpty { words.append(word) }
                word.removeAll(keepingCapacity: true)
            } else {
                word.append(b)
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }
}
