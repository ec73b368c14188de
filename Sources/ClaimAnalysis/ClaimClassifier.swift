import Quantities

/// Decides a claim's kind from its figures and the words around them.
///
/// A sentence often fits several kinds ("rose 5%, the highest since 1990" is a trend and a
/// record). The kind says what a reviewer checks first, so the most demanding claim wins.
/// The precedence, first match wins:
///
/// 1. **record**: a claim against the whole history. "for the first time in 24 years",
///    "the first time since", "never before", "a record high", "record-breaking",
///    "an all-time low", "unprecedented", "higher than ever", "at any time since", "not
///    seen since", or a superlative or "first" followed, within six words and before any
///    punctuation, by "since" ("the highest since
///    1990", "the lowest level since 2008", "the most since"), "ever", "on record" or "in"
///    plus a span of time ("the largest in its history", "the lowest in 20 years").
///    "record" in "track record", "on the record" and the like does not count.
/// 2. **comparison**: a ranking or a comparison with something else. A superlative
///    ("largest", "the fastest-growing", "second-largest", "third-biggest", "the most",
///    but not "at least" or "at best"), "ranked"/"ranks", "behind only", "second only to",
///    "outpaced", "outperformed", "outnumbered", "surpassed", "overtook", "ahead of"
///    (not "ahead of the election" or "ahead of schedule"), "compared with/to", "relative
///    to", "versus", "by comparison", "N times/twice/half as many as", or a comparative with
///    "than" ("more than any other", "higher than in France"). Not a comparison:
///    "more than 500" and "fewer than a third" (an approximate figure), "higher than
///    expected" (a forecast, not a rival).
/// 3. **trend**: a movement. A figure read as a change ("rose 5%", "doubled"), a verb of
///    change ("fell", "grew", "increased", "surged", "halved"…), "up from"/"down from", or a
///    comparison with an earlier time: "compared with 6% a year earlier", "higher than in
///    2019" and "5% vs 3% last year" are the two endpoints of a change, so they are trends,
///    not comparisons.
/// 4. **the first figure**: a percentage is a **statistic**; a fraction of a whole
///    ("two-thirds of voters", "half of the residents") is also a **statistic**, as it is a
///    share checked like "67% of voters" (what is it a share of?); other ratios ("one in
///    five adults", "3:1", "one out of four") are **ratio**s; then **money**, **measure** (a
///    physical measure, a duration or an age) and **count** (counts and bare numbers).
/// 5. **only a hole**: a lone "%" or "per cent" is a statistic, a lone currency sign
///    money; a sentence with only a vague amount ("thousands of") is a count.
enum ClaimClassifier {
    static func kind(of extraction: Extraction, words: [Word]) -> ClaimKind {
        if isRecord(words) { return .record }
        let cues = comparisonCues(words)
        if cues.comparison { return .comparison }
        if cues.earlierTime || isTrend(extraction, words) { return .trend }
        return figureKind(extraction, words: words)
    }

    // MARK: - Vocabulary

    /// Superlatives that rank or set records. "latest" is left out (it dates, it does not
    /// rank); "most", "least" and "fewest" count only as "the most…" (see `isSuperlative`).
    private static let superlatives: Set<String> = [
        "largest", "biggest", "smallest", "highest", "lowest", "greatest", "fastest", "slowest",
        "strongest", "weakest", "richest", "poorest", "wealthiest", "cheapest", "dearest", "costliest",
        "deadliest", "busiest", "longest", "shortest", "oldest", "youngest", "heaviest", "lightest",
        "best", "worst", "hottest", "coldest", "warmest", "wettest", "driest", "tallest", "deepest",
        "widest", "safest", "most", "least", "fewest",
    ]
    private static let spansOfTime: Set<String> = [
        "year", "years", "decade", "decades", "century", "centuries", "generation", "generations",
        "history", "memory", "months", "weeks",
    ]
    private static let comparatives: Set<String> = [
        "more", "less", "fewer", "higher", "lower", "larger", "bigger", "smaller", "greater", "faster",
        "slower", "cheaper", "dearer", "costlier", "stronger", "weaker", "richer", "poorer", "older",
        "younger", "longer", "shorter", "better", "worse", "wider", "deeper", "heavier", "lighter",
        "warmer", "colder", "hotter", "safer", "busier",
    ]
    /// "more/less/fewer than" before one of these is an approximate figure, not a comparison.
    private static let amountStarts: Set<String> = [
        "a", "an", "half", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "dozen", "dozens", "hundreds",
        "thousands", "millions", "billions", "twice", "double", "doubled", "tripled", "quadrupled",
        "halved", "triple", "quarter", "third", "$", "€", "£", "¥", "₴",
    ]
    /// "higher than expected": measured against a forecast, not a rival.
    private static let expectations: Set<String> = [
        "expected", "planned", "forecast", "forecasts", "predicted", "anticipated", "budgeted",
        "estimated", "projected", "hoped", "feared", "thought", "usual", "normal", "needed", "necessary",
    ]
    /// After "compared with" or "than": an earlier time makes the claim a trend.
    private static let timeReferences: Set<String> = Set([
        "year", "years", "month", "months", "quarter", "quarters", "week", "weeks", "decade", "earlier",
        "ago", "before", "previously", "last", "previous", "prior", "yesterday",
        "pre-pandemic", "pre-war", "pre-crisis",
    ]).union(CalendarWords.monthNames.filter { $0 != "may" })  // "than may…" is the modal
    /// Skipped when looking for the time after "compared with" or "than".
    private static let fillers: Set<String> = [
        "in", "the", "a", "an", "its", "their", "his", "her", "our", "same", "period", "of", "at", "end",
        "start", "during", "level", "levels", "figure", "figures", "that", "those",
    ]
    /// "ahead of the election": a time, not a rival.
    private static let events: Set<String> = Set([
        "election", "elections", "vote", "summit", "meeting", "talks", "visit", "deadline", "schedule",
        "season", "holiday", "holidays", "christmas", "launch", "start", "opening", "release", "debate",
        "conference", "tournament", "games", "olympics", "trial", "hearing", "weekend", "time", "plan",
    ]).union(CalendarWords.weekdayNames)
    private static let rankingVerbs: Set<String> = [
        "ranked", "ranks", "outpaced", "outpacing", "outpaces", "outperformed", "outperforming",
        "outstripped", "outstripping", "outnumbered", "outnumber", "outnumbers", "surpassed",
        "surpassing", "overtook", "overtaken", "overtaking", "versus", "vs",
    ]
    private static let changeVerbs: Set<String> = [
        "rose", "risen", "rising", "rises", "rise", "fell", "fallen", "falling", "grew", "grown",
        "growing", "grows", "growth", "increased", "increases", "increasing", "increase", "decreased",
        "decreases", "decreasing", "decrease", "declined", "declines", "declining", "decline",
        "dropped", "drops", "jumped", "jumps", "surged", "surges", "soared", "soars", "climbed",
        "climbs", "plunged", "plummeted", "slumped", "tumbled", "dipped", "slid", "shrank", "shrunk",
        "doubled", "tripled", "quadrupled", "halved",
    ]
    private static let notRecords: Set<String> = [
        "track", "criminal", "medical", "police", "public", "court", "voting", "service", "school", "dental",
    ]

    // MARK: - Record

    /// Phrases that make a figure a record whatever surrounds them.
    private static let recordPhrases: [[String]] = [
        ["first", "time"], ["never", "before"], ["all-time"], ["unprecedented"], ["than", "ever"],
        ["not", "since"], ["not", "seen", "since"], ["any", "time", "since"],
    ]

    private static func isRecord(_ words: [Word]) -> Bool {
        if recordPhrases.contains(where: { words.contains(phrase: $0) }) { return true }
        for (k, word) in words.enumerated() where !word.isPunctuation {
            if word.lower == "record" || word.lower.hasPrefix("record-") {
                let before = k > 0 ? words[k - 1].lower : ""
                let onTheRecord = k >= 2 && words[k - 1].lower == "the" && ["on", "off", "for"].contains(words[k - 2].lower)
                if !notRecords.contains(before), !onTheRecord { return true }
            }
            guard word.lower == "first" || isSuperlative(words, k) else { continue }
            // A superlative measured against time: "the highest since 1990", "the largest ever".
            var j = k + 1
            var seen = 0
            while j < words.count, seen < 6, !words[j].isPunctuation {
                switch words[j].lower {
                case "since", "ever": return true
                case "on" where j + 1 < words.count && words[j + 1].lower == "record": return true
                case "in":
                    let window = words[(j + 1)..<min(words.count, j + 4)]
                    if window.contains(where: { spansOfTime.contains($0.lower) }) { return true }
                default: break
                }
                j += 1
                seen += 1
            }
        }
        return false
    }

    /// "largest", "second-largest", "the fastest-growing", "the most votes"; not "at least",
    /// "at best", "most of", "at the most".
    private static func isSuperlative(_ words: [Word], _ k: Int) -> Bool {
        let w = words[k].lower
        if k > 0, words[k - 1].lower == "at" { return false }
        if w.utf8.contains(UInt8(ascii: "-")) { return w.split(separator: "-").contains { superlatives.contains(String($0)) } }
        guard superlatives.contains(w) else { return false }
        guard ["most", "least", "fewest"].contains(w) else { return true }
        if k + 1 < words.count {
            if words[k + 1].lower == "of" { return false }
            if words[k + 1].lower == "since" { return true }
        }
        return k > 0 && words[k - 1].lower == "the" && !(k > 1 && words[k - 2].lower == "at")
    }

    // MARK: - Comparison

    /// Whether the sentence compares or ranks, and whether it compares with an earlier time
    /// (which makes it a trend instead).
    private static func comparisonCues(_ words: [Word]) -> (comparison: Bool, earlierTime: Bool) {
        var earlierTime = false
        /// Whether what follows word `k` names an earlier time: the first word that is not a
        /// figure, a mark or a filler ("the same period", "levels of") is a year or a time word.
        /// "compared with 6% a year earlier", "than in 2019", "than the same month last year".
        func followedByTime(_ k: Int, within n: Int) -> Bool {
            for word in words[(k + 1)..<min(words.count, k + 1 + n)] {
                if timeReferences.contains(word.lower) || FlagCues.isYear(word.text) { return true }
                if word.isPunctuation || word.text.first?.isNumber == true || fillers.contains(word.lower) { continue }
                return false
            }
            return false
        }
        for (k, word) in words.enumerated() where !word.isPunctuation {
            let w = word.lower
            let next = k + 1 < words.count ? words[k + 1].lower : ""
            if isSuperlative(words, k) { return (true, earlierTime) }
            if rankingVerbs.contains(w) {
                if w == "versus" || w == "vs", followedByTime(k, within: 6) {
                    earlierTime = true
                    continue
                }
                return (true, earlierTime)
            }
            switch (w, next) {
            case ("behind", "only"), ("second", "only"), ("trailing", "only"), ("relative", "to"),
                ("in", "comparison"), ("by", "comparison"):
                return (true, earlierTime)
            case ("compared", "with"), ("compared", "to"), ("comparison", "with"):
                if followedByTime(k + 1, within: 6) { earlierTime = true } else { return (true, earlierTime) }
            case ("ahead", "of"):
                let window = words[(k + 2)..<min(words.count, k + 5)]
                if !window.contains(where: { events.contains($0.lower) }) { return (true, earlierTime) }
            case (_, "than") where comparatives.contains(w) && k + 2 < words.count:
                let target = words[k + 2]
                if expectations.contains(target.lower) { break }
                if ["more", "less", "fewer"].contains(w),
                    target.text.first?.isNumber == true || amountStarts.contains(target.lower)
                {
                    break
                }
                if followedByTime(k + 1, within: 6) { earlierTime = true } else { return (true, earlierTime) }
            case ("as", _) where k >= 1 && ["twice", "thrice", "times", "half"].contains(words[k - 1].lower):
                // "twice as many cars as", "three times as large as"
                var j = k + 2
                while j < min(words.count, k + 6), !words[j].isPunctuation {
                    if words[j].lower == "as" { return (true, earlierTime) }
                    j += 1
                }
            default:
                break
            }
        }
        return (false, earlierTime)
    }

    // MARK: - Trend

    private static func isTrend(_ extraction: Extraction, _ words: [Word]) -> Bool {
        if extraction.quantities.contains(where: { $0.change == .up || $0.change == .down || $0.kind == .multiple }) { return true }
        if words.contains(phrase: ["up", "from"]) || words.contains(phrase: ["down", "from"]) { return true }
        return words.contains { !$0.isPunctuation && changeVerbs.contains($0.lower) }
    }

    // MARK: - The figure

    private static func figureKind(_ extraction: Extraction, words: [Word]) -> ClaimKind {
        // A hole before the first figure comes first, as the sentence reads: "would cost $
        // million more … and dozens of families" is about money.
        let hole = extraction.gaps.first.map { $0.text.hasPrefix("%") || $0.text.lowercased().hasPrefix("per") ? ClaimKind.statistic : .money }
        guard let first = extraction.quantities.first else {
            // Only a hole: the sign that is left says what the figure was.
            return hole ?? .count
        }
        if let hole, let gap = extraction.gaps.first, gap.span.lowerBound < first.span.lowerBound { return hole }
        switch first.kind {
        case .percentage: return .statistic
        case .money: return .money
        case .ratio: return isShareOfWhole(first, words) ? .statistic : .ratio
        case .measure, .duration, .age: return .measure
        case .count, .number, .multiple: return .count
        }
    }

    /// "two-thirds of voters", "half of the residents": a fraction followed by "of", as
    /// opposed to "one in five adults", "one out of four" or "3:1".
    private static func isShareOfWhole(_ ratio: Quantity, _ words: [Word]) -> Bool {
        let text = " \(ratio.text.lowercased()) "
        if text.contains(" in ") || text.contains(" out of ") || text.contains(" to ") || text.contains(":") || text.contains("/") {
            return false
        }
        let own = Word.split(ratio.text).map(\.lower)
        guard let start = words.firstIndex(of: own), start + own.count < words.count else { return false }
        return words[start + own.count].lower == "of"
    }
}
