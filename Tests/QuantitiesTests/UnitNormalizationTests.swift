import Quantities
import Testing

/// Normalized units follow the convention of CQE and its NewsQuant annotation (issue 10):
/// full lowercase names, never symbols; any US dollar is `dollar`, other dollars name their
/// country; `celsius`, `fahrenheit`, and `degree` for angles and bare degrees; symbols spelled
/// out; rates as "X per Y". Sentences are written in news style for these tests.
@Suite("Unit normalization")
struct UnitNormalizationTests {
    @Test("Any US dollar is `dollar`", arguments: [
        Expected("Apple paid $3.5 billion for the patents, the filing showed.", text: "$3.5 billion", .exactly(3.5e9), normalized: "dollar", kind: .money),
        Expected("The contract is worth US$450 million, the ministry said.", text: "US$450 million", .exactly(450e6), normalized: "dollar", kind: .money),
        Expected("Exports reached USD 12 billion in March.", text: "USD 12 billion", .exactly(12e9), normalized: "dollar", kind: .money),
        Expected("The airline spent 40 million US dollars on fuel in the quarter.", text: "40 million US dollars", .exactly(40e6), normalized: "dollar", kind: .money),
        Expected("Analysts expect the shares to fetch 25 dollars apiece.", text: "25 dollars", .exactly(25), normalized: "dollar", kind: .money),
        Expected("The bid valued the miner at 900 million American dollars.", text: "900 million American dollars", .exactly(900e6), normalized: "dollar", kind: .money),
    ])
    func usDollars(_ e: Expected) throws { try check(e) }

    @Test("\"$US\" before the digits is one amount, not 12 and 345,000", arguments: [
        Expected("The deal values the explorer at $US12,345,000, filings show.", text: "$US12,345,000", .exactly(12_345_000), normalized: "dollar", kind: .money),
        Expected("Qantas received $US 40 million from the sale of its stake.", text: "$US 40 million", .exactly(40e6), normalized: "dollar", kind: .money),
        Expected("The miner booked a $US2.4bn charge on Thursday.", text: "$US2.4bn", .exactly(2.4e9), normalized: "dollar", kind: .money),
        Expected("Rio Tinto booked a $A1.5bn charge on its Pilbara assets.", text: "$A1.5bn", .exactly(1.5e9), normalized: "australian dollar", kind: .money),
        Expected("The developer paid $NZ 90 million for the block.", text: "$NZ 90 million", .exactly(90e6), normalized: "new zealand dollar", kind: .money),
    ])
    func dollarCodeAfterSign(_ e: Expected) throws { try check(e) }

    @Test("Other dollars name their country", arguments: [
        Expected("The Toronto developer sold bonds worth C$250 million in March.", text: "C$250 million", .exactly(250e6), normalized: "canadian dollar", kind: .money),
        Expected("The budget sets aside HK$10 billion for housing.", text: "HK$10 billion", .exactly(10e9), normalized: "hong kong dollar", kind: .money),
        Expected("A flat white now costs NZ$5.50 in Auckland.", text: "NZ$5.50", .exactly(5.5), normalized: "new zealand dollar", kind: .money),
        Expected("The fund returned S$2 billion to its investors.", text: "S$2 billion", .exactly(2e9), normalized: "singapore dollar", kind: .money),
        Expected("Canberra pledged 300 million Australian dollars in aid.", text: "300 million Australian dollars", .exactly(300e6), normalized: "australian dollar", kind: .money),
    ])
    func otherDollars(_ e: Expected) throws { try check(e) }

    @Test("Temperatures name the scale; other degrees are `degree`", arguments: [
        Expected("Temperatures in Seville reached 46C on Tuesday.", text: "46C", .exactly(46), normalized: "celsius", kind: .measure),
        Expected("The thermometer showed 104F in Phoenix.", text: "104F", .exactly(104), normalized: "fahrenheit", kind: .measure),
        Expected("Forecasters expect highs of 38 degrees Celsius this weekend.", text: "38 degrees Celsius", .exactly(38), normalized: "celsius", kind: .measure),
        Expected("The reading was 98.6 degrees Fahrenheit at noon.", text: "98.6 degrees Fahrenheit", .exactly(98.6), normalized: "fahrenheit", kind: .measure),
        Expected("Water boils at 100° Celsius at sea level.", text: "100° Celsius", .exactly(100), normalized: "celsius", kind: .measure),
        // A temperature letter before a comparison: "1.48C above", "2C warmer than".
        Expected("Global temperatures were 1.48C above pre-industrial levels.", text: "1.48C", .exactly(1.48), normalized: "celsius", kind: .measure),
        Expected("The sea off Florida was 2.1C warmer than normal.", text: "2.1C", .exactly(2.1), normalized: "celsius", kind: .measure),
        Expected("Scientists warn of 2.7C of warming by 2100.", text: "2.7C", .exactly(2.7), normalized: "celsius", kind: .measure),
        Expected("Liquid nitrogen boils at 77 kelvin.", text: "77 kelvin", .exactly(77), normalized: "kelvin", kind: .measure),
        Expected("The ship listed 15 degrees to port before it sank.", text: "15 degrees", .exactly(15), normalized: "degree", kind: .measure),
        Expected("The runway slopes by 3° along its length.", text: "3°", .exactly(3), normalized: "degree", kind: .measure),
    ])
    func temperaturesAndDegrees(_ e: Expected) throws { try check(e) }

    @Test("Symbols are spelled out", arguments: [
        Expected("The phone's battery holds 5,000mAh.", text: "5,000mAh", .exactly(5000), normalized: "milliampere-hour", kind: .measure),
        Expected("Carbon dioxide passed 420 ppm at Mauna Loa in May.", text: "420 ppm", .exactly(420), normalized: "parts-per-million", kind: .number),
        Expected("Tests found 15 ppb of lead in the school's water.", text: "15 ppb", .exactly(15), normalized: "parts-per-billion", kind: .number),
        Expected("The mask traps particles of 2.5 µm and above.", text: "2.5 µm", .exactly(2.5), normalized: "micrometre", kind: .measure),
        Expected("The new steel withstands 80 ksi before it yields.", text: "80 ksi", .exactly(80), normalized: "kilopound per square inch", kind: .measure),
        Expected("Tyres should be kept at 35 psi, the maker says.", text: "35 psi", .exactly(35), normalized: "pound per square inch", kind: .measure),
        Expected("The chip is built on a 3nm process in Taiwan.", text: "3nm", .exactly(3), normalized: "nanometre", kind: .measure),
        Expected("The drug lowered blood pressure by an average of 8 mmHg.", text: "8 mmHg", .exactly(8), normalized: "millimetre of mercury", kind: .measure, change: .down),
        Expected("Her blood pressure was 140 millimetres of mercury.", text: "140 millimetres of mercury", .exactly(140), normalized: "millimetre of mercury", kind: .measure),
        Expected("The SUV's engine makes 400Nm of torque.", text: "400Nm", .exactly(400), normalized: "newton metre", kind: .measure),
        Expected("The wind farm will add 1.2 GW of capacity by 2027.", text: "1.2 GW", .exactly(1.2), normalized: "gigawatt", kind: .measure),
        Expected("The reactor will supply 1,100 MW to the grid.", text: "1,100 MW", .exactly(1100), normalized: "megawatt", kind: .measure),
        Expected("Britain generated 30 TWh from offshore wind.", text: "30 TWh", .exactly(30), normalized: "terawatt hour", kind: .measure),
        Expected("The cheapest model comes with 64GB of storage.", text: "64GB", .exactly(64), normalized: "gigabyte", kind: .measure),
        Expected("The download is 100 Mb, the app store says.", text: "100 Mb", .exactly(100), normalized: "megabit", kind: .measure),
        Expected("Rural lines offer 30 Mbps at best.", text: "30 Mbps", .exactly(30), normalized: "megabit per second", kind: .measure),
        Expected("The new handset shoots 48MP photos.", text: "48MP", .exactly(48), normalized: "megapixel", kind: .measure),
        Expected("A can of cola holds 139 kcal, the label says.", text: "139 kcal", .exactly(139), normalized: "kilocalorie", kind: .measure),
        Expected("The plant burns 4,500 tpd of household waste.", text: "4,500 tpd", .exactly(4500), normalized: "ton per day", kind: .measure),
    ])
    func symbolsSpelledOut(_ e: Expected) throws { try check(e) }

    @Test("Initials in capitals are no units: \"MS patients\", \"DB trains\"", arguments: [
        Expected("The trust treats 100,000 MS patients a year.", text: "100,000 MS patients a year", .exactly(100_000), normalized: "ms patient per year", kind: .count),
        Expected("The operator runs 300 DB trains a day.", text: "300 DB trains a day", .exactly(300), normalized: "db train per day", kind: .count),
        Expected("The average delay was 12 ms on the new line.", text: "12 ms", .exactly(12), normalized: "millisecond", kind: .duration),
        Expected("Noise near the runway reached 85 dB.", text: "85 dB", .exactly(85), normalized: "decibel", kind: .measure),
    ])
    func initialsInCapitals(_ e: Expected) throws { try check(e) }

    @Test("\"MP\" apart from its number is a member of parliament, not a megapixel")
    func memberOfParliament() {
        for input in ["One MP said the vote was rigged.", "Only one Labour MP voted against."] {
            let extraction = extractor.extract(from: input)
            #expect(!extraction.quantities.contains { $0.normalizedUnit == "megapixel" }, "found \(extraction.quantities.map(\.text)) in \(input)")
        }
    }

    @Test("Rates are \"X per Y\", for money, measures, counts and multiples", arguments: [
        Expected("Rent for the flat is $500 a month.", text: "$500 a month", .exactly(500), normalized: "dollar per month", kind: .money),
        Expected("Gold closed at $1,904 an ounce in New York.", text: "$1,904 an ounce", .exactly(1904), normalized: "dollar per ounce", kind: .money),
        Expected("Diesel costs €1.80 a litre in Paris.", text: "€1.80 a litre", .exactly(1.8), normalized: "euro per litre", kind: .money),
        Expected("Copper fetched $9,000 per kilo, traders said.", text: "$9,000 per kilo", .exactly(9000), normalized: "dollar per kilogram", kind: .money),
        Expected("Electricity now costs 34p per kWh for most homes.", text: "34p per kWh", .exactly(34), normalized: "penny per kilowatt hour", kind: .money),
        Expected("The field pumps 50,000 barrels a day.", text: "50,000 barrels a day", .exactly(50_000), normalized: "barrel per day", kind: .measure),
        Expected("The refinery handles 200,000 barrels per day.", text: "200,000 barrels per day", .exactly(200_000), normalized: "barrel per day", kind: .measure),
        Expected("Saudi Aramco pumped 9 million bpd in May.", text: "9 million bpd", .exactly(9e6), normalized: "barrel per day", kind: .measure),
        Expected("Households use 2,700 kWh a year on average.", text: "2,700 kWh a year", .exactly(2700), normalized: "kilowatt hour per year", kind: .measure),
        Expected("Long-haul drivers average 300 miles a week.", text: "300 miles a week", .exactly(300), normalized: "mile per week", kind: .measure),
        Expected("The new pump moves 40 litres per minute.", text: "40 litres per minute", .exactly(40), normalized: "litre per minute", kind: .measure),
        Expected("The limit on the bridge is 30 kilometres per hour.", text: "30 kilometres per hour", .exactly(30), normalized: "kilometre per hour", kind: .measure),
        Expected("The clinic now sees 120 patients a day.", text: "120 patients a day", .exactly(120), normalized: "patient per day", kind: .count),
        Expected("By June there were only 56 COVID-19 deaths a day.", text: "56 COVID-19 deaths a day", .exactly(56), normalized: "covid-19 death per day", kind: .count),
        Expected("The striker scored 30 goals per season.", text: "30 goals per season", .exactly(30), normalized: "goal per season", kind: .count),
        Expected("The alarm went off 70 times a day.", text: "70 times a day", .exactly(70), normalized: "count per day", kind: .multiple),
        Expected("Password attacks have risen to more than 4,000 attempts a second.", text: "4,000 attempts a second", .exactly(4000), normalized: "attempt per second", kind: .count, change: .moreThan),
        Expected("The exchange handles 90,000 trades a second, its owner said.", text: "90,000 trades a second", .exactly(90_000), normalized: "trade per second", kind: .count),
    ])
    func rates(_ e: Expected) throws { try check(e) }

    @Test("\"a year earlier\", \"a month ago\" are points in time, not rates", arguments: [
        ("Revenue was $6.1 billion a year earlier.", "$6.1 billion", "dollar"),
        ("Shares traded at $41 a month before the deal.", "$41", "dollar"),
        ("The firm had 4,200 staff a year ago.", "4,200 staff", "staff"),
        ("The plant made 300 cars a week after the fire.", "300 cars", "car"),
        ("Output was 2.3 million tonnes a year previously.", "2.3 million tonnes", "tonne"),
        ("The fund lost $2 billion a year later.", "$2 billion", "dollar"),
        ("The club paid £40 million a year-earlier period.", "£40 million", "pound sterling"),
        ("Prices rose 5% a year in the decade.", "5%", "percentage"),
        // "a second" before a noun is an ordinal.
        ("The party won 40 seats a second time.", "40 seats", "seat"),
        ("She paid $300 a second time for the visa.", "$300", "dollar"),
    ])
    func notRates(_ c: (input: String, text: String, normalized: String)) {
        let extraction = extractor.extract(from: c.input)
        let q = extraction.quantities.first
        #expect(extraction.quantities.count == 1 && q?.text == c.text, "found \(extraction.quantities.map(\.text))")
        #expect(q?.normalizedUnit == c.normalized, "normalized \(q?.normalizedUnit ?? "nil")")
    }

    @Test("\"$6.1 billion, up from $5.2 billion a year earlier\": both amounts are dollars, no rate")
    func yearEarlierComparison() {
        let input = "Sales hit $6.1 billion, up from $5.2 billion a year earlier."
        let extraction = extractor.extract(from: input)
        #expect(extraction.quantities.map(\.normalizedUnit) == ["dollar", "dollar"], "found \(extraction.quantities.map(\.text))")
        expectSpansInBounds(input, extraction)
    }

    @Test("A glued \"m\" before a unit or a counted plural is a million", arguments: [
        Expected("The mine had an output of 2.3m tonnes of ore.", text: "2.3m tonnes", .exactly(2.3e6), normalized: "tonne", kind: .measure),
        Expected("The company has sold 40m of its speakers.", text: "40m", .exactly(40e6), normalized: nil, kind: .number),
        Expected("The firm says it has sold 40m of them since launch.", text: "40m", .exactly(40e6), normalized: nil, kind: .number),
        Expected("Some 3m people signed the petition.", text: "3m people", .exactly(3e6), normalized: "people", kind: .count, change: .approximately),
        Expected("The streaming service now has 20m subscribers.", text: "20m subscribers", .exactly(20e6), normalized: "subscriber", kind: .count),
        Expected("The clip was viewed 5m times in a day.", text: "5m times", .exactly(5e6), normalized: "count", kind: .multiple),
        Expected("About 2m Britons work from home.", text: "2m Britons", .exactly(2e6), normalized: "briton", kind: .count, change: .approximately),
        Expected("The field holds 5m barrels of crude.", text: "5m barrels", .exactly(5e6), normalized: "barrel", kind: .measure),
        Expected("Around 1.5m households are affected by the cut.", text: "1.5m households", .exactly(1.5e6), normalized: "household", kind: .count, change: .approximately),
        Expected("The firm shipped 3m units in the quarter.", text: "3m units", .exactly(3e6), normalized: "unit", kind: .count),
        Expected("Farmers across the state own 3m acres.", text: "3m acres", .exactly(3e6), normalized: "acre", kind: .measure),
        Expected("Organisers expect between 5m and 10m people.", text: "5m and 10m people", .range(low: 5e6, high: 10e6), normalized: "people", kind: .count),
        Expected("The final drew 5m-10m viewers, the broadcaster said.", text: "5m-10m viewers", .range(low: 5e6, high: 10e6), normalized: "viewer", kind: .count),
        Expected("The resort attracts 2-3m visitors a year.", text: "2-3m visitors a year", .range(low: 2e6, high: 3e6), normalized: "visitor per year", kind: .count),
    ])
    func gluedMillion(_ e: Expected) throws { try check(e) }

    @Test("A glued \"m\" is metres before a singular noun, a preposition or things measured in metres", arguments: [
        Expected("A 40m yacht sank off Sicily.", text: "40m", .exactly(40), normalized: "metre", kind: .measure),
        Expected("The javelin landed beyond the 90m line.", text: "90m", .exactly(90), normalized: "metre", kind: .measure),
        Expected("Rescuers said 10m waves hit the coast.", text: "10m", .exactly(10), normalized: "metre", kind: .measure),
        Expected("She won the 400m hurdles in Paris.", text: "400m", .exactly(400), normalized: "metre", kind: .measure),
        Expected("The new tower stands 300m tall.", text: "300m", .exactly(300), normalized: "metre", kind: .measure),
        Expected("The last 50m of the race were brutal.", text: "50m", .exactly(50), normalized: "metre", kind: .measure),
        Expected("Crews laid 20m of cable under the road.", text: "20m", .exactly(20), normalized: "metre", kind: .measure),
        Expected("The town built a 5m-high flood wall.", text: "5m", .exactly(5), normalized: "metre", kind: .measure),
        Expected("Volunteers planted 20m tall trees along the road.", text: "20m", .exactly(20), normalized: "metre", kind: .measure),
        Expected("Engineers laid 100m of pipes under the square.", text: "100m", .exactly(100), normalized: "metre", kind: .measure),
        Expected("The nearest shelter is 200m away.", text: "200m", .exactly(200), normalized: "metre", kind: .measure),
        Expected("The new pools are between 25m and 50m long.", text: "25m and 50m", .range(low: 25, high: 50), normalized: "metre", kind: .measure),
    ])
    func gluedMetres(_ e: Expected) throws { try check(e) }

    @Test("\"ran 100m in 9.58 seconds\": metres, then seconds")
    func hundredMetres() {
        let input = "Bolt ran 100m in 9.58 seconds in Berlin."
        let extraction = extractor.extract(from: input)
        #expect(extraction.quantities.map(\.text) == ["100m", "9.58 seconds"])
        #expect(extraction.quantities.map(\.normalizedUnit) == ["metre", "second"])
        #expect(extraction.quantities.first?.value == .exactly(100))
        expectSpansInBounds(input, extraction)
    }
}
