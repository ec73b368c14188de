import ClaimAnalysis
import Testing

/// One flag rule, a sentence that raises it and one that does not.
struct FlagCase: Sendable, CustomTestStringConvertible {
    var kind: FlagKind
    var raises: String
    var clears: String
    var testDescription: String { kind.rawValue }
}

@Suite("Flags")
struct FlagTests {
    static let cases: [FlagCase] = [
        FlagCase(
            kind: .missingFigure,
            raises: "China is supplying % of machine tools in 2023, Jane Doe said.",
            clears: "China is supplying 40% of machine tools in 2023, Jane Doe said."),
        FlagCase(
            kind: .vagueQuantity,
            raises: "Thousands of people protested in Kyiv on Monday, Reuters reported.",
            clears: "About 5,000 people protested in Kyiv on Monday, Reuters reported."),
        FlagCase(
            kind: .noSource,
            raises: "Unemployment in the region rose to 5.2% in 2023.",
            clears: "Unemployment in the region rose to 5.2% in 2023, Jane Doe said."),
        FlagCase(
            kind: .noTimeFrame,
            raises: "Jane Doe said 40% of voters backed the plan.",
            clears: "Jane Doe said 40% of voters backed the plan in 2023."),
        FlagCase(
            kind: .noBase,
            raises: "Jane Doe said 40% backed the plan in 2023.",
            clears: "Jane Doe said 40% of voters backed the plan in 2023."),
        FlagCase(
            kind: .noBaseline,
            raises: "Sales rose 5%, Jane Doe said.",
            clears: "Sales rose 5% from 2022, Jane Doe said."),
        FlagCase(
            kind: .approximate,
            raises: "About 5,000 people protested in 2023, Jane Doe said.",
            clears: "Exactly 5,000 people protested in 2023, Jane Doe said."),
        FlagCase(
            kind: .superlative,
            raises: "It was the largest protest ever, with 5,000 people in 2023, Jane Doe said.",
            clears: "It was a protest with 5,000 people in 2023, Jane Doe said."),
    ]

    @Test("Each rule raises its flag on one sentence and not on the other", arguments: cases)
    func rule(_ c: FlagCase) throws {
        let raised = try onlyClaim(c.raises)
        #expect(raised.flags.contains { $0.kind == c.kind }, "flags: \(raised.flags.map(\.kind.rawValue))")
        let cleared = try onlyClaim(c.clears)
        #expect(!cleared.flags.contains { $0.kind == c.kind }, "flags: \(cleared.flags.map(\.kind.rawValue))")
    }

    @Test("The missing-figure flag explains the hole")
    func missingFigureMessage() throws {
        let claim = try onlyClaim("The project will cost $ million to finish in 2025, Jane Doe said.")
        let flag = try #require(claim.flags.first { $0.kind == .missingFigure })
        #expect(flag.message.lowercased().contains("currency sign with no amount"))
        #expect(flag.text.hasPrefix("$"))
        #expect(claim.kind == .money)
        #expect(claim.quantities.isEmpty)
    }

    @Test("A sentence with only a vague amount still becomes a claim; one with nothing does not")
    func vagueOnlyClaims() {
        #expect(claims("Thousands of people protested in Kyiv.").count == 1)
        #expect(claims("Many people protested in Kyiv.").isEmpty)
        #expect(claims("People protested in Kyiv.").isEmpty)
    }

    @Test("A record claim is not asked for a time frame")
    func recordHasTimeFrame() throws {
        let claim = try onlyClaim("Putin visited North Korea for the first time in 24 years.")
        #expect(claim.kind == .record)
        #expect(!claim.flags.contains { $0.kind == .noTimeFrame })
    }

    @Test("Flag kinds keep their stored names and order")
    func flagNames() {
        #expect(FlagKind.missingFigure.rawValue == "missing-figure")
        #expect(FlagKind(rawValue: "no-time-frame") == .noTimeFrame)
        #expect(FlagKind.missingFigure < FlagKind.superlative)
        #expect(FlagKind.approximate.isNote && FlagKind.superlative.isNote && !FlagKind.noSource.isNote)
    }

    @Test("Claim kinds follow the figures", arguments: [
        ("Jane Doe said 40% of voters backed the plan in 2023.", ClaimKind.statistic),
        ("Jane Doe said the bridge cost $5 million in 2023.", .money),
        ("Jane Doe said 13,000 workers lost jobs in 2023.", .count),
        ("Jane Doe said sales rose 5% from 2022.", .trend),
        ("Jane Doe said one in five adults smoked in 2023.", .ratio),
        ("Jane Doe said winds reached 87 mph on Monday.", .measure),
        ("Jane Doe said it was the largest protest, with 5,000 people in 2023.", .comparison),
    ])
    func kinds(_ text: String, _ kind: ClaimKind) throws {
        #expect(try onlyClaim(text).kind == kind)
    }

    @Test("Worthiness ranks an attributed, exact claim above an unattributed, approximate one")
    func worthiness() throws {
        let analysis = ClaimAnalyzer().analyze("About 500 people came. Jane Doe said sales rose 5% from 2022, as Reuters writes.")
        #expect(analysis.claims.count == 2)
        let top = try #require(analysis.byWorthiness.first)
        #expect(top.attribution.speaker == "Jane Doe")
        #expect(analysis.claims.allSatisfy { (0...100).contains($0.worthiness) })
        #expect(analysis.claims[1].worthiness > analysis.claims[0].worthiness)
    }
}
