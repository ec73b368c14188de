/// Words for reading what a figure counts: "13,000 workers", "3 million Britons", "2,000 new
/// homes", "56 COVID-19 deaths". Lists a newsroom will extend, each defined once here; the
/// rules that use them are on `Reader.countedNounPhrase(at:)` and `Reader.countedNounName`.
enum NounVocabulary {
    /// Peoples counted in capitals, plural as written → the singular name: nations and
    /// their inhabitants, cities' people, faiths, parties and generations. "20 million
    /// Americans" counts `american`; a capital after a number is otherwise taken for a name
    /// ("24 Kanal", "10 Downing Street"). Followed by a noun, a people's name is a modifier:
    /// "400 Chinese students" counts `chinese student`.
    static let peoples: [TokenKey: String] = {
        var table: [TokenKey: String] = [:]
        // Regular plurals: the singular is the plural less its "s".
        let regular = [
            "americans", "britons", "brits", "germans", "indians", "russians", "ukrainians",
            "canadians", "australians", "mexicans", "brazilians", "italians", "spaniards", "poles",
            "greeks", "turks", "iranians", "syrians", "afghans", "israelis", "palestinians",
            "egyptians", "nigerians", "kenyans", "africans", "koreans", "filipinos", "indonesians",
            "thais", "malaysians", "singaporeans", "bangladeshis", "lankans", "nepalis", "saudis",
            "emiratis", "qataris", "kuwaitis", "yemenis", "iraqis", "pakistanis", "somalis",
            "jordanians", "ethiopians", "eritreans", "ghanaians", "cubans", "venezuelans",
            "colombians", "argentines", "argentinians", "chileans", "peruvians", "haitians",
            "jamaicans", "scots", "swedes", "norwegians", "danes", "finns", "icelanders",
            "belgians", "austrians", "hungarians", "czechs", "slovaks", "romanians", "bulgarians",
            "serbs", "croats", "bosnians", "albanians", "kosovars", "georgians", "armenians",
            "azerbaijanis", "kazakhs", "uzbeks", "belarusians", "lithuanians", "latvians",
            "estonians", "moldovans", "tibetans", "uyghurs", "uighurs", "kurds", "europeans",
            "asians", "latinos", "latinas", "hispanics", "arabs", "scandinavians", "westerners",
            "londoners", "yorkers", "parisians", "berliners", "muscovites", "glaswegians",
            "texans", "californians", "floridians", "quebecers", "catalans", "basques",
            "aboriginals", "aborigines", "irishmen", "scotsmen", "welshmen", "englishmen",
            "muslims", "christians", "catholics", "protestants", "jews", "hindus", "sikhs",
            "buddhists", "mormons", "evangelicals", "anglicans", "methodists", "baptists",
            "shias", "shiites", "sunnis", "copts", "yazidis", "alawites",
            "democrats", "dems", "republicans", "conservatives", "tories", "liberals",
            "socialists", "communists", "greens", "nationalists", "unionists", "loyalists",
            "independents", "brexiteers", "remainers", "leavers", "millennials", "boomers",
            "olympians", "paralympians", "afghanis",
        ]
        for plural in regular {
            var singular = String(plural.dropLast())
            // "Irishmen", "Scotsmen": the man is singular.
            if plural.hasSuffix("men") { singular = String(plural.dropLast(3)) + "man" }
            if plural == "tories" { singular = "tory" }
            table[TokenKey(plural.utf8)] = singular
        }
        for same in peoplesOwnPlural { table[same] = same.string }
        return table
    }()

    /// One of a people, for "one American", "a single Briton".
    static let peopleSingulars: TokenSet = TokenSet(peoples.values.map { TokenKey($0.utf8) })

    /// Peoples' names that are their own plural.
    static let peoplesOwnPlural: TokenSet = [
        "chinese", "japanese", "vietnamese", "portuguese", "lebanese", "sudanese", "taiwanese",
        "burmese", "senegalese", "congolese", "maltese", "swiss", "maori", "inuit", "rohingya",
        "druze",
    ]

    /// Plurals with no "-s" that are counted: "5,000 people", "300 police", "40 sheep".
    static let pluralsWithoutS: TokenSet = [
        "people", "men", "women", "children", "police", "staff", "cattle", "personnel", "teeth",
        "mice", "geese", "aircraft", "sheep", "fish", "deer", "livestock", "poultry", "offspring",
        "crew", "alumni", "bacteria", "criteria", "phenomena", "folk", "youth", "clergy",
        "spacecraft", "salmon", "feet",
    ]

    /// Words ending in "s" that are no plural: "news", "series", "diabetes".
    static let singularsInS: TokenSet = [
        "news", "physics", "economics", "politics", "mathematics",
        "athletics", "gymnastics", "basis", "thesis", "crisis", "diabetes", "measles", "mumps",
        "rabies", "herpes", "lens", "plus", "bus", "gas", "yes", "this", "thus", "always",
        "perhaps", "afterwards", "towards", "sometimes", "besides", "whereas", "unless",
        "nevertheless", "across", "its", "his", "hers", "ours", "yours", "theirs", "was", "has",
        "does", "is", "as", "us", "overseas", "whereabouts", "headquarters", "means", "tennis",
        "chess", "billiards", "aids", "covid", "sars", "mers", "ethics", "logistics",
        // Verbs after a singular subject that a count never ends in: "the 3 Musketeers bar
        // costs $1", "the Channel 4 show says".
        "says", "seems", "costs", "goes", "gets", "becomes", "includes", "contains",
    ]

    /// Adjectives common before a counted noun, left out of its name: "2,000 new homes" →
    /// `home`, "40 additional megawatts" → `megawatt`. Nouns used as modifiers stay ("hospital
    /// beds" → `hospital bed`), and so do proper nouns ("Toyota and Honda cars" → `toyota
    /// honda car`).
    static let adjectives: TokenSet = [
        "new", "more", "other", "additional", "extra", "further", "fewer", "several", "many",
        "own", "same", "different", "various", "numerous", "young", "old", "older", "younger",
        "elderly", "small", "large", "big", "huge", "major", "minor", "main", "key", "top", "high",
        "low", "full", "total", "average", "typical", "annual", "daily", "weekly", "monthly",
        "yearly", "former", "current", "future", "past", "previous", "recent", "early", "late",
        "first", "last", "next", "final", "initial", "potential", "possible", "likely", "actual",
        "real", "true", "good", "bad", "best", "worst", "great", "poor", "rich", "wealthy",
        "local", "foreign", "domestic", "international", "national", "regional", "global",
        "public", "private", "senior", "junior", "long", "short", "free", "paid", "unpaid",
        "active", "eligible", "vulnerable", "available", "existing", "remaining", "missing",
        "leading", "participating", "competing", "striking", "working", "surviving", "returning",
        "visiting", "attending", "emerging", "growing", "rising", "outstanding", "ongoing",
        "full-time", "part-time", "unemployed", "homeless", "sick", "dead", "injured", "wounded",
        "confirmed", "suspected", "reported", "registered", "estimated", "known", "unknown",
        "biggest", "largest", "smallest", "richest", "poorest", "oldest", "youngest", "highest",
        "lowest", "fastest", "busiest", "deadliest", "strongest", "wealthiest", "greatest",
        "newest", "latest", "brand-new", "straight", "consecutive", "successive", "separate",
        "individual", "single", "extra-large", "entire", "whole", "only", "such", "certain",
        "specific", "particular", "distinct", "unique", "median",
        "fresh", "net", "gross", "adult", "male", "female",
        // Adjectives in "-ent", "-ant" and "-ary", endings too many nouns share to be a rule.
        "independent", "permanent", "frequent", "violent",
        "innocent", "excellent", "urgent", "absent", "present", "prominent", "persistent",
        "important", "significant", "relevant", "pregnant", "dominant", "vacant", "distant",
        "military", "primary", "secondary", "temporary", "voluntary", "ordinary", "necessary",
        "elementary", "contemporary", "legendary", "parliamentary", "revolutionary",
        "extraordinary", "preliminary",
    ]

    /// Endings that mark an adjective: "numerous", "eligible", "homeless", "political".
    static let adjectiveEndings = ["ous", "ful", "less", "able", "ible", "ive", "al", "ic", "ed", "ish"]

    /// Nouns with an adjective's ending, kept as modifiers: "hospital beds", "animal
    /// shelters", "cable channels", "student visas".
    static let nounsWithAdjectiveEndings: TokenSet = [
        "hospital", "animal", "capital", "metal", "festival", "terminal", "rental", "journal",
        "signal", "crystal", "mineral", "cereal", "canal", "portal", "pedal", "tribunal",
        "arsenal", "council", "trial", "rival", "arrival", "proposal", "approval", "referral",
        "rehearsal", "chemical", "official", "criminal", "general", "cardinal", "admiral",
        "principal", "professional", "radical", "mammal", "material", "interval", "carnival",
        "mural", "survival", "removal", "withdrawal", "disposal", "denial", "refusal", "burial",
        "renewal", "manual", "ritual", "tutorial", "editorial", "memorial", "cathedral", "scandal",
        "medal", "petal", "sandal", "vandal", "cannibal", "hostel", "mosaic", "relic", "tunic", "cleric",
        "music", "clinic", "traffic", "plastic", "magic", "comic", "critic", "fabric", "topic",
        "logic", "panic", "picnic", "epidemic", "pandemic", "republic", "mechanic", "garlic",
        "table", "cable", "vegetable", "constable", "timetable", "stable", "turntable",
        "executive", "detective", "representative", "relative", "native", "initiative",
        "incentive", "objective", "alternative", "directive", "explosive", "locomotive",
        "archive", "motive", "adjective", "captive", "fugitive", "operative",
        "bed", "seabed", "hundred", "shed", "breed", "speed", "steed", "creed", "sickbed",
        "hotbed", "watershed", "bread",
        "dish", "fish", "wish", "radish", "relish", "parish", "rubbish", "polish",
    ]

    /// Last words of place names: "10 Downing Street protesters" names a street, not a
    /// count of Downing Street protesters.
    static let placeWords: TokenSet = [
        "street", "road", "avenue", "lane", "square", "place", "park", "bridge", "drive", "way",
        "court", "terrace", "plaza", "centre", "center", "tower", "house", "hall", "gardens",
        "crescent", "close", "row", "boulevard", "station", "airport", "stadium", "arena",
    ]

    /// Verbs a plural subject takes right after it, which make a capitalized plural after a
    /// number a count: "20 million Americans lost", "3 million Britons voted". Past tenses
    /// in "-ed" count too.
    static let pluralSubjectVerbs: TokenSet = [
        "are", "were", "have", "had", "will", "would", "could", "can", "may", "might", "must",
        "should", "say", "said", "think", "believe", "want", "need", "live", "lived", "die",
        "died", "work", "face", "faced", "remain", "pay", "paid", "own", "use", "hold", "held",
        "lost", "won", "took", "made", "got", "saw", "ran", "gave", "went", "came", "left",
        "fled", "became", "began", "fell", "rose", "grew", "spent", "sold", "bought", "kept",
        "felt", "knew", "met", "sent", "stood", "sat", "do", "did", "get", "go", "come",
        "support", "oppose", "back", "backed", "travel", "visit", "still", "now", "also",
        "already", "each", "all", "who", "living", "aged", "signed", "lack", "earn", "earned",
    ]

    /// Things measured in metres after a glued "m", so that "m" is no million there: "10m
    /// waves", "the 100m hurdles", "50m pools". Any other plural makes it a million: "3m
    /// people", "2.3m tonnes", "40m of its speakers".
    static let metreNouns: TokenSet = [
        "waves", "walls", "cliffs", "towers", "poles", "pipes", "cables", "tunnels", "bridges",
        "dunes", "craters", "holes", "yachts", "boats", "ships", "vessels", "pools", "lanes",
        "laps", "putts", "shots", "kicks", "passes", "throws", "jumps", "dives", "drops", "falls",
        "depths", "heights", "hurdles", "heats", "finals", "semifinals", "semi-finals", "races",
        "relays", "sprints", "events", "titles", "records", "medals", "champions", "runners",
        "swimmers", "sprinters", "hurdlers", "freestyle", "backstroke", "breaststroke",
        "butterfly", "medley", "lengths", "sections", "stretches", "spans", "screens", "trucks",
    ]

    /// Adjectives of size after a glued "m", which keep it metres whatever follows: "20m
    /// tall trees", "a 3m wide trench", "40m long boats".
    static let metreAdjectives: TokenSet = [
        "tall", "high", "long", "wide", "deep", "thick", "across", "away", "below", "above",
        "underground", "underwater", "offshore", "inland", "ahead", "behind", "apart", "up", "down",
    ]

    /// Words after "of" that stand for a counted plural: "40m of them".
    static let pluralPronouns: TokenSet = ["them", "these", "those", "us"]
}
