import Quantities

/// The words the flag rules look for, defined once: what marks a published statistic, a
/// named source of data, a date or period, and a starting point.
enum FlagCues {
    /// Nouns of measured or published statistics: a figure near one of them is something
    /// somebody counted ("unemployment", "waiting lists", "the number of"), not a fact of
    /// the story such as a score, an age or the seats in the vote being reported.
    static let statisticNouns: Set<String> = [
        "rate", "rates", "average", "median", "unemployment", "employment", "jobless", "inflation",
        "gdp", "economy", "output", "productivity", "exports", "imports", "trade", "deficit", "surplus",
        "debt", "borrowing", "spending", "revenue", "revenues", "sales", "profit", "profits", "earnings",
        "turnover", "prices", "price", "rents", "rent", "wages", "wage", "salary", "salaries", "pay",
        "income", "incomes", "poverty", "homelessness", "homeless", "obesity", "emissions", "crime",
        "crimes", "offences", "offenses", "cases", "infections", "deaths", "mortality", "births",
        "population", "migration", "immigration", "visitors", "passengers", "registrations",
        "attendance", "enrolment", "enrollment", "admissions", "waiting", "subscribers", "users",
        "share", "proportion", "percentage", "majority", "per", "capita", "consumption",
        "production", "investment", "growth", "turnout", "approval", "number", "total", "figures",
        "statistics", "survey", "poll", "census", "estimate", "estimates", "index",
    ]

    /// Words that name where a figure comes from even when no speaker is found: a body of
    /// data ("figures from", "census data", "a survey by") or a verb of publishing. Every
    /// phrase of these words ("figures show", "data released by") holds one of them, so a
    /// word is enough; "according to" is the one phrase of its own.
    static let sourceWords: Set<String> = [
        "survey", "poll", "census", "study", "report", "research", "analysis", "estimates", "published",
        "released", "reported", "reports", "data", "figures", "statistics",
        // A speech verb means someone stands behind the figure even where the attribution
        // finder could not name them ("…, the supermarket said"): asking for a source then
        // would be a false alarm.
        "said", "says", "told", "announced", "added", "warned", "claimed", "estimated", "found", "showed",
        "shows", "suggests", "revealed", "confirmed", "stated", "wrote", "writes", "insisted", "admitted",
    ]

    /// Words that date a figure or give its period. Not "weekly", "annual" and their kin: they
    /// say what a rate is per ("weekly wages of £612"), not when it was true.
    static let timeWords: Set<String> = Set([
        "today", "yesterday", "tomorrow", "tonight", "now", "currently", "ago", "since", "recently", "last",
        "this", "next", "past", "previous", "year", "years", "month", "months", "week", "weeks",
        "quarter", "decade", "century", "spring", "summer", "autumn",
        "winter", "fiscal", "season", "term", "during", "until", "half", "h1", "h2", "q1", "q2",
        "q3", "q4", "overnight", "earlier", "later", "period", "days", "hours",
    ]).union(CalendarWords.weekdayNames).union(CalendarWords.monthNames)

    /// Words that give a change its starting point or period.
    static let baselineWords: Set<String> = [
        "from", "since", "compared", "than", "year-on-year", "versus", "vs", "last", "previous",
        "earlier", "ago", "against", "month-on-month", "quarter-on-quarter",
    ]

    /// Words after which a reported clause begins: "said 40% backed", "found that 12% passed".
    static let clauseOpeners: Set<String> = [
        "said", "says", "say", "told", "found", "showed", "shows", "show", "suggested", "suggests",
        "revealed", "reveals", "estimated", "estimates", "reported", "reports", "that", "whereas", "while",
    ]

    /// Words that may stand before a share without naming its whole: "some 87%", "only 12%".
    static let shareLeadIns: Set<String> = [
        "some", "about", "around", "roughly", "approximately", "nearly", "almost", "only", "just",
        "over", "under", "fewer", "more", "less", "than", "up", "to", "an", "estimated", "barely",
        "little", "at", "least", "most", "and", "but", "with", "another", "further", "a", "mere",
        "close", "well",
    ]

    /// True for "1998", "2024", "1990s": a year that dates a figure.
    static func isYear(_ text: String) -> Bool {
        // The view, not an array of it: this runs on every word of every sentence.
        let bytes = text.utf8
        guard bytes.count == 4 || (bytes.count == 5 && bytes.last == UInt8(ascii: "s")) else { return false }
        var n = 0
        for b in bytes.prefix(4) {
            guard b >= 0x30 && b <= 0x39 else { return false }
            n = n * 10 + Int(b - 0x30)
        }
        return (1800...2100).contains(n)
    }

    /// Whether `words` name a source of data.
    static func namesSource(_ words: [Word]) -> Bool {
        words.contains { sourceWords.contains($0.lower) } || words.contains(phrase: ["according", "to"])
    }

    /// Whether `words` date a figure or give a period.
    static func givesTime(_ words: [Word]) -> Bool {
        words.contains { !$0.isPunctuation && (isYear($0.text) || timeWords.contains($0.lower)) }
    }

    /// Whether the sentence quotes someone: quoted words have a speaker even when the
    /// attribution finder could not name one, so the figure is not unsourced.
    static func isQuoted(_ words: [Word]) -> Bool {
        words.contains { $0.isPunctuation && ($0.text == "\"" || $0.text == "“" || $0.text == "”") }
    }
}
