/// Finds who stands behind each sentence: the speaker, the outlet and any hedge, carrying
/// speakers across sentences ("According to him", "the official said") the way a reader does.
///
/// Speakers come in three sorts (see `SpeakerRef`):
/// - a named person, titles dropped: "Treasury Secretary Janet Yellen said" → "Janet Yellen",
///   "Okafor, 52, said" → "Okafor". Only these keep an outlet by surname.
/// - a body with a proper name: "Lindenport City Council", "Kremlin", and the source of a
///   document: "ONS figures show", "a study by Imperial College London found".
/// - a generic speaker, kept as the noun phrase in lowercase (proper words keep their
///   capitals): "officials", "police", "the company", "a spokesperson for the ministry",
///   "a senior U.S. official".
///
/// Pronouns and roles point back only within this paragraph and the one before (see
/// `Antecedents`): "he" and "she" to the nearest named person of that gender, speaker or not
/// ("Lady Carrow opened the wing. She said…"); "the minister" to the person the text made a
/// minister, else to the nearest speaker when that may be them (not when it attributes a new
/// quotation), else it stays "the minister"; "the company", "the council" to the named body
/// whose name says so ("Harbour Group", "Lindenport City Council"); "they" and "it" to the
/// nearest speaker when a group or body.
///
/// Names are only as good as the evidence: a run of capitals is a person for pronouns when a
/// title, a first name, an age or a role shows it (`PersonMentions`), and a wrong speaker is
/// worse than none, so when two people fit, or a pronoun's gender fits nobody, there is none.
///
/// Quotations belong to the person they are attributed to: the attribution may sit in the
/// same sentence (`"…," Okafor said`, `Okafor said: "…"`), in an earlier one of the same
/// quotation (`Okafor said: "A. B."`), in the sentence before when a new quotation follows an
/// attributed one (`"A," Okafor said. "B."`), or only at the end of the quotation's last
/// sentence (`"A. B," the minister said`) — that last case needs the whole paragraph, so only
/// `attribute(paragraph:)` handles it.
struct AttributionFinder {
    /// The people and speakers that pronouns and roles can point back to.
    private var antecedents = Antecedents()
    /// Capitalized words seen where only a name is capitalized (inside a sentence, or as a
    /// speaker), so that "Ryanair carried …, it said" can tell Ryanair from "Shares".
    private var names: Set<String> = []
    /// The named bodies of the sentence being read, for "Harbour Group cut 400 jobs, the company said".
    private var currentBodies: [String] = []
    /// The sentence being read attributes a quotation of its own: a role there ("…," the
    /// minister said) is a new voice unless the text made that person a minister.
    private var attributesQuotation = false
    /// The outlet last seen with each speaker, by surname, so that "Anthony Blinken" two
    /// paragraphs after "Antony Blinken said, as Reuters writes" keeps Reuters.
    private var outletsBySurname: [String: String] = [:]

    // Quotations
    /// A quotation is open at the end of the last sentence read.
    private var quoteOpen = false
    /// The id of that open quotation.
    private var openQuote: Int?
    private var nextQuote = 0
    /// Who each quotation is attributed to, once known.
    private var quoteSpeakers: [Int: Who] = [:]
    /// Quotations whose speaker was only carried from the quotation before, which an
    /// attribution later in the paragraph overrides: in `"A," Okafor said. "B. C," the
    /// minister said.`, B is the minister's.
    private var carriedQuotes: Set<Int> = []
    /// Who spoke the quotation of the sentence just read: a quotation opening the next
    /// sentence without an attribution of its own is theirs too.
    private var previousQuote: Who?

    static var knownOutlets: [String] { Outlets.known }

    /// A resolved speaker.
    struct Who: Equatable {
        var speaker: String
        var isPerson: Bool
        /// The surname of a named person, as `Antecedents` knows them.
        var key: String?
        /// A plural group ("officials", "investors"), which "it" cannot mean.
        var isPlural = false
        var outlet: String?
    }

    /// One sentence read, before a later sentence may attribute its quotation.
    private struct Reading {
        var attribution: Attribution
        /// The quotation the sentence belongs to, if any.
        var quote: Int?
        /// A speaker named only inside the quotation ("Officials said …" within quotes), used
        /// when the quotation itself stays unattributed.
        var insideSpeaker: Who?
        /// The speaker was carried from an earlier quotation, not named for this one.
        var carried = false
    }

    /// The attribution of one sentence, given the sentences read before it.
    ///
    /// Sentence by sentence, a quotation attributed only after its first sentence
    /// (`"Exports rose 8%. Imports fell 2%," the minister said.`) cannot give its speaker to
    /// the sentences already returned; `attribute(paragraph:)` can.
    mutating func attribute(_ sentence: String) -> Attribution {
        let reading = read(sentence, words: Word.split(sentence))
        // Only the open quotation can still be attributed by a later sentence.
        quoteSpeakers = openQuote.flatMap { id in quoteSpeakers[id].map { [id: $0] } } ?? [:]
        return Self.settled(reading, quoteSpeakers: quoteSpeakers, carried: carriedQuotes)
    }

    /// The attributions of a paragraph's sentences, in order, one for each.
    ///
    /// Same rules as `attribute(_:)`, carrying speakers from earlier paragraphs, and in
    /// addition a quotation attributed only at its end (`"Exports rose 8%. Imports fell 2%,"
    /// the minister said.`) gives its speaker to all its sentences. A paragraph starts outside
    /// any quotation; a paragraph opening with a quotation after an attributed one continues it.
    mutating func attribute(paragraph sentences: [String]) -> [Attribution] {
        attribute(paragraph: sentences, words: sentences.map(Word.split))
    }

    /// `attribute(paragraph:)` with each sentence's words already split, as the analyzer
    /// has them: a sentence is split into words once.
    ///
    /// `hedged` says which sentences want their hedge read ("reportedly", "an estimated"):
    /// nothing else depends on it, so the analyzer reads it only for claims. All when nil.
    mutating func attribute(paragraph sentences: [String], words: [[Word]], hedged: [Bool]? = nil) -> [Attribution] {
        antecedents.startParagraph()
        quoteOpen = false
        openQuote = nil
        quoteSpeakers = [:]
        carriedQuotes = []
        var readings: [Reading] = []
        readings.reserveCapacity(sentences.count)
        for (k, (sentence, words)) in zip(sentences, words).enumerated() {
            readings.append(read(sentence, words: words, hedged: hedged?[k] ?? true))
        }
        let speakers = quoteSpeakers
        let carried = carriedQuotes
        quoteSpeakers = [:]
        carriedQuotes = []
        return readings.map { Self.settled($0, quoteSpeakers: speakers, carried: carried) }
    }

    /// The attribution once every sentence that can attribute its quotation has been read.
    private static func settled(_ reading: Reading, quoteSpeakers: [Int: Who], carried: Set<Int>) -> Attribution {
        var attribution = reading.attribution
        // A speaker carried from the quotation before gives way to the one this quotation names.
        if reading.carried, let quote = reading.quote, !carried.contains(quote), let who = quoteSpeakers[quote] {
            attribution.speaker = who.speaker
            attribution.outlet = who.outlet
            return attribution
        }
        guard attribution.speaker == nil else { return attribution }
        if let quote = reading.quote, let who = quoteSpeakers[quote] ?? reading.insideSpeaker {
            attribution.speaker = who.speaker
            if attribution.outlet == nil { attribution.outlet = who.outlet }
        }
        return attribution
    }

    private mutating func read(_ sentence: String, words: [Word], hedged: Bool = true) -> Reading {
        let quotes = QuoteScan(sentence: sentence, words: words, openAtStart: quoteOpen)
        var attribution = Attribution(outlet: Outlets.find(in: words), hedge: hedged ? Hedges.find(in: words) : nil)

        let quote: Int?
        if quotes.continuesQuote, let open = openQuote {
            quote = open
        } else if quotes.hasQuote || quotes.openAtEnd {
            quote = nextQuote
            nextQuote += 1
        } else {
            quote = nil
        }
        quoteOpen = quotes.openAtEnd
        openQuote = quotes.openAtEnd ? quote : nil

        // Speech verbs inside the quotation are the quoted person's report, not the attribution.
        let outside = quotes.hasQuote ? Self.masking(words, where: quotes.inside) : words
        // People named outside quotations, for later pronouns and roles; noted before the
        // speaker, so that "Mr Doyle said" gives the speaker a gender.
        var bodies: [String] = []
        var mentioned = antecedents.note(PersonMentions.find(in: words, skip: quotes.inside, bodies: &bodies))
        currentBodies = bodies
        attributesQuotation = quotes.hasQuote
        var who: Who?
        var named = false
        var carried = false
        let ref = SpeakerPhrase.find(in: outside, outlet: attribution.outlet, isName: names.contains)
        if let ref, let found = resolve(ref) {
            who = found
            named = true
        } else if let ref, let found = openingSubject(for: ref, in: outside, outlet: attribution.outlet) {
            who = found
            named = true
        } else if let quote, let known = quoteSpeakers[quote] {
            who = known
            carried = carriedQuotes.contains(quote)
        } else if quotes.opensWithQuote, let previous = previousQuote {
            who = previous
            carried = true
        }

        if var found = who {
            if named, found.isPerson {
                let surname = Self.surname(found.speaker)
                if let outlet = attribution.outlet {
                    outletsBySurname[surname] = outlet
                } else {
                    attribution.outlet = outletsBySurname[surname]
                }
            } else if attribution.outlet == nil {
                attribution.outlet = found.outlet
            }
            found.outlet = attribution.outlet
            attribution.speaker = found.speaker
            who = found
            if let quote, quotes.hasQuote || quotes.openAtEnd, quoteSpeakers[quote] == nil || (named && carriedQuotes.contains(quote)) {
                quoteSpeakers[quote] = found
                if carried { carriedQuotes.insert(quote) } else { carriedQuotes.remove(quote) }
            }
        }
        previousQuote = quotes.hasQuote ? who : nil
        noteNames(in: words, speaker: who)
        let speakerKey = who?.isPerson == true ? who?.key : nil
        if let speakerKey { mentioned.removeAll { $0 == speakerKey } }
        antecedents.record(speaker: who, speakerKey: speakerKey, mentions: mentioned, bodies: bodies)

        var insideSpeaker: Who?
        if who == nil, quotes.hasQuote,
            let ref = SpeakerPhrase.find(in: Self.masking(words, where: quotes.inside.map { !$0 }), outlet: attribution.outlet)
        {
            insideSpeaker = peek(ref)
        }
        return Reading(attribution: attribution, quote: quote, insideSpeaker: insideSpeaker, carried: carried)
    }

    // MARK: - Resolving

    /// Whom a speaker phrase means, given the sentences read so far.
    private func peek(_ ref: SpeakerRef) -> Who? {
        switch ref {
        case .person(let name):
            return Who(speaker: name, isPerson: true, key: Self.surname(name))
        case .body(let name):
            return Who(speaker: name, isPerson: false)
        case .group(let name):
            // "the company", "the council": the named body it stands for, when the text gives one.
            let words = name.split(separator: " ")
            if words.count == 2, words[0] == "the", let named = antecedents.namedBody(for: words[1].lowercased(), current: currentBodies) {
                return named
            }
            // "it" stands for one body, not for "officials" or "investors".
            let plural = words.contains { SpeakerVocabulary.groups.contains(String($0)) }
            return Who(speaker: name, isPerson: false, isPlural: plural)
        case .role(let phrase):
            let head = phrase.split(separator: " ").last.map { $0.lowercased() } ?? phrase
            return antecedents.role(head, nearestMayHoldIt: !attributesQuotation) ?? Who(speaker: phrase, isPerson: false)
        case .personalPronoun(let gender):
            guard let key = antecedents.person(for: gender), let person = antecedents.people[key] else { return nil }
            return Who(speaker: person.name, isPerson: true, key: key)
        case .pluralPronoun:
            return antecedents.plural()
        case .itPronoun:
            return antecedents.body()
        }
    }

    /// "Ryanair carried 19.3 million passengers, it said": a trailing pronoun that nobody before
    /// can mean is the sentence's opening subject, when it may be them (a body for "it", a
    /// person of no other gender for "he" or "she").
    private mutating func openingSubject(for ref: SpeakerRef, in words: [Word], outlet: String?) -> Who? {
        switch ref {
        case .itPronoun:
            guard let subject = SpeakerPhrase.openingSubject(in: words, outlet: outlet, isName: names.contains) else { return nil }
            switch subject {
            case .body, .group, .person: break
            default: return nil
            }
            guard var who = peek(subject), !who.isPlural else { return nil }
            who.isPerson = false
            who.key = nil
            return who
        case .personalPronoun(let gender):
            guard case .person(let name)? = SpeakerPhrase.openingSubject(in: words, outlet: outlet, isName: names.contains) else { return nil }
            let key = Self.surname(name)
            if let known = antecedents.people[key], !known.gender.isCompatible(with: gender) { return nil }
            return resolve(.person(name))
        default:
            return nil
        }
    }

    /// Notes the capitalized words inside the sentence (past its first word) and the speaker's.
    private mutating func noteNames(in words: [Word], speaker: Who?) {
        var sawWord = false
        for w in words where !w.isPunctuation {
            if sawWord, w.startsCapitalized { names.insert(w.text) }
            sawWord = true
        }
        if let speaker, !speaker.speaker.contains(" ") { names.insert(speaker.speaker) }
    }

    /// `peek`, noting a named speaker and what a pronoun told of its person's gender.
    private mutating func resolve(_ ref: SpeakerRef) -> Who? {
        guard var who = peek(ref) else { return nil }
        switch ref {
        case .person(let name): who.key = antecedents.noteSpeaker(named: name)
        case .personalPronoun(let gender): if let key = who.key { antecedents.learn(gender, of: key) }
        default: break
        }
        return who
    }

    /// `words` with the marked ones replaced by a neutral mark, so that indices stay and runs
    /// of names stop there.
    private static func masking(_ words: [Word], where mask: [Bool]) -> [Word] {
        zip(words, mask).map { word, masked in masked ? Word(text: "…", lower: "…", isPunctuation: true) : word }
    }

    static func surname(_ name: String) -> String {
        name.split(separator: " ").last.map { String($0).lowercased() } ?? name.lowercased()
    }
}
