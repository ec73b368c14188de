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

    /// Known, or shaped like a publication after "the" ("the Lindenport Ledger", "the Kyiv
    /// Post"); without the article "Emily Sun" or "Jane Post" may well be a person.
    static func isOutlet(_ run: NameRun) -> Bool {
        isKnown(run.text) || (run.hasArticle && looksLikePublication(run.parts))
    }

    private static func looksLikePublication(_ parts: [String]) -> Bool {
        parts.count >= 2 && parts.last.map(publicationWords.contains) == true
    }

    static func find(in words: [Word]) -> String? {
        for (k, w) in words.enumerated() where !w.isPunctuation {
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
                if let run = NameRun.forward(in: words, from: k + 1, allowArticle: true), isOutlet(run) {
                    return canonical(run.text)
                }
            default:
                continue
            }
        }
        // Any known outlet named in the sentence ("(Reuters)"), longest names first.
        var best: Int?
        for start in words.indices {
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
