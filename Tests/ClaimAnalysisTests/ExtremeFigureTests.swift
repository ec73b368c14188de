@testable import ClaimAnalysis
import Quantities
import Testing

/// The consistency checks on figures at the edges of `Double` (issue 16): "from 1e15 to 2e15
/// down 1" and "It tripled from 1e15 to 2e15." trapped in the arithmetic's formatting, and
/// sums, differences and ratios past 1.8e308 printed "inf" into a reviewer's flag.
@Suite("Extreme figures in the consistency checks")
struct ExtremeFigureTests {
    private func inconsistencies(_ text: String) -> [Flag] {
        analyzer.analyze(text).claims.flatMap(\.flags).filter { $0.kind == .inconsistent }
    }

    @Test("A direction against endpoints past Int64's range, with exact digits")
    func directionAgainstHugeEndpoints() throws {
        let flags = inconsistencies("Output went from 1e15 to 2e15 tonnes, down 1 tonne.")
        let flag = try #require(flags.first, "no flag")
        #expect(flags.count == 1)
        #expect(flag.details == "from 1,000,000,000,000,000 to 2,000,000,000,000,000 is up 1,000,000,000,000,000; stated: down 1 tonne")
    }

    @Test("A multiple against endpoints past Int64's range")
    func multipleOfHugeEndpoints() throws {
        let flags = inconsistencies("It tripled from 1e15 to 2e15.")
        let flag = try #require(flags.first, "no flag")
        #expect(flag.details == "2,000,000,000,000,000 / 1,000,000,000,000,000 = 2; \"tripled\" means × 3")
        #expect(inconsistencies("It doubled from 1e15 to 2e15.").isEmpty)
    }

    @Test("Figures of 2,300 trillion and 1.7976931348623157e308 are checked like small ones")
    func hugeButFinite() throws {
        let change = try #require(inconsistencies("Spending rose from 2,300 trillion rials to 2,400 trillion rials, up 200 trillion rials.").first)
        #expect(change.details == "2,400,000,000,000,000 − 2,300,000,000,000,000 = 100,000,000,000,000 rials; stated: 200 trillion rials")
        let top = try #require(inconsistencies("It doubled from 1e308 to 1.7976931348623157e308 metres.").first)
        #expect(top.details == "1.7977e308 / 1e308 = 1.7977; \"doubled\" means × 2")
    }

    /// Arithmetic that leaves Double's range has no number to show: such a check raises
    /// nothing rather than a flag that reads "inf".
    @Test("Sums, differences and ratios past the largest Double raise no flag", arguments: [
        "It doubled from 1e-300 to 1e300 tonnes.",
        "Output rose 12% from 1e-300 tonnes to 1e300 tonnes.",
        "A total of 5 jobs: 1.7e308 in construction and 1.7e308 in operations.",
    ])
    func pastTheLargestDouble(_ text: String) {
        for flag in analyzer.analyze(text).claims.flatMap(\.flags) {
            for words in [flag.message, flag.details ?? ""] {
                #expect(!words.contains("inf") && !words.contains("nan"), "\(flag.kind): \(words)")
            }
        }
        #expect(inconsistencies(text).isEmpty, "\(inconsistencies(text).map(\.details))")
    }

    @Test("Tiny figures show their value, not zero")
    func tinyFigures() throws {
        let flag = try #require(inconsistencies("It doubled from 1e-300 to 5e-300 grams.").first)
        #expect(flag.details == "5e-300 / 1e-300 = 5; \"doubled\" means × 2")
    }

    @Test("Every flag on extreme figures reads without inf or nan", arguments: [
        "from 1e15 to 2e15 down 1",
        "It tripled from 1e15 to 2e15.",
        "Spending hit 2,300 trillion rials in 2024, up 9.2e14 rials.",
        "In the 2024 poll, 1e-300% of voters backed it and 99.9999% of voters opposed it.",
        "A total of 1.7976931348623157e308 jobs: 1e308 in construction and 1e308 in operations.",
        "For the first time in 1e308 years, since 1990, in 2024.",
        "The debt of 1.7976931348623157e308 dollars fell to 1e-300 dollars, down 50%.",
        "Turnout went from 0.00001% to 0.00002%, up 100%.",
    ])
    func readable(_ text: String) {
        for flag in analyzer.analyze(text).claims.flatMap(\.flags) {
            for words in [flag.message, flag.details ?? ""] {
                #expect(!words.contains("inf") && !words.contains("nan"), "\(flag.kind): \(words)")
            }
        }
    }

    /// "0.000…1e600" is 1e279 written with 321 decimals: its tolerance must not come out as
    /// 10^-321 (zero) times 10^600 (infinity), which is nan and silences every check.
    @Test("The tolerance of a figure with hundreds of decimals is a number")
    func toleranceOfLongDecimals() throws {
        let text = "The index rose from 0.\(String(repeating: "0", count: 320))1e600 to 3e279 points, up 5e279 points."
        let claim = try onlyClaim(text)
        // "from A to B" is one range figure (CQE's convention); its two ends are checked as figures.
        #expect(claim.figures.count == 2)
        let ends = try #require(claim.figures.first?.rangeEnds, "the range has no ends")
        for figure in [ends.from, ends.to] + claim.figures.dropFirst() {
            #expect(figure.tolerance.isFinite, "\(figure.quantity.text.prefix(12))…")
        }
        let flag = try #require(claim.flags.first { $0.kind == .inconsistent }, "no flag")
        #expect(flag.details == "3e279 − 1e279 = 2e279 points; stated: 5e279 points")
    }
}
