import Quantities
import Testing

/// Figure forms the extractor learned recently: scientific notation, Indian grouping,
/// vulgar fractions, glued capital multipliers, spoken numbers, currency placements,
/// units after the figure, ages, ranges, comparison signs and things that only look like figures.
@Suite("Forms")
struct FormTests {
    @Test("Scientific notation and bare decimals", arguments: [
        Expected("The model's estimate was 1.3e6, officials said.", text: "1.3e6", .exactly(1_300_000), normalized: nil, kind: .number),
        Expected("The probe drifted 9.83e-3 km off course.", text: "9.83e-3 km", .exactly(0.00983), normalized: "kilometre", kind: .measure),
        Expected("The county tax rate is .08 this year.", text: ".08", .exactly(0.08), normalized: nil, kind: .number),
    ])
    func scientificAndDecimal(_ e: Expected) throws { try check(e) }

    @Test("Indian grouping and scales", arguments: [
        Expected("The firm paid 12,34,567 rupees in fines.", text: "12,34,567 rupees", .exactly(1_234_567), normalized: "indian rupee", kind: .money),
        Expected("The rally drew 13 lakh people on Sunday.", text: "13 lakh people", .exactly(1_300_000), normalized: "people", kind: .count),
    ])
    func indian(_ e: Expected) throws { try check(e) }

    @Test("Vulgar and slashed fractions", arguments: [
        Expected("The trail runs 2½ miles along the river.", text: "2½ miles", .exactly(2.5), normalized: "mile", kind: .measure),
        Expected("Stir in ½ teaspoon of salt.", text: "½ teaspoon", .exactly(0.5), normalized: "teaspoon", kind: .measure),
        Expected("Turnout was ⅔ in the north.", text: "⅔", .exactly(2.0 / 3.0), normalized: nil, kind: .ratio),
        Expected("The school sits 1/4 mile from the road.", text: "1/4 mile", .exactly(0.25), normalized: "mile", kind: .measure),
    ])
    func fractions(_ e: Expected) throws { try check(e) }

    @Test("Capital multipliers glued to the number", arguments: [
        Expected("The app has 10M people on its waitlist.", text: "10M people", .exactly(10_000_000), normalized: "people", kind: .count),
        Expected("The fund manages 1.2B, its filing shows.", text: "1.2B", .exactly(1_200_000_000), normalized: nil, kind: .number),
        Expected("The club spent 800m euros on players.", text: "800m euros", .exactly(800_000_000), normalized: "euro", kind: .money),
        Expected("The company was worth $2.174T on Friday.", text: "$2.174T", .exactly(2.174e12), normalized: "dollar", kind: .money),
    ])
    func capitalMultipliers(_ e: Expected) throws { try check(e) }

    @Test("Scaled values are exact in decimal: \"$16.4 million\" is 16,400,000 exactly")
    func scaledValueExact() throws {
        let e = Expected("The city set aside $16.4 million for parks.", text: "$16.4 million", .exactly(16_400_000), normalized: "dollar", kind: .money)
        try check(e)
        let q = try #require(extractor.extract(from: e.input).quantities.first)
        #expect(q.value == .exactly(16_400_000))
    }

    @Test("Numbers in words", arguments: [
        Expected("The tally reached a hundred and two by noon.", text: "a hundred and two", .exactly(102), normalized: nil, kind: .number),
        Expected("She bought half a dozen eggs at the market.", text: "half a dozen eggs", .exactly(6), normalized: "egg", kind: .count),
        Expected("Organisers expect half a million people in the square.", text: "half a million people", .exactly(500_000), normalized: "people", kind: .count),
        Expected("The archive holds one million and a half, the curator said.", text: "one million and a half", .exactly(1_500_000), normalized: nil, kind: .number),
        Expected("The score stood at three and one fourth after the review.", text: "three and one fourth", .exactly(3.25), normalized: nil, kind: .number),
        Expected("Inflation reached five point five percent in June.", text: "five point five percent", .exactly(5.5), normalized: "percentage", kind: .percentage),
        Expected("The budget is three lakh crore, the minister said.", text: "three lakh crore", .exactly(3e12), normalized: nil, kind: .number),
        Expected("The fund holds two million and three fifths, the report said.", text: "two million and three fifths", .exactly(2_600_000), normalized: nil, kind: .number),
        Expected("The jury has sixteen.", text: "sixteen", .exactly(16), normalized: nil, kind: .number),
    ])
    func words(_ e: Expected) throws { try check(e) }

    @Test("A lone \"one\" is not a figure")
    func loneOne() {
        let extraction = extractor.extract(from: "One of them left.")
        #expect(extraction.quantities.isEmpty, "found \(extraction.quantities.map(\.text))")
    }

    @Test("Ratios", arguments: [
        Expected("In the poll two out of five voters backed the plan.", text: "two out of five", .exactly(0.4), normalized: nil, kind: .ratio),
        Expected("Officials say one in five adults cannot swim.", text: "one in five", .exactly(0.2), normalized: nil, kind: .ratio),
    ])
    func ratios(_ e: Expected) throws { try check(e) }

    @Test("Currency signs, codes and names", arguments: [
        Expected("A ticket costs 10 € at the door.", text: "10 €", .exactly(10), normalized: "euro", kind: .money),
        Expected("The toy sold for 100元 online.", text: "100元", .exactly(100), normalized: "chinese yuan", kind: .money),
        Expected("A coffee costs C$ 5 in Toronto.", text: "C$ 5", .exactly(5), normalized: "canadian dollar", kind: .money),
        Expected("The port cost HK $ 10 billion to build.", text: "HK $ 10 billion", .exactly(10_000_000_000), normalized: "hong kong dollar", kind: .money),
        Expected("The firm paid 75 USD million for the site.", text: "75 USD million", .exactly(75_000_000), normalized: "dollar", kind: .money),
        Expected("Lunch cost 3 dollars 50 cents downtown.", text: "3 dollars 50 cents", .exactly(3.5), normalized: "dollar", kind: .money),
        Expected("The club was sold for 361 million pounds on Monday.", text: "361 million pounds", .exactly(361_000_000), normalized: "pound sterling", kind: .money),
        Expected("The startup got 2mil SEK from angels.", text: "2mil SEK", .exactly(2_000_000), normalized: "swedish krona", kind: .money),
        Expected("The tour costs 50 australian dollars, guides said.", text: "50 australian dollars", .exactly(50), normalized: "australian dollar", kind: .money),
    ])
    func currency(_ e: Expected) throws { try check(e) }

    @Test("Pounds of weight are mass, not money", arguments: [
        Expected("He carried a 25 pounds sack of flour.", text: "25 pounds", .exactly(25), normalized: "pound-mass", kind: .measure),
        Expected("The parcel weighs 25 pounds on the scale.", text: "25 pounds", .exactly(25), normalized: "pound-mass", kind: .measure),
    ])
    func poundsOfWeight(_ e: Expected) throws { try check(e) }

    @Test("Measure units", arguments: [
        Expected("Each tablet contains 50 mg of caffeine.", text: "50 mg", .exactly(50), normalized: "milligram", kind: .measure),
        Expected("The photon carried 1.7 eV of energy.", text: "1.7 eV", .exactly(1.7), normalized: "electronvolt", kind: .measure),
        Expected("The farm covers 24 ha of land.", text: "24 ha", .exactly(24), normalized: "hectare", kind: .measure),
        Expected("Workers built a 1.8 m wall around the site.", text: "1.8 m", .exactly(1.8), normalized: "metre", kind: .measure),
        Expected("Water boils at 100° Celsius at sea level.", text: "100° Celsius", .exactly(100), normalized: "celsius", kind: .measure),
        Expected("The freezer held at 40 deg f overnight.", text: "40 deg f", .exactly(40), normalized: "fahrenheit", kind: .measure),
        Expected("The suspect is 5 feet 10 inches tall.", text: "5 feet 10 inches", .exactly(5 + 10.0 / 12.0), normalized: "foot", kind: .measure),
        Expected("The laptop runs at 2.80 GHz under load.", text: "2.80 GHz", .exactly(2.8), normalized: "gigahertz", kind: .measure),
        Expected("Each vial holds 75ml of serum.", text: "75ml", .exactly(75), normalized: "millilitre", kind: .measure),
    ])
    func measures(_ e: Expected) throws { try check(e) }

    @Test("Ages in months, years and days", arguments: [
        Expected("The baby is ten months old today.", text: "ten months old", .exactly(10), normalized: "month of age", kind: .age),
        Expected("The boy, 3 years of age, was unhurt.", text: "3 years of age", .exactly(3), normalized: "year of age", kind: .age),
        Expected("Lawmakers shelved a 90-day-old bill.", text: "90-day-old", .exactly(90), normalized: "day of age", kind: .age),
    ])
    func ages(_ e: Expected) throws { try check(e) }

    @Test("Ranges", arguments: [
        Expected("Each dose contains 44 mg to 50 mg of the drug.", text: "44 mg to 50 mg", .range(low: 44, high: 50), normalized: "milligram", kind: .measure),
        Expected("Margins were 5% to 10% this spring.", text: "5% to 10%", .range(low: 5, high: 10), normalized: "percentage", kind: .percentage),
        Expected("Each dose holds between 44 mg and 50 mg of the drug.", text: "44 mg and 50 mg", .range(low: 44, high: 50), normalized: "milligram", kind: .measure),
        Expected("The catalogue lists sections 20 through 100.", text: "20 through 100", .range(low: 20, high: 100), normalized: nil, kind: .number),
        Expected("Estimates put the crowd at 1000-5000, police said.", text: "1000-5000", .range(low: 1000, high: 5000), normalized: nil, kind: .number),
    ])
    func ranges(_ e: Expected) throws { try check(e) }

    @Test("\"from 252 to 287 miles\" is one range in the order written, the unit on both ends")
    func fromToIsOneRange() {
        let input = "The car can go from 252 to 287 miles on a charge."
        let extraction = extractor.extract(from: input)
        #expect(extraction.quantities.map(\.value) == [.range(low: 252, high: 287)], "found \(extraction.quantities.map(\.text))")
        #expect(extraction.quantities.last?.normalizedUnit == "mile")
        #expect(extraction.quantities.last?.text == "252 to 287 miles")
        expectSpansInBounds(input, extraction)
    }

    @Test("\"fifty - two\" is not a range from 50 down to 2")
    func fiftyDashTwo() {
        let input = "The score was fifty - two at halftime."
        let extraction = extractor.extract(from: input)
        for q in extraction.quantities {
            if case .range = q.value {
                Issue.record("unexpected range \(q.text) = \(q.value)")
            }
        }
        expectSpansInBounds(input, extraction)
    }

    @Test("Comparison signs and words", arguments: [
        Expected("Turnout was >10 in each ward.", text: "10", .exactly(10), normalized: nil, kind: .number, change: .moreThan),
        Expected("Patients need a score >= 30 to qualify.", text: "30", .exactly(30), normalized: nil, kind: .number, change: .moreThan),
        Expected("Keep the dose ≤ 5 each day.", text: "5", .exactly(5), normalized: nil, kind: .number, change: .lessThan),
        Expected("Scores must be less than or equal to 100, the rules say.", text: "100", .exactly(100), normalized: nil, kind: .number, change: .lessThan),
        Expected("Temperatures hit minus 5 degrees overnight.", text: "minus 5 degrees", .exactly(-5), normalized: "degree", kind: .measure),
    ])
    func changeCues(_ e: Expected) throws { try check(e) }

    @Test("\"45 and 50 mg\" gives two figures sharing the unit")
    func sharedUnitAfterAnd() throws {
        let input = "The tablets come in 45 and 50 mg."
        let extraction = extractor.extract(from: input)
        try #require(extraction.quantities.count == 2, "found \(extraction.quantities.map(\.text))")
        #expect(extraction.quantities.map(\.value) == [.exactly(45), .exactly(50)])
        #expect(extraction.quantities.map(\.normalizedUnit) == ["milligram", "milligram"])
        #expect(extraction.quantities.allSatisfy { $0.kind == .measure })
        expectSpansInBounds(input, extraction)
    }

    @Test("Links, phone numbers, clock times and codes yield nothing", arguments: [
        "Visit https://example.com/a%20b?id=2020 today.",
        "Call +1-222-2222 now.",
        "We met at 2.17pm.",
        "The 978-3-16 code.",
    ])
    func nonQuantities(_ input: String) {
        let extraction = extractor.extract(from: input)
        #expect(extraction.quantities.isEmpty, "found \(extraction.quantities.map(\.text))")
    }
}

@Suite("Fractions joined by \"and\"")
struct AndFractionTests {
    @Test("A fraction before a scale scales the whole number; after a scale, only itself", arguments: [
        ("One and a half million people fled.", 1_500_000.0),
        ("The fund holds one billion and a half million dollars.", 1_000_500_000.0),
        ("Two and a half thousand runners started.", 2_500.0),
        ("The town has one million and a half residents.", 1_500_000.0),
    ])
    func andFraction(_ input: String, _ value: Double) throws {
        let q = try #require(extractor.extract(from: input).quantities.first)
        #expect(q.value == .exactly(value))
    }
}
