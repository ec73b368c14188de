@testable import ClaimAnalysis
import Quantities
import Testing

/// A one-claim sentence and the kind it must get.
struct KindCase: CustomTestStringConvertible, Sendable {
    var sentence: String
    var kind: ClaimKind
    var testDescription: String { "\(kind.rawValue): \(sentence)" }

    init(_ sentence: String, _ kind: ClaimKind) {
        self.sentence = sentence
        self.kind = kind
    }
}

@Suite("Claim kinds")
struct ClaimKindTests {
    @Test("Records: a claim against the whole history", arguments: [
        KindCase("Putin visited North Korea for the first time in 24 years.", .record),
        KindCase("Inflation reached 9.1%, the highest since 1981.", .record),
        KindCase("Unemployment hit 7%, the lowest level since 2008.", .record),
        KindCase("The index closed at 4,800 points, a record high.", .record),
        KindCase("The yen fell to 160 per dollar, an all-time low.", .record),
        KindCase("For the first time since 2019, the city hired 300 teachers.", .record),
        KindCase("Never before had 2 million people voted early.", .record),
        KindCase("Some 40,000 homes were sold in March, the most since 2007.", .record),
        KindCase("The council approved a budget of $48.5 million, the largest in its history.", .record),
        KindCase("It was the hottest year on record, with 45 days above 35C.", .record),
        KindCase("Rents are higher than ever, at $2,100 a month in 2024.", .record),
        KindCase("Deaths fell to 120 in 2023, the lowest in 20 years.", .record),
        KindCase("A record-breaking 5,000 runners finished in 2024.", .record),
    ])
    func records(_ c: KindCase) throws {
        #expect(try onlyClaim(c.sentence).kind == c.kind)
    }

    @Test("Comparisons and rankings", arguments: [
        KindCase("China bought more than any other country, 40% of the total in 2023.", .comparison),
        KindCase("Ukraine is the second-largest grain exporter, with 40 million tonnes in 2023.", .comparison),
        KindCase("Poland became the third-biggest buyer, spending $2 billion in 2023.", .comparison),
        KindCase("The port ranked third in Europe, handling 1.2 million containers in 2023.", .comparison),
        KindCase("It is the fastest-growing city, with 500,000 residents in 2023.", .comparison),
        KindCase("Unemployment of 6% in Spain is higher than in France.", .comparison),
        KindCase("The 5% rate in 2023 compared with 3% in Germany and 4% in France.", .comparison),
        KindCase("Exports of $5 billion outpaced imports in 2023.", .comparison),
        KindCase("India, with 1.4 billion people in 2023, is ahead of China.", .comparison),
        KindCase("At $900 billion in 2023, China's spending was behind only America's.", .comparison),
        KindCase("In 2023 China sold twice as many cars as Japan, 30 million in all.", .comparison),
        KindCase("Saudi Arabia pumped 9 million barrels a day in 2023, second only to America.", .comparison),
        KindCase("Jane Doe said it was the largest protest, with 5,000 people in 2023.", .comparison),
    ])
    func comparisons(_ c: KindCase) throws {
        #expect(try onlyClaim(c.sentence).kind == c.kind)
    }

    @Test("Trends: a figure that moved", arguments: [
        KindCase("Jane Doe said sales rose 5% from 2022.", .trend),
        KindCase("Sales doubled in 2023.", .trend),
        KindCase("Exports fell by a third last year, to $5 billion.", .trend),
        KindCase("Inflation was 5% in May, up from 3% a year earlier.", .trend),
        KindCase("Unemployment was 5% in May, compared with 6% a year earlier.", .trend),
        KindCase("Prices in 2024 were 7% higher than in 2019.", .trend),
        KindCase("The deficit grew to $1.7 trillion in 2023.", .trend),
        KindCase("The price of bread increased by 12% last year.", .trend),
        KindCase("Output more than doubled in 2023.", .trend),
    ])
    func trends(_ c: KindCase) throws {
        #expect(try onlyClaim(c.sentence).kind == c.kind)
    }

    @Test("Statistics: shares and rates", arguments: [
        KindCase("China supplies 90% of microelectronics that Moscow imports, Blinken said in 2024.", .statistic),
        KindCase("Jane Doe said 40% of voters backed the plan in 2023.", .statistic),
        // A fraction of a whole is a share, checked like a percentage (see ClaimClassifier).
        KindCase("Two-thirds of voters backed the plan in 2023.", .statistic),
        KindCase("Roughly half of the city's residents live near the docks.", .statistic),
        KindCase("A third of firms raised prices in 2023.", .statistic),
        KindCase("The unemployment rate was 4.2 percent in May.", .statistic),
    ])
    func statistics(_ c: KindCase) throws {
        #expect(try onlyClaim(c.sentence).kind == c.kind)
    }

    @Test("Ratios: one thing per another", arguments: [
        KindCase("Jane Doe said one in five adults smoked in 2023.", .ratio),
        KindCase("The ratio of applicants to places was 3:1 in 2023.", .ratio),
        KindCase("One in four children lived in poverty in 2022.", .ratio),
        KindCase("Roughly one in ten voters stayed home in 2024.", .ratio),
    ])
    func ratios(_ c: KindCase) throws {
        #expect(try onlyClaim(c.sentence).kind == c.kind)
    }

    @Test("Money, counts and measures", arguments: [
        KindCase("Jane Doe said the bridge cost $5 million in 2023.", .money),
        KindCase("The city paid €2.4bn for the stadium in 2022.", .money),
        KindCase("The deal was worth £300 million, officials said on Monday.", .money),
        KindCase("Jane Doe said 13,000 workers lost jobs in 2023.", .count),
        KindCase("More than 500 people attended the rally on Sunday.", .count),
        KindCase("At least 1,200 homes were damaged in 2023.", .count),
        KindCase("Jane Doe said winds reached 87 mph on Monday.", .measure),
        KindCase("The wall is 40 km long and was built in 1962.", .measure),
        KindCase("The senator, 72 years old, said nothing on Monday.", .measure),
    ])
    func plainFigures(_ c: KindCase) throws {
        #expect(try onlyClaim(c.sentence).kind == c.kind)
    }

    @Test("Not comparisons: approximations, forecasts, events, \"at least\"", arguments: [
        KindCase("Fewer than 300 people came to the meeting on Monday.", .count),
        KindCase("The repairs cost $2 million more than planned in 2023.", .money),
        KindCase("Ahead of the election, 60% of voters were undecided.", .statistic),
        KindCase("At least 40% of the harvest was lost in 2023.", .statistic),
        KindCase("Most of the 500 jobs created since 2020 were in services.", .count),
        // "20 profitable years" is a span of years (the unit wins over the adjective): a
        // measure, and no record for all the "track record".
        KindCase("The firm kept a track record of 20 profitable years.", .measure),
    ])
    func notComparisons(_ c: KindCase) throws {
        #expect(try onlyClaim(c.sentence).kind == c.kind)
    }

    @Test("Precedence: record > comparison > trend > the figure's own kind", arguments: [
        // record beats trend
        KindCase("Prices rose 5%, the highest since 1990.", .record),
        // record beats comparison
        KindCase("It was the second-highest total since 1990, at 5 million.", .record),
        // record beats the figure (money)
        KindCase("The city approved a record $48.5 million budget on Tuesday.", .record),
        // comparison beats trend
        KindCase("Sales rose 5% in 2023, outpacing rivals.", .comparison),
        KindCase("Exports grew 8% in 2023, the fastest-growing sector.", .comparison),
        // trend beats the figure (statistic, money)
        KindCase("The share of renters rose to 40% in 2023.", .trend),
        KindCase("The budget climbed to $3 billion in 2023.", .trend),
        // ratio or statistic by the first figure
        KindCase("One in five adults, or 20% of voters, smoked in 2023.", .ratio),
    ])
    func precedence(_ c: KindCase) throws {
        #expect(try onlyClaim(c.sentence).kind == c.kind)
    }

    @Test("Only a hole: the sign left decides the kind")
    func holes() throws {
        #expect(try onlyClaim("The project will cost $ million to finish in 2025, Jane Doe said.").kind == .money)
        #expect(try onlyClaim("Thousands of people protested in Kyiv.").kind == .count)
    }

    @Test("The classifier directly, for phrases the figure reader does not count")
    func direct() {
        // "a third" after "by" and "twice as many" carry no figure of their own; the words decide.
        let none = Extraction()
        #expect(ClaimClassifier.kind(of: none, words: Word.split("Exports fell by a third.")) == .trend)
        #expect(ClaimClassifier.kind(of: none, words: Word.split("China sold twice as many cars as Japan.")) == .comparison)
        #expect(ClaimClassifier.kind(of: none, words: Word.split("Never before had so many voted.")) == .record)
        #expect(ClaimClassifier.kind(of: none, words: Word.split("Thousands of people protested.")) == .count)
    }
}
