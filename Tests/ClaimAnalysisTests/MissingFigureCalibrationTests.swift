import ClaimAnalysis
import Foundation
import Quantities
import Testing

/// How often `missing-figure` fires on intact sentences and on the same sentences with a
/// figure's number cut out, the way ClaimDesk is scored: at least 98% of damaged sentences
/// flagged and at most 1% of intact ones.
///
/// The sentences are news-style sentences written for this test, plus the seed article's
/// sentences when `../shared` is present. Each figure of each sentence is damaged in turn by
/// deleting its numeral ("90" of "90%", "13,000" of "13,000 workers", "twenty-four" of
/// "twenty-four firms") and nothing else, so the spaces around it stay as they were.
@Suite("Missing-figure calibration")
struct MissingFigureCalibrationTests {
    static let sentences = [
        "Unemployment rose to 4.1% in March, the statistics office said on Friday.",
        "The company said quarterly revenue climbed 12% to $4.3 billion.",
        "At least 17 people were killed when the bus overturned, police said.",
        "The council approved a budget of £48.5m for the new harbour wall.",
        "Prices of bread have risen by 30 per cent since January, according to the bakers' union.",
        "The storm left 250,000 homes without power across the region on Sunday.",
        "About 1.5 million people have fled the fighting, the UN refugee agency said.",
        "The central bank cut its main rate by 25 basis points to 3.75%.",
        "Exports to China fell 8% last year, customs data showed.",
        "The new stadium will seat 60,000 fans and cost €1.2bn, officials said.",
        "Turnout was 67.3 per cent, down from 72 per cent in 2017.",
        "The drug reduced hospital admissions by 40% in a trial of 3,000 patients.",
        "Some 12,500 acres have burned since the fire started on Tuesday.",
        "The minister said 1,300 new jobs would be created by 2028.",
        "Oil rose 4% to $85.40 a barrel, the highest since 2014.",
        "The city's population grew to 812,000 last year, census figures show.",
        "Only 38 percent of voters approve of the mayor, a poll found in May.",
        "The bridge is 1.2 kilometres long and took six years to build.",
        "Twenty-four firms signed the agreement on Monday, the chamber said.",
        "The plant employs 13,000 workers and produces 500,000 tonnes of steel a year.",
        "Average rents in the capital reached $2,150 a month in June.",
        "The airline carried 4.2 million passengers in the third quarter, up 9%.",
        "The school has 840 pupils and 62 teachers, according to its latest report.",
        "Inflation eased to 2.9% in October from 3.4% in September.",
        "The river rose 3 metres overnight, flooding 200 homes in the valley.",
        "The government will spend $800 million on rural roads over five years.",
        "Fewer than 100 tickets remain for Saturday's final, the club said.",
        "The company laid off 1,200 employees, or 8% of its workforce, in April.",
        "Car sales dropped 15% in the first half, the industry group reported.",
        "A 52-year-old man was arrested at the scene, police said on Tuesday.",
        "The vaccine was 95% effective in preventing severe illness, the study found.",
        "The tunnel will cut journey times by 20 minutes, engineers estimate.",
        "Wages grew 5.6% in the year to June, outpacing inflation for the first time in two years.",
        "The charity raised £3.2 million from 45,000 donors last year.",
        "Water levels in the reservoir fell to 41% of capacity this week.",
        "The court fined the bank $1.3bn for misleading customers between 2015 and 2019.",
        "More than 2,000 flights were cancelled on Thursday because of the strike.",
        "The region recorded 350 mm of rain in 48 hours, the weather service said.",
        "Home prices rose 0.4% in August, the smallest monthly gain this year.",
        "The factory will produce 150,000 electric cars a year from 2026.",
        "The average salary in the sector is €42,000, the ministry said in a report.",
        "Sales of the album topped 1 million copies in its first week.",
        "The survey of 2,400 adults found that 61% support the plan.",
        "The wildfire destroyed 300 structures and forced 9,000 people to evacuate.",
        "Shares in the group jumped 18% on Wednesday after the results.",
        "The marathon drew 42,000 runners, a record for the city, organisers said.",
        "Electricity bills will rise by an average of £150 a year from April.",
        "The hospital treated 1,100 patients in the first week of the outbreak.",
        "Production at the mine fell to 2.3 million tonnes in 2023 from 2.9 million tonnes a year earlier.",
        "Scientists measured a temperature of 48.8C in the town on Saturday.",
        "The bill passed by 218 votes to 210 late on Wednesday.",
        "Around 70% of the country's electricity comes from hydropower, the agency says.",
        "The satellite weighs 1,400 kg and will orbit at 550 km, the agency said.",
        "Tourism revenue reached $9.6 billion in 2023, up from $7.1 billion in 2022.",
        "The retailer will close 45 stores by the end of March, the company said.",
        "The price of a litre of petrol has risen to 1.89 euros, motoring groups said.",
        "The navy said it had seized 2.5 tonnes of cocaine worth $90 million.",
        "Nearly half of the respondents said they had cut spending on food in 2024.",
        "The deal values the start-up at $2 billion, people familiar with the matter said.",
        "The coach signed a three-year contract worth $12 million, the club said on Monday.",
        "Rescuers pulled 14 survivors from the rubble after the 6.8-magnitude quake.",
        "The ferry carries up to 1,800 passengers and 450 cars on each crossing.",
        "Broadband now reaches 97% of homes, up from 89% five years ago, the regulator said.",
        "The museum welcomed 2.7 million visitors in 2023, its best year since 2019.",
        "Fuel duty will be frozen for a 14th year, saving drivers £5 a tank.",
        "The firm's pre-tax profit fell 23% to £410m in the six months to September.",
        "Between 5,000 and 7,000 protesters marched through the capital on Saturday.",
        "The typhoon packed winds of 185 km/h when it made landfall on Sunday.",
        "Obesity rates among children aged 10 to 11 rose to 23.4% last year.",
        "The new line will run 18 trains an hour at peak times from December.",
        "The lottery jackpot has grown to $1.6 billion after 38 draws without a winner.",
        "Police seized 3,400 counterfeit handbags in a raid on two warehouses in June.",
        "The country's debt stands at 104% of GDP, the finance ministry said on Friday.",
        "Average speeds on the motorway fell to 41 mph during the roadworks this summer.",
        "One in three nurses said they planned to leave the profession within a year.",
        "The auction of 120 lots raised $8.4 million for the hospital on Thursday.",
        "The glacier has lost 30 metres of thickness since 1990, researchers said.",
        "Ticket prices will rise by 6.5% from January, the rail operator announced.",
        "The ship was carrying 2,300 containers when it ran aground on Tuesday.",
        "Support for the party dropped 4 points to 27% in the latest poll.",
    ]

    /// The seed's claim sentences; throws when `../shared` is missing, so that the
    /// calibration fails instead of quietly measuring without them.
    static func seedSentences() throws -> [String] {
        try Seed.analysis().claims.map(\.sentence)
    }

    /// The sentence with the numeral of figure `k` deleted, or nil if it has none in digits
    /// or number words ("half" or "a dozen" leave nothing to delete).
    static func damaged(_ sentence: String, figure q: Quantity) -> String? {
        let bytes = Array(sentence.utf8)
        let text = String(decoding: bytes[q.span], as: UTF8.self)
        guard let numeral = Self.numeral(in: text) else { return nil }
        var out = bytes
        let start = q.span.lowerBound + text.utf8.distance(from: text.startIndex, to: numeral.lowerBound)
        let length = text[numeral].utf8.count
        out.removeSubrange(start..<(start + length))
        return String(decoding: out, as: UTF8.self)
    }

    private static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    ]

    /// The first run of digits (with separators) in a figure, else its number words.
    static func numeral(in text: String) -> Range<String.Index>? {
        if let first = text.firstIndex(where: { $0.isASCII && $0.isNumber }) {
            var end = first
            while end < text.endIndex, text[end].isNumber || ((text[end] == "," || text[end] == ".") && text.index(after: end) < text.endIndex && text[text.index(after: end)].isNumber) {
                end = text.index(after: end)
            }
            return first..<end
        }
        let words = text.split(whereSeparator: { $0 == " " })
        guard let word = words.first, numberWords.contains(word.lowercased().split(separator: "-").first.map(String.init) ?? "") else { return nil }
        return word.startIndex..<word.endIndex
    }

    struct Rates {
        var intact = 0, intactFlagged = 0, damaged = 0, damagedFlagged = 0
        var misses: [String] = []
        var falseAlarms: [String] = []
    }

    static func measure(_ sentences: [String]) -> Rates {
        let analyzer = ClaimAnalyzer()
        let extractor = QuantityExtractor()
        func flagged(_ text: String) -> Bool {
            analyzer.analyze(text).claims.contains { $0.flags.contains { $0.kind == .missingFigure } }
        }
        var rates = Rates()
        for sentence in sentences {
            rates.intact += 1
            if flagged(sentence) { rates.intactFlagged += 1; rates.falseAlarms.append(sentence) }
            for q in extractor.extract(from: sentence).quantities {
                guard let damaged = damaged(sentence, figure: q) else { continue }
                rates.damaged += 1
                if flagged(damaged) { rates.damagedFlagged += 1 } else { rates.misses.append(damaged) }
            }
        }
        return rates
    }

    @Test("Damaged sentences are flagged; intact ones are not")
    func calibration() throws {
        // The seed's sentences count only as damaged cases: the seed itself lost a figure
        // ("supplying % of machine tools"), so it has no intact side to measure.
        var rates = Self.measure(Self.sentences)
        let seed = Self.measure(try Self.seedSentences())
        rates.damaged += seed.damaged
        rates.damagedFlagged += seed.damagedFlagged
        rates.misses += seed.misses
        let recall = Double(rates.damagedFlagged) / Double(rates.damaged)
        let falseRate = Double(rates.intactFlagged) / Double(rates.intact)
        print("missing-figure: \(rates.damagedFlagged)/\(rates.damaged) damaged flagged (\(String(format: "%.1f", recall * 100))%), \(rates.intactFlagged)/\(rates.intact) intact flagged (\(String(format: "%.1f", falseRate * 100))%)")
        for miss in rates.misses { print("  missed: \(miss)") }
        for alarm in rates.falseAlarms { print("  false alarm: \(alarm)") }
        #expect(rates.damaged >= 100, "too few damaged cases to measure: \(rates.damaged)")
        #expect(recall >= 0.98)
        #expect(falseRate <= 0.01)
    }

    @Test("In a paragraph: the middle of three sentences damaged, the other two intact")
    func inParagraphs() {
        let analyzer = ClaimAnalyzer()
        let extractor = QuantityExtractor()
        var damaged = 0, flagged = 0, intactFlagged = 0
        var misses: [String] = []
        let all = Self.sentences
        for k in 1..<(all.count - 1) {
            let (before, middle, after) = (all[k - 1], all[k], all[k + 1])
            let intact = [before, middle, after].joined(separator: " ")
            if analyzer.analyze(intact).claims.contains(where: { $0.flags.contains { $0.kind == .missingFigure } }) { intactFlagged += 1 }
            for q in extractor.extract(from: middle).quantities {
                guard let cut = Self.damaged(middle, figure: q) else { continue }
                let paragraph = [before, cut, after].joined(separator: " ")
                damaged += 1
                // The flag must land on the damaged sentence, not on its neighbours.
                let hit = analyzer.analyze(paragraph).claims.contains { claim in
                    claim.flags.contains { $0.kind == .missingFigure } && claim.sentence.contains(String(cut.prefix(12)).trimmingCharacters(in: .whitespaces))
                }
                if hit { flagged += 1 } else { misses.append(cut) }
            }
        }
        print("missing-figure in paragraphs: \(flagged)/\(damaged) damaged flagged, \(intactFlagged)/\(all.count - 2) intact paragraphs flagged")
        for miss in misses { print("  missed: \(miss)") }
        #expect(Double(flagged) / Double(damaged) >= 0.98)
        #expect(intactFlagged == 0)
    }

    @Test("Deleting a numeral deletes only the numeral")
    func damage() throws {
        let q = try #require(QuantityExtractor().extract(from: "The plant employs 13,000 workers.").quantities.first)
        #expect(Self.damaged("The plant employs 13,000 workers.", figure: q) == "The plant employs  workers.")
        let r = try #require(QuantityExtractor().extract(from: "Twenty-four firms signed.").quantities.first)
        #expect(Self.damaged("Twenty-four firms signed.", figure: r) == " firms signed.")
    }
}
