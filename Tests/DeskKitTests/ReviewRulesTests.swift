import ClaimAnalysis
import ClaimModel
import Foundation
import Testing

/// When a verdict overrides another reviewer's (`StoredClaim.verdictOverridden`).
@Suite struct ReviewRulesTests {
    func claim(_ reviews: [(ReviewStatus, String?)]) -> StoredClaim {
        let record = ClaimRecord(
            id: 1, articleId: 1, position: 0, paragraph: 0, sentenceIndex: 0, sentence: "Up 5%.", spanStart: 0, spanEnd: 6,
            kind: .statistic, speaker: nil, outlet: nil, hedge: nil, worthiness: 50)
        return StoredClaim(
            claim: record, quantities: [], flags: [],
            reviews: reviews.enumerated().map { k, r in
                ReviewRecord(id: Int64(k + 1), claimId: 1, status: r.0, reviewer: r.1, createdAt: Date(timeIntervalSince1970: 0))
            })
    }

    @Test func onlyAnotherReviewersDifferentVerdictIsOverridden() {
        #expect(claim([]).verdictOverridden(by: "ben", with: .verified) == nil, "no verdict yet")
        #expect(claim([(.inProgress, "ana")]).verdictOverridden(by: "ben", with: .verified) == nil, "in progress is no verdict")
        #expect(claim([(.disputed, "ana")]).verdictOverridden(by: "ben", with: .verified)?.reviewer == "ana")
        #expect(claim([(.disputed, nil)]).verdictOverridden(by: "ben", with: .verified)?.status == .disputed, "an unnamed verdict")
        #expect(claim([(.disputed, "ana")]).verdictOverridden(by: "ana", with: .verified) == nil, "one's own mind")
        #expect(claim([(.verified, "ana")]).verdictOverridden(by: "ben", with: .verified) == nil, "agreement")
        #expect(claim([(.verified, "ana")]).verdictOverridden(by: "ben", with: .inProgress) == nil, "a note is no verdict")
        #expect(claim([(.verified, "ana"), (.inProgress, "ben")]).verdictOverridden(by: "ben", with: .false) == nil, "reopened")
    }
}
