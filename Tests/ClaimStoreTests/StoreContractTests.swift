import ClaimAnalysis
import Foundation
import Testing

import ClaimModel
import ClaimStore

/// A way to make an empty store of one driver, for the contract every driver keeps.
struct StoreDriver: Sendable, CustomTestStringConvertible {
    var name: String
    var make: @Sendable () throws -> any DeskStore

    var testDescription: String { name }

    /// Every driver the contract runs against. A new driver joins here and passes the same suite.
    static let all: [StoreDriver] = [
        StoreDriver(name: "SQLite in memory") { try ClaimDatabase.inMemory() },
        StoreDriver(name: "SQLite file") {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-contract-\(UUID().uuidString).sqlite").path
            return try ClaimDatabase(path: path, access: .readWrite)
        },
    ]
}

/// What `DeskStore` promises, checked through the protocol alone: how articles are stored,
/// what a claim's status is, what a repeat is and what search finds. The rules are the
/// desk's, not a driver's, so every driver in `StoreDriver.all` must pass this suite.
@Suite struct StoreContractTests {
    private func add(_ text: String, to store: any DeskStore, source: String = "test.txt") throws -> AddResult {
        try store.add(source: source, text: text, analysis: ClaimAnalyzer().analyze(text), at: day)
    }

    private func firstClaim(of result: AddResult, in store: any DeskStore) throws -> StoredClaim {
        try #require(store.claims(ClaimFilter(articleId: result.article.id)).first)
    }

    @Test(arguments: StoreDriver.all)
    func anArticleIsStoredOnceWithItsClaimsAndFindableByIdOrSource(driver: StoreDriver) throws {
        let store = try driver.make()
        let first = try add(article, to: store)
        #expect(first.isNew)
        #expect(first.article.text == ClaimAnalyzer().analyze(article).document.text)
        let again = try add(article, to: store, source: "elsewhere.txt")
        #expect(!again.isNew && again.article.id == first.article.id)
        #expect(try store.articles().map(\.id) == [first.article.id])
        #expect(try store.article("\(first.article.id!)").id == first.article.id)
        #expect(try store.article("test.txt").id == first.article.id)
        #expect(throws: (any Error).self) { try store.article("nowhere.txt") }
        #expect(try store.storedArticle(withText: article)?.id == first.article.id)
        #expect(try store.storedArticle(withText: article + " ") == nil)
        let claims = try store.claims()
        #expect(claims.count == 3)
        #expect(claims.map(\.claim.worthiness) == claims.map(\.claim.worthiness).sorted(by: >), "most check-worthy first")
        #expect(try store.reviewQueue().map(\.claimId) == claims.map(\.id))
    }

    @Test(arguments: StoreDriver.all)
    func reviewsAreAHistoryAndTheNewestIsTheStatus(driver: StoreDriver) throws {
        let store = try driver.make()
        let result = try add(article, to: store)
        let claim = try firstClaim(of: result, in: store)
        #expect(claim.status == .unreviewed)
        try store.mark(claim: claim.id, ReviewInput(status: .inProgress, reviewer: "ana"), at: day)
        try store.mark(claim: claim.id, ReviewInput(status: .verified, reviewer: "ben", note: "matches"), at: day)
        let reviewed = try store.claim(id: claim.id)
        #expect(reviewed.reviews.map(\.status) == [.inProgress, .verified])
        #expect(reviewed.status == .verified && reviewed.latestReview?.note == "matches")
        #expect(try !store.openClaimIDs().contains(claim.id))
        #expect(try store.status().count(.verified) == 1)
        // The same review again is no new history; any difference is.
        let same = ReviewInput(status: .verified, reviewer: "ben", note: "matches")
        #expect(try !store.markOnce(claim: claim.id, same, at: day).isNew)
        #expect(try store.markOnce(claim: claim.id, ReviewInput(status: .disputed, reviewer: "ben"), at: day).isNew)
        #expect(try store.claim(id: claim.id).reviews.count == 3)
        #expect(throws: (any Error).self) { try store.mark(claim: 9999, same, at: day) }
        #expect(throws: (any Error).self) { try store.claim(id: 9999) }
    }

    /// A repeat is the same value and unit about the same concept (compared without case,
    /// beyond ASCII too) in an article added earlier, with the verdict it got there; without a
    /// concept, only the same sentence repeats. The same article never repeats itself.
    @Test(arguments: StoreDriver.all)
    func aRepeatIsTheSameFigureAboutTheSameThingInAnEarlierArticle(driver: StoreDriver) throws {
        let store = try driver.make()
        let first = try add(article, to: store)
        let earlier = try #require(store.claims(ClaimFilter(articleId: first.article.id)).first { $0.claim.sentence.contains("62%") })
        let second = try add("Freight pays for 62% of the Port’s costs, the Ledger said.", to: store)
        let later = try firstClaim(of: second, in: store)
        #expect(later.repeats.map(\.claimId) == [earlier.id])
        #expect(later.repeats.first?.figure == "62%")
        #expect(earlier.repeats.isEmpty, "only earlier articles")
        #expect(try store.repeats(of: later.id) == later.repeats)
        try store.mark(claim: earlier.id, ReviewInput(status: .false), at: day)
        #expect(try store.claim(id: later.id).settledRepeats.map(\.status) == [.false])

        for other in [
            "Freight pays for 62% of the city's costs, the Ledger said.",
            "Freight pays for 63% of the port's costs, the Ledger said.",
            "The port spent 62 tonnes of the port's costs.",
        ] {
            #expect(try firstClaim(of: add(other, to: store), in: store).repeats.isEmpty, "\(other)")
        }
        let twice = try add("Twice\n\nOkafor said 40% of residents oppose the plan.\n\nReyes said 40% of residents oppose the plan, too.", to: store)
        #expect(try store.claims(ClaimFilter(articleId: twice.article.id)).allSatisfy(\.repeats.isEmpty))
        let school = try add("The survey found 12% of the École staff.", to: store)
        let schoolAgain = try firstClaim(of: add("Officials said 12% of the école staff.", to: store), in: store)
        #expect(schoolAgain.repeats.map(\.articleId) == [school.article.id!])
        _ = try add("The harbour handled 1.2 million containers last year.", to: store)
        #expect(try firstClaim(of: add("Rotterdam handled 1.2 million containers in March.", to: store), in: store).repeats.isEmpty)
        #expect(try firstClaim(of: add("Digest\n\nThe Harbour handled 1.2 MILLION containers last year.", to: store), in: store).repeats.count == 1)
    }

    /// Search finds every word of the query, in any case and with or without accents, in a
    /// claim's sentence, speaker, outlet or figures (normalized units included), and filters
    /// by article, status, flag and speaker.
    @Test(arguments: StoreDriver.all)
    func searchFindsEveryWordInSentenceSpeakerOrFigures(driver: StoreDriver) throws {
        let store = try driver.make()
        let first = try add(article, to: store)
        _ = try add("Café report\n\nOkafor said the café sold 300 coffees.", to: store)
        #expect(try store.search("dredging").map(\.sentence) == ["Opponents said dredging would cost $ million more than planned."])
        #expect(try store.search("OKAFOR").count == 2, "a speaker's name")
        #expect(try store.search("dollar").map(\.sentence) == ["The council approved $48.5 million for the terminal."], "a normalized unit the sentence does not spell out")
        #expect(try store.search("cafe coffees").count == 1, "every word, accents folded")
        #expect(try store.search("cafe tolls").isEmpty)
        #expect(try store.search("dredg*").count == 1, "a prefix")
        #expect(try store.search("said", filter: ClaimFilter(articleId: first.article.id)).count == 2)
        #expect(try store.search("said", filter: ClaimFilter(flag: .missingFigure)).count == 1)
        #expect(try store.search("said", filter: ClaimFilter(speaker: "maria okafor")).count == 1)
        let hit = try #require(store.search("dredging").first)
        try store.mark(claim: hit.claimId, ReviewInput(status: .disputed), at: day)
        #expect(try store.search("said", filter: ClaimFilter(status: .disputed)).map(\.claimId) == [hit.claimId])
        #expect(try store.search("said", limit: 1).count == 1)
        #expect(throws: (any Error).self) { try store.search("%%") }
    }

    @Test(arguments: StoreDriver.all)
    func theSnapshotAndStatusAgreeWithTheListings(driver: StoreDriver) throws {
        let store = try driver.make()
        let first = try add(article, to: store)
        _ = try add("Freight pays for 62% of the Port's costs, the Ledger said.", to: store)
        let snapshot = try store.snapshot()
        #expect(snapshot.articles.count == 2)
        #expect(Set(snapshot.claims.map(\.id)) == Set(try store.claims().map(\.id)))
        #expect(try store.snapshot(articleId: first.article.id).claims.count == 3)
        let status = try store.status()
        #expect(status.articles == 2 && status.claims == 4 && status.openClaims == 4)
        #expect(status.count(.unreviewed) == 4)
        #expect(status.mostOpenArticles.first?.id == first.article.id)
    }

    /// Deleting an article leaves nothing of it and nothing else changed; reviews stop it
    /// unless forced, and then they are kept in the audit record.
    @Test(arguments: StoreDriver.all)
    func deletingAnArticleRemovesAllOfItAndKeepsItsReviewsWhenForced(driver: StoreDriver) throws {
        let store = try driver.make()
        let first = try add(article, to: store)
        let second = try add("Freight pays for 62% of the Port's costs, the Ledger said.", to: store, source: "ledger.txt")
        let firstClaims = try store.claims(ClaimFilter(articleId: first.article.id)).map(\.id)
        let secondBefore = try store.claims(ClaimFilter(articleId: second.article.id))
        #expect(secondBefore.first?.repeats.isEmpty == false)

        try store.mark(claim: firstClaims[0], ReviewInput(status: .verified, reviewer: "ana", note: "table 2"), at: day)
        try store.mark(claim: firstClaims[0], ReviewInput(status: .disputed, reviewer: "ben"), at: day)
        #expect(throws: DeletionRefused(article: first.article, reviews: 2)) {
            try store.deleteArticle(first.article.id!, force: false, at: day)
        }
        #expect(try store.claims().count == 4, "a refusal deletes nothing")
        #expect(try store.deletedReviews().isEmpty)

        let later = day.addingTimeInterval(3600)
        let deletion = try store.deleteArticle(first.article.id!, force: true, at: later)
        #expect(deletion == ArticleDeletion(article: first.article, claimsDeleted: 3, reviewsKept: 2))
        #expect(try store.articles().map(\.id) == [second.article.id])
        #expect(try store.claims().map(\.id) == secondBefore.map(\.id))
        for id in firstClaims {
            #expect(throws: (any Error).self) { try store.claim(id: id) }
        }
        #expect(try store.search("dredging").isEmpty && store.search("okafor").isEmpty, "no search rows left")
        #expect(try store.search("ledger").count == 1)
        #expect(try store.claims(ClaimFilter(articleId: second.article.id)).first?.repeats.isEmpty == true, "its figures repeat nothing now")
        #expect(try store.status().articles == 1 && store.status().claims == 1)
        #expect(throws: (any Error).self) { try store.article("test.txt") }

        let audit = try store.deletedReviews()
        #expect(audit.map(\.status) == ["verified", "disputed"])
        #expect(audit.map(\.reviewer) == ["ana", "ben"])
        #expect(audit.first?.note == "table 2")
        #expect(audit.allSatisfy { $0.articleId == first.article.id && $0.articleSource == "test.txt" && $0.deletedAt == later })
        #expect(audit.allSatisfy { $0.claimSentence.contains("62%") && $0.articleContentHash == first.article.contentHash })

        // An unreviewed article needs no force, and the same text can be added again.
        #expect(try store.deleteArticle(second.article.id!, force: false, at: later).reviewsKept == 0)
        #expect(try store.claims().isEmpty)
        #expect(try add(article, to: store).isNew)
        #expect(try store.deletedReviews().count == 2, "the audit outlives the articles")
        #expect(throws: (any Error).self) { try store.deleteArticle(9999, force: true, at: later) }
    }
}
