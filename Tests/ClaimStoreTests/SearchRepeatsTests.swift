import ClaimAnalysis
import Foundation
import GRDB
import Testing

import ClaimModel
@testable import ClaimStore

/// Two paragraphs about the same port, one long and one short, so ranking and snippets show.
private let harbour = """
    Harbour report

    Freight volumes rose 5% as freight rates fell 3%.

    The council said the harbour, the docks, the marina, the ferry terminal and the old fish market together employ 400 people, and freight is one of them.

    Okafor said the café «Le Port» sold 300 coffees.

    According to her, tolls bring in $2 million a year.
    """

private func hit(_ hits: [SearchHit], containing text: String) throws -> SearchHit {
    try #require(hits.first { $0.sentence.contains(text) }, "no hit whose sentence contains '\(text)'")
}

@Suite struct SearchTests {
    @Test func findsSentencesSpeakersAndFigures() throws {
        let (db, _) = try stored()
        #expect(try db.search("dredging").map(\.sentence) == ["Opponents said dredging would cost $ million more than planned."])
        // A speaker's name, and a figure's normalized unit, which the sentence does not spell out.
        #expect(try db.search("okafor").count == 1)
        let dollars = try db.search("dollar")
        #expect(dollars.count == 1)
        #expect(dollars[0].sentence.contains("$48.5 million"))
        #expect(dollars[0].snippet.hasSuffix("[figures: $48.5 million «dollar» council]"))
        #expect(try db.search("nothing-like-this").isEmpty)
    }

    @Test func everyWordMustOccurInAnyCaseWithOrWithoutAccents() throws {
        let (db, _) = try stored(harbour)
        #expect(try db.search("FREIGHT rates").count == 1)
        #expect(try db.search("freight").count == 2)
        let cafe = try db.search("cafe")
        #expect(cafe.count == 1)
        #expect(cafe[0].snippet.contains("«café»"))
    }

    @Test func prefixesAndQuotedPhrases() throws {
        let (db, _) = try stored(harbour)
        #expect(try db.search("harb*").count == 1)
        #expect(try db.search("harb").isEmpty)
        #expect(try db.search("\"fish market\"").count == 1)
        #expect(try db.search("\"market fish\"").isEmpty)
        // A number is a phrase of its digits: "48.5" is "48" then "5".
        let (other, _) = try stored()
        #expect(try other.search("48.5").count == 1)
        #expect(try other.search("48.6").isEmpty)
    }

    @Test func bestMatchComesFirst() throws {
        let (db, _) = try stored(harbour)
        // Twice in a short sentence beats once in a long one.
        let hits = try db.search("freight")
        #expect(hits.map(\.sentence.first) == ["F", "T"])
        #expect(hits[0].score < hits[1].score)
    }

    @Test func snippetMarksTheMatchAndCutsLongSentences() throws {
        let (db, _) = try stored(harbour)
        let marina = try #require(db.search("marina").first)
        #expect(marina.snippet.contains("«marina»"))
        #expect(marina.snippet.hasSuffix("…"))
        #expect(marina.snippet.count < marina.sentence.count)
        // Guillemets in the article are not matches: the speaker matched, so the speaker's
        // snippet follows the sentence's beginning.
        let viaSpeaker = try hit(try db.search("okafor"), containing: "tolls")
        #expect(viaSpeaker.snippet == "According to her, tolls bring in $2 million a year. [speaker: «Okafor»]")
        let quoted = try hit(try db.search("okafor"), containing: "café")
        #expect(quoted.snippet == "«Okafor» said the café «Le Port» sold 300 coffees.")
    }

    @Test(arguments: ["%%", "   ", "-- !! ?", "*", "\"\"", "“”"])
    func aQueryWithoutWordsIsAClearError(query: String) throws {
        let (db, _) = try stored()
        #expect(throws: SearchError.nothingToSearch(query)) { try db.search(query) }
        #expect("\(SearchError.nothingToSearch(query))".contains("give at least one word or number"))
    }

    @Test(arguments: [
        "AND", "freight OR", "NOT freight", "(freight", "freight)", "\"unbalanced", "speaker:okafor", "NEAR(freight",
        "freight -port", "^freight", "freight*)", "'freight'", "{sentence}: freight", "a\"b\"c",
    ])
    func fts5SyntaxInTheQueryIsJustText(query: String) throws {
        let (db, _) = try stored()
        _ = try db.search(query)
    }

    @Test func filtersByStatusFlagSpeakerAndArticle() throws {
        let (db, first) = try stored()
        let (_, second) = try stored(harbour, in: db)
        #expect(try db.search("said").count == 4)
        #expect(try db.search("said", filter: ClaimFilter(articleId: second.article.id)).count == 2)
        #expect(try db.search("said", filter: ClaimFilter(articleId: first.article.id)).count == 2)
        #expect(try db.search("said", filter: ClaimFilter(flag: .missingFigure)).map(\.sentence.first) == ["O"])
        #expect(try db.search("said", filter: ClaimFilter(speaker: "OKAFOR")).count == 2)
        #expect(try db.search("said", filter: ClaimFilter(speaker: "maria okafor")).count == 1)
        #expect(try db.search("said", filter: ClaimFilter(speaker: "okafor maria")).count == 1)
        #expect(try db.search("said", filter: ClaimFilter(speaker: "okaf")).isEmpty)
        #expect(throws: SearchError.nothingToMatchSpeaker("--")) { try db.search("said", filter: ClaimFilter(speaker: "--")) }

        let dredging = try #require(db.search("dredging").first)
        try db.mark(claim: dredging.claimId, ReviewInput(status: .inProgress), at: day)
        try db.mark(claim: dredging.claimId, ReviewInput(status: .disputed), at: day)
        #expect(try db.search("said", filter: ClaimFilter(status: .disputed)).map(\.claimId) == [dredging.claimId])
        #expect(try db.search("said", filter: ClaimFilter(status: .inProgress)).isEmpty)
        #expect(try db.search("said", filter: ClaimFilter(status: .unreviewed)).count == 3)
        #expect(try db.search("dredging").first?.status == .disputed)
        #expect(try db.search("said", filter: ClaimFilter(articleId: second.article.id, speaker: "okafor")).count == 1)
        #expect(try db.search("said", limit: 3).count == 3)
    }

    @Test func claimsListingFiltersBySpeakerToo() throws {
        let (db, _) = try stored()
        _ = try stored(harbour, in: db)
        let okafor = try db.claims(ClaimFilter(speaker: "okafor"))
        #expect(okafor.count == 3)
        #expect(okafor.allSatisfy { $0.claim.speaker?.contains("Okafor") == true })
    }

    @Test func theIndexFollowsAddsAndDeletes() throws {
        let (db, first) = try stored()
        let (_, second) = try stored(harbour, in: db)
        #expect(try db.search("freight").count == 3)
        try db.writer.write { try $0.execute(sql: "DELETE FROM article WHERE id = ?", arguments: [second.article.id]) }
        #expect(try db.search("freight").count == 1)
        let rows = try db.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT rowid, sentence, speaker, outlet, figures FROM claim_fts ORDER BY rowid")
        }
        let claims = try db.claims(ClaimFilter(articleId: first.article.id)).sorted { $0.id < $1.id }
        #expect(rows.map { $0["rowid"] as Int64 } == claims.map(\.id))
        #expect(rows.map { $0["sentence"] as String } == claims.map(\.claim.sentence))
        let share = try #require(rows.first { ($0["sentence"] as String).contains("62%") })
        #expect(share["figures"] as String == "62% percentage port's costs")
        try db.writer.write { try $0.execute(sql: "INSERT INTO claim_fts(claim_fts, rank) VALUES ('integrity-check', 1)") }
    }

    @Test func theIndexFollowsUpdates() throws {
        let (db, _) = try stored()
        let share = try #require(db.search("freight").first)
        try db.writer.write { db in
            try db.execute(sql: "UPDATE claim SET speaker = 'Tom Reyes' WHERE id = ?", arguments: [share.claimId])
            try db.execute(sql: "UPDATE quantity SET concept = 'harbour fees' WHERE claimId = ?", arguments: [share.claimId])
        }
        #expect(try db.search("reyes").map(\.claimId) == [share.claimId])
        #expect(try db.search("okafor").map(\.claimId) == [share.claimId], "still in the sentence")
        #expect(try db.search("okafor", filter: ClaimFilter(speaker: "okafor")).isEmpty)
        #expect(try db.search("fees").map(\.claimId) == [share.claimId])
        #expect(try db.search("fees").first?.snippet.hasSuffix("[figures: 62% percentage harbour «fees»]") == true)
    }
}

/// The article `article` (in ClaimDatabaseTests) says freight pays for "62% of the port's
/// costs"; these say it again, or nearly.
@Suite struct RepeatTests {
    @Test func aFigureFromAnEarlierArticleIsARepeatWithItsVerdict() throws {
        let (db, first) = try stored()
        let (_, second) = try stored("Freight pays for 62% of the Port's costs, the Ledger said.", in: db)
        let earlier = try #require(db.claims(ClaimFilter(articleId: first.article.id)).first { $0.claim.sentence.contains("62%") })
        let later = try #require(db.claims(ClaimFilter(articleId: second.article.id)).first)
        #expect(later.repeats == [
            ClaimRepeat(claimId: earlier.id, articleId: first.article.id!, articleSource: "test.txt", status: .unreviewed, figure: "62%")
        ])
        #expect(later.settledRepeats.isEmpty)
        // Only earlier occurrences: the first article does not point at the second.
        #expect(earlier.repeats.isEmpty)
        #expect(try db.repeats(of: later.id) == later.repeats)

        try db.mark(claim: earlier.id, ReviewInput(status: .inProgress), at: day)
        #expect(try db.claim(id: later.id).settledRepeats.isEmpty)
        try db.mark(claim: earlier.id, ReviewInput(status: .verified), at: day)
        let reviewed = try db.claim(id: later.id)
        #expect(reviewed.repeats.map(\.status) == [.verified])
        #expect(reviewed.settledRepeats.map(\.claimId) == [earlier.id])
        try db.mark(claim: earlier.id, ReviewInput(status: .false), at: day)
        #expect(try db.claim(id: later.id).repeats.map(\.status) == [.false])
    }

    @Test(arguments: [
        "Freight pays for 62% of the city's costs, the Ledger said.",  // another concept
        "The port spent 62 tonnes of the port's costs.",  // another unit
        "Freight pays for 63% of the port's costs, the Ledger said.",  // another value
        "Freight pays for 62% of the costs, the Ledger said.",  // a shorter concept
    ])
    func anotherConceptUnitOrValueIsNoRepeat(text: String) throws {
        let (db, _) = try stored()
        let (_, second) = try stored(text, in: db)
        let later = try #require(db.claims(ClaimFilter(articleId: second.article.id)).first)
        #expect(!later.quantities.isEmpty)
        #expect(later.repeats.isEmpty)
    }

    @Test func withoutAConceptOnlyTheSameSentenceRepeats() throws {
        let (db, _) = try stored("The harbour handled 1.2 million containers last year.")
        // Same value and unit, no concept, another sentence: not enough to call it the same claim.
        let (_, other) = try stored("Rotterdam handled 1.2 million containers in March.", in: db)
        #expect(try db.claims(ClaimFilter(articleId: other.article.id)).first?.repeats.isEmpty == true)
        // The same sentence reprinted, in other case: a repeat.
        let (_, reprint) = try stored("Weekly digest\n\nThe Harbour handled 1.2 MILLION containers last year.", in: db)
        let claim = try #require(db.claims(ClaimFilter(articleId: reprint.article.id)).first)
        #expect(claim.repeats.map(\.claimId) == [1])
    }

    @Test func conceptsCompareWithoutCaseBeyondASCII() throws {
        let (db, _) = try stored("The survey found 12% of the École staff.")
        let (_, second) = try stored("Officials said 12% of the école staff.", in: db)
        let later = try #require(db.claims(ClaimFilter(articleId: second.article.id)).first)
        #expect(later.quantities.first?.concept == "école staff")
        #expect(later.repeats.map(\.claimId) == [1])
        // Letters beyond ASCII that differ are still different.
        let (_, third) = try stored("Officials said 12% of the ecole staff.", in: db)
        #expect(try db.claims(ClaimFilter(articleId: third.article.id)).first?.repeats.isEmpty == true)
        // A curly apostrophe is the same apostrophe.
        let (_, fourth) = try stored("Freight pays for 62% of the port’s costs, the Ledger said.", in: db)
        let (_, fifth) = try stored("Freight pays for 62% of the Port's costs, a rival said.", in: db)
        #expect(try db.claims(ClaimFilter(articleId: fifth.article.id)).first?.repeats.map(\.articleId) == [fourth.article.id!])
    }

    @Test func theSameArticleIsNoRepeatAndEveryEarlierArticleIs() throws {
        let (db, first) = try stored("""
            Twice

            Okafor said 40% of residents oppose the plan.

            Reyes said 40% of residents oppose the plan, too.
            """)
        #expect(try db.claims(ClaimFilter(articleId: first.article.id)).allSatisfy(\.repeats.isEmpty))
        let (_, second) = try stored("A poll says 40% of residents oppose the plan.", in: db)
        let (_, third) = try stored("Still, 40 percent of Residents oppose the plan.", in: db)
        let secondClaim = try #require(db.claims(ClaimFilter(articleId: second.article.id)).first)
        #expect(secondClaim.repeats.map(\.articleId) == [first.article.id!, first.article.id!])
        let thirdClaim = try #require(db.claims(ClaimFilter(articleId: third.article.id)).first)
        #expect(thirdClaim.repeats.map(\.articleId) == [first.article.id!, first.article.id!, second.article.id!])
        #expect(thirdClaim.repeats.map(\.figure) == ["40%", "40%", "40%"])
    }

    @Test func aRepeatOfAnUnknownClaimIsAnError() throws {
        let (db, _) = try stored()
        #expect(throws: StoreError.unknownClaim(9999)) { try db.repeats(of: 9999) }
    }
}
