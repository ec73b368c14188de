import ClaimAnalysis
import ClaimModel
import ClaimStore
import DeskKit
import Foundation
import Testing

/// The review rules, against a store in memory: what each answer records.
@Suite struct ReviewWorkflowTests {
    let day = Date(timeIntervalSince1970: 1_780_000_000)
    let text = """
        Port budget

        Treasurer Maria Okafor said freight pays for 62% of the port's costs in 2025.

        The council approved $48.5 million for the terminal.
        """

    func store() throws -> ClaimDatabase {
        let store = try ClaimDatabase.inMemory()
        _ = try store.add(source: "a.txt", text: text, analysis: ClaimAnalyzer().analyze(text), at: day)
        return store
    }

    @Test func notesAndEvidenceAreSavedAtOnceAndGoWithTheVerdict() throws {
        let store = try store()
        var workflow = ReviewWorkflow(store: store, reviewer: "ana", now: { day })
        let id = try #require(workflow.queue(articleId: nil).open.first)
        #expect(try !workflow.note("   ", on: id), "a blank note saves nothing")
        #expect(try store.claim(id: id).reviews.isEmpty)
        #expect(try workflow.note("checked the budget", on: id))
        #expect(try workflow.note("and the minutes", on: id))
        #expect(try workflow.evidence(url: "javascript:alert(1)", quote: nil, on: id) == .refused("evidence must be an http or https URL, got 'javascript:alert(1)'"))
        #expect(try workflow.evidence(url: " ", quote: "x", on: id) == .nothing)
        #expect(try workflow.evidence(url: "https://example.org/budget", quote: "  ", on: id) == .saved)
        #expect(workflow.hasPending(id))
        #expect(try store.claim(id: id).reviews.map(\.status) == [.inProgress, .inProgress, .inProgress])
        #expect(try store.claim(id: id).status.isOpen, "notes keep the claim open")

        let saved = try workflow.verdict(.verified, on: id)
        #expect(saved == ReviewWorkflow.SavedVerdict(status: .verified, withNote: true, withEvidence: true))
        let verdict = try #require(store.claim(id: id).latestReview)
        #expect(verdict.status == .verified && verdict.reviewer == "ana")
        #expect(verdict.note == "checked the budget; and the minutes")
        #expect(verdict.evidenceURL == "https://example.org/budget" && verdict.evidenceQuote == nil)
        #expect(!workflow.hasPending(id))
        // The next verdict on another claim carries nothing of this one's.
        let other = try #require(workflow.queue(articleId: nil).open.first)
        #expect(try workflow.verdict(.disputed, on: other) == ReviewWorkflow.SavedVerdict(status: .disputed, withNote: false, withEvidence: false))
    }

    @Test func aResumedQueueCountsTheSettledAndPassesOverClaimsSettledMeanwhile() throws {
        let store = try store()
        let workflow = ReviewWorkflow(store: store, reviewer: "ana", now: { day })
        let queue = try workflow.queue(articleId: nil)
        #expect(queue.open.count == 2 && queue.settled == 0)
        #expect(queue.position[queue.all[1].claimId] == 2)
        // Someone else marks the first claim while this session shows the queue.
        try store.mark(claim: queue.open[0], ReviewInput(status: .false, reviewer: "ben"), at: day)
        guard case .settledMeanwhile(let status) = try workflow.visit(queue.open[0]) else {
            Issue.record("a claim settled elsewhere is passed over")
            return
        }
        #expect(status == .false)
        guard case .open = try workflow.visit(queue.open[1]) else {
            Issue.record("an open claim is shown")
            return
        }
        #expect(try workflow.queue(articleId: nil).settled == 1)
    }
}
