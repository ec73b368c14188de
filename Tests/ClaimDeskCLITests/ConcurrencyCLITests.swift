import Foundation
import GRDB
import TestSupport
import Testing

import ClaimModel
@testable import ClaimStore

/// Processes sharing one database: a long `check` does not hold the write lock while a
/// `mark` waits, and many processes creating a new database at once all succeed.
@Suite struct ConcurrencyCLITests {
    /// Some prose to analyse, then one sentence of thousands of figures: the probe's case of a
    /// `check` whose storing took long enough to hold the write lock past `mark`'s 10 s.
    private static let bigArticle: String = {
        var paragraphs = ["Harbour notes"]
        for k in 1...600 {
            paragraphs.append("Note \(k): the ferry schedule and the quiet streets around the old market, described without a figure.")
        }
        paragraphs.append("Costs came to " + String(repeating: "$5m ", count: 6_000) + "in all.")
        return paragraphs.joined(separator: "\n\n")
    }()

    @Test func aMarkDuringALongCheckLandsAtOnce() throws {
        let ws = try StoreAbuse.sample()
        try ws.write("big.txt", Array(Self.bigArticle.utf8))
        let check = try ws.start(["check", "big.txt", "--no-report"])
        var marks: [(status: Int32, seconds: Double, whileChecking: Bool, stderr: String)] = []
        repeat {
            let started = Date()
            let result = try ws.run(["mark", "2", marks.count % 2 == 0 ? "in-progress" : "disputed", "--note", "pass \(marks.count)"])
            marks.append((result.status, Date().timeIntervalSince(started), check.isRunning, result.stderr))
        } while check.isRunning && marks.count < 60
        check.waitUntilExit()
        print("marks during check: \(marks.map { String(format: "%.2fs%@", $0.seconds, $0.whileChecking ? "" : " (after)") })")
        #expect(check.terminationStatus == 0)
        #expect(marks.allSatisfy { $0.status == 0 }, "\(marks.map(\.stderr))")
        // Well under the 10 s a mark waits for the lock: it never waited for the check.
        #expect(marks.allSatisfy { $0.seconds < 3 }, "\(marks.map(\.seconds))")
        #expect(marks.contains { $0.whileChecking }, "no mark ran while the check did")
        #expect(try StoreAbuse.count(ws, "review") == 1 + marks.count)
        #expect(try StoreAbuse.count(ws, "article") == 2)
        let stored = try DatabaseQueue(path: ws.database.path).read {
            try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM quantity JOIN claim ON claim.id = quantity.claimId WHERE claim.articleId = 2")
        }
        #expect((stored ?? 0) > 5_000, "the figures of the long sentence: \(stored ?? 0)")
    }

    @Test func eightChecksCreatingOneDatabaseAllSucceed() throws {
        // Three rounds: the race the probe saw lost about one check in three.
        for round in 1...3 {
            let ws = try Workspace()
            for k in 1...8 {
                try ws.write("a\(k).txt", Array("Port \(k) report\n\nThe port handled \(k * 1000 + round) containers in March, up \(k)% on the year.".utf8))
            }
            let checks = try (1...8).map { try ws.start(["check", "a\($0).txt", "--no-report"]) }
            for check in checks { check.waitUntilExit() }
            #expect(checks.map(\.terminationStatus) == Array(repeating: 0, count: 8), "round \(round)")
            #expect(try StoreAbuse.count(ws, "article") == 8, "round \(round)")
            let sources = try DatabaseQueue(path: ws.database.path).read { try String.fetchAll($0, sql: "SELECT source FROM article ORDER BY source") }
            #expect(sources == (1...8).map { "a\($0).txt" })
            let migrations = try DatabaseQueue(path: ws.database.path).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM grdb_migrations") }
            #expect(migrations == ClaimDatabase.migrator.migrations.count)
        }
    }
}
