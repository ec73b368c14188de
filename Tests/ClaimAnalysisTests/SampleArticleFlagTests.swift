import ClaimAnalysis
import Foundation
import Testing

/// `Claims/jobs-report.txt`, the sample article written to show every fault flag once where
/// a careful reviewer would raise it, beside sourced, dated and complete figures that must
/// raise nothing.
@Suite("Sample article flags")
struct SampleArticleFlagTests {
    /// The fault flags (notes left out) each claim must carry, by the start of its sentence.
    static let expected: [String: Set<FlagKind>] = [
        "Unemployment in the region rose": [],
        "The number of people claiming": [.inconsistent],
        "Dozens of small engineering firms": [.vagueQuantity],
        "Average weekly wages": [.noSource, .noTimeFrame, .noBaseline],
        "Factory output in Westmarch has dropped": [.noSource, .noTimeFrame, .noBaseline],
        "Some 38% expected": [.noBase],
        "Of the 1,200 members": [],
        "The chamber estimates": [.missingFigure],
        "\"We have lost 2,300 jobs": [],
        "She said the council's retraining fund": [],
        "The mayor, Tom Whitlock": [],
    ]

    @Test("Each flag is raised on its sentence and nowhere else")
    func flagsWhereAReviewerWouldRaiseThem() throws {
        let url = Seed.packageRoot.appendingPathComponent("Claims/jobs-report.txt")
        let claims = ClaimAnalyzer().analyze(try String(contentsOf: url, encoding: .utf8)).claims
        #expect(claims.count == Self.expected.count, "\(claims.map(\.sentence))")
        for claim in claims {
            let key = try #require(Self.expected.keys.first { claim.sentence.hasPrefix($0) }, "unexpected claim: \(claim.sentence)")
            let faults = Set(claim.flags.map(\.kind).filter { !$0.isNote })
            #expect(faults == Self.expected[key], "\(claim.sentence)")
        }
    }
}
