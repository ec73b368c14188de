import Quantities
import Testing

/// What a count counts: its head noun phrase in the singular, lowercase, without
/// conjunctions and adjectives ("Toyota and Honda cars" → `toyota honda car`, "2,000 new
/// homes" → `home`); a unit at the head wins over the adjectives ("312 passing yards" →
/// `yard`); peoples counted in capitals are counts, not names ("20 million Americans"),
/// while numbers inside names stay out. Sentences are written in news style for these tests.
@Suite("Counted nouns")
struct CountNounTests {
    @Test("The head noun in the singular", arguments: [
        Expected("The factory employs 13,000 workers in the region.", text: "13,000 workers", .exactly(13_000), normalized: "worker", kind: .count),
        Expected("Police arrested 23 people after the match.", text: "23 people", .exactly(23), normalized: "people", kind: .count),
        Expected("The census counted 9,000 persons in the district.", text: "9,000 persons", .exactly(9000), normalized: "people", kind: .count),
        Expected("The storm destroyed 1,200 homes along the coast.", text: "1,200 homes", .exactly(1200), normalized: "home", kind: .count),
        Expected("About 40 children were evacuated from the school.", text: "40 children", .exactly(40), normalized: "child", kind: .count, change: .approximately),
        Expected("Farmers culled 300 cattle last week.", text: "300 cattle", .exactly(300), normalized: "cattle", kind: .count),
        Expected("The appeal has helped 2,000 families since March.", text: "2,000 families", .exactly(2000), normalized: "family", kind: .count),
        Expected("The studio released 14 movies this year.", text: "14 movies", .exactly(14), normalized: "movie", kind: .count),
        Expected("The city is buying 80 buses for the new routes.", text: "80 buses", .exactly(80), normalized: "bus", kind: .count),
        Expected("The charity handed out 5,000 shoes in Nairobi.", text: "5,000 shoes", .exactly(5000), normalized: "shoe", kind: .count),
    ])
    func headNoun(_ e: Expected) throws { try check(e) }

    @Test("Adjectives drop out; nouns, proper nouns and codes stay", arguments: [
        Expected("Dealers sold 3,000 Toyota and Honda cars in May.", text: "3,000 Toyota and Honda cars", .exactly(3000), normalized: "toyota honda car", kind: .count),
        Expected("The council will build 2,000 new homes by 2030.", text: "2,000 new homes", .exactly(2000), normalized: "home", kind: .count),
        Expected("The scheme funds 500 additional places at nurseries.", text: "500 additional places", .exactly(500), normalized: "place", kind: .count),
        Expected("There are 2 million registered voters in the state.", text: "2 million registered voters", .exactly(2e6), normalized: "voter", kind: .count),
        Expected("The trust opened 60 hospital beds last winter.", text: "60 hospital beds", .exactly(60), normalized: "hospital bed", kind: .count),
        Expected("The club sold 52,000 season tickets this summer.", text: "52,000 season tickets", .exactly(52_000), normalized: "season ticket", kind: .count),
        Expected("Some 400 Chinese students enrolled this year.", text: "400 Chinese students", .exactly(400), normalized: "chinese student", kind: .count, change: .approximately),
        Expected("The force has 500 police officers on patrol.", text: "500 police officers", .exactly(500), normalized: "police officer", kind: .count),
        Expected("Officials reported 56 COVID-19 deaths on Monday.", text: "56 COVID-19 deaths", .exactly(56), normalized: "covid-19 death", kind: .count),
        Expected("The grant helps 12,000 low-income families with rent.", text: "12,000 low-income families", .exactly(12_000), normalized: "low-income family", kind: .count),
        Expected("The union represents 30,000 full-time staff.", text: "30,000 full-time staff", .exactly(30_000), normalized: "staff", kind: .count),
        Expected("Inspectors listed 45 dangerous chemicals at the site.", text: "45 dangerous chemicals", .exactly(45), normalized: "chemical", kind: .count),
        Expected("The group says it counts 20 political prisoners.", text: "20 political prisoners", .exactly(20), normalized: "prisoner", kind: .count),
        Expected("The operator ordered 300 electric buses.", text: "300 electric buses", .exactly(300), normalized: "bus", kind: .count),
        Expected("The 27 EU member states backed the plan.", text: "27 EU member states", .exactly(27), normalized: "eu member state", kind: .count),
        Expected("The NHS needs 40,000 more nurses, the report said.", text: "40,000 more nurses", .exactly(40_000), normalized: "nurse", kind: .count),
        Expected("About 1,500 Labour Party members quit in a week.", text: "1,500 Labour Party members", .exactly(1500), normalized: "labour party member", kind: .count, change: .approximately),
        Expected("Apple sold 50 million iPhones in the quarter.", text: "50 million iPhones", .exactly(50e6), normalized: "iphone", kind: .count),
        Expected("More than 30 NHS trusts declared incidents.", text: "30 NHS trusts", .exactly(30), normalized: "nhs trust", kind: .count, change: .moreThan),
        Expected("Researchers described 5 new species of frog.", text: "5 new species", .exactly(5), normalized: "species", kind: .count),
        Expected("The league has 13,000 registered sports fans.", text: "13,000 registered sports fans", .exactly(13_000), normalized: "sports fan", kind: .count),
        Expected("The ministry hired 2,500 Border Force officers.", text: "2,500 Border Force officers", .exactly(2500), normalized: "border force officer", kind: .count),
        Expected("The telescope spotted 3 Earth-like planets.", text: "3 Earth-like planets", .exactly(3), normalized: "earth-like planet", kind: .count),
        Expected("The care home employs 300 low-paid workers.", text: "300 low-paid workers", .exactly(300), normalized: "worker", kind: .count),
        Expected("The developer will build 2,000 two-bedroom homes.", text: "2,000 two-bedroom homes", .exactly(2000), normalized: "two-bedroom home", kind: .count),
        Expected("The state sold 40 state-owned firms in a decade.", text: "40 state-owned firms", .exactly(40), normalized: "firm", kind: .count),
    ])
    func modifiers(_ e: Expected) throws { try check(e) }

    @Test("A unit at the head wins over the adjectives before it", arguments: [
        Expected("The quarterback threw for 312 passing yards.", text: "312 passing yards", .exactly(312), normalized: "yard", kind: .measure),
        Expected("The upgrade adds 40 additional megawatts to the grid.", text: "40 additional megawatts", .exactly(40), normalized: "megawatt", kind: .measure),
        Expected("The firm can show 20 profitable years in a row.", text: "20 profitable years", .exactly(20), normalized: "year", kind: .duration),
        Expected("The marathon runner still had 3 more miles to go.", text: "3 more miles", .exactly(3), normalized: "mile", kind: .measure),
        Expected("The club wants 500 million more euros for the stadium.", text: "500 million more euros", .exactly(500e6), normalized: "euro", kind: .money),
        Expected("Crews poured 2,000 extra tonnes of concrete.", text: "2,000 extra tonnes", .exactly(2000), normalized: "tonne", kind: .measure),
    ])
    func unitWins(_ e: Expected) throws { try check(e) }

    @Test("Peoples in capitals are counts, not names", arguments: [
        Expected("Nearly 20 million Americans lost coverage last year.", text: "20 million Americans", .exactly(20e6), normalized: "american", kind: .count, change: .approximately),
        Expected("3 million Britons voted by post.", text: "3 million Britons", .exactly(3e6), normalized: "briton", kind: .count),
        Expected("At least 15 Palestinians were killed overnight.", text: "15 Palestinians", .exactly(15), normalized: "palestinian", kind: .count, change: .moreThan),
        Expected("Some 2,000 Ukrainians crossed the border on Sunday.", text: "2,000 Ukrainians", .exactly(2000), normalized: "ukrainian", kind: .count, change: .approximately),
        Expected("Around 300 Londoners joined the march.", text: "300 Londoners", .exactly(300), normalized: "londoner", kind: .count, change: .approximately),
        Expected("The poll of 1,000 Muslims found broad support.", text: "1,000 Muslims", .exactly(1000), normalized: "muslim", kind: .count),
        Expected("In the end 40 Democrats voted against the bill.", text: "40 Democrats", .exactly(40), normalized: "democrat", kind: .count),
        Expected("The survey asked 2,000 Germans about energy prices.", text: "2,000 Germans", .exactly(2000), normalized: "german", kind: .count),
        Expected("An estimated 3 million Chinese live abroad.", text: "3 million Chinese", .exactly(3e6), normalized: "chinese", kind: .count, change: .approximately),
        Expected("Officials said 16 Iraqis were among the dead.", text: "16 Iraqis", .exactly(16), normalized: "iraqi", kind: .count),
        Expected("Roughly 120 Gazans fled overnight, the agency said.", text: "120 Gazans", .exactly(120), normalized: "gazan", kind: .count, change: .approximately),
        Expected("The motion was backed by 250 MPs on Tuesday.", text: "250 MPs", .exactly(250), normalized: "mp", kind: .count),
        Expected("The group surveyed 40 CEOs of listed firms.", text: "40 CEOs", .exactly(40), normalized: "ceo", kind: .count),
        Expected("The rebels freed 30 British soldiers.", text: "30 British soldiers", .exactly(30), normalized: "british soldier", kind: .count),
        Expected("He bought 300 Toyota cars for the fleet.", text: "300 Toyota cars", .exactly(300), normalized: "toyota car", kind: .count),
        Expected("Three million Americans lost coverage last year.", text: "Three million Americans", .exactly(3e6), normalized: "american", kind: .count),
        Expected("Two Britons were arrested in Dubai.", text: "Two Britons", .exactly(2), normalized: "briton", kind: .count),
        Expected("One Briton died in the crash, the embassy said.", text: "One Briton", .exactly(1), normalized: "briton", kind: .count),
        Expected("nearly 20 million americans lost coverage last year.", text: "20 million americans", .exactly(20e6), normalized: "american", kind: .count, change: .approximately),
    ])
    func peoples(_ e: Expected) throws { try check(e) }

    @Test("Numbers in names stay out", arguments: [
        "Boeing 737 Max jets were grounded worldwide.",
        "Channel 4 News broadcast the interview.",
        "The Apollo 11 crew returned safely.",
        "Section 230 protects the platforms.",
        "G7 leaders met in Italy.",
        "Windows 11 users reported crashes.",
        "Outside 10 Downing Street protesters gathered.",
        "The 39 Steps is showing tonight.",
        "50 Shades of Grey topped the charts.",
        "She lives at 221 Baker Street now.",
        "Flights from Terminal 5 resumed on Monday.",
        "Studio 54 regulars remember it well.",
        "Formula 1 drivers voted on the change.",
        "The 3 Musketeers bar costs less.",
        "The Top 10 Best Sellers list is out.",
        "300 Rangers fans sang outside.",
    ])
    func names(_ input: String) {
        let extraction = extractor.extract(from: input)
        #expect(extraction.quantities.isEmpty, "found \(extraction.quantities.map(\.text))")
    }

    @Test("A bare number before a verb or a preposition counts nothing", arguments: [
        Expected("Some 300 came to the meeting.", text: "300", .exactly(300), normalized: nil, kind: .number, change: .approximately),
        Expected("In the end 5 voted against the plan.", text: "5", .exactly(5), normalized: nil, kind: .number),
        Expected("Officials said 12 remain in hospital.", text: "12", .exactly(12), normalized: nil, kind: .number),
        Expected("The lender wrote off 400 of them.", text: "400", .exactly(400), normalized: nil, kind: .number),
        // Irregular participles after a count: "out of 48,000 cast", "25,000 set aside".
        Expected("Turnout was low, with nearly 48,000 cast.", text: "48,000", .exactly(48_000), normalized: nil, kind: .number, change: .approximately),
        Expected("With 25,000 set aside for each club, tickets are scarce.", text: "25,000", .exactly(25_000), normalized: nil, kind: .number),
        Expected("Of the accused, 30 found guilty will appeal.", text: "30", .exactly(30), normalized: nil, kind: .number),
    ])
    func noCountedNoun(_ e: Expected) throws { try check(e) }

    @Test("A number and its counted noun leave the rest of the sentence alone")
    func countedPhraseEnds() {
        let input = "About 2,000 men and women marched while 300 police officers watched."
        let extraction = extractor.extract(from: input)
        #expect(extraction.quantities.map(\.text) == ["2,000 men", "300 police officers"])
        #expect(extraction.quantities.map(\.normalizedUnit) == ["man", "police officer"])
        expectSpansInBounds(input, extraction)
    }
}
