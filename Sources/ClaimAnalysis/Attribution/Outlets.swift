/// News outlets: the known ones, names that look like a publication ("the Lindenport
/// Ledger"), and the phrases that cite one ("as Reuters writes", "writes 24 Kanal",
/// "Reuters reported", "according to the BBC", "told the Lindenport Ledger",
/// "in an interview with CNN").
///
/// An outlet is given without a leading "The" unless the known name needs it: "New York
/// Times", "The Guardian", "Lindenport Ledger".
enum Outlets {
    static let known: [String] = [
        "Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "Bloomberg", "BBC",
        "CNN", "Fox News", "NBC News", "NBC", "CBS News", "CBS", "ABC News", "NPR", "CNBC",
        "The New York Times", "New York Times", "The Washington Post", "Washington Post",
        "The Guardian", "Financial Times", "The Wall Street Journal", "Wall Street Journal",
        "Politico", "Axios", "Al Jazeera", "TASS", "RIA Novosti", "Interfax", "Xinhua", "Kyodo",
        "Yonhap", "Ukrinform", "Der Spiegel", "Le Monde", "The Economist", "Sky News",
        "Deutsche Welle", "DW", "24 Kanal", "Channel 24", "Kyiv Independent", "Ukrainska Pravda",
        "The Times", "The Telegraph", "USA Today", "Los Angeles Times", "The Hill",
        // Britain and Ireland
        "BBC News", "BBC Radio 4", "BBC Sport", "ITV", "ITV News", "Channel 4 News", "Sky Sports",
        "LBC", "Times Radio", "GB News", "talkSPORT", "Daily Mail",
        "Mail on Sunday", "Daily Mirror", "Daily Express", "Evening Standard", "The Scotsman",
        "Belfast Telegraph", "Irish News", "RTÉ", "RTE", "RTÉ News", "Newstalk",
        "Irish Times", "Irish Independent", "Irish Examiner", "Sunday Independent", "Virgin Media News",
        "TG4", "PA", "PA Media", "Press Association", "New Statesman", "The Spectator",
        // Europe
        "ZDF", "ARD", "Tagesschau", "Deutschlandfunk", "Die Zeit", "Die Welt", "Bild", "Handelsblatt",
        "Süddeutsche Zeitung", "Frankfurter Allgemeine Zeitung", "FAZ", "Spiegel", "dpa", "Le Figaro",
        "Libération", "Le Parisien", "Les Echos", "France 24", "France Inter", "BFM TV", "TF1", "El País",
        "El Mundo", "La Vanguardia", "TVE", "RTVE", "EFE", "Corriere della Sera", "La Repubblica",
        "La Stampa", "RAI", "ANSA", "NOS", "ORF", "SRF", "SVT", "NRK", "YLE", "Euronews", "Politico Europe",
        "Kommersant", "Vedomosti", "Meduza", "Suspilne",
        // The Americas, Asia, the Middle East and Oceania
        "MSNBC", "PBS", "Fox Business", "ESPN", "The Atlantic", "The New Yorker", "Newsweek",
        "CBC", "CTV", "Globe and Mail", "NHK",
        "Asahi Shimbun", "Straits Times", "South China Morning Post",
        "Al Arabiya", "Haaretz", "Times of Israel", "Times of India", "Hindustan Times", "NDTV", "ABC",
        "Sydney Morning Herald",
    ]
    private static let knownSet = Set(known)

    /// Last words of a publication's name: "Ledger", "Post", "Gazette".
    private static let publicationWords: Set<String> = [
        "Ledger", "Times", "Post", "Journal", "News", "Herald", "Gazette", "Tribune", "Chronicle",
        "Telegraph", "Guardian", "Observer", "Express", "Mail", "Star", "Sun", "Standard", "Independent",
        "Courier", "Review", "Daily", "Weekly", "Magazine", "Radio", "TV", "Television", "Channel",
        "Network", "Press", "Wire", "Record", "Register", "Bulletin", "Dispatch", "Sentinel", "Examiner",
        "Inquirer", "Monitor", "Today", "Pravda", "Kanal", "Broadcasting", "Mirror", "Globe", "Citizen",
        "Reporter", "Newsweek", "Insider", "Online", "Digest", "Week",
    ]

    /// Known outlets of more than three letters, longest first, so "The New York Times" wins over "The Times".
    /// Matched word by word rather than with `String.contains`, which goes through NSString on
    /// Linux and cost a third of the analyzer's time.
    private static let longestFirst: [(String, [String])] = known.filter { $0.count > 3 }
        .sorted { $0.count > $1.count }
        .map { ($0, Word.split($0).map(\.text)) }
    /// Indices into `longestFirst` by first word, so a sentence is read once.
    private static let byFirstWord: [String: [Int]] = Dictionary(grouping: longestFirst.indices) { longestFirst[$0].1[0] }

    /// First words of known outlets that open on a lowercase ASCII letter.
    private static let lowercaseFirstWords: [String] = byFirstWord.keys.filter { ($0.utf8.first ?? 0) >= 0x61 && ($0.utf8.first ?? 0) <= 0x7A }

    /// The outlet's name as reported: "the New York Times" → "New York Times", "Guardian" → "The Guardian".
    static func canonical(_ name: String) -> String {
        let bare = name.hasPrefix("The ") ? String(name.dropFirst(4)) : name
        if knownSet.contains(bare) { return bare }
        if knownSet.contains("The " + bare) { return "The " + bare }
        return bare
    }

    static func isKnown(_ name: String) -> Bool {
        let bare = name.hasPrefix("The ") ? String(name.dropFirst(4)) : name
        return knownSet.contains(bare) || knownSet.contains("The " + bare)
    }

    /// Nouns that say a name is an outlet: "Germany's ZDF television", "the Irish Times
    /// newspaper", "broadcaster RTÉ".
    static let mediaNouns: Set<String> = [
        "television", "tv", "radio", "newspaper", "paper", "channel", "broadcaster", "magazine", "website",
        "daily", "weekly", "tabloid", "network", "station", "outlet", "podcast", "agency",
    ]

    /// Known, or shaped like a publication after "the" ("the Lindenport Ledger", "the Kyiv
    /// Post"); without the article "Emily Sun" or "Jane Post" may well be a person.
    static func isOutlet(_ run: NameRun) -> Bool {
        isKnown(run.text) || (run.hasArticle && looksLikePublication(run.parts))
    }

    private static func looksLikePublication(_ parts: [String]) -> Bool {
        parts.count >= 2 && parts.last.map(publicationWords.contains) == true
    }

    /// The media nouns that make the name before them an outlet: "the Irish Times newspaper".
    private static let mediaNounsAfterName: Set<String> = [
        "television", "tv", "radio", "newspaper", "paper", "channel", "broadcaster", "magazine", "daily", "weekly", "tabloid",
    ]

    /// The outlet named right after "told", "to" or "with": "the BBC", "RTÉ", "Germany's ZDF
    /// television", "the Irish Times", "the Lindenport newspaper", "broadcaster RTÉ",
    /// "RTÉ's Morning Ireland".
    private static func afterTold(in words: [Word], from start: Int) -> String? {
        var first = start
        // "told public broadcaster RTÉ", "told the newspaper Le Monde"
        if first < words.count, words[first].lower == "the" || words[first].lower == "public" || words[first].lower == "state" { first += 1 }
        if first < words.count, !words[first].isCapitalized, mediaNouns.contains(words[first].lower),
            let run = NameRun.forward(in: words, from: first + 1), !run.parts.isEmpty
        {
            return canonical(run.text)
        }
        guard var run = NameRun.forward(in: words, from: start, allowArticle: true) else { return nil }
        if isOutlet(run) { return canonical(run.text) }
        // "RTÉ's Morning Ireland", "BBC Radio 4's Today programme": an outlet's programme.
        if let outlet = knownBeforePossessive(run.parts) { return outlet }
        // "Germany's ZDF": a place's outlet.
        if run.parts.count >= 2, DocumentSource.possessiveStem(run.parts[0]) != nil {
            run.parts.removeFirst()
            run.hasArticle = false
            if isKnown(run.text) { return canonical(run.text) }
        }
        // "the Irish Times newspaper", "Germany's ZDF television"; not "the Kremlin website"
        if run.end < words.count, !words[run.end].isCapitalized, mediaNounsAfterName.contains(words[run.end].lower), !run.parts.isEmpty,
            !SpeakerVocabulary.knownBodies.contains(run.text), !run.parts.contains(where: SpeakerVocabulary.organizationWords.contains)
        {
            return canonical(run.text)
        }
        return nil
    }

    /// "BBC Radio 4's Today" → "BBC Radio 4": the known outlet that owns a programme.
    private static func knownBeforePossessive(_ parts: [String]) -> String? {
        for (i, part) in parts.enumerated() {
            guard let stem = DocumentSource.possessiveStem(part) else { continue }
            let name = (parts[..<i] + [stem]).joined(separator: " ")
            return isKnown(name) ? canonical(name) : nil
        }
        return nil
    }

    /// The words `find(in:)` reads a citation from, each a case of its switch.
    private static let cueWords: Set<String> = [
        "writes", "wrote", "reports", "reported", "reporting", "according", "told", "to", "with", "on", "by", "in",
    ]

    static func find(in words: [Word]) -> String? {
        // One hash a word instead of a dozen string comparisons: most words cue nothing.
        for (k, w) in words.enumerated() where !w.isPunctuation && cueWords.contains(w.lower) {
            switch w.lower {
            case "writes", "wrote", "reports", "reported", "reporting":
                // "as Reuters writes", "Reuters reported", "the New York Times reported"
                if let run = NameRun.backward(in: words, before: k) {
                    if isOutlet(run) || (run.wordBefore >= 0 && words[run.wordBefore].lower == "as") { return canonical(run.text) }
                }
                // "writes 24 Kanal", ", reports the Kyiv Independent"
                if k > 0, words[k - 1].isPunctuation, let run = NameRun.forward(in: words, from: k + 1, allowArticle: true),
                    isOutlet(run) || ["writes", "wrote"].contains(w.lower)
                {
                    return canonical(run.text)
                }
            case "according":
                // "according to Reuters", "according to the BBC"
                if k + 2 < words.count, words[k + 1].lower == "to",
                    let run = NameRun.forward(in: words, from: k + 2, allowArticle: true), isOutlet(run)
                {
                    return canonical(run.text)
                }
            case "told", "to", "with":
                // "told the Lindenport Ledger", "speaking to CNN", "in an interview with CNN"
                if let outlet = afterTold(in: words, from: k + 1) { return outlet }
            case "on", "by", "in":
                // "speaking on BBC Radio 4's Today programme", "an analysis by the BBC", "writing in
                // the Guardian": a known outlet only.
                if let run = NameRun.forward(in: words, from: k + 1, allowArticle: true) {
                    if isKnown(run.text) { return canonical(run.text) }
                    if let outlet = knownBeforePossessive(run.parts) { return outlet }
                }
            default:
                continue
            }
        }
        // Any known outlet named in the sentence ("(Reuters)"), longest names first.
        var best: Int?
        for start in words.indices {
            // Names open on a capital or a digit, but for the few listed ("talkSPORT"):
            // a byte test spares the look-up of every lowercase word.
            let first = words[start].text.utf8.first ?? 0
            if first >= 0x61, first <= 0x7A, !lowercaseFirstWords.contains(words[start].text) { continue }
            guard let candidates = byFirstWord[words[start].text] else { continue }
            for index in candidates where best.map({ index < $0 }) ?? true {
                let parts = longestFirst[index].1
                guard start + parts.count <= words.count else { continue }
                if parts.indices.allSatisfy({ words[start + $0].text == parts[$0] }) { best = index }
            }
        }
        return best.map { canonical(longestFirst[$0].0) }
    }
}
