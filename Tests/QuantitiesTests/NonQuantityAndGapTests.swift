import Quantities
import Testing

@Suite("Non-quantities and gaps")
struct NonQuantityAndGapTests {
    @Test("Dates, times, ordinals, names and codes yield nothing", arguments: [
        "Putin arrived on June 18.",
        "He left on 18 June.",
        "Sales rose in Jan. 5 trading.",
        "The law passed in 2019.",
        "In 2019 the law passed.",
        "She has lived here since 1988.",
        "The 2020 election was close.",
        "The meeting starts at 10:30 am.",
        "We met at 10 am.",
        "We met at 9pm.",
        "At 9 p.m. the doors closed.",
        "The talks began at 10 a.m. sharp.",
        "The 22nd amendment limits terms.",
        "He ranked 3rd in the race.",
        "The 1990s were good.",
        "The F-16 jets arrived.",
        "Covid-19 spread quickly.",
        "The G7 leaders met.",
        "The Boeing 737 was grounded.",
        "The S&P 500 closed higher.",
        "The report was published by 24 Kanal.",
        "It aired on Channel 24 tonight.",
        "Our seats are in Section 427 Row 21.",
        "Call 555-1234 for details.",
        "It was filed on 2024-06-18.",
        "Install version 1.2.3 today.",
    ])
    func nonQuantities(_ input: String) {
        let extraction = extractor.extract(from: input)
        #expect(extraction.quantities.isEmpty, "found \(extraction.quantities.map(\.text))")
        #expect(extraction.gaps.isEmpty, "found gaps \(extraction.gaps.map(\.text))")
    }

    @Test("A year beside a real figure does not hide the figure")
    func yearBesideFigure() throws {
        let extraction = extractor.extract(from: "Prices fell 50% since 2019.")
        #expect(extraction.quantities.map(\.text) == ["50%"])
    }

    @Test("An orphaned percentage sign is a gap")
    func percentGap() throws {
        let input = "China is supplying % of machine tools that Moscow imports."
        let extraction = extractor.extract(from: input)
        #expect(extraction.quantities.isEmpty)
        try #require(extraction.gaps.count == 1, "gaps \(extraction.gaps)")
        let gap = extraction.gaps[0]
        #expect(gap.reason == "percentage sign with no number")
        #expect(gap.text.hasPrefix("% of machine tools"))
        #expect(slice(input, gap.span) == "%")
    }

    @Test("An orphaned currency sign is a gap")
    func currencyGap() throws {
        let input = "The project will cost $ million to finish."
        let extraction = extractor.extract(from: input)
        #expect(extraction.quantities.isEmpty)
        try #require(extraction.gaps.count == 1, "gaps \(extraction.gaps)")
        let gap = extraction.gaps[0]
        #expect(gap.reason == "currency sign with no amount")
        #expect(gap.text.hasPrefix("$ million"))
        #expect(slice(input, gap.span) == "$")
    }

    @Test("An orphaned \"percent\" word is a gap")
    func percentWordGap() throws {
        let extraction = extractor.extract(from: "China is supplying percent of machine tools.")
        try #require(extraction.gaps.count == 1)
        #expect(extraction.gaps[0].reason.contains("no number"))
        #expect(extraction.gaps[0].text.hasPrefix("percent"))
    }

    @Test("A sign with its number is no gap", arguments: [
        "China supplies 90% of microelectronics.",
        "The project will cost $5 million to finish.",
        "It was 90 percent of the total.",
    ])
    func noGap(_ input: String) {
        let extraction = extractor.extract(from: input)
        #expect(extraction.gaps.isEmpty)
        #expect(extraction.quantities.count == 1)
    }

    @Test("Gap and figure in one sentence: the seed's machine-tools sentence")
    func gapAndFigure() throws {
        let input = "China's support allowed Russia to maintain its defense industrial base, supplying % of machine tools that Moscow imports, and 90% of microelectronics."
        let extraction = extractor.extract(from: input)
        #expect(extraction.gaps.map(\.reason) == ["percentage sign with no number"])
        let q = try #require(extraction.quantities.first)
        #expect(extraction.quantities.count == 1)
        #expect(q.text == "90%")
        #expect(q.normalizedUnit == "percentage")
        #expect(q.concept.contains("microelectronics"))
        expectSpansInBounds(input, extraction)
    }
}

@Suite("Verbs after numbers") struct VerbsAfterNumbersTests {
    @Test(arguments: ["Only 7 of 10 agreed.", "In the end 10 voted for it.", "About 12 resigned."])
    func aPastTenseVerbIsNotTheCountedNoun(sentence: String) throws {
        let quantities = QuantityExtractor().extract(from: sentence).quantities
        #expect(!quantities.isEmpty)
        #expect(quantities.allSatisfy { $0.unit == nil }, "\(quantities.map(\.text))")
    }

    @Test func countedNounsStillCount() throws {
        let q = try #require(QuantityExtractor().extract(from: "The firm hired 300 engineers and bought 12 seeds.").quantities.first)
        #expect(q.normalizedUnit == "engineer")
    }
}
