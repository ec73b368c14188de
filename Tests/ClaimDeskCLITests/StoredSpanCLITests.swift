import Foundation
import GRDB
import TestSupport
import Testing

/// What `add` stores is self-consistent: every stored claim's span, sliced from its stored
/// article text, is the claim's sentence, for every sample format and the seed article.
@Suite struct StoredSpanCLITests {
    @Test func everyStoredClaimSlicesBackToItsSentence() throws {
        let ws = try Workspace()
        for sample in ["Claims/sample.txt", "Claims/jobs-report.txt", "Claims/harbour-dredging.md", "Claims/harbour-dredging.html"] {
            try ws.copy(sample)
        }
        let seed = packageRoot.appendingPathComponent("../shared/seeds/000_70b980fc1542d9ce.txt").standardizedFileURL
        try FileManager.default.copyItem(at: seed, to: ws.url.appendingPathComponent("Claims/seed.txt"))
        let added = try ws.run(["add", "Claims"])
        #expect(added.status == 0, "\(added.stderr)")

        let rows = try DatabaseQueue(path: ws.database.path).read { db in
            try Row.fetchAll(db, sql: """
                SELECT article.source, article.text, claim.sentence, claim.spanStart, claim.spanEnd
                FROM claim JOIN article ON article.id = claim.articleId ORDER BY claim.id
                """)
        }
        let sources = Set(rows.map { $0["source"] as String })
        #expect(sources.count == 5, "every article has stored claims: \(sources.sorted())")
        for row in rows {
            let text = Array((row["text"] as String).utf8)
            let start: Int = row["spanStart"]
            let end: Int = row["spanEnd"]
            let sentence: String = row["sentence"]
            try #require(0 <= start && start <= end && end <= text.count, "\(row["source"] as String): span \(start)..<\(end) outside its text")
            #expect(String(decoding: text[start..<end], as: UTF8.self) == sentence, "\(row["source"] as String): \(sentence)")
        }
    }
}
