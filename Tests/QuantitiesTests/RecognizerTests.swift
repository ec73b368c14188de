import Quantities
import Testing

@Suite("Recognizers")
struct RecognizerTests {
    @Test("Percentages", arguments: [
        Expected("Unemployment hit 90% last year.", text: "90%", .exactly(90), unit: "%", normalized: "percentage", kind: .percentage),
        Expected("It was 90 per cent of the total.", text: "90 per cent", .exactly(90), unit: "per cent", normalized: "percentage", kind: .percentage),
        Expected("Ninety percent of voters agreed.", text: "Ninety percent", .exactly(90), unit: "percent", normalized: "percentage", kind: .percentage),
        Expected("Turnout was 12 percent in the city.", text: "12 percent", .exactly(12), normalized: "percentage", kind: .percentage),
        Expected("Turnout was 5 pct in the city.", text: "5 pct", .exactly(5), normalized: "percentage", kind: .percentage),
        Expected("Inflation was 2.24 percent in May.", text: "2.24 percent", .exactly(2.24), normalized: "percentage", kind: .percentage),
        Expected("Its lead is 2 percentage points now.", text: "2 percentage points", .exactly(2), normalized: "percentage point", kind: .percentage),
        Expected("The Fed moved rates by 25 basis points.", text: "25 basis points", .exactly(25), normalized: "basis point", kind: .percentage),
    ])
    func percentages(_ e: Expected) throws { try check(e) }

    @Test("Money", arguments: [
        Expected("It cost $800 million to build.", text: "$800 million", .exactly(800_000_000), unit: "$", normalized: "dollar", kind: .money),
        Expected("The deal is worth $1.2bn in total.", text: "$1.2bn", .exactly(1_200_000_000), normalized: "dollar", kind: .money),
        Expected("The club paid £800m for the land.", text: "£800m", .exactly(800_000_000), unit: "£", normalized: "pound sterling", kind: .money),
        Expected("The ticket costs ¥500 in Tokyo.", text: "¥500", .exactly(500), normalized: "japanese yen", kind: .money),
        Expected("They paid 1,000 yuan for it.", text: "1,000 yuan", .exactly(1000), unit: "yuan", normalized: "chinese yuan", kind: .money),
        Expected("Oil traded at US $58.24 per barrel on Monday.", text: "US $58.24 per barrel", .exactly(58.24), normalized: "dollar per barrel", kind: .money),
        Expected("Profit was 20 cents a share.", text: "20 cents a share", .exactly(20), normalized: "cent per share", kind: .money),
        Expected("The city spent 800 million euros on roads.", text: "800 million euros", .exactly(800_000_000), normalized: "euro", kind: .money),
        Expected("They paid USD 5 million in fees.", text: "USD 5 million", .exactly(5_000_000), normalized: "dollar", kind: .money),
        Expected("A coffee is 50p here.", text: "50p", .exactly(50), normalized: "penny", kind: .money),
        Expected("The bill is $5-10 million this year.", text: "$5-10 million", .range(low: 5_000_000, high: 10_000_000), normalized: "dollar", kind: .money),
        Expected("The bill is $500,000-1 million.", text: "$500,000-1 million", .range(low: 500_000, high: 1_000_000), normalized: "dollar", kind: .money),
    ])
    func money(_ e: Expected) throws { try check(e) }

    @Test("Measures", arguments: [
        Expected("Winds reached 87 mph overnight.", text: "87 mph", .exactly(87), unit: "mph", normalized: "mile per hour", kind: .measure),
        Expected("The train runs at 140 km/h on this line.", text: "140 km/h", .exactly(140), unit: "km/h", normalized: "kilometre per hour", kind: .measure),
        Expected("The engine makes 275 pound-feet of torque.", text: "275 pound-feet", .exactly(275), normalized: "pound-foot", kind: .measure),
        Expected("It idles at 3000 rpm normally.", text: "3000 rpm", .exactly(3000), normalized: "revolutions per minute", kind: .measure),
        Expected("The flat covers 1,500 sq m in all.", text: "1,500 sq m", .exactly(1500), normalized: "square metre", kind: .measure),
        Expected("The box weighs 5 kg in total.", text: "5 kg", .exactly(5), normalized: "kilogram", kind: .measure),
        Expected("Output was 2.5 million tonnes.", text: "2.5 million tonnes", .exactly(2_500_000), normalized: "tonne", kind: .measure),
    ])
    func measures(_ e: Expected) throws { try check(e) }

    @Test("Durations and ages", arguments: [
        Expected("He served for 24 years in office.", text: "24 years", .exactly(24), unit: "years", normalized: "year", kind: .duration),
        Expected("The talks lasted 3 months in all.", text: "3 months", .exactly(3), normalized: "month", kind: .duration),
        Expected("Police arrested a 52-year-old man.", text: "52-year-old", .exactly(52), normalized: "year of age", kind: .age),
        Expected("The victim, 52 years old, survived.", text: "52 years old", .exactly(52), normalized: "year of age", kind: .age),
    ])
    func durationsAndAges(_ e: Expected) throws { try check(e) }

    @Test("Counts", arguments: [
        Expected("The plant employs 13,000 workers today.", text: "13,000 workers", .exactly(13_000), unit: "workers", normalized: "worker", kind: .count),
        Expected("Last week twenty-four firms signed the deal.", text: "twenty-four firms", .exactly(24), unit: "firms", normalized: "firm", kind: .count),
        Expected("Then 5k people attended the rally.", text: "5k people", .exactly(5000), unit: "people", normalized: "people", kind: .count),
        Expected("The army lists 30 cities under threat.", text: "30 cities", .exactly(30), normalized: "city", kind: .count),
        Expected("He bought a dozen eggs today.", text: "a dozen eggs", .exactly(12), normalized: "egg", kind: .count),
    ])
    func counts(_ e: Expected) throws { try check(e) }

    @Test("Ranges", arguments: [
        Expected("Prices went 5-10% higher.", text: "5-10%", .range(low: 5, high: 10), normalized: "percentage", kind: .percentage, change: .up),
        Expected("Prices were between 5 and 10% higher.", text: "5 and 10%", .range(low: 5, high: 10), normalized: "percentage", kind: .percentage, change: .up),
        Expected("The car can go 252 to 287 miles on a charge.", text: "252 to 287 miles", .range(low: 252, high: 287), normalized: "mile", kind: .measure),
        Expected("We saw 5 to 10 percent growth.", text: "5 to 10 percent", .range(low: 5, high: 10), normalized: "percentage", kind: .percentage, change: .up),
        Expected("The crowd was 5-10 million people strong.", text: "5-10 million people", .range(low: 5_000_000, high: 10_000_000), normalized: "people", kind: .count),
    ])
    func ranges(_ e: Expected) throws { try check(e) }

    @Test("Ratios", arguments: [
        Expected("Here one in five adults smokes.", text: "one in five", .exactly(0.2), normalized: nil, kind: .ratio),
        Expected("Only 1 in 4 adults votes.", text: "1 in 4", .exactly(0.25), normalized: nil, kind: .ratio),
        Expected("Then two-thirds of voters agreed.", text: "two-thirds", .exactly(2.0 / 3.0), normalized: nil, kind: .ratio),
        Expected("The odds were 3:1 against.", text: "3:1", .exactly(3), normalized: nil, kind: .ratio),
    ])
    func ratios(_ e: Expected) throws { try check(e) }

    @Test("Change cues", arguments: [
        Expected("Then more than 500 people came.", text: "500 people", .exactly(500), normalized: "people", kind: .count, change: .moreThan),
        Expected("Then at least 40 people died.", text: "40 people", .exactly(40), normalized: "people", kind: .count, change: .moreThan),
        Expected("Then about 500 people came.", text: "500 people", .exactly(500), normalized: "people", kind: .count, change: .approximately),
        Expected("Then nearly 40 people died.", text: "40 people", .exactly(40), normalized: "people", kind: .count, change: .approximately),
        Expected("Then fewer than 500 people came.", text: "500 people", .exactly(500), normalized: "people", kind: .count, change: .lessThan),
        Expected("Then up to 500 people came.", text: "500 people", .exactly(500), normalized: "people", kind: .count, change: .lessThan),
        Expected("Then 40 people or more died.", text: "40 people or more", .exactly(40), normalized: "people", kind: .count, change: .moreThan),
        Expected("Sales rose 5% in May.", text: "5%", .exactly(5), normalized: "percentage", kind: .percentage, change: .up),
        Expected("Sales fell 5% in May.", text: "5%", .exactly(5), normalized: "percentage", kind: .percentage, change: .down),
        Expected("Sales rose by 5% in May.", text: "5%", .exactly(5), normalized: "percentage", kind: .percentage, change: .up),
        Expected("Shares jumped +5% on Monday.", text: "5%", .exactly(5), normalized: "percentage", kind: .percentage, change: .up),
        Expected("Shares slid -5% on Monday.", text: "-5%", .exactly(-5), normalized: "percentage", kind: .percentage, change: .down),
    ])
    func changeCues(_ e: Expected) throws { try check(e) }

    @Test("Exact figures carry no change cue")
    func exactHasNoCue() throws {
        let q = try #require(extractor.extract(from: "The plant employs 13,000 workers.").quantities.first)
        #expect(q.change == .exact)
    }

    @Test("Alternatives: \"eight or nine euros\" gives two figures sharing the unit")
    func alternatives() throws {
        let input = "A beer costs eight or nine euros there."
        let extraction = extractor.extract(from: input)
        try #require(extraction.quantities.count == 2, "found \(extraction.quantities.map(\.text))")
        let (first, second) = (extraction.quantities[0], extraction.quantities[1])
        #expect(first.value == .exactly(8))
        #expect(second.value == .exactly(9))
        #expect(first.normalizedUnit == "euro")
        #expect(second.normalizedUnit == "euro")
        #expect(first.kind == .money && second.kind == .money)
        #expect(first.text == "eight")
        #expect(second.text == "nine euros")
        #expect(first.span.upperBound <= second.span.lowerBound)
        expectSpansInBounds(input, extraction)
    }

    @Test("Several figures in one sentence keep their order and spans")
    func severalFigures() throws {
        let input = "Inflation hit 3 per cent in 2023 and 4 per cent in 2024."
        let extraction = extractor.extract(from: input)
        #expect(extraction.quantities.map(\.text) == ["3 per cent", "4 per cent"])
        #expect(extraction.quantities.map(\.value) == [.exactly(3), .exactly(4)])
        expectSpansInBounds(input, extraction)
    }

    @Test("Concept: the words after \"of\" name the whole, the subject what the figure is about")
    func concept() throws {
        let q = try #require(extractor.extract(from: "China supplies 90% of microelectronics.").quantities.first)
        #expect(q.concept == ["microelectronics"])
        #expect(q.whole == ["microelectronics"])
        let torque = try #require(extractor.extract(from: "The engine makes 275 pound-feet of torque.").quantities.first)
        // An amount of a material is the subject's: the engine's torque; a share is of its whole alone.
        #expect(torque.concept == ["engine", "torque"])
        #expect(torque.whole == ["torque"])
        let turnout = try #require(extractor.extract(from: "Turnout was 90% on Sunday.").quantities.first)
        #expect(turnout.concept == ["Turnout"])
        #expect(turnout.whole.isEmpty)
    }

    @Test("QuantityValue.central is the number or the range's midpoint")
    func central() {
        #expect(QuantityValue.exactly(7).central == 7)
        #expect(QuantityValue.range(low: 5, high: 10).central == 7.5)
    }
}
