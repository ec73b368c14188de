import ClaimAnalysis
import Testing

/// Each consistency check on an article where the arithmetic holds and on one where it
/// does not; the flag must carry the arithmetic for the reviewer.
@Suite("Consistency checks")
struct ConsistencyTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var consistent: String
        var inconsistent: String
        /// Words the arithmetic of the flag must show.
        var arithmetic: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "endpoints and an amount",
            consistent: "The new line runs from 252 to 287 miles, up 35 miles on the old plan.",
            inconsistent: "The new line runs from 252 to 287 miles, up 40 miles on the old plan.",
            arithmetic: ["287 − 252 = 35", "40 miles"]),
        Case(
            name: "endpoints and a percentage, within rounding",
            consistent: "Revenue rose 12% to $4.3 billion from $3.8 billion, the company said.",
            inconsistent: "Revenue rose 20% to $4.3 billion from $3.8 billion, the company said.",
            arithmetic: ["(4,300,000,000 − 3,800,000,000) / 3,800,000,000", "13.2%", "20%"]),
        Case(
            name: "a direction against the endpoints",
            consistent: "Turnout fell to 61% from 67% in 2019, down 6 percentage points.",
            inconsistent: "Turnout rose to 61% from 67% in 2019, up 6 percentage points.",
            arithmetic: ["from 67 to 61 is down 6"]),
        Case(
            name: "doubled against the figures",
            consistent: "Ridership doubled from 400 to 800 passengers a day last year.",
            inconsistent: "Ridership doubled from 400 to 900 passengers a day last year.",
            arithmetic: ["900 / 400 = 2.25", "× 2"]),
        Case(
            name: "shares of one whole",
            consistent: "In the 2024 poll, 45% of voters backed the plan, 40% of voters opposed it and 15% were undecided.",
            inconsistent: "In the 2024 poll, 62% of voters backed the plan and 45% of voters opposed it.",
            arithmetic: ["62% + 45% = 107% > 100%"]),
        Case(
            name: "a total and its parts",
            consistent: "By 2028 the terminal will create a total of 1,300 jobs: 800 in construction and 500 in operations.",
            inconsistent: "By 2028 the terminal will create a total of 1,300 jobs: 800 in construction and 600 in operations.",
            arithmetic: ["800 + 600 = 1,400", "1,300 jobs"]),
        Case(
            name: "years elapsed against the years named",
            consistent: "Budget vote, June 2024\n\nThe council backed an expansion for the first time in 34 years, since 1990.",
            inconsistent: "Budget vote, June 2024\n\nThe council backed an expansion for the first time in 24 years, since 1990.",
            arithmetic: ["2024", "1990 = 34 years", "24 years"]),
        Case(
            name: "years ago against the years named",
            consistent: "Port report, 2024\n\nThe old pier closed 30 years ago, in 1994, after a storm.",
            inconsistent: "Port report, 2024\n\nThe old pier closed 20 years ago, in 1994, after a storm.",
            arithmetic: ["2024", "1994 = 30 years", "20 years"]),
    ]

    private func inconsistencies(_ text: String) -> [Flag] {
        ClaimAnalyzer().analyze(text).claims.flatMap(\.flags).filter { $0.kind == .inconsistent }
    }

    @Test("Consistent figures raise no flag", arguments: cases)
    func consistent(_ c: Case) {
        #expect(inconsistencies(c.consistent).isEmpty, "\(inconsistencies(c.consistent).map(\.message))")
    }

    @Test("Inconsistent figures raise one flag with the arithmetic", arguments: cases)
    func inconsistent(_ c: Case) throws {
        let flags = inconsistencies(c.inconsistent)
        #expect(flags.count == 1, "\(flags.map(\.message))")
        let flag = try #require(flags.first)
        let details = try #require(flag.details)
        for part in c.arithmetic {
            #expect(details.contains(part) || flag.message.contains(part), "\"\(part)\" missing from \(details) / \(flag.message)")
        }
        #expect(c.inconsistent.contains(flag.text), "flag text \"\(flag.text)\" is not words of the sentence")
    }

    @Test("Shares that add up to the whole, and a subset of a total, raise nothing", arguments: [
        "Of the 1,300 jobs in total, 800 are in construction, the council said in 2024.",
        "The survey of 2024 found 52% of adults drink coffee daily and 48% of adults do not.",
        "Unemployment was 5% and inflation 3% in March 2024, the office said.",
    ])
    func noFalseAlarms(_ text: String) {
        #expect(inconsistencies(text).isEmpty, "\(inconsistencies(text).map(\.message))")
    }
}
