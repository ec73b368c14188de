import Quantities
import Testing

/// CQE's conventions for ranges, vague magnitudes, signs and what is no figure (issue 10),
/// on sentences written in news style: each table mixes the forms a desk meets.
@Suite("CQE conventions: ranges, vague magnitudes, signs")
struct ConventionTests {
    @Test("\"from A to B\" is one range in the order written, with the verb's direction", arguments: [
        Expected("Inflation fell from 3.9% to 3.6% in March.", text: "3.9% to 3.6%", .range(low: 3.9, high: 3.6), normalized: "percentage", kind: .percentage, change: .down),
        Expected("The asking price rose from $450,000 to $2.1 million.", text: "$450,000 to $2.1 million", .range(low: 450_000, high: 2_100_000), normalized: "dollar", kind: .money, change: .up),
        Expected("Turnout dropped from 68 per cent to 61 per cent.", text: "68 per cent to 61 per cent", .range(low: 68, high: 61), normalized: "percentage", kind: .percentage, change: .down),
        Expected("The fare went from €12 to €15 overnight.", text: "€12 to €15", .range(low: 12, high: 15), normalized: "euro", kind: .money),
        Expected("Its debt shrank from £5.2bn to £4.1bn.", text: "£5.2bn to £4.1bn", .range(low: 5.2e9, high: 4.1e9), normalized: "pound sterling", kind: .money, change: .down),
        Expected("Membership grew from 120 to 450 clubs.", text: "120 to 450 clubs", .range(low: 120, high: 450), normalized: "club", kind: .count, change: .up),
        Expected("The queue stretched from 3 to 9 kilometres.", text: "3 to 9 kilometres", .range(low: 3, high: 9), normalized: "kilometre", kind: .measure),
    ])
    func fromToRanges(_ e: Expected) throws { try check(e) }

    @Test("\"by A to B\" stays the size of a change and the level reached")
    func byThenTo() {
        let q = extractor.extract(from: "The workforce grew by 4,000 to 812,000 last year.").quantities
        #expect(q.map(\.value) == [.exactly(4_000), .exactly(812_000)], "found \(q.map(\.text))")
    }

    @Test("Vague magnitudes are the ranges they can mean", arguments: [
        Expected("Dozens of homes were flooded overnight.", text: "Dozens of homes", .range(low: 12, high: 120), normalized: "home", kind: .count),
        Expected("Hundreds of kilometres of track need repair.", text: "Hundreds of kilometres", .range(low: 100, high: 1000), normalized: "kilometre", kind: .measure),
        Expected("Thousands of nurses walked out.", text: "Thousands of nurses", .range(low: 1e3, high: 1e4), normalized: "nurse", kind: .count),
        Expected("Tens of thousands of pounds were raised.", text: "Tens of thousands of pounds", .range(low: 1e4, high: 1e5), normalized: "pound sterling", kind: .money),
        Expected("It will cost millions of dollars.", text: "millions of dollars", .range(low: 1e6, high: 1e7), normalized: "dollar", kind: .money),
        Expected("Hundreds of thousands of refugees crossed the border.", text: "Hundreds of thousands of refugees", .range(low: 1e5, high: 1e6), normalized: "refugee", kind: .count),
        Expected("The deal is worth billions.", text: "billions", .range(low: 1e9, high: 1e10), normalized: nil, kind: .number),
        Expected("Thousands marched through the capital.", text: "Thousands", .range(low: 1e3, high: 1e4), normalized: nil, kind: .number),
    ])
    func vagueMagnitudes(_ e: Expected) throws { try check(e) }

    @Test("Vague words that are idioms or scales give no range", arguments: [
        "I have told him dozens of times.",
        "There are hundreds of ways to get this wrong.",
        "The team finished in the hundreds.",
        "She asked thousands of questions.",
    ])
    func notMagnitudes(_ input: String) {
        let q = extractor.extract(from: input).quantities
        #expect(q.isEmpty, "found \(q.map(\.text))")
    }

    @Test("A leading minus is part of the value; on a percentage it also sets down", arguments: [
        Expected("Markets at a glance: the Nikkei 225 -0.8% at the close.", text: "-0.8%", .exactly(-0.8), normalized: "percentage", kind: .percentage, change: .down),
        Expected("The Nikkei closed -0.8% on Friday.", text: "-0.8%", .exactly(-0.8), normalized: "percentage", kind: .percentage, change: .down),
        Expected("Retail sales were minus 1.2% on the year.", text: "minus 1.2%", .exactly(-1.2), normalized: "percentage", kind: .percentage, change: .down),
        Expected("Growth came in at (-0.3%) in the quarter.", text: "-0.3%", .exactly(-0.3), normalized: "percentage", kind: .percentage, change: .down),
        Expected("The account was -£40 overdrawn.", text: "-£40", .exactly(-40), normalized: "pound sterling", kind: .money),
        Expected("Pressure fell to minus 3 kilometres below the datum.", text: "minus 3 kilometres", .exactly(-3), normalized: "kilometre", kind: .measure),
    ])
    func signs(_ e: Expected) throws { try check(e) }

    @Test("A dash between numbers is no sign", arguments: ["It rose 5-10% in a year.", "The lens covers 75 -300mm."])
    func dashIsNoSign(_ input: String) {
        for q in extractor.extract(from: input).quantities {
            if case .exactly(let v) = q.value { #expect(v >= 0, "\(q.text) read as \(v)") }
        }
    }

    @Test("Ages, lists and bounds written loosely", arguments: [
        Expected("The 17 year-old striker scored on his debut.", text: "17 year-old", .exactly(17), normalized: "year of age", kind: .age),
        Expected("A 64-year-old man was arrested.", text: "64-year-old", .exactly(64), normalized: "year of age", kind: .age),
        Expected("The study followed adults aged over 60 for a decade.", text: "60", .exactly(60), normalized: "year of age", kind: .age, change: .moreThan),
        Expected("The plant makes sub-5 nanometre chips.", text: "sub-5 nanometre", .exactly(5), normalized: "nanometre", kind: .measure, change: .lessThan),
        Expected("Some 61 councillors gave their answers.", text: "61 councillors", .exactly(61), normalized: "councillor", kind: .count, change: .approximately),
        Expected("One in eight adults now smokes.", text: "One in eight", .exactly(0.125), normalized: nil, kind: .ratio),
        Expected("Two-fifths of the staff have left.", text: "Two-fifths", .exactly(0.4), normalized: nil, kind: .ratio),
    ])
    func looseForms(_ e: Expected) throws { try check(e) }

    @Test("A part counts what its whole counts: \"211 of the 400 seats\"", arguments: [
        ("The ruling party won 211 of the 400 seats.", "seat"),
        ("She scored 24 of her 31 points in the second half.", "point"),
        ("Rovers have won nine of their last 12 games.", "game"),
        ("Only 3 of the 20 kilometres were paved.", "kilometre"),
    ])
    func partitive(_ input: String, unit: String) {
        let q = extractor.extract(from: input).quantities
        #expect(q.count == 2, "found \(q.map(\.text))")
        #expect(q.first?.normalizedUnit == unit && q.last?.normalizedUnit == unit, "found \(q.map { $0.normalizedUnit ?? "-" })")
    }

    @Test("\"40, 50, 60,000 readers\" is three figures in thousands, each a count of readers")
    func listInThousands() {
        let q = extractor.extract(from: "I have 40, 50, 60,000 readers on a good day.").quantities
        #expect(q.map(\.value) == [.exactly(40_000), .exactly(50_000), .exactly(60_000)], "found \(q.map(\.text))")
        #expect(q.allSatisfy { $0.normalizedUnit == "reader" })
        #expect(q.map(\.text) == ["40", "50", "60,000 readers"])
    }

    @Test("Score lines, tallies and idioms are no figures", arguments: [
        "United won 2-0 at home on Saturday.",
        "The visitors took a 9-2 lead into the break.",
        "She won 6-3 6-4 in the final.",
        "He lost 2-3 after extra time.",
        "The committee voted 5-3 against the plan.",
        "The vote passed 9 to 2 after a long debate.",
        "The court ruled 6 to 3 in favour of the state.",
        "One thing is clear: the minister has lost control.",
        "Nine times out of ten the bus is late.",
        "One day, she said, the mine will close.",
        "At one point the crowd surged forward.",
        "It is one of the best schools in the county.",
        "The 9/11 attacks changed air travel for good.",
        "The pharmacy is open 24/7 for emergencies.",
        "She was the top 10 seed at the tournament.",
        "The 49ers beat the Rams in overtime.",
        "He is a two-time champion and a three-star general.",
        "He wore the No 7 shirt for a decade.",
    ])
    func noFigures(_ input: String) {
        let q = extractor.extract(from: input).quantities
        #expect(q.isEmpty, "found \(q.map(\.text))")
    }

    @Test("The same forms stay figures where they count", arguments: [
        ("The strike lasted one day.", 1.0),
        ("Children aged 5-11 can apply.", 5.0),
        ("The survey covered 3-5 schools.", 3.0),
        ("The ferry runs for one day a week in winter.", 1.0),
        ("Prices fell from 9 to 2 dollars.", 9.0),
        ("Builders fitted 3/4-inch pipes.", 0.75),
        ("The top 1% of earners pay more.", 1.0),
        ("The 150-seat chamber met on Monday.", 150.0),
    ])
    func stillFigures(_ input: String, low: Double) {
        let q = extractor.extract(from: input).quantities
        #expect(q.count == 1, "found \(q.map(\.text))")
        switch q.first?.value {
        case .exactly(let v)?: #expect(v == low)
        case .range(let l, _)?: #expect(l == low)
        case nil: break
        }
    }
}

/// Which way a figure moved, where the cue stands after it, around it or far before it.
@Suite("Change cues around the figure")
struct ChangeAroundTests {
    @Test("Directions written after, restated, through an average, or far before", arguments: [
        Expected("The airline carried 12% more passengers than a year ago.", text: "12%", .exactly(12), normalized: "percentage", kind: .percentage, change: .up),
        Expected("Ticket sales are 15% down on last season.", text: "15%", .exactly(15), normalized: "percentage", kind: .percentage, change: .down),
        Expected("Shoppers spent more online, a 9% increase on last year.", text: "9%", .exactly(9), normalized: "percentage", kind: .percentage, change: .up),
        Expected("The forest lost ground, a 22% fall from the year before.", text: "22%", .exactly(22), normalized: "percentage", kind: .percentage, change: .down),
        Expected("Wages rose by an average of 5.2% last year.", text: "5.2%", .exactly(5.2), normalized: "percentage", kind: .percentage, change: .up),
        Expected("Patients lost an average of 15% of their weight.", text: "15%", .exactly(15), normalized: "percentage", kind: .percentage, change: .down),
        Expected("The drug cut the risk of heart attack by 20%.", text: "20%", .exactly(20), normalized: "percentage", kind: .percentage, change: .down),
        Expected("Annual inflation edged up to 2.3% in October.", text: "2.3%", .exactly(2.3), normalized: "percentage", kind: .percentage),
        Expected("Memory prices could fall by as much as 15% next quarter.", text: "15%", .exactly(15), normalized: "percentage", kind: .percentage, change: .lessThan),
        Expected("The new map cuts the number of seats in Wales from 40 to 32.", text: "40 to 32", .range(low: 40, high: 32), normalized: nil, kind: .number, change: .down),
        Expected("Global spending is expected to top $200 billion next year.", text: "$200 billion", .exactly(2e11), normalized: "dollar", kind: .money, change: .moreThan),
        Expected("Babies born before 28 weeks need intensive care.", text: "28 weeks", .exactly(28), normalized: "week", kind: .duration, change: .lessThan),
        Expected("Schools will get an extra 340 teachers.", text: "340 teachers", .exactly(340), normalized: "teacher", kind: .count, change: .up),
        Expected("Emissions are forecast to triple by 2050.", text: "triple", .exactly(3), normalized: "count", kind: .multiple, change: .up),
    ])
    func directions(_ e: Expected) throws { try check(e) }

    @Test("Margins, spans, shares and money raised carry no direction", arguments: [
        Expected("The Dutch rider lost the yellow jersey by eight seconds.", text: "eight seconds", .exactly(8), normalized: "second", kind: .duration),
        Expected("The EU has pledged aid over four years.", text: "four years", .exactly(4), normalized: "year", kind: .duration),
        Expected("Wages are taking up 91% of revenue.", text: "91%", .exactly(91), normalized: "percentage", kind: .percentage),
        Expected("The start-up raised $150m from investors.", text: "$150m", .exactly(1.5e8), normalized: "dollar", kind: .money),
        Expected("The repairs cost $2 million more than planned.", text: "$2 million", .exactly(2e6), normalized: "dollar", kind: .money),
        Expected("He has lived there for over 20 years.", text: "20 years", .exactly(20), normalized: "year", kind: .duration, change: .moreThan),
    ])
    func noDirection(_ e: Expected) throws { try check(e) }

    @Test("A figure restated after \", or\" keeps the cue of the first")
    func restated() {
        let q = extractor.extract(from: "Brent crude rose $1.12, or 1.4%, to $82.40 a barrel.").quantities
        #expect(q.map(\.change) == [.up, .up, .exact], "found \(q.map { "\($0.text) \($0.change)" })")
    }
}

/// What a figure is about when its sentence names no owner for it.
@Suite("Concepts by fallback")
struct FallbackConceptTests {
    @Test("Counts, figures that follow another, and ages set off by commas", arguments: [
        ("Millions of voters will head to the polls.", 0, "voters"),
        ("Nearly 3 million Britons voted by post.", 0, "Britons"),
        ("Revenue was $7.4 billion, up from $6.1 billion a year earlier.", 1, "Revenue"),
        ("The senator, 71, said he would retire.", 0, "senator"),
        ("Quarterback Mensah, 28, completed the drive.", 0, "Quarterback Mensah"),
    ])
    func fallback(_ input: String, index: Int, concept: String) throws {
        let q = extractor.extract(from: input).quantities
        let figure = try #require(q.indices.contains(index) ? q[index] : nil, "found \(q.map(\.text))")
        #expect(figure.concept.joined(separator: " ") == concept)
    }

    @Test("A new sentence inherits nothing")
    func noInheritanceAcrossSentences() throws {
        let q = extractor.extract(from: "Revenue was $7.4 billion. Then 45 left.").quantities
        #expect(q.last?.concept.contains("Revenue") != true, "found \(q.map(\.concept))")
    }
}
