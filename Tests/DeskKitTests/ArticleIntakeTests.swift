import ClaimModel
import ClaimStore
import DeskKit
import Foundation
import Testing

/// Storing an article the way `check` and `add` do, against a store in memory.
@Suite struct ArticleIntakeTests {
    let day = Date(timeIntervalSince1970: 1_780_000_000)
    let text = "Port budget\n\nTreasurer Maria Okafor said freight pays for 62% of the port's costs in 2025."

    @Test func aNewTextIsAnalysedAndStoredOnceAnUnchangedOneIsNot() throws {
        let store = try ClaimDatabase.inMemory()
        let first = try ArticleIntake.store(text, from: "a.txt", in: store, at: day)
        #expect(first.isNew && first.claimsAdded == 1)
        #expect(first.article.addedAt == day)
        let again = try ArticleIntake.store(text, from: "b.txt", in: store, at: day.addingTimeInterval(60))
        #expect(!again.isNew && again.claimsAdded == nil)
        #expect(again.article.id == first.article.id && again.article.source == "a.txt")
        guard case .stored(let stored) = try ArticleIntake.prepare(HashedText(text), from: "c.txt", in: store) else {
            Issue.record("an unchanged text is not analysed again")
            return
        }
        #expect(stored.id == first.article.id)
        guard case .new(let article) = try ArticleIntake.prepare(HashedText(text + " It rose 5%."), from: "c.txt", in: store) else {
            Issue.record("an edited text is new")
            return
        }
        #expect(article.source == "c.txt" && article.analysis.claims.count == 2)
    }
}
