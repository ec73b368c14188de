/// The verbs news text sets beside figures, with their inflections, for `WordClass.table`.
///
/// A verb is what tells a subject from an object around a figure, and English verbs are an
/// open class; but the ones that carry figures in news are a few hundred (rise, cut,
/// employ, earn, say), so they are listed here as data, once, and inflected by rule. The
/// suffix rules in `Reader.wordClass(_:)` cover the rest ("-ed" pasts).
enum NewsVerbs {
    /// Regular verbs whose forms are rarely nouns: every form is marked `.verb`.
    static let regular = """
        employ earn extend reach exceed soar add expand reduce slash trim halve triple announce reveal
        predict expect represent generate produce deliver invest receive kill injure affect warn explain confirm
        suggest indicate remain stay hover stabilise stabilize recover ease weaken strengthen accelerate outpace
        outperform surpass provide serve operate boast include comprise contain attract require allow hire create
        destroy borrow owe collect approve reject agree accept acquire merge carry transport infect diagnose
        hospitalise hospitalize vaccinate die arrest detain displace evacuate sign insist argue believe reckon
        secure tumble plummet double lure unveil pledge amass welcome register enrol enroll recruit manage
        achieve obtain grab capture retain elect appoint overtake eclipse outstrip dwarf equal weigh
        emit save burn
        """
    /// Regular verbs whose base and "-s" forms are as often nouns: those are `.verbOrNoun`,
    /// the "-ed" form `.verb`.
    static let nounLike = """
        report cost export import value post record estimate forecast total offer need return rank number
        house host fund face control account share plan target count own order charge price rate list
        handle process ship seat test treat pass supply finance tax fine aim launch open close top
        claim raise lift plunge promise vote match increase decrease climb jump surge slump decline boost dip
        drop gain measure average orbit use store
        """
    /// Irregular forms, each a verb; written once as they appear in news.
    static let irregular = """
        say says said tell tells told rise rises rose risen fall falls fell fallen grow grows grew grown
        sink sinks sank sunk shrank shrunk lose loses lost make makes made sell sells sold buy buys bought
        spend spends spent pay pays paid get gets got gotten take takes took taken give gives gave given
        find finds found win wins won set sets hold holds held stand stands stood come comes came become
        becomes became go goes went gone run runs ran lend lends lent build builds built led
        bring brings brought keep keeps kept leave leaves left flee flees fled hurt hurts beat beats beaten
        show shows showed shown see sees saw seen think thinks thought feel feels felt put puts
        meet meets met draw draws drew drawn fly flies flew flown drive drives drove driven slide slides slid shrink
        shrinks struck strike strikes lasts lasted lowers lowered
        """
    /// Irregular forms that are nouns as often: "cut", "hit", "costs".
    static let irregularNounLike = "cut cuts hit hits forecast cost costs bid bids shed sheds lead leads"
    /// Verbs of having: their subject owns the figure's count ("Unilever employs 9,000 people").
    static let having = """
        employ employs employed employing has have had having own owns owned operate operates operated
        run runs ran serve serves served house houses housed host hosts hosted boast boasts boasted count
        counts counted hold holds held include includes included comprise comprises comprised contain
        contains contained number numbers numbered attract attracts attracted
        """
    /// Verbs of saying and showing, whose object is a reported clause: "said 300 people died".
    static let speech = """
        say says said saying tell tells told warn warns warned argue argues argued insist insists insisted
        believe believes believed think thinks thought reckon reckons reckoned suggest suggests suggested
        show shows showed shown find finds found reveal reveals revealed indicate indicates indicated
        estimate estimates estimated expect expects expected predict predicts predicted claim claims claimed
        """

    /// Verbs of winning and leading, whose "by" is a margin: "won the race by 38 seconds",
    /// "beat Spain by two goals", "leads the poll by 4 points".
    static let margin = """
        win wins won winning lose loses lost losing lead leads led leading beat beats beaten beating
        trail trails trailed trailing edge edges edged outscore outscored defeat defeats defeated
        """

    static func mark(into table: inout [TokenKey: WordClass]) {
        func add(_ word: [UInt8], _ c: WordClass) {
            table[TokenKey(word), default: []].formUnion(c)
        }
        for base in WordList.words(regular) {
            let forms = inflections(of: base)
            add(base, .verb)
            add(forms.s, .verb)
            add(forms.ed, .verb)
        }
        for base in WordList.words(nounLike) {
            let forms = inflections(of: base)
            add(base, .verbOrNoun)
            add(forms.s, .verbOrNoun)
            add(forms.ed, .verb)
        }
        for w in WordList.words(irregular) { add(w, .verb) }
        for w in WordList.words(irregularNounLike) {
            table[TokenKey(w), default: []].subtract(.verb)
            add(w, .verbOrNoun)
        }
        for w in WordList.words(having) { add(w, .having) }
        for w in WordList.words(speech) { add(w, .speech) }
        for w in WordList.words(margin) {
            // "The candidate trailed by 1,212 votes", "inflation edged up to 2.3%": a margin verb
            // listed nowhere else is still a verb; its base and "-s" forms are nouns as often
            // ("the edge of", "trails").
            if table[TokenKey(w)] == nil {
                let form = w.count > 3 && (w.suffix(2).elementsEqual("ed".utf8) || w.suffix(3).elementsEqual("ing".utf8))
                add(w, form ? .verb : .verbOrNoun)
            }
            add(w, .margin)
        }
    }

    /// The "-s" and "-ed" forms of a regular verb, in lowercase ASCII: "employs", "employed";
    /// "slips", "slipped". Bytes, not `Character`s: the table is built at first use, and a
    /// `Character` walk of its thousand forms cost more than the rest of the build.
    static func inflections(of base: [UInt8]) -> (s: [UInt8], ed: [UInt8]) {
        func isVowel(_ b: UInt8) -> Bool { b == 0x61 || b == 0x65 || b == 0x69 || b == 0x6F || b == 0x75 }
        func ends(_ suffix: StaticString) -> Bool {
            let n = suffix.utf8CodeUnitCount
            guard base.count >= n else { return false }
            return (0..<n).allSatisfy { base[base.count - n + $0] == suffix.utf8Start[$0] }
        }
        let last = base[base.count - 1]
        let consonantY = last == UInt8(ascii: "y") && base.count > 1 && !isVowel(base[base.count - 2])
        let stem = consonantY ? Array(base.dropLast()) : base
        let s: [UInt8]
        if ends("s") || ends("sh") || ends("ch") || ends("x") {
            s = base + Array("es".utf8)
        } else if consonantY {
            s = stem + Array("ies".utf8)
        } else {
            s = base + [UInt8(ascii: "s")]
        }
        let ed: [UInt8]
        if last == UInt8(ascii: "e") {
            ed = base + [UInt8(ascii: "d")]
        } else if consonantY {
            ed = stem + Array("ied".utf8)
        } else if Self.doubling.contains(TokenKey(base)) {
            ed = base + [last] + Array("ed".utf8)
        } else {
            ed = base + Array("ed".utf8)
        }
        return (s, ed)
    }

    /// Short verbs that double their last consonant: "slipped", "planned", "topped".
    private static let doubling: TokenSet = [
        "slip", "dip", "drop", "top", "plan", "ship", "trim", "grab", "equal", "enrol", "ban", "chop", "slam",
        "rub", "stop", "swap", "tip", "scrap", "rob", "jog", "admit", "commit", "refer", "prefer", "control", "emit",
    ]
}
