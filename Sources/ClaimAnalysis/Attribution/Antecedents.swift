/// Whom "he", "she", "they", "it" and "the minister" can point back to: the people named and
/// the speakers of this paragraph's earlier sentences and of the paragraph before, nearest
/// first. Nothing further back: three paragraphs on, "he said" is no longer anyone a reader
/// could name.
///
/// People are known across the article by surname, with the gender the text gives them
/// (`PersonNames`) and the roles it gives them ("Rachel Moss, the housing minister").
struct Antecedents {
    struct Person {
        var name: String
        var gender: Gender
        var roles: Set<String>
    }

    /// Everyone named so far, by surname.
    private(set) var people: [String: Person] = [:]

    /// One sentence read: who spoke it and whom it named.
    private struct Sentence {
        var paragraph: Int
        var speaker: AttributionFinder.Who?
        /// Surname of the speaker when a named person.
        var speakerKey: String?
        /// Surnames of the people named outside quotations, in order.
        var mentions: [String]
        /// Named bodies outside quotations, in order.
        var bodies: [String] = []
    }

    /// The sentences within reach: this paragraph's and the one before's.
    private var sentences: [Sentence] = []
    private var paragraph = 0

    mutating func startParagraph() {
        paragraph += 1
        sentences.removeAll { $0.paragraph < paragraph - 1 }
    }

    /// Notes the people a sentence names (learning their gender and roles) and returns their keys.
    mutating func note(_ mentions: [PersonMention]) -> [String] {
        var keys: [String] = []
        for m in mentions {
            if var known = people[m.key] {
                known.name = m.name
                // "Mr O'Brien … Mrs O'Brien": the latest a name's gender is shown, the one meant now.
                if m.gender != .unknown { known.gender = m.gender }
                known.roles.formUnion(m.roles)
                people[m.key] = known
            } else {
                people[m.key] = Person(name: m.name, gender: m.gender, roles: Set(m.roles))
            }
            if !keys.contains(m.key) { keys.append(m.key) }
        }
        return keys
    }

    /// Notes a named person as a speaker, as written ("Okafor" after "Maria Okafor"), and returns the key.
    mutating func noteSpeaker(named name: String) -> String {
        let key = AttributionFinder.surname(name)
        if people[key] == nil {
            let first = name.split(separator: " ").first.map(String.init) ?? name
            let gender = PersonNames.gender(ofFirstName: first)
            people[key] = Person(name: name, gender: gender, roles: [])
        } else {
            people[key]?.name = name
        }
        return key
    }

    /// Records a sentence once its speaker is known.
    mutating func record(speaker: AttributionFinder.Who?, speakerKey: String?, mentions: [String], bodies: [String] = []) {
        // A paragraph of thousands of sentences (a list, a page cut badly) keeps only its
        // last ones: nobody reads a pronoun 40 sentences back, and the walk stays short.
        if sentences.count >= Self.maxSentences { sentences.removeFirst(sentences.count - Self.maxSentences + 1) }
        sentences.append(Sentence(paragraph: paragraph, speaker: speaker, speakerKey: speakerKey, mentions: mentions, bodies: bodies))
    }

    private static let maxSentences = 40

    // MARK: - Resolving

    /// People within reach, nearest sentence first; in a sentence its speaker comes first.
    private func candidates() -> [(key: String, sentence: Int, isSpeaker: Bool)] {
        var found: [(key: String, sentence: Int, isSpeaker: Bool)] = []
        var seen: Set<String> = []
        for s in sentences.indices.reversed() {
            let sentence = sentences[s]
            if let key = sentence.speakerKey, seen.insert(key).inserted { found.append((key, s, true)) }
            for key in sentence.mentions where seen.insert(key).inserted { found.append((key, s, false)) }
        }
        return found
    }

    /// "he said", "according to her": the nearest person the pronoun can mean.
    ///
    /// Someone whose gender the text does not give matches only as the one person within
    /// reach the pronoun could mean; two people of the pronoun's gender named in one sentence,
    /// neither its speaker, leave it open. Either way, when unsure, nobody.
    func person(for pronoun: Gender) -> String? {
        let compatible = candidates().filter { people[$0.key]?.gender.isCompatible(with: pronoun) == true }
        guard let nearest = compatible.first, let person = people[nearest.key] else { return nil }
        if person.gender == .unknown || pronoun == .unknown { return compatible.count == 1 ? nearest.key : nil }
        if !nearest.isSpeaker, compatible.contains(where: { $0.sentence == nearest.sentence && $0.key != nearest.key }) { return nil }
        return nearest.key
    }

    /// A pronoun resolved to someone whose gender was unknown tells it.
    mutating func learn(_ gender: Gender, of key: String) {
        if gender != .unknown, people[key]?.gender == .unknown { people[key]?.gender = gender }
    }

    /// "the minister said": the person within reach the text made a minister; else the nearest
    /// speaker when it may be them (a person given no other role, or "a spokesman for X" for
    /// "the spokesman"); else nil, and the role stands for itself.
    ///
    /// With `nearestMayHoldIt` false (the role attributes a new quotation: `"…," the minister
    /// said`), only a person the text made a minister will do.
    func role(_ head: String, nearestMayHoldIt: Bool = true) -> AttributionFinder.Who? {
        if let match = candidates().first(where: { people[$0.key]?.roles.contains(head) == true }), let person = people[match.key] {
            return AttributionFinder.Who(speaker: person.name, isPerson: true, key: match.key)
        }
        guard nearestMayHoldIt, let nearest = sentences.last(where: { $0.speaker != nil }), let speaker = nearest.speaker else { return nil }
        if let key = nearest.speakerKey, let person = people[key] {
            return person.roles.isEmpty || person.roles.contains(head) ? AttributionFinder.Who(speaker: person.name, isPerson: true, key: key) : nil
        }
        if !speaker.isPerson, Self.head(of: speaker.speaker) == head { return speaker }
        return nil
    }

    /// "the company said", "the council said": the nearest named body whose name says it is
    /// one ("Harbour Group", "Lindenport City Council"), in `current` (this sentence's bodies,
    /// nearest first) or within reach; nil leaves the phrase as it stands.
    func namedBody(for noun: String, current: [String]) -> AttributionFinder.Who? {
        guard let words = Self.bodyWords[noun] ?? SpeakerVocabulary.organizationWords.first(where: { $0.lowercased() == noun }).map({ [$0] }) else { return nil }
        func fits(_ name: String) -> Bool {
            name.first?.isUppercase == true && name.split(separator: " ").contains { words.contains(String($0)) }
        }
        if let name = current.reversed().first(where: fits) { return AttributionFinder.Who(speaker: name, isPerson: false) }
        for sentence in sentences.reversed() {
            if let speaker = sentence.speaker, !speaker.isPerson, fits(speaker.speaker) { return speaker }
            if let name = sentence.bodies.reversed().first(where: fits) { return AttributionFinder.Who(speaker: name, isPerson: false) }
        }
        return nil
    }

    /// The words in a body's name that a common noun may stand for.
    private static let bodyWords: [String: Set<String>] = {
        let company: Set<String> = ["Group", "Holdings", "Inc", "Corp", "Corporation", "Company", "Ltd", "PLC", "Plc", "LLC", "Motors", "Industries", "Technologies", "Systems", "Partners", "Airlines", "Airways"]
        var map: [String: Set<String>] = [:]
        for noun in ["company", "firm", "group", "business", "retailer", "manufacturer", "operator", "insurer", "supermarket", "brewery"] { map[noun] = company }
        map["airline"] = ["Airlines", "Airways"]
        map["carrier"] = ["Airlines", "Airways"]
        map["bank"] = ["Bank"]
        map["lender"] = ["Bank"]
        map["charity"] = ["Trust", "Foundation", "Fund"]
        map["force"] = ["Police", "Force"]
        map["school"] = ["School", "College", "Academy"]
        return map
    }()

    /// "they said": the nearest speaker, when a group or a body ("the two unions", "Arsenal").
    func plural() -> AttributionFinder.Who? {
        guard let nearest = sentences.last(where: { $0.speaker != nil })?.speaker, !nearest.isPerson else { return nil }
        return nearest
    }

    /// "it said": the nearest speaker, when a body or a singular group ("the company").
    func body() -> AttributionFinder.Who? {
        guard let nearest = sentences.last(where: { $0.speaker != nil })?.speaker, !nearest.isPerson, !nearest.isPlural else { return nil }
        return nearest
    }

    /// The role noun of a generic speaker: "a spokesman for the Department for Transport" → "spokesman".
    private static func head(of phrase: String) -> String {
        var head = ""
        for word in phrase.split(separator: " ") {
            let lower = word.lowercased()
            if SpeakerVocabulary.linkingPrepositions.contains(lower) { break }
            head = lower
        }
        return head
    }
}
