import Quantities

/// The words that tell who is speaking: generic groups and roles ("officials", "the
/// minister"), bodies ("the company", "Lindenport City Council"), titles in front of a name
/// ("Treasury Secretary Janet Yellen"), and the capitals that are never a speaker.
enum SpeakerVocabulary {
    // MARK: - Generic speakers (kept as the noun phrase, never a named person)

    /// Plural groups: "officials said", "police said", "economists estimate".
    static let groups: Set<String> = [
        "officials", "analysts", "economists", "experts", "police", "authorities", "investigators",
        "prosecutors", "researchers", "scientists", "residents", "witnesses", "critics", "opponents",
        "supporters", "lawmakers", "legislators", "diplomats", "sources", "observers", "officers",
        "doctors", "organizers", "organisers", "activists", "campaigners", "protesters", "protestors",
        "traders", "investors", "executives", "regulators", "engineers", "firefighters", "rescuers",
        "medics", "leaders", "ministers", "senators", "forecasters", "pollsters", "historians",
        "insiders", "negotiators", "spokespeople", "spokesmen", "planners", "inspectors", "auditors",
        "strategists", "consultants", "commentators", "unions", "environmentalists", "locals",
        "villagers", "farmers", "fishermen", "shopkeepers", "merchants", "developers", "managers",
        "employees", "staff", "workers", "councillors", "councilors", "members", "parents", "relatives",
        "families", "neighbours", "neighbors", "friends", "colleagues", "passengers", "customers", "fans",
        "students", "patients", "pupils", "shoppers", "victims", "survivors", "forecasters", "meteorologists",
        "paramedics", "nurses", "teachers", "midwives", "drivers", "pilots", "landlords", "tenants",
        "homeowners", "commuters", "motorists", "cyclists", "businesses", "retailers", "charities",
    ]
    /// One person named by role. With "the" ("the official said") it points back to the last
    /// named speaker; with "a" ("a senior U.S. official") it is a new, unnamed speaker.
    static let roles: Set<String> = Set<String>([
        "official", "minister", "spokesman", "spokeswoman", "spokesperson", "president", "secretary",
        "senator", "governor", "chancellor", "ambassador", "diplomat", "treasurer", "mayor", "director",
        "chief", "economist", "analyst", "expert", "professor", "researcher", "scientist", "lawmaker",
        "legislator", "commissioner", "commander", "executive", "chairman", "chairwoman", "chair",
        "founder", "manager", "lawyer", "attorney", "judge", "prosecutor", "doctor", "leader", "premier",
        "envoy", "adviser", "advisor", "officer", "investigator", "negotiator", "candidate", "congressman",
        "congresswoman", "representative", "owner", "ceo", "strategist", "consultant", "engineer",
        "historian", "activist", "organiser", "organizer", "critic", "insider", "employee", "worker",
        "farmer", "councillor", "councilor", "inspector", "auditor", "planner", "witness", "resident",
        "source", "member", "aide", "deputy", "master", "captain", "coach", "head", "superintendent",
        "administrator", "regulator", "supervisor", "controller", "operator", "pilot", "skipper",
        "sheriff", "coroner", "surgeon", "nurse", "teacher", "principal", "dean", "editor", "reporter",
        "correspondent", "agent", "broker", "trader", "banker", "landlord", "tenant", "driver",
        // Sport and entertainment: "the Arsenal midfielder said", "the promoter, Liam Kavanagh, told RTÉ".
        "midfielder", "striker", "defender", "goalkeeper", "keeper", "winger", "full-back", "centre-back",
        "boss", "player", "batsman", "batter", "bowler", "jockey", "trainer", "promoter", "singer",
        "rapper", "musician", "actor", "actress", "artist", "presenter", "author", "novelist",
        "businessman", "businesswoman", "entrepreneur", "headteacher", "headmaster", "headmistress",
        "campaigner", "protester", "general", "lieutenant", "colonel", "sergeant", "meteorologist",
        "forecaster", "paramedic", "firefighter", "detective", "constable", "bishop", "archbishop",
        "rabbi", "imam", "pastor", "vicar", "priest",
    ]).union(relations)
    /// People named by their tie to someone, or by what they are to the story: generic even
    /// with "the" ("the victim's mother said", "the widow said"), never pointing back.
    static let relations: Set<String> = [
        "wife", "husband", "mother", "father", "son", "daughter", "brother", "sister", "partner",
        "widow", "widower", "friend", "neighbour", "neighbor", "relative", "cousin", "uncle", "aunt",
        "grandmother", "grandfather", "girlfriend", "boyfriend", "fiancée", "fiancé", "colleague",
        "victim", "survivor", "passenger", "customer", "shopper", "fan", "parent", "pupil", "student",
        "patient", "mum", "dad", "stepfather", "stepmother", "niece", "nephew", "granddaughter", "grandson",
    ]
    /// Role nouns that stay generic even with "the": an anonymous source is no named speaker.
    static let anonymousRoles: Set<String> = Set(["source", "witness", "resident", "insider", "aide", "member", "worker", "employee"]).union(relations)
    /// Bodies named by a common noun: "the company said", "the ministry said in a statement".
    static let bodies: Set<String> = [
        "company", "ministry", "government", "council", "department", "agency", "commission", "court",
        "army", "military", "firm", "bank", "authority", "office", "board", "committee", "union", "party",
        "administration", "campaign", "group", "organisation", "organization", "institute", "university",
        "hospital", "airline", "regulator", "watchdog", "embassy", "parliament", "senate", "congress",
        "cabinet", "presidency", "municipality", "city", "county", "team", "club", "league", "federation",
        "association", "fund", "operator", "utility", "insurer", "lender", "carrier", "manufacturer",
        "retailer", "charity", "foundation", "kremlin", "pentagon", "treasury", "port", "state",
        "prosecutor's", "prosecutors'", "coalition", "alliance", "opposition", "police", "force", "service",
        "airport", "supermarket", "school", "trust", "prison", "railway", "brewery", "broadcaster",
    ]
    static func isHead(_ lower: String) -> Bool {
        groups.contains(lower) || roles.contains(lower) || bodies.contains(lower)
    }

    /// Words that may stand before the head of a generic speaker: "senior U.S. officials",
    /// "two police officers", "ministry officials". Capitalized words ("U.S.", "Ukrainian")
    /// are taken as they stand and need no entry.
    static let modifiers: Set<String> = [
        "senior", "top", "junior", "prime", "vice", "local", "federal", "state", "foreign", "government", "military",
        "western", "independent", "private", "private-sector", "public", "public-health", "former",
        "anonymous", "unnamed", "other", "leading", "chief", "deputy", "regional", "national",
        "international", "city", "municipal", "county", "district", "provincial", "intelligence",
        "security", "defence", "defense", "health", "finance", "economic", "financial", "industry",
        "market", "trade", "energy", "port", "harbour", "harbor", "transport", "press", "communications",
        "election", "electoral", "opposition", "ruling", "central", "party", "union", "council", "police", "ministry",
        "company", "bank", "administration", "campaign", "education", "school", "hospital", "airport",
        "customs", "border", "tax", "treasury", "fellow", "current", "outside", "rights", "human",
        "environmental", "consumer", "business", "emergency",
        "fire", "rescue", "medical", "legal", "official", "senior-level", "high-ranking", "two", "three",
        "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "several", "many", "some", "few",
        "most", "both", "two-thirds",
    ]
    /// Determiners opening a generic speaker: "a spokesperson", "the company", "some analysts".
    static let determiners: Set<String> = [
        "a", "an", "the", "some", "many", "several", "few", "most", "both", "his", "her", "its", "their",
        "our", "another", "one", "two", "three", "four", "five", "other",
    ]
    /// Words linking a generic speaker to its body: "a spokesperson for the ministry", "analysts at Bank X".
    static let linkingPrepositions: Set<String> = ["for", "of", "at", "from", "with", "in"]

    // MARK: - Names

    /// Titles after which the name begins: "Treasury Secretary Janet Yellen", "Harbour Master Tom Reyes".
    static let strongTitles: Set<String> = [
        "secretary", "minister", "president", "vice-president", "chancellor", "governor", "senator",
        "spokesman", "spokeswoman", "spokesperson", "treasurer", "mayor", "director", "ambassador",
        "commissioner", "chairman", "chairwoman", "chair", "ceo", "cfo", "coo", "economist", "analyst",
        "professor", "councillor", "councilor", "secretary-general", "premier", "envoy", "adviser", "advisor",
        "chief", "officer", "manager", "representative", "leader", "lawmaker", "commander", "general",
        "master", "superintendent", "inspector", "sheriff", "judge", "prosecutor", "attorney", "lieutenant",
        "colonel", "captain", "sergeant", "admiral", "marshal", "executive", "founder", "head", "editor",
        "correspondent", "researcher", "scientist", "negotiator", "strategist", "speaker", "whip",
        "congressman", "congresswoman", "mp", "mep", "pope", "president-elect", "deputy", "chairperson",
        "constable", "detective", "bishop", "archbishop", "cardinal", "rabbi", "imam", "coach",
        "td", "msp", "mla",
    ]
    /// Letters after a name that are no part of it: "Karen Bradley MP", "Jane Doe KC".
    static let postNominals: Set<String> = ["MP", "MEP", "MSP", "MS", "MLA", "TD", "QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE", "Jr", "Sr", "PhD"]

    /// A strong title, or one of the "-general" family: "Director-General", "Attorney-General".
    static func isStrongTitle(_ word: String) -> Bool {
        let lower = word.lowercased()
        return strongTitles.contains(lower) || (lower.hasSuffix("-general") && lower.count > 8)
    }

    /// Words dropped from the front of a name once the strong title is gone, or when there is
    /// none: "Secretary of State Antony Blinken", "Dr Jane Doe".
    static let weakTitles: Set<String> = [
        "us", "u.s", "uk", "u.k", "state", "general", "prime", "foreign", "deputy", "vice", "defense",
        "defence", "finance", "interior", "economy", "economic", "trade", "health", "energy", "justice",
        "treasury", "commerce", "labor", "labour", "education", "transport", "transportation", "agriculture",
        "environment", "homeland", "security", "nato", "un", "eu", "mr", "mrs", "ms", "miss", "dr", "prof",
        "sir", "dame", "lord", "lady", "king", "queen", "prince", "princess", "former", "the", "acting",
        "senior", "assistant", "associate", "interim", "incoming", "outgoing", "press", "council", "city",
        "county", "federal", "national", "regional", "sen", "rep", "gov", "gen", "col", "lt", "sgt",
        "capt", "adm", "rev", "hon", "crown", "harbour", "harbor", "port", "police", "fire", "opposition",
        "of", "and", "managing", "executive", "chief", "for", "cllr", "councillor", "det", "supt", "insp",
        "ch", "rt", "very",
    ]
    /// A name ending in one of these is a body, not a person: "Lindenport City Council".
    static let organizationWords: Set<String> = [
        "Council", "Ministry", "Department", "Bank", "Police", "Agency", "Commission", "Office",
        "Authority", "Authorities", "Company", "Inc", "Corp", "Corporation", "Group", "University",
        "Institute", "Fund", "Service", "Services", "Board", "Committee", "Party", "Government",
        "Administration", "Court", "Army", "Navy", "Forces", "Force", "Guard", "Parliament", "Senate",
        "Congress", "Assembly", "Union", "Association", "Federation", "Foundation", "Organization",
        "Organisation", "Bureau", "Centre", "Center", "Command", "Embassy", "Ltd", "LLC", "PLC",
        "Airlines", "Airways", "Motors", "Holdings", "Partners", "Reserve", "Treasury", "Kremlin",
        "Pentagon", "Cabinet", "Secretariat", "Directorate", "Hospital", "School", "College", "Academy",
        "Club", "League", "Trust", "Exchange", "Chamber", "Coalition", "Alliance", "Movement",
        "Laboratory", "Industries", "Technologies", "Systems", "Railways", "Railway", "Airport",
        "Municipality", "Republic", "Statistics", "Office's", "Ministry's",
    ]
    /// Bodies known by a name alone.
    static let knownBodies: Set<String> = [
        "NATO", "UN", "EU", "IMF", "OPEC", "WHO", "OECD", "IAEA", "UNICEF", "UNESCO", "Kremlin",
        "Pentagon", "White House", "Downing Street", "Elysee", "Élysée", "Vatican", "Interpol",
        "Europol", "Eurostat", "Fed", "Federal Reserve", "Congress", "Treasury", "State Department",
        "Bundestag", "Knesset", "Duma", "Rada", "Verkhovna Rada", "Taliban", "Hamas", "Hezbollah",
        "World Bank", "Moody's", "Fitch",
    ]
    /// Lowercase particles inside a name: "Secretary of State", "Ursula von der Leyen".
    static let nameParticles: Set<String> = ["of", "de", "van", "von", "der", "al", "bin", "da", "del", "di", "du", "la", "le", "ter", "ten", "dos", "das"]

    /// Capitals that never start a name: sentence openers, pronouns, quantifiers. Dropped from
    /// the front of a run of capitals ("In March Okafor said" → "Okafor").
    static let openers: Set<String> = [
        "the", "a", "an", "in", "on", "at", "by", "for", "from", "with", "after", "before", "during",
        "since", "until", "here", "there", "now", "then", "today", "yesterday", "last", "this", "that",
        "these", "those", "it", "its", "they", "we", "he", "she", "i", "you", "but", "and", "or", "so",
        "yet", "also", "however", "meanwhile", "still", "even", "some", "many", "most", "all", "several",
        "about", "nearly", "almost", "roughly", "around", "over", "under", "more", "less", "only", "just",
        "overall", "next", "when", "while", "if", "as", "although", "though", "because", "such", "other",
        "another", "each", "every", "no", "not", "one", "what", "which", "who", "where", "why", "how",
        "earlier", "later", "separately", "instead", "indeed", "besides", "moreover", "furthermore",
        "finally", "first", "second", "similarly", "likewise", "thus", "therefore", "hence", "speaking",
        "asked", "according", "everyone", "everybody", "someone", "somebody", "nobody", "others",
        "people", "his", "her", "their", "our", "my", "your", "across", "between",
        "among", "despite", "without", "within", "against", "through", "throughout", "per",
        "up", "down", "out", "off", "once", "again", "nonetheless", "nevertheless", "currently",
        "recently", "previously", "already", "either", "neither", "whether",
    ]
    static let months = CalendarWords.months
    static let weekdays = Set(CalendarWords.weekdayNames)
    /// Days and relative days, skipped around a speech verb: "the ministry said Monday".
    static func isDay(_ lower: String) -> Bool {
        weekdays.contains(lower) || ["today", "yesterday", "tonight"].contains(lower)
    }
    static func isTimeWord(_ lower: String) -> Bool {
        months.contains(lower) || weekdays.contains(lower) || ["today", "yesterday", "tonight", "tomorrow"].contains(lower)
    }

    /// Words that may stand between a speaker and the verb: "Okafor also said", "the ministry has said".
    static let betweenSubjectAndVerb: Set<String> = [
        "also", "later", "earlier", "previously", "recently", "separately", "further", "repeatedly",
        "again", "then", "once", "has", "have", "had", "would", "publicly", "privately", "initially",
        "subsequently", "originally", "first", "reportedly", "allegedly", "only", "just", "still", "even",
        "today", "yesterday", "tonight", "now", "did", "does", "do", "not", "never", "already",
        "jointly", "openly", "quickly", "immediately", "last", "week", "month", "on", "this",
    ]

    /// "for" joins the capitals of a body's name after one of these: "the Office for National
    /// Statistics", "the Department for Transport", "Secretary of State for Health".
    static let takesForInName: Set<String> = [
        "Office", "Department", "Ministry", "Minister", "Secretary", "Commissioner", "Commission",
        "Institute", "Centre", "Center", "Council", "Foundation", "Trust", "Agency", "Society",
        "Alliance", "Campaign", "Association", "Committee", "Federation", "Fund", "Coalition", "Board",
        "Authority", "Organisation", "Organization", "Union", "Bureau",
    ]

    /// Last words of names that are places, venues, events or things, never people: "Dublin
    /// Airport", "the Pyramid Stage", "Victoria Station", "the Elizabeth Line".
    static let placeWords: Set<String> = [
        "Street", "Road", "Avenue", "Lane", "Square", "Park", "Bridge", "Station", "Line", "Stage",
        "Hall", "Palace", "House", "Tower", "Stadium", "Arena", "Ground", "Beach", "Island", "Islands",
        "Bay", "River", "Lake", "Mountain", "Mountains", "Valley", "Pass", "Cup", "Trophy", "Prize",
        "Award", "Awards", "Festival", "Games", "Championship", "Championships", "Open", "Derby",
        "Cathedral", "Church", "Castle", "Centre", "Center", "Museum", "Gallery", "Theatre", "Theater",
        "Airport", "Port", "Harbour", "Harbor", "Quay", "Dock", "Docks", "Market", "Estate", "Way",
        "Terrace", "Crescent", "Close", "Drive", "Place", "Gardens", "Hill", "Hills", "County", "City",
        "Town", "Village", "Road's", "Stadium's", "Act", "Bill", "Treaty", "Agreement", "Plan",
    ]

    // MARK: - Documents

    /// What a body publishes: "ONS figures show", "figures from the Department for Education",
    /// "a study by Imperial College London found".
    static let documents: Set<String> = [
        "figures", "data", "statistics", "stats", "numbers", "study", "studies", "report", "reports",
        "survey", "surveys", "poll", "polls", "polling", "analysis", "research", "estimates", "forecast",
        "forecasts", "projections", "census", "review", "audit", "inquiry", "investigation", "results",
        "accounts", "index", "modelling", "modeling", "paper", "briefing", "assessment", "evaluation",
        "findings", "records", "filings", "tally", "count", "calculations", "report's", "study's",
    ]
    /// Verbs a document reports with: "figures show", "the study found", "data suggest".
    static let documentVerbs: Set<String> = [
        "show", "shows", "showed", "shown", "suggest", "suggests", "suggested", "indicate", "indicates",
        "indicated", "reveal", "reveals", "revealed", "found", "finds", "find", "say", "says", "said",
        "estimate", "estimates", "estimated", "concluded", "concludes", "confirm", "confirms", "confirmed",
        "predict", "predicts", "predicted", "put", "puts", "showing", "highlighted", "highlights",
    ]
    /// Words between a document and its source: "figures published by", "data released on Tuesday by".
    static let documentLinks: Set<String> = ["by", "from", "of"]
    static let documentParticiples: Set<String> = [
        "published", "released", "compiled", "produced", "commissioned", "issued", "carried", "conducted",
        "gathered", "collected", "prepared", "obtained", "out", "seen", "analysed", "analyzed",
    ]
    /// Adjectives between a source and its document: "Eurostat's latest figures", "ONS provisional data".
    static let documentAdjectives: Set<String> = [
        "latest", "new", "own", "official", "provisional", "annual", "monthly", "quarterly", "weekly",
        "final", "preliminary", "first", "revised", "published", "recent", "updated", "internal", "unpublished",
        "separate", "fresh", "independent", "detailed", "leaked",
    ]
    /// Groups whose "found" is a finding, not a discovery: "researchers found that".
    static let findingGroups: Set<String> = [
        "researchers", "scientists", "investigators", "inspectors", "auditors", "analysts", "economists",
        "experts", "regulators", "pollsters", "academics", "statisticians", "scholars",
    ]

    // MARK: - Participles

    /// "A union spokeswoman attacked the plan, saying 400 jobs were at risk": a speech verb in
    /// "-ing" after a comma gives the clause's subject as the speaker.
    static let speechParticiples: Set<String> = [
        "saying", "adding", "warning", "claiming", "arguing", "insisting", "noting", "estimating",
        "predicting", "stressing", "explaining", "stating", "telling", "citing", "revealing", "confirming",
        "announcing", "pointing",
    ]
    /// Past-tense verbs without "-ed" that may be a clause's main verb: "Okafor hit out, saying".
    static let irregularPastVerbs: Set<String> = [
        "hit", "spoke", "gave", "took", "made", "led", "met", "went", "came", "set", "put", "sent",
        "held", "sought", "fought", "struck", "stood", "drew", "threw", "broke", "won", "lost", "told",
        "wrote", "rang", "began", "chose", "rose", "fell", "cut", "shut", "bought", "sold", "paid",
        "kept", "left", "ran", "sat", "saw", "spent", "stuck", "swore", "tore", "withdrew", "upheld",
        "is", "was", "has", "had",
    ]

    // MARK: - Pronouns

    /// "he", "she", "him", "her": see `Gender(pronoun:)`.
    static let personalPronouns: Set<String> = ["he", "she", "him", "her"]
    static let pluralPronouns: Set<String> = ["they", "them"]
}
