/// Whom a sentence names as its speaker, before pronouns and roles are resolved against the
/// sentences read earlier (see `AttributionFinder`).
enum SpeakerRef: Equatable {
    /// A named person, titles dropped: "Janet Yellen", "Okafor".
    case person(String)
    /// A body with a proper name: "Lindenport City Council", "Kremlin", "NATO Secretary General".
    case body(String)
    /// An unnamed group, body or person, as the noun phrase written in lowercase (proper
    /// words keep their capitals): "officials", "police", "the company",
    /// "a spokesperson for the ministry", "a senior U.S. official"; also two names together,
    /// "Okafor and Reyes", who are no one person.
    case group(String)
    /// "the official", "the minister", "the NATO Secretary General": the last named person,
    /// or the phrase itself when nobody has been named yet.
    case role(String)
    /// "he", "she", "him", "her": the nearest named person of that gender (see `Antecedents`).
    case personalPronoun(Gender)
    /// "they", "them": the last speaker of any kind.
    case pluralPronoun
    /// "it": the last body or group.
    case itPronoun

    var acceptsPlainVerb: Bool {
        switch self {
        case .group, .pluralPronoun: true
        default: false
        }
    }
}

/// Finds the speaker phrase of a sentence: "Blinken said", "said Maria Okafor, the council
/// treasurer", "Okafor, 52, said", "according to him", "a spokesperson for the ministry said",
/// "economists estimate".
enum SpeakerPhrase {
    private typealias Vocabulary = SpeakerVocabulary

    /// A phrase found and where it starts, so that "a spokesperson" + "for" + "the ministry" can join.
    private struct Found {
        var ref: SpeakerRef
        var start: Int
        /// The words as they read after "a spokesperson for": "the ministry", "the Ministry of Defence".
        var phrase: String
    }

    ///
    /// `isName` tells whether a single capitalized word is known as a name elsewhere in the
    /// article; the weaker forms (", saying") need it for a word that opens the sentence,
    /// which may be any noun ("Prices rose 5%, saying…").
    static func find(in words: [Word], outlet: String?, isName: (String) -> Bool = { _ in true }) -> SpeakerRef? {
        for (k, w) in words.enumerated() where !w.isPunctuation {
            // One lookup per word: most words are none of the verbs below.
            guard let role = verbRoles[w.lower] else { continue }
            if role == .according {
                guard k + 2 < words.count, words[k + 1].lower == "to" else { continue }
                if let ref = DocumentSource.forward(in: words, from: k + 2, outlet: outlet) { return ref }
                if let ref = forward(in: words, from: k + 2, outlet: outlet) { return ref }
                continue
            }
            if role.contains(.document), !w.isCapitalized, let ref = DocumentSource.before(verb: k, in: words, outlet: outlet) {
                return ref
            }
            if role.contains(.quoted) {
                if let ref = quotedAsSaying(at: k, in: words, outlet: outlet) { return ref }
                continue
            }
            if role.contains(.finding) {
                if let ref = finding(at: k, in: words, outlet: outlet) { return ref }
                continue
            }
            guard role.contains(.speech), SpeechVerbs.isVerb(at: k, in: words) else { continue }
            let plain = SpeechVerbs.plain.contains(w.lower)
            // "Sen. Rand Paul called it a disgrace and said…": the subject of the first verb.
            if !plain, k >= 3, words[k - 1].lower == "and" || words[k - 1].lower == "but" {
                let limit = words[k - 2].text == "," ? k - 2 : k - 1
                if let ref = clauseSubject(in: words, before: limit, outlet: outlet, isName: isName) { return ref }
                continue
            }
            if let found = backward(in: words, before: k, outlet: outlet, appositive: true) {
                if isSubordinate(found, verb: k, in: words) { continue }
                if !plain || found.ref.acceptsPlainVerb { return found.ref }
                continue
            }
            // "…, said Janet Yellen", "…," said the official: the subject after the verb, when the
            // verb follows a comma or a quote, or opens the sentence. "told" takes its object
            // after it ("…, told Reuters"), never its subject.
            // "%" and other signs before the verb end a figure, not a clause: "Some 38% said
            // the plan was unfair" names no speaker after the verb.
            if !plain, k == 0 || (words[k - 1].isPunctuation && !clauseSigns.isDisjoint(with: [words[k - 1].text])),
                w.lower != "told", w.lower != "tells",
                let ref = forward(in: words, from: k + 1, outlet: outlet)
            {
                return ref
            }
        }
        return participleSubject(in: words, outlet: outlet, isName: isName)
    }

    /// Punctuation after which a verb may open an inverted attribution ("…, said Okafor").
    private static let clauseSigns: Set<String> = [",", "\"", "“", "”", "'", "‘", "’", ":", ";", "—", "–", "-", "(", ")", "."]

    /// Conjunctions that make a clause of time or cause: what follows is not the source of
    /// the main clause ("Shares fell 12% after the company warned that…").
    private static let subordinators: Set<String> = ["after", "before", "when", "since", "because", "although", "though", "while", "until", "unless", "once", "whereas"]

    /// "Shares fell 12% after the company warned that profits would miss forecasts": a speech
    /// verb in a clause of time or cause, with no figure after it, attributes nothing; "after
    /// the company warned profits would fall 12%" still does.
    private static func isSubordinate(_ found: Found, verb: Int, in words: [Word]) -> Bool {
        guard found.start > 0, subordinators.contains(words[found.start - 1].lower) else { return false }
        return !words[(verb + 1)...].contains { $0.text.unicodeScalars.first.map { $0.value >= 0x30 && $0.value <= 0x39 } ?? false }
    }

    /// What a word may do in a speaker phrase.
    private struct VerbRole: OptionSet {
        let rawValue: UInt8
        static let speech = VerbRole(rawValue: 1)
        static let document = VerbRole(rawValue: 2)
        static let finding = VerbRole(rawValue: 4)
        static let according = VerbRole(rawValue: 8)
        static let quoted = VerbRole(rawValue: 16)
    }

    private static let verbRoles: [String: VerbRole] = {
        var roles: [String: VerbRole] = ["according": .according, "found": .finding, "finds": .finding, "quoted": .quoted]
        for verb in SpeechVerbs.inflected.union(SpeechVerbs.plain) { roles[verb, default: []].insert(.speech) }
        for verb in Vocabulary.documentVerbs { roles[verb, default: []].insert(.document) }
        return roles
    }()

    /// "Okafor was quoted by Reuters as saying…", "the minister is quoted as saying": the
    /// subject of the passive.
    private static func quotedAsSaying(at k: Int, in words: [Word], outlet: String?) -> SpeakerRef? {
        guard k >= 2, ["was", "is", "were", "been"].contains(words[k - 1].lower) else { return nil }
        var a = k + 1
        while a + 1 < words.count, a - k <= 6, words[a].lower != "as" { a += 1 }
        guard a + 1 < words.count, words[a].lower == "as", words[a + 1].lower == "saying" else { return nil }
        var verb = k - 1
        if verb > 0, words[verb - 1].lower == "has" || words[verb - 1].lower == "had" { verb -= 1 }
        return backward(in: words, before: verb, outlet: outlet, appositive: true)?.ref
    }

    /// "Ofwat found that…", "researchers found": a finding, when the subject is a body or a
    /// research group, or when "that" follows. "Police found 14 bodies" is a discovery, and
    /// "14 bodies were found" a passive.
    private static func finding(at k: Int, in words: [Word], outlet: String?) -> SpeakerRef? {
        guard k > 0, !SpeechVerbs.isNounOrPassive(after: words[k - 1]) else { return nil }
        let that = k + 1 < words.count && words[k + 1].lower == "that"
        guard let found = backward(in: words, before: k, outlet: outlet, appositive: true) else { return nil }
        switch found.ref {
        case .body: return found.ref
        case .group(let text):
            let head = text.split(separator: " ").last.map(String.init) ?? text
            return that || Vocabulary.findingGroups.contains(head) ? found.ref : nil
        default:
            return that ? found.ref : nil
        }
    }

    /// "A union spokeswoman attacked the plan, saying 400 jobs were at risk": the subject of
    /// the clause before ", saying" (or "adding", "warning"…), when it opens the sentence (or
    /// follows an opening phrase and its comma) and is followed by a verb in the past tense.
    private static func participleSubject(in words: [Word], outlet: String?, isName: (String) -> Bool) -> SpeakerRef? {
        guard let p = words.indices.first(where: { $0 >= 3 && words[$0 - 1].text == "," && Vocabulary.speechParticiples.contains(words[$0].lower) })
        else { return nil }
        return clauseSubject(in: words, before: p - 1, outlet: outlet, isName: isName)
    }

    /// The subject opening the sentence of the first past-tense verb before `limit`: "A union
    /// spokeswoman attacked the plan[, saying]", "Sen. Rand Paul called it a disgrace [and said]".
    private static func clauseSubject(in words: [Word], before limit: Int, outlet: String?, isName: (String) -> Bool) -> SpeakerRef? {
        guard limit > 1 else { return nil }
        for m in 1..<limit {
            let w = words[m]
            guard !w.isPunctuation, !w.isCapitalized, w.lower.hasSuffix("ed") || Vocabulary.irregularPastVerbs.contains(w.lower) else { continue }
            guard let found = backward(in: words, before: m, outlet: outlet, appositive: true) else { continue }
            // "Sen. Rand Paul": an abbreviated title before the name still opens the sentence.
            var start = found.start
            if start >= 2, words[start - 1].text == ".", Vocabulary.weakTitles.contains(words[start - 2].lower) || PersonNames.honorifics[words[start - 2].lower] != nil {
                start -= 2
            }
            let opens = start == 0 || words[..<start].allSatisfy(\.isPunctuation) || words[start - 1].text == ","
            guard opens else { continue }
            if case .itPronoun = found.ref { return nil }
            if case .person(let name) = found.ref, !name.contains(" "), words[..<start].allSatisfy(\.isPunctuation),
                !isName(name), !NameRun.isAcronym(name)
            {
                return nil
            }
            return found.ref
        }
        return nil
    }

    /// "Ryanair carried 19.3 million passengers in June, it said", "The company made £2.1bn,
    /// it said": the name (or "the" and a body noun) that opens the sentence, followed by a
    /// verb in the past or present tense. For a trailing "it said" or "he said" that nobody
    /// before can mean.
    ///
    /// A single capitalized word opening a sentence may be any noun ("Shares fell 5%, it
    /// said"), so it counts only when `isName` knows it as a name from elsewhere in the
    /// article, or when it is an acronym or a known body.
    static func openingSubject(in words: [Word], outlet: String?, isName: (String) -> Bool) -> SpeakerRef? {
        guard let f = words.firstIndex(where: { !$0.isPunctuation }) else { return nil }
        var ref: SpeakerRef?
        var end = f
        if let run = NameRun.forward(in: words, from: f, allowArticle: true), !Vocabulary.openers.contains(run.parts[0].lowercased()),
            !isOutlet(run, outlet), DocumentSource.possessiveStem(run.parts[run.parts.count - 1]) == nil,
            !Vocabulary.placeWords.contains(run.parts[run.parts.count - 1])
        {
            let single = run.parts.count == 1 ? run.parts[0] : nil
            let known = single.map { isName($0) || ($0.count >= 3 && NameRun.isAcronym($0)) || Vocabulary.knownBodies.contains($0) || run.hasArticle } ?? true
            ref = !known || single.map({ Vocabulary.isHead($0.lowercased()) }) == true ? nil : classify(run)
            end = run.end
        } else if words[f].lower == "the", f + 2 < words.count, !words[f + 1].isCapitalized, Vocabulary.bodies.contains(words[f + 1].lower) {
            ref = .group("the " + words[f + 1].lower)
            end = f + 2
        }
        guard let ref, end < words.count else { return nil }
        let verb = words[end]
        guard !verb.isPunctuation, !verb.isCapitalized, !SpeechVerbs.isVerb(at: end, in: words),
            verb.lower.hasSuffix("ed") || Vocabulary.irregularPastVerbs.contains(verb.lower)
                || (verb.lower.hasSuffix("s") && !verb.lower.hasSuffix("ss") && isPlainWord(verb) && !Vocabulary.documents.contains(verb.lower))
        else { return nil }
        switch ref {
        case .person, .body, .group: return ref
        default: return nil
        }
    }

    // MARK: - Before the verb

    private static func backward(in words: [Word], before verb: Int, outlet: String?, appositive: Bool, nested: Bool = false) -> Found? {
        guard let found = subject(in: words, before: verb, outlet: outlet, appositive: appositive, nested: nested) else { return nil }
        // "higher than the government had said": a comparison, not an attribution.
        if found.start > 0, words[found.start - 1].lower == "than" { return nil }
        return found
    }

    private static func subject(in words: [Word], before verb: Int, outlet: String?, appositive: Bool, nested: Bool) -> Found? {
        var j = verb - 1
        // "Okafor also said", "the ministry on Monday said", "Okafor has said"
        while j >= 0, !words[j].isPunctuation,
            (!words[j].isCapitalized && Vocabulary.betweenSubjectAndVerb.contains(words[j].lower))
                || Vocabulary.weekdays.contains(words[j].lower)
        {
            j -= 1
        }
        guard j >= 0 else { return nil }
        // "The Central Statistics Office (CSO) said": the acronym in brackets repeats the name.
        if j >= 3, words[j].text == ")", words[j - 2].text == "(", NameRun.isAcronym(words[j - 1]), words[j - 3].isCapitalized {
            j -= 3
        }
        let w = words[j]
        if w.isPunctuation {
            // "Okafor, 52, said", "Maria Okafor, the council treasurer, said"
            guard appositive, w.text == ",", let comma = appositiveComma(in: words, closingAt: j) else { return nil }
            guard let found = backward(in: words, before: comma, outlet: outlet, appositive: false) else {
                // "Mr Smith, 45, from Leeds, said": a second apposition before this one.
                if !nested, comma > 1, words[comma - 1].text != ",",
                    let outer = backward(in: words, before: comma + 1, outlet: outlet, appositive: true, nested: true)
                {
                    switch outer.ref {
                    case .person, .body: return outer
                    default: break
                    }
                }
                // "Her neighbour, John Byrne, said", "A Met Office forecaster, Greg Dewhurst, said":
                // a noun phrase, then the person's full name.
                guard let name = NameRun.forward(in: words, from: comma + 1), name.end == j, !isOutlet(name, outlet),
                    name.parts.count >= 2 || PersonNames.gender(ofFirstName: name.parts[0]) != .unknown,
                    case .person(let person)? = classify(name), let start = nounPhraseStart(endingAt: comma - 1, in: words)
                else { return nil }
                return Found(ref: .person(person), start: start, phrase: name.text)
            }
            switch found.ref {
            case .role, .group:
                // "The company's chief executive, Jane Doe, said": the name is in the apposition.
                if let name = NameRun.forward(in: words, from: comma + 1), name.end == j, !isOutlet(name, outlet),
                    case .person(let person)? = classify(name)
                {
                    return Found(ref: .person(person), start: found.start, phrase: name.text)
                }
                return found
            case .person, .body: return found
            default: return nil
            }
        }
        if let pronoun = pronoun(w.lower) {
            // "38% said they expected to move": a pronoun right after a speech verb or "that"
            // opens a reported clause, whose verb is not the attribution.
            if j > 0, words[j - 1].lower == "that" || verbRoles[words[j - 1].lower]?.contains(.speech) == true { return nil }
            return Found(ref: pronoun, start: j, phrase: w.lower)
        }
        if !w.isCapitalized {
            guard Vocabulary.isHead(w.lower), let phrase = nounPhraseBackward(in: words, head: j) else { return nil }
            return linkedBackward(phrase, in: words, outlet: outlet)
        }
        guard let run = NameRun.backward(in: words, before: j + 1), run.end == j + 1 else { return nil }
        // "Officials said", "Police said", "The Ministry said": a common noun capitalized.
        if run.parts.count == 1, Vocabulary.isHead(run.parts[0].lowercased()), !Vocabulary.knownBodies.contains(run.text) {
            return nounPhraseBackward(in: words, head: j).map { linkedBackward($0, in: words, outlet: outlet) }
        }
        guard !isOutlet(run, outlet), var ref = classify(run) else { return nil }
        // "Okafor and Reyes said", "officials in Kyiv and Lviv said": two names are no one person.
        if run.start >= 2, ["and", "or"].contains(words[run.start - 1].lower),
            let first = NameRun.backward(in: words, before: run.start - 1), first.end == run.start - 1,
            !isOutlet(first, outlet), let firstRef = classify(first)
        {
            let text = innerText(firstRef) + " " + words[run.start - 1].lower + " " + innerText(ref)
            let phrase = (first.hasArticle ? "the " : "") + first.text + " " + words[run.start - 1].lower + " " + run.text
            let found = Found(ref: .group(text), start: first.hasArticle ? first.start - 1 : first.start, phrase: phrase)
            return linkedBackward(found, in: words, outlet: outlet)
        }
        // "rights group OVD-Info said": a body named after its common noun.
        if case .person = ref, run.start > 0, !words[run.start - 1].isCapitalized, Vocabulary.bodies.contains(words[run.start - 1].lower) {
            ref = .body(run.text)
        }
        let found = Found(ref: ref, start: run.hasArticle ? run.start - 1 : run.start, phrase: (run.hasArticle ? "the " : "") + run.text)
        return linkedBackward(found, in: words, outlet: outlet)
    }

    /// Where a noun phrase ending at `last` begins, when it opens with a determiner or a
    /// possessive at the sentence start or after a comma: "Her neighbour", "A Met Office
    /// forecaster", "The victim's mother". Nil for anything else.
    private static func nounPhraseStart(endingAt last: Int, in words: [Word]) -> Int? {
        guard last >= 0, !words[last].isPunctuation, !words[last].isCapitalized, isPlainWord(words[last]) else { return nil }
        var k = last - 1
        while k >= 0, last - k <= 4 {
            let w = words[k]
            if w.isPunctuation { return nil }
            let opens = articles.contains(w.lower) || DocumentSource.possessiveStem(w.text) != nil
            if opens, k == 0 || words[..<k].allSatisfy(\.isPunctuation) || words[k - 1].text == "," { return k }
            k -= 1
        }
        return nil
    }

    /// The comma opening an apposition that the comma at `close` ends: "Okafor[, 52], said".
    static func appositiveComma(in words: [Word], closingAt close: Int, reach longest: Int? = nil) -> Int? {
        var k = close - 1
        // "Amazon, which employs 75,000 people in the UK, said": a relative clause may run longer.
        let reach = longest ?? relativeClauseReach(in: words, closingAt: close)
        while k >= 0, close - k <= reach {
            let w = words[k]
            // "75,000": the comma of a figure opens nothing.
            if w.text == ",", k > 0, k + 1 < words.count, words[k - 1].isDigits, words[k + 1].isDigits {
                k -= 1
                continue
            }
            if w.text == "," { return k < close - 1 && k > 0 ? k : nil }
            if w.isPunctuation, w.text != "." && w.text != "-" { return nil }
            if SpeechVerbs.isVerb(at: k, in: words) { return nil }
            k -= 1
        }
        return nil
    }

    /// "a spokesperson for" + "the ministry", "analysts at" + "Lindenport Bank".
    /// How far back an apposition's opening comma may be: 9 words, or 16 for a relative
    /// clause ("…, which employs 75,000 people in the UK, said").
    private static func relativeClauseReach(in words: [Word], closingAt close: Int) -> Int {
        var k = close - 1
        while k >= 0, close - k <= 16 {
            if ["which", "who", "whose", "whom"].contains(words[k].lower) {
                return k > 0 && words[k - 1].text == "," ? 16 : 9
            }
            if words[k].isPunctuation, words[k].text != ",", words[k].text != "." { break }
            k -= 1
        }
        return 9
    }

    private static func linkedBackward(_ inner: Found, in words: [Word], outlet: String?) -> Found {
        let prep = inner.start - 1
        guard prep >= 1, Vocabulary.linkingPrepositions.contains(words[prep].lower) else { return inner }
        let headIndex = prep - 1
        let head = words[headIndex]
        // "Dr Sarah Bloggs of the University of Leeds said": the person, not their employer.
        if ["of", "at", "from"].contains(words[prep].lower), head.isCapitalized,
            let run = NameRun.backward(in: words, before: prep), run.end == prep, !isOutlet(run, outlet),
            case .person(let name)? = classify(run),
            run.parts.contains(where: { PersonNames.honorifics[$0.lowercased()] != nil }) || PersonNames.gender(ofFirstName: name.split(separator: " ").first.map(String.init) ?? name) != .unknown
        {
            return Found(ref: .person(name), start: run.hasArticle ? run.start - 1 : run.start, phrase: run.text)
        }
        guard !head.isPunctuation, Vocabulary.isHead(head.lower), !head.isCapitalized || isSentenceStart(headIndex, in: words) else {
            return inner
        }
        guard let outer = nounPhraseBackward(in: words, head: headIndex) else { return inner }
        let text = outer.phrase + " " + words[prep].lower + " " + inner.phrase
        return Found(ref: .group(text), start: outer.start, phrase: text)
    }

    private static func innerText(_ ref: SpeakerRef) -> String {
        switch ref {
        case .person(let s), .body(let s), .group(let s), .role(let s): s
        default: ""
        }
    }

    /// The generic speaker ending with the head noun at `head`: "officials", "a senior U.S.
    /// official", "the company", "two police officers".
    private static func nounPhraseBackward(in words: [Word], head: Int) -> Found? {
        var parts = [display(words[head], at: head, in: words)]
        var plainModifiers = true
        var i = head - 1
        while i >= 0 {
            let w = words[i]
            if w.isPunctuation {
                // "Reeves' spokesman", "the teachers' union": a plural possessive.
                if w.text == "'" || w.text == "’", i > 0, !words[i - 1].isPunctuation, words[i - 1].lower.hasSuffix("s") {
                    parts.insert(words[i - 1].text + w.text, at: 0)
                    plainModifiers = false
                    i -= 2
                    continue
                }
                // "U.S." splits into "U.S" and ".".
                guard w.text == ".", i > 0, !words[i - 1].isPunctuation, words[i - 1].text.contains(".") else { break }
                parts.insert(words[i - 1].text + ".", at: 0)
                plainModifiers = false
                i -= 2
                continue
            }
            if Vocabulary.modifiers.contains(w.lower) || (Vocabulary.isHead(w.lower) && !w.isCapitalized) {
                parts.insert(display(w, at: i, in: words), at: 0)
            } else if w.isCapitalized, !Vocabulary.openers.contains(w.lower), !Vocabulary.isTimeWord(w.lower) {
                parts.insert(w.text, at: 0)
                plainModifiers = false
            } else if w.text.first?.isNumber == true || w.lower.hasSuffix("'s") || w.lower.hasSuffix("’s") {
                parts.insert(w.text, at: 0)
                plainModifiers = false
            } else if w.lower == "and", i > 0, words[i - 1].isCapitalized, i + 1 < head, words[i + 1].isCapitalized {
                // "the Arsenal and England midfielder"
                parts.insert(w.lower, at: 0)
            } else {
                break
            }
            i -= 1
        }
        // "the statistics office", "the state-run news agency", "Ukraine's air force": unknown
        // words after an article or a name's possessive.
        if i >= 1, isPlainWord(words[i]) {
            for d in [i - 1, i - 2] where d >= 0 && words[(d + 1)...i].allSatisfy(isPlainWord) {
                if articles.contains(words[d].lower) {
                    parts.insert(contentsOf: words[(d + 1)...i].map(\.text), at: 0)
                    plainModifiers = false
                    i = d
                    break
                }
                if words[d].isCapitalized, DocumentSource.possessiveStem(words[d].text) != nil {
                    parts.insert(contentsOf: words[d...i].map(\.text), at: 0)
                    plainModifiers = false
                    i = d - 1
                    break
                }
            }
        }
        var determiner: String?
        if i >= 0, Vocabulary.determiners.contains(words[i].lower) {
            determiner = words[i].lower
            parts.insert(words[i].lower, at: 0)
            i -= 1
        }
        // "Russian air force said": a lone singular noun cut from its compound is nobody.
        if determiner == nil, parts.count == 1, i >= 0, isPlainWord(words[i]), !Vocabulary.groups.contains(words[head].lower) { return nil }
        let ref = genericRef(parts: parts, head: words[head].lower, determiner: determiner, plainModifiers: plainModifiers)
        return Found(ref: ref, start: i + 1, phrase: parts.joined(separator: " "))
    }

    // MARK: - After the verb

    private static func forward(in words: [Word], from start: Int, outlet: String?) -> SpeakerRef? {
        var j = start
        // "said on Monday", "said Tuesday"
        while j < words.count, Vocabulary.isDay(words[j].lower) || (words[j].lower == "on" && j + 1 < words.count && Vocabulary.isDay(words[j + 1].lower)) {
            j += 1
        }
        guard j < words.count, !words[j].isPunctuation else { return nil }
        if let pronoun = pronoun(words[j].lower) {
            // "…, said he." names the speaker; "38% said they expected to move" reports what
            // others said: a pronoun opening a reported clause is no speaker.
            return j + 1 >= words.count || words[j + 1].isPunctuation ? pronoun : nil
        }
        if let phrase = nounPhraseForward(in: words, from: j, outlet: outlet) { return phrase }
        guard let run = NameRun.forward(in: words, from: j, allowArticle: true), !isOutlet(run, outlet) else { return nil }
        if run.parts.count == 1, Vocabulary.isHead(run.parts[0].lowercased()), !Vocabulary.knownBodies.contains(run.text) { return nil }
        // "according to CME Group's FedWatch tool", "according to the Kremlin website": the
        // name qualifies a thing, which is no speaker.
        if run.end < words.count, isPlainWord(words[run.end]), !["and", "or"].contains(words[run.end].lower) { return nil }
        // "according to Okafor and Reyes": two names are no one person.
        if run.end + 1 < words.count, ["and", "or"].contains(words[run.end].lower),
            let second = NameRun.forward(in: words, from: run.end + 1, allowArticle: true), !isOutlet(second, outlet),
            let first = classify(run), let other = classify(second)
        {
            return .group(innerText(first) + " " + words[run.end].lower + " " + innerText(other))
        }
        return classify(run)
    }

    /// "the official", "police", "a spokesperson for the ministry", "senior U.S. officials".
    private static func nounPhraseForward(in words: [Word], from start: Int, outlet: String?) -> SpeakerRef? {
        var i = start
        var determiner: String?
        if Vocabulary.determiners.contains(words[i].lower) {
            determiner = words[i].lower
            i += 1
        }
        var parts: [String] = determiner.map { [$0] } ?? []
        var lastHead: Int?
        var partsAtHead = 0
        var plainModifiers = true
        var unknown = 0
        while i < words.count {
            let w = words[i]
            if w.isPunctuation {
                guard w.text == ".", i > start, words[i - 1].text.contains("."), i + 1 < words.count, !words[i + 1].isPunctuation,
                    !words[i + 1].isCapitalized || Vocabulary.isHead(words[i + 1].lower)
                else { break }
                parts[parts.count - 1] += "."
                i += 1
                continue
            }
            if Vocabulary.isHead(w.lower), !w.isCapitalized || isSentenceStart(i, in: words) {
                parts.append(display(w, at: i, in: words))
                lastHead = i
                partsAtHead = parts.count
            } else if Vocabulary.modifiers.contains(w.lower) {
                parts.append(display(w, at: i, in: words))
            } else if w.isCapitalized, !Vocabulary.openers.contains(w.lower), !Vocabulary.isTimeWord(w.lower) {
                parts.append(w.text)
                plainModifiers = false
            } else if w.text.first?.isNumber == true || w.lower.hasSuffix("'s") || w.lower.hasSuffix("’s") {
                parts.append(w.text)
                plainModifiers = false
            } else if lastHead == nil, determiner.map(articles.contains) == true, unknown < 2, isPlainWord(w) {
                // "the statistics office"
                parts.append(w.text)
                plainModifiers = false
                unknown += 1
            } else {
                break
            }
            i += 1
        }
        guard let head = lastHead else { return nil }
        // "chief executive Jane Doe", "rights group OVD-Info": the name that follows is the speaker.
        if let name = NameRun.forward(in: words, from: head + 1), !isOutlet(name, outlet) {
            if Vocabulary.roles.contains(words[head].lower) { return classify(name) }
            if Vocabulary.bodies.contains(words[head].lower) { return .body(name.text) }
        }
        // "said the club's chairman, Peter Ridsdale.": the role, then the name in apposition.
        if Vocabulary.roles.contains(words[head].lower), head + 2 < words.count, words[head + 1].text == ",",
            let name = NameRun.forward(in: words, from: head + 2), name.end == words.count || words[name.end].isPunctuation,
            !isOutlet(name, outlet), case .person(let person)? = classify(name)
        {
            return .person(person)
        }
        parts = Array(parts.prefix(partsAtHead))
        let ref = genericRef(parts: parts, head: words[head].lower, determiner: determiner, plainModifiers: plainModifiers)
        // "a spokesperson for the ministry", "analysts at Lindenport Bank"
        let prep = head + 1
        guard prep + 1 < words.count, Vocabulary.linkingPrepositions.contains(words[prep].lower), case .group(let text) = ref else { return ref }
        var inner: String?
        if let phrase = nounPhraseForward(in: words, from: prep + 1, outlet: outlet) {
            inner = innerText(phrase)
        } else if let run = NameRun.forward(in: words, from: prep + 1, allowArticle: true), !isOutlet(run, outlet) {
            inner = (run.hasArticle ? "the " : "") + run.text
        }
        guard let inner, !inner.isEmpty else { return ref }
        return .group(text + " " + words[prep].lower + " " + inner)
    }

    // MARK: - Classifying

    private static func pronoun(_ lower: String) -> SpeakerRef? {
        if Vocabulary.personalPronouns.contains(lower) { return .personalPronoun(Gender(pronoun: lower)) }
        if Vocabulary.pluralPronouns.contains(lower) { return .pluralPronoun }
        if lower == "it" { return .itPronoun }
        return nil
    }

    /// "the official" with nothing but plain adjectives is a role that points back; anything
    /// else ("a senior U.S. official", "officials", "the company") is a generic speaker.
    private static func genericRef(parts: [String], head: String, determiner: String?, plainModifiers: Bool) -> SpeakerRef {
        let text = parts.joined(separator: " ")
        if determiner == "the", plainModifiers, Vocabulary.roles.contains(head), !Vocabulary.anonymousRoles.contains(head) {
            return .role(text)
        }
        return .group(text)
    }

    /// A run of capitals as a person ("Treasury Secretary Janet Yellen" → "Janet Yellen"),
    /// a body ("Lindenport City Council", "Kremlin") or a role ("the NATO Secretary General").
    static func classify(_ run: NameRun) -> SpeakerRef? {
        let text = run.text
        if Vocabulary.knownBodies.contains(text) { return .body(text) }
        if run.parts.count == 1, Vocabulary.isHead(text.lowercased()) {
            let phrase = (run.hasArticle ? "the " : "") + text.lowercased()
            return genericRef(parts: [phrase], head: text.lowercased(), determiner: run.hasArticle ? "the" : nil, plainModifiers: true)
        }
        // "the Met", "the HSE": a single unknown name with "the" is a body, never a person;
        // "the Spaniard", "the Frenchman" stand for a person named before.
        if run.hasArticle, run.parts.count == 1, !Outlets.isKnown(text) {
            return isDemonym(text) ? .role("the " + text) : .body(text)
        }
        var rest = run.parts[...]
        // "Karen Bradley MP": letters after the name.
        while rest.count > 1, let last = rest.last, Vocabulary.postNominals.contains(last) { rest = rest.dropLast() }
        // "Sinn Féin's Mary Lou McDonald", "Labour's Angela Rayner": the owner is no part of the name.
        if let owner = rest.dropLast().lastIndex(where: { DocumentSource.possessiveStem($0) != nil }) {
            rest = rest[(owner + 1)...]
        }
        // Everything up to the last strong title is the title: "US Secretary of State Antony Blinken".
        if let cut = rest.lastIndex(where: Vocabulary.isStrongTitle) {
            rest = rest[(cut + 1)...]
            // "the Mayor of London", "Minister for Finance": the title's domain, not a name,
            // unless a first name shows where the name begins ("Mayor of London Sadiq Khan").
            if let link = rest.first, link == "of" || link == "for" {
                if let name = rest.firstIndex(where: { PersonNames.gender(ofFirstName: $0) != .unknown }), name > rest.startIndex {
                    return .person(rest[name...].joined(separator: " "))
                }
                return .role((run.hasArticle ? "the " : "") + text)
            }
        } else if rest.contains(where: Vocabulary.organizationWords.contains) {
            // "Police Scotland", "Council Tax Office": with no title, a body's word anywhere makes a body.
            return .body(text)
        }
        while rest.count > 1, let first = rest.first,
            Vocabulary.weakTitles.contains(first.lowercased()) || first.hasSuffix("'s") || first.hasSuffix("’s")
        {
            rest = rest.dropFirst()
        }
        let titlesOnly = rest.allSatisfy {
            Vocabulary.weakTitles.contains($0.lowercased()) || Vocabulary.strongTitles.contains($0.lowercased())
        }
        if titlesOnly {
            return run.hasArticle ? .role("the " + text) : .body(text)
        }
        if rest.contains(where: Vocabulary.organizationWords.contains) { return .body(text) }
        return .person(rest.joined(separator: " "))
    }

    /// "Spaniard", "Frenchman", "Norwegian", "Israeli": a people's name for one of them.
    static func isDemonym(_ name: String) -> Bool {
        let lower = name.lowercased()
        return ["briton", "scot", "swede", "dane", "pole", "turk", "greek", "kiwi", "aussie", "swiss", "dutch", "thai"].contains(lower)
            || ["ard", "man", "woman", "ian", "ean", "ese", "ish", "ch", "ite"].contains { lower.hasSuffix($0) }
            || (lower.hasSuffix("an") && lower.count > 4) || (lower.hasSuffix("i") && lower.count > 4)
    }

    /// A name that is a news outlet is no speaker: "Reuters reported", "the Lindenport Ledger reported".
    static func isOutlet(_ run: NameRun, _ outlet: String?) -> Bool {
        Outlets.isOutlet(run) || outlet == Outlets.canonical(run.text)
    }

    /// Articles and possessives that may stand before unknown words of a noun phrase.
    private static let articles: Set<String> = ["the", "a", "an", "his", "her", "its", "their", "our"]

    /// A lowercase word that may sit inside a noun phrase: no punctuation, opener or verb.
    private static func isPlainWord(_ word: Word) -> Bool {
        !word.isPunctuation && !word.isCapitalized && word.text.allSatisfy { $0.isLetter || $0 == "-" }
            && !Vocabulary.openers.contains(word.lower) && !SpeechVerbs.inflected.contains(word.lower)
            && !SpeechVerbs.plain.contains(word.lower) && !Vocabulary.betweenSubjectAndVerb.contains(word.lower)
    }

    private static func isSentenceStart(_ index: Int, in words: [Word]) -> Bool {
        words[..<index].allSatisfy(\.isPunctuation)
    }

    /// A vocabulary word as part of a generic speaker: lowercase when only the sentence start
    /// capitalizes it ("Officials said" → "officials"), as written otherwise.
    private static func display(_ word: Word, at index: Int, in words: [Word]) -> String {
        word.isCapitalized && isSentenceStart(index, in: words) && word.text.contains(where: \.isLowercase) ? word.lower : word.text
    }
}
