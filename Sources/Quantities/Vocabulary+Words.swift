/// Closed-class words the recognizers consult: months, change cues, function words.
enum WordVocabulary {
    static let months = TokenSet((CalendarWords.monthNames + CalendarWords.monthAbbreviations).map { TokenKey($0.utf8) })

    /// Cues before a figure, longest first within each reading, as token sequences.
    static let changeCues: [(words: [String], change: Change)] = {
        var cues: [(words: [String], change: Change)] = []
        func add(_ change: Change, _ phrases: String...) {
            for p in phrases { cues.append((p.split(separator: " ").map(String.init), change)) }
        }
        add(.moreThan, "more than", "greater than", "higher than", "over", "above", "at least",
            "in excess of", "upwards of", "exceeding", "exceeded", "topped", "surpassed", "beyond",
            "just over", "well over", "no fewer than", "no less than", "to top", "will top", "could top",
            "tops", "topping",
            "greater than or equal to", "more than or equal to", "larger than", "bigger than",
            "exceed", "exceeds", "surpass", "surpasses", "a minimum of", "higher or equal than",
            "greater or equal than", "bigger or equal than", "larger or equal than", "more or equal than",
            "at least or equal to", "or more than")
        // "as many as" and "as much as" set a ceiling: "fall by as much as 15%" is up to 15%.
        add(.lessThan, "less than", "fewer than", "lower than", "under", "below", "up to", "at most",
            "as many as", "as much as", "before",
            "no more than", "just under", "not quite", "shy of", "short of", "a maximum of", "within",
            "less than or equal to", "fewer than or equal to", "smaller than",
            "less or equal than", "smaller or equal than", "lower or equal than", "fewer or equal than")
        add(.approximately, "about", "around", "roughly", "approximately", "some", "nearly", "almost",
            "close to", "circa", "ca", "an estimated", "estimated", "approx", "or so", "upward of",
            "the order of", "on the order of", "more or less", "almost exactly")
        add(.up, "rose", "rise", "rises", "rising", "risen", "up", "gained", "gain", "gains", "grew",
            "grow", "grows", "growing", "grown", "increased", "increase", "increases", "increasing",
            "jumped", "jump", "jumps", "climbed", "climb", "climbs", "surged", "surge", "soared",
            "soar", "added", "raised", "raise", "boosted", "higher", "rebounded", "advanced", "expanded",
            "rallied", "spiked", "rocketed", "leapt", "leaped", "hiked", "lifted", "strengthened",
            "growth", "soars", "surges", "surging", "soaring", "climbing", "rebound", "rebounds",
            "jumping", "doubled", "tripled", "gaining", "accelerated", "an extra", "an additional")
        add(.down, "fell", "fall", "falls", "falling", "fallen", "down", "dropped", "drop", "drops",
            "declined", "decline", "declines", "decreased", "decrease", "decreases", "slid", "slumped",
            "plunged", "plummeted", "tumbled", "sank", "cut", "cuts", "lost", "shrank", "shrunk",
            "lower", "reduced", "reduce", "slashed", "eased", "dipped", "contracted", "lowered",
            "slipped", "slip", "slips", "shed", "sheds", "retreated", "dived", "dove", "sagged",
            "skidded", "weakened", "deflated", "slump", "slumps", "slumping", "plunge", "plunges",
            "plunging", "tumble", "tumbles", "tumbling", "dip", "dips", "dipping", "slide", "slides",
            "sliding", "sinking", "dropping", "declining", "cutting", "halved", "fall-off",
            // A written sign: "minus 5 degrees" is 5 down, as "-5%" is.
            "minus", "negative")
        return cues.sorted { $0.words.count > $1.words.count }
    }()

    /// `changeCues` grouped by their last word, longest first, so that a look-up reads only
    /// the cues that can end where the figure starts.
    static let changeCuesByLastWord: [String: [(words: [String], change: Change)]] =
        Dictionary(grouping: changeCues) { $0.words.last! }

    /// Words that end a concept phrase: function words, verbs of saying, relative pronouns.
    static let conceptStops: TokenSet = [
        "that", "which", "who", "whom", "whose", "and", "or", "but", "is", "are", "was", "were",
        "be", "been", "has", "have", "had", "will", "would", "could", "should", "may", "might",
        "can", "in", "on", "at", "by", "for", "from", "to", "with", "as", "than", "since", "said",
        "says", "while", "when", "where", "because", "if", "its", "their", "his", "her", "this",
        "these", "those", "it", "they", "he", "she", "we", "you", "i", "per", "each", "every",
        "of", "over", "under", "up", "down", "into", "not", "no", "so", "also", "do", "does", "did",
    ]

    /// Determiners skipped at the start of a concept phrase.
    static let determiners: TokenSet = ["the", "a", "an", "all", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these", "those"]

    /// Words that may follow a number without being the counted noun.
    static let notCountNouns: TokenSet = [
        "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "by", "for", "from", "to",
        "with", "as", "than", "that", "which", "who", "is", "are", "was", "were", "be", "been",
        "has", "have", "had", "will", "would", "could", "should", "may", "might", "can", "said",
        "says", "say", "it", "its", "they", "their", "he", "his", "she", "her", "we", "our", "you",
        "i", "this", "these", "those", "not", "no", "so", "also", "more", "less", "fewer", "most",
        "least", "over", "under", "about", "around", "after", "before", "since", "until", "into",
        "out", "up", "down", "off", "then", "there", "here", "when", "where", "while", "if",
        "because", "per", "each", "every", "all", "both", "either", "neither", "other", "another",
        "such", "only", "just", "even", "still", "yet", "already", "ago", "later", "earlier",
        "percent", "year-on-year", "a.m", "p.m", "am", "pm", "do", "does", "did", "got", "get",
        "new", "own", "same", "through", "between", "among", "against", "during", "without",
        "within", "via", "including", "like", "near", "toward", "towards", "upon", "amid", "across",
        "last", "next", "previous", "apiece", "overall", "combined", "respectively",
        "behind", "beyond", "onto", "inside", "outside", "along", "plus", "minus", "times",
        // Verbs that follow a bare count in news ("300 came", "20 left"): irregular pasts,
        // which the "-ed" rule misses, and verbs of opinion ("5 say").
        "came", "went", "left", "fled", "died", "won", "lost", "took", "made", "got", "saw", "ran",
        "gave", "paid", "held", "met", "sat", "stood", "fell", "rose", "grew", "became", "began",
        "remain", "say", "think", "believe", "agree", "disagree", "oppose", "support", "want",
        "need", "live", "die", "come", "go", "remain", "voted", "felt", "knew", "kept", "spent",
        "sold", "bought", "brought", "fought", "taught", "thought", "caught", "built", "sent",
        "lent", "led", "fed", "hid", "shot", "struck", "stuck", "swore", "wore", "wrote", "drove",
        // "out of 48,000 cast", "with 25,000 set aside", "300 found guilty".
        "cast", "set", "put", "hit", "found", "told", "heard", "spread",
    ]

    /// Capitalized words that open a sentence or phrase without naming anything, so that a
    /// number after them ("In 2019", "About 500") is not mistaken for part of a name.
    /// Words before a number that make it a name or a label: "Version 2.0", "the number 23
    /// shirt", "Season 3", "Route 66", "Article 50".
    static let numberedNames: TokenSet = [
        "version", "number", "season", "episode", "chapter", "series", "phase", "route", "article",
        "section", "clause", "platform", "gate", "room", "flight", "channel", "page", "volume", "v",
        "junction", "junctions", "seed", "no",
    ]

    static let capitalizedFunctionWords: TokenSet = [
        "in", "about", "some", "over", "nearly", "almost", "by", "of", "at", "only", "just", "all",
        "the", "those", "these", "around", "roughly", "approximately", "more", "less", "fewer",
        "up", "down", "under", "since", "from", "to", "for", "with", "and", "but", "or", "after",
        "before", "between", "among", "another", "at", "least", "exactly", "almost", "until",
        "during", "within", "than", "nearly", "estimated", "an", "a", "another", "of", "on",
        "while", "whereas", "although", "though", "when", "as", "if", "yet", "so", "then", "per",
        "another", "some", "roughly", "over", "below", "above", "top", "first", "last",
        // Sentence openers that name nothing: "Here 1 in 4 adults…", "Today 300 people…"
        "here", "there", "now", "today", "yesterday", "tomorrow", "still", "even", "also",
        "thus", "meanwhile", "overall", "altogether", "including", "excluding", "nationwide",
        "worldwide", "globally", "currently", "previously", "recently", "again", "almost",
    ]
}

/// The change vocabulary for other modules: which single words move a figure up or down.
public enum ChangeWords {
    private static let directions: [String: Change] = {
        var map: [String: Change] = [:]
        for cue in WordVocabulary.changeCues where cue.words.count == 1 && (cue.change == .up || cue.change == .down) {
            map[cue.words[0]] = cue.change
        }
        return map
    }()

    /// `.up` for "rose", `.down` for "slumped", nil for words that move nothing.
    public static func direction(of lowercased: String) -> Change? { directions[lowercased] }
}
