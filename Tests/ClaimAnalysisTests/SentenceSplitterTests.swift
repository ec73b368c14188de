@testable import ClaimAnalysis
import Testing

/// A paragraph and the sentences it must split into.
struct SplitCase: CustomTestStringConvertible, Sendable {
    var paragraph: String
    var expected: [String]
    var testDescription: String { paragraph }

    init(_ paragraph: String, _ expected: [String]) {
        self.paragraph = paragraph
        self.expected = expected
    }
}

/// The tricky paragraphs, grouped by what they exercise; the property test runs over all of them.
enum SplitCases {
    static let original: [SplitCase] = [
        SplitCase("The U.S. economy grew 2% last year. Growth slowed in Europe.", ["The U.S. economy grew 2% last year.", "Growth slowed in Europe."]),
        SplitCase("Mr. Smith said prices rose. He was wrong.", ["Mr. Smith said prices rose.", "He was wrong."]),
        SplitCase("Dr. Jones and Mrs. Lee met. Nothing came of it.", ["Dr. Jones and Mrs. Lee met.", "Nothing came of it."]),
        SplitCase("Sales rose in Jan. 2024 by 5%. Then they fell.", ["Sales rose in Jan. 2024 by 5%.", "Then they fell."]),
        SplitCase("Inflation was 2.24 percent in May. It fell later.", ["Inflation was 2.24 percent in May.", "It fell later."]),
        SplitCase("It cost $2.5 billion. That was a lot.", ["It cost $2.5 billion.", "That was a lot."]),
        SplitCase("J. K. Rowling wrote the books. They sold well.", ["J. K. Rowling wrote the books.", "They sold well."]),
        SplitCase("\"Prices will rise.\" She said it twice.", ["\"Prices will rise.\"", "She said it twice."]),
        SplitCase("He said: “We won.” Then he left.", ["He said: “We won.”", "Then he left."]),
        SplitCase("Is this real? Yes! It is.", ["Is this real?", "Yes!", "It is."]),
        SplitCase("He left... Then came back.", ["He left...", "Then came back."]),
        SplitCase("The doors closed at 9 p.m. Friday. Everyone left.", ["The doors closed at 9 p.m. Friday.", "Everyone left."]),
        SplitCase("Growth was 3%. 40% of firms agreed.", ["Growth was 3%.", "40% of firms agreed."]),
        SplitCase("Prices rose, e.g. for bread. They fell later.", ["Prices rose, e.g. for bread.", "They fell later."]),
        SplitCase("He won. and then lost.", ["He won. and then lost."]),
    ]

    static let abbreviations: [SplitCase] = [
        SplitCase("The U.S. and U.K. agreed. The E.U. did not.", ["The U.S. and U.K. agreed.", "The E.U. did not."]),
        SplitCase("U.N. envoys met Gen. Ortiz and Lt. Col. Park. They talked.", ["U.N. envoys met Gen. Ortiz and Lt. Col. Park.", "They talked."]),
        SplitCase(
            "Sen. Warren, Rep. Diaz and Gov. Hale spoke. Prof. Lee and Ms. Park listened.",
            ["Sen. Warren, Rep. Diaz and Gov. Hale spoke.", "Prof. Lee and Ms. Park listened."]),
        SplitCase("Shares of Acme Corp. fell. It blamed Beta Ltd. and Gamma Co. for the loss.", ["Shares of Acme Corp. fell.", "It blamed Beta Ltd. and Gamma Co. for the loss."]),
        SplitCase("Acme Inc. Chief Executive Jo Reyes quit. Sales rose at Acme Inc. But profits fell.", ["Acme Inc. Chief Executive Jo Reyes quit.", "Sales rose at Acme Inc.", "But profits fell."]),
        SplitCase("Martin Luther King Jr. Day is a holiday. John Smith Sr. And his son voted.", ["Martin Luther King Jr. Day is a holiday.", "John Smith Sr.", "And his son voted."]),
        SplitCase("Alvarez vs. Smith drew approx. 5,000 fans. Tickets sold out.", ["Alvarez vs. Smith drew approx. 5,000 fans.", "Tickets sold out."]),
        SplitCase("They sell fruit, e.g. apples, i.e. cheap food, etc. The shop closed.", ["They sell fruit, e.g. apples, i.e. cheap food, etc.", "The shop closed."]),
        SplitCase("The firm, est. 1990, grew fast. It now employs 500.", ["The firm, est. 1990, grew fast.", "It now employs 500."]),
        SplitCase("He lives at No. 10 on Main St. in Leeds. He moved there in Sept. 2019.", ["He lives at No. 10 on Main St. in Leeds.", "He moved there in Sept. 2019."]),
        SplitCase("Talks began Jan. 5 and ended Feb. 12. A deal came in Mar. The markets rallied.", ["Talks began Jan. 5 and ended Feb. 12.", "A deal came in Mar.", "The markets rallied."]),
        SplitCase(
            "Rates rose in Apr., Jun., Jul. and Aug. 2023. They fell in Sep. 2024, Oct. 2024, Nov. 2024 and Dec. 2024.",
            ["Rates rose in Apr., Jun., Jul. and Aug. 2023.", "They fell in Sep. 2024, Oct. 2024, Nov. 2024 and Dec. 2024."]),
        SplitCase("He grew up in the U.S. The next day he left.", ["He grew up in the U.S.", "The next day he left."]),
        SplitCase("It happened in the U.S. In 2020 prices rose.", ["It happened in the U.S.", "In 2020 prices rose."]),
        SplitCase("Mr. Smith works for the U.S. Treasury in Washington. He is 40.", ["Mr. Smith works for the U.S. Treasury in Washington.", "He is 40."]),
        SplitCase("Mr. Smith works in Washington, D.C. He is 40.", ["Mr. Smith works in Washington, D.C.", "He is 40."]),
        SplitCase("The meeting ended at 5 p.m. They left.", ["The meeting ended at 5 p.m.", "They left."]),
        SplitCase("Was it true? No. The figures were wrong.", ["Was it true?", "No.", "The figures were wrong."]),
        SplitCase("Roe v. Wade was decided in 1973. It stood for decades.", ["Roe v. Wade was decided in 1973.", "It stood for decades."]),
        SplitCase("The study by Lee et al. The authors found 5% more.", ["The study by Lee et al.", "The authors found 5% more."]),
    ]

    static let numbers: [SplitCase] = [
        SplitCase("Inflation hit 3.5% in May. It was $1.2bn in total.", ["Inflation hit 3.5% in May.", "It was $1.2bn in total."]),
        SplitCase("He ranked No. 5 in the world. Version v2.0 came out.", ["He ranked No. 5 in the world.", "Version v2.0 came out."]),
        SplitCase("See Fig. 3 and pp. 12-14. Vol. 2 is out.", ["See Fig. 3 and pp. 12-14.", "Vol. 2 is out."]),
        SplitCase("Growth was 2.5 per cent. 3.5% was expected.", ["Growth was 2.5 per cent.", "3.5% was expected."]),
        SplitCase("Prices rose… and then fell. Nobody knew why.", ["Prices rose… and then fell.", "Nobody knew why."]),
        SplitCase("He paused... then spoke. It was brief.", ["He paused... then spoke.", "It was brief."]),
        SplitCase("He left… Then he came back.", ["He left…", "Then he came back."]),
        SplitCase("1. The first step is planning. 2. The second is doing.", ["1. The first step is planning.", "2. The second is doing."]),
        SplitCase("The bill was $5.2m. $3m of it was paid.", ["The bill was $5.2m.", "$3m of it was paid."]),
        SplitCase("It fell 0.5 points to 10.25. Analysts shrugged.", ["It fell 0.5 points to 10.25.", "Analysts shrugged."]),
    ]

    static let initials: [SplitCase] = [
        SplitCase("J. K. Rowling said sales rose. George W. Bush agreed.", ["J. K. Rowling said sales rose.", "George W. Bush agreed."]),
        SplitCase("The author, J.R.R. Tolkien, wrote it. It sold.", ["The author, J.R.R. Tolkien, wrote it.", "It sold."]),
        SplitCase("The money went to Plan B. The board agreed.", ["The money went to Plan B.", "The board agreed."]),
        SplitCase("A. A. Milne wrote it. He was British.", ["A. A. Milne wrote it.", "He was British."]),
        SplitCase("Franklin D. Roosevelt won in 1932. He served until 1945.", ["Franklin D. Roosevelt won in 1932.", "He served until 1945."]),
    ]

    static let quotesAndBrackets: [SplitCase] = [
        SplitCase("\"Prices rose 5%.\" He left.", ["\"Prices rose 5%.\"", "He left."]),
        SplitCase("\"Prices rose. They will fall,\" she said.", ["\"Prices rose.", "They will fall,\" she said."]),
        SplitCase("“Prices rose. They will fall,” Jane Doe said. Nobody believed her.", ["“Prices rose.", "They will fall,” Jane Doe said.", "Nobody believed her."]),
        SplitCase("“Will prices fall?” Jane Doe asked. Nobody answered.", ["“Will prices fall?” Jane Doe asked.", "Nobody answered."]),
        SplitCase("\"Never!\" he shouted. Then he left.", ["\"Never!\" he shouted.", "Then he left."]),
        SplitCase("“Really?!” The crowd roared. It was over.", ["“Really?!”", "The crowd roared.", "It was over."]),
        SplitCase("(The figure was revised. It rose 3%.) Then it fell.", ["(The figure was revised.", "It rose 3%.)", "Then it fell."]),
        SplitCase("The index rose (by 3%). Traders cheered [loudly]. Prices fell.", ["The index rose (by 3%).", "Traders cheered [loudly].", "Prices fell."]),
        SplitCase("He said ‘no.’ She said ‘yes.’", ["He said ‘no.’", "She said ‘yes.’"]),
        SplitCase("It rose. (The data are provisional.) “It will fall,” he said.", ["It rose.", "(The data are provisional.)", "“It will fall,” he said."]),
        SplitCase("He called it “a disaster.” The minister disagreed.", ["He called it “a disaster.”", "The minister disagreed."]),
        SplitCase("It was “absurd”. Prices fell.", ["It was “absurd”.", "Prices fell."]),
    ]

    static let otherShapes: [SplitCase] = [
        SplitCase("What NATO is saying about Putin's visit to North Korea", ["What NATO is saying about Putin's visit to North Korea"]),
        SplitCase("Harbour city approves record port budget as freight traffic climbs", ["Harbour city approves record port budget as freight traffic climbs"]),
        SplitCase("Really?! No way. Yes!!", ["Really?!", "No way.", "Yes!!"]),
        SplitCase("Why?? Because it rose! Is that all?", ["Why??", "Because it rose!", "Is that all?"]),
        SplitCase("Is it true? asked nobody.", ["Is it true? asked nobody."]),
        SplitCase("Visit example.com for details. Email j.doe@example.org today.", ["Visit example.com for details.", "Email j.doe@example.org today."]),
        SplitCase("See https://www.example.com/a.b?c=1. It works.", ["See https://www.example.com/a.b?c=1.", "It works."]),
        SplitCase("Read more at bbc.co.uk. The site is free.", ["Read more at bbc.co.uk.", "The site is free."]),
        SplitCase("  Leading and trailing spaces.   Two spaces between.  ", ["Leading and trailing spaces.", "Two spaces between."]),
        SplitCase("Tabs\tand non-breaking\u{00A0}spaces. Work\u{00A0}too.", ["Tabs\tand non-breaking\u{00A0}spaces.", "Work\u{00A0}too."]),
        SplitCase("Ça a augmenté de 5 %. Écoles fermées.", ["Ça a augmenté de 5 %.", "Écoles fermées."]),
        SplitCase("Prices rose 👍🏽. Then 🎉 fell.", ["Prices rose 👍🏽.", "Then 🎉 fell."]),
        SplitCase("...", ["..."]),
        SplitCase("Ends with a question?", ["Ends with a question?"]),
    ]

    static let all: [SplitCase] = original + abbreviations + numbers + initials + quotesAndBrackets + otherShapes
}

@Suite("Sentence splitting")
struct SentenceSplitterTests {
    @Test("Tricky full stops", arguments: SplitCases.original)
    func tricky(_ c: SplitCase) {
        #expect(sentences(c.paragraph) == c.expected)
    }

    @Test("Abbreviations, and an abbreviation that ends a sentence", arguments: SplitCases.abbreviations)
    func abbreviations(_ c: SplitCase) {
        #expect(sentences(c.paragraph) == c.expected)
    }

    @Test("Decimals, numbers and ellipses", arguments: SplitCases.numbers)
    func numbers(_ c: SplitCase) {
        #expect(sentences(c.paragraph) == c.expected)
    }

    @Test("Initials", arguments: SplitCases.initials)
    func initials(_ c: SplitCase) {
        #expect(sentences(c.paragraph) == c.expected)
    }

    @Test("Quotes and brackets", arguments: SplitCases.quotesAndBrackets)
    func quotesAndBrackets(_ c: SplitCase) {
        #expect(sentences(c.paragraph) == c.expected)
    }

    @Test("Headlines, ?! runs, URLs and e-mails, whitespace", arguments: SplitCases.otherShapes)
    func otherShapes(_ c: SplitCase) {
        #expect(sentences(c.paragraph) == c.expected)
    }

    @Test("Empty and whitespace-only paragraphs give nothing", arguments: ["", " ", "   \t ", "\u{00A0}\u{2003}"])
    func empty(_ paragraph: String) {
        #expect(SentenceSplitter.split(paragraph).isEmpty)
    }

    @Test("Every tricky case keeps every character, in order", arguments: SplitCases.all)
    func coverageOfCases(_ c: SplitCase) {
        expectCovers(c.paragraph)
    }

    @Test("Seeded random mixtures keep every character, in order")
    func coverageOfRandomMixtures() {
        var rng = Mix64(seed: 0x5EED_CA5E)
        let fragments = SplitCases.all.map(\.paragraph) + [
            "U.S.", "Mr.", "No.", "etc.", "p.m.", "J.", "…", "...", "?!", "\"", "”", "(", ")", "[", "]",
            "3.5%", "$1.2bn", "v2.0", "example.com", "j.doe@example.org", "The", "he", "It", "A.", "é",
            "e\u{301}", "👍🏽", "🇺🇦", "\u{00A0}", "\t", "  ", ".", "!", "?", "'", "‘", "’", "«", "»",
        ]
        let separators = ["", " ", "  ", "\t", "\u{00A0}", ". ", "? ", "\" "]
        for _ in 0..<400 {
            var paragraph = ""
            for _ in 0..<(1 + rng.below(12)) {
                paragraph += rng.pick(fragments) + rng.pick(separators)
            }
            expectCovers(paragraph)
        }
    }

    @Test("Known sentences joined at random split back exactly")
    func randomRoundTrip() {
        // Sentences whose ends are unambiguous whatever follows: no abbreviation at the end,
        // and no speech verb near the start (after `“Will it?”` that would be its attribution).
        let pool = [
            "Prices rose 3.5% in May.", "The U.S. economy grew 2%.", "Mr. Smith agreed.", "J. K. Rowling agreed!",
            "Did it cost $1.2bn?", "\"It will fall.\"", "“Will it?”", "(It rose 3%.)", "Visit example.com today.",
            "It ranked No. 5 in Jan. 2024.", "40% of firms agreed.", "Really?!", "He left...", "Growth slowed, e.g. in Europe.",
            "Ukraine’s exports fell 5% — officials confirmed it.",
        ]
        var rng = Mix64(seed: 42)
        for _ in 0..<300 {
            let chosen = (0..<(1 + rng.below(6))).map { _ in rng.pick(pool) }
            let paragraph = chosen.joined(separator: rng.pick([" ", "  ", "\u{00A0}"]))
            #expect(sentences(paragraph) == chosen, "\(paragraph)")
        }
    }

    @Test("Splitting is linear: a long paragraph of sentences and abbreviations")
    func longParagraph() {
        let unit = "Mr. Smith of the U.S. said prices rose 3.5% in Jan. 2024, e.g. for bread. “Why?” he asked. "
        let paragraph = String(repeating: unit, count: 2_000)
        let found = SentenceSplitter.split(paragraph)
        #expect(found.count == 4_000)
        expectCovers(paragraph)
    }

    @Test("Through the analyzer: each sentence with a figure becomes one claim, in order")
    func throughAnalyzer() {
        let text = "Mr. Smith said the U.S. economy grew 2.24% in 2023. J. K. Rowling sold 500 million books, Reuters reported. Nothing here."
        let found = claims(text)
        #expect(found.map(\.sentence) == [
            "Mr. Smith said the U.S. economy grew 2.24% in 2023.",
            "J. K. Rowling sold 500 million books, Reuters reported.",
        ])
        #expect(found.map(\.sentenceIndex) == [0, 1])
        #expect(found.first?.quantities.first?.value == .exactly(2.24))
    }
}

/// The ranges are ordered, do not overlap, are trimmed, and together hold every
/// non-whitespace character of `paragraph`; what lies between them is whitespace only.
func expectCovers(_ paragraph: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let ranges = SentenceSplitter.split(paragraph)
    var cursor = paragraph.startIndex
    for range in ranges {
        #expect(!range.isEmpty, "empty sentence in \(paragraph.debugDescription)", sourceLocation: sourceLocation)
        #expect(range.lowerBound >= cursor, "overlapping or unordered ranges in \(paragraph.debugDescription)", sourceLocation: sourceLocation)
        guard !range.isEmpty, range.lowerBound >= cursor else { return }
        let gapIsBlank = paragraph[cursor..<range.lowerBound].allSatisfy { $0.isWhitespace }
        #expect(gapIsBlank, "text lost before \(String(paragraph[range]).debugDescription)", sourceLocation: sourceLocation)
        #expect(!paragraph[range.lowerBound].isWhitespace && !paragraph[paragraph.index(before: range.upperBound)].isWhitespace,
                "untrimmed sentence \(String(paragraph[range]).debugDescription)", sourceLocation: sourceLocation)
        cursor = range.upperBound
    }
    let tailIsBlank = paragraph[cursor...].allSatisfy { $0.isWhitespace }
    #expect(tailIsBlank, "text lost at the end of \(paragraph.debugDescription)", sourceLocation: sourceLocation)
    let kept = ranges.map { paragraph[$0].filter { !$0.isWhitespace } }.joined()
    #expect(kept == paragraph.filter { !$0.isWhitespace }, sourceLocation: sourceLocation)
}

/// SplitMix64, so that a failing mixture can be replayed from its seed.
struct Mix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func pick<T>(_ choices: [T]) -> T { choices[below(choices.count)] }
}
