/// Finds who stands behind each sentence: the speaker, the outlet and any hedge, carrying
/// speakers across sentences ("According to him", "the official said") the way a reader does.
struct AttributionFinder {
    /// The last person named as a speaker, for pronouns and "the official".
    private(set) var lastSpeaker: String?
    /// The outlet last seen with each speaker, by surname, so that "Anthony Blinken" two
    /// paragraphs after "Antony Blinken said, as Reuters writes" keeps Reuters.
    private var outletsBySurname: [String: String] = [:]

    private static let sayingVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "assured", "assures", "explained", "explains",
        "added", "adds", "noted", "notes", "stated", "states", "claimed", "claims", "argued",
        "argues", "warned", "warns", "wrote", "announced", "announces", "estimated", "estimates",
        "mentioned", "stressed", "emphasized", "emphasised", "insisted", "acknowledged", "admitted",
        "confirmed", "declared", "suggested", "reported", "reports", "believes", "predicted",
        "forecast", "projected", "revealed", "disclosed", "testified", "tweeted", "posted",
        "asserted", "maintained", "recalled", "pointed",
    ]
    private static let pronouns: Set<String> = ["he", "she", "him", "her", "they", "them"]
    private static let descriptors: Set<String> = [
        "official", "minister", "spokesman", "spokeswoman", "spokesperson", "president",
        "secretary", "senator", "governor", "chancellor", "ambassador", "diplomat", "source",
    ]
    /// Title words dropped from the front of a speaker's name ("Secretary of State Antony Blinken").
    private static let titles: Set<String> = [
        "us", "u.s", "secretary", "state", "general", "president", "minister", "prime", "foreign",
        "chancellor", "spokesman", "spokeswoman", "director", "chief", "senator", "governor",
        "mayor", "ambassador", "press", "deputy", "vice", "defense", "defence", "finance",
        "white", "house", "nato", "un", "eu", "mr", "mrs", "ms", "dr", "prof", "former", "the",
        "secretary-general", "head", "chairman", "ceo", "leader", "representative", "commissioner",
        "treasurer", "councillor", "councilor", "council", "professor", "economist", "analyst",
        "spokesperson", "commander", "judge", "justice", "officer", "manager", "founder", "chair",
        "chairwoman", "executive", "king", "queen", "sir", "dame", "lord", "lady", "harbour", "master",
    ]
    static let knownOutlets: [String] = [
        "Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "Bloomberg", "BBC",
        "CNN", "Fox News", "NBC News", "NBC", "CBS News", "CBS", "ABC News", "NPR", "CNBC",
        "The New York Times", "New York Times", "The Washington Post", "Washington Post",
        "The Guardian", "Financial Times", "The Wall Street Journal", "Wall Street Journal",
        "Politico", "Axios", "Al Jazeera", "TASS", "RIA Novosti", "Interfax", "Xinhua", "Kyodo",
        "Yonhap", "Ukrinform", "Der Spiegel", "Le Monde", "The Economist", "Sky News",
        "Deutsche Welle", "DW", "24 Kanal", "Channel 24", "Kyiv Independent", "Ukrainska Pravda",
        "The Times", "The Telegraph", "USA Today", "Los Angeles Times", "The Hill",
    ]
    /// Known outlets of more than three letters, longest first, so "The New York Times" wins over "The Times".
    /// Matched word by word rather than with `String.contains`, which goes through NSString on
    /// Linux and cost a third of the analyzer's time.
    private static let outletsLongestFirst: [(String, [String])] = knownOutlets.filter { $0.count > 3 }
        .sorted { $0.count > $1.count }
        .map { ($0, Word.split($0).map(\.text)) }

    private static func containsCaseSensitive(_ words: [Word], _ parts: [String]) -> Bool {
        guard !parts.isEmpty, parts.count <= words.count else { return false }
        outer: for start in 0...(words.count - parts.count) {
            for (k, p) in parts.enumerated() where words[start + k].text != p { continue outer }
            return true
        }
        return false
    }
    private static let hedges: [[String]] = [
        ["reportedly"], ["allegedly"], ["purportedly"], ["supposedly"], ["an", "estimated"],
        ["is", "believed"], ["are", "believed"], ["is", "thought"], ["are", "thought"],
        ["is", "said", "to"], ["are", "said", "to"], ["unconfirmed"], ["rumoured"], ["rumored"],
        ["according", "to", "estimates"], ["estimated"], ["possibly"], ["apparently"],
    ]

    mutating func attribute(_ sentence: String) -> Attribution {
        let words = Word.split(sentence)
        var attribution = Attribution()
        attribution.outlet = outlet(in: words)
        attribution.speaker = speaker(in: words, outlet: attribution.outlet)
        attribution.hedge = Self.hedges.first { words.contains(phrase: $0) }?.joined(separator: " ")

        if let speaker = attribution.speaker {
            lastSpeaker = speaker
            let surname = Self.surname(speaker)
            if let outlet = attribution.outlet {
                outletsBySurname[surname] = outlet
            } else {
                attribution.outlet = outletsBySurname[surname]
            }
        }
        return attribution
    }

    // MARK: - Speakers

    private func speaker(in words: [Word], outlet: String?) -> String? {
        for (k, w) in words.enumerated() {
            if w.lower == "according", k + 2 < words.count, words[k + 1].lower == "to" {
                let name = nameRun(in: words, from: k + 2)
                if let pronoun = words[k + 2].lower as String?, Self.pronouns.contains(pronoun) { return lastSpeaker }
                if let name, name != outlet, !Self.isOutlet(name) { return Self.stripTitles(name) }
            }
            guard Self.sayingVerbs.contains(w.lower) else { continue }
            // "Blinken said", "the official said", "he said"
            if let name = nameRunBackward(in: words, before: k), name != outlet, !Self.isOutlet(name) {
                return Self.stripTitles(name)
            }
            if k > 0, Self.pronouns.contains(words[k - 1].lower) { return lastSpeaker }
            if k > 1, words[k - 2].lower == "the", Self.descriptors.contains(words[k - 1].lower) { return lastSpeaker }
            // "explained Jens Stoltenberg", "said the official"
            if let name = nameRun(in: words, from: k + 1), name != outlet, !Self.isOutlet(name) {
                return Self.stripTitles(name)
            }
            if k + 2 < words.count, words[k + 1].lower == "the", Self.descriptors.contains(words[k + 2].lower) { return lastSpeaker }
        }
        return nil
    }

    /// Capitalized words starting at `start`: "Jens Stoltenberg", "24 Kanal".
    private func nameRun(in words: [Word], from start: Int) -> String? {
        var k = start
        var parts: [String] = []
        while k < words.count, words[k].isNamePart || (!parts.isEmpty && ["of", "de", "van", "von", "al"].contains(words[k].lower) && k + 1 < words.count && words[k + 1].isCapitalized) {
            parts.append(words[k].text)
            k += 1
        }
        guard !parts.isEmpty, parts.contains(where: { $0.first?.isLetter ?? false }) else { return nil }
        return parts.joined(separator: " ")
    }

    /// Capitalized words ending right before `end` (skipping a comma after a quote).
    private func nameRunBackward(in words: [Word], before end: Int) -> String? {
        var k = end - 1
        var parts: [String] = []
        while k >= 0, words[k].isCapitalized || (!parts.isEmpty && words[k].lower == "of" && k > 0 && words[k - 1].isCapitalized) {
            parts.insert(words[k].text, at: 0)
            k -= 1
        }
        // A capital that only opens the sentence ("This must stop") is no name.
        if parts.count == 1, k < 0, !Self.isLikelyName(parts[0]) { return nil }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    private static func isLikelyName(_ word: String) -> Bool {
        !["This", "That", "It", "They", "We", "He", "She", "There", "These", "Those", "The", "I", "You"].contains(word)
    }

    private static func stripTitles(_ name: String) -> String {
        var parts = name.split(separator: " ").map(String.init)
        // Keep a body's own name when it is all titles: "NATO Secretary General".
        let personal = parts.drop { titles.contains($0.lowercased()) || $0 == "of" }
        if !personal.isEmpty { parts = Array(personal) }
        return parts.joined(separator: " ")
    }

    static func surname(_ name: String) -> String {
        name.split(separator: " ").last.map { String($0).lowercased() } ?? name.lowercased()
    }

    // MARK: - Outlets

    private static func isOutlet(_ name: String) -> Bool {
        knownOutlets.contains(name) || knownOutlets.contains("The " + name)
    }

    private func outlet(in words: [Word]) -> String? {
        for (k, w) in words.enumerated() {
            // "as Reuters writes", "Reuters reported"
            if ["writes", "wrote", "reports", "reported", "reporting"].contains(w.lower) {
                if let name = nameRunBackward(in: words, before: k) {
                    let before = k - name.split(separator: " ").count - 1
                    if Self.isOutlet(name) || (before >= 0 && words[before].lower == "as") { return name }
                }
                // "writes 24 Kanal"
                if let name = nameRun(in: words, from: k + 1) { return name }
            }
            // "according to Reuters", "told Reuters", "(Reuters)"
            if w.lower == "according", k + 2 < words.count, words[k + 1].lower == "to",
                let name = nameRun(in: words, from: k + 2), Self.isOutlet(name)
            {
                return name
            }
            if ["told", "to"].contains(w.lower), let name = nameRun(in: words, from: k + 1), Self.isOutlet(name) {
                return name
            }
            // "told the Lindenport Ledger": a named publication, two words or more.
            if w.lower == "told", k + 2 < words.count, words[k + 1].lower == "the",
                let name = nameRun(in: words, from: k + 2), name.split(separator: " ").count >= 2
            {
                return name
            }
        }
        // Any known outlet named in the sentence, longest names first.
        for (outlet, parts) in Self.outletsLongestFirst where Self.containsCaseSensitive(words, parts) {
            return outlet
        }
        return nil
    }
}
