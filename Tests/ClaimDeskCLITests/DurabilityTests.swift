import Foundation
import GRDB
import TestSupport
import Testing

/// Records a desk can trust: concurrent reviewers both land, and a process killed in the
/// middle of adding an article leaves a sound database with the article whole or absent.
@Suite struct DurabilityTests {

    @Test func theDatabaseUsesWriteAheadLogging() throws {
        let ws = try Workspace()
        try ws.copy("Claims/sample.txt")
        #expect(try ws.run(["check", "Claims/sample.txt", "--no-report"]).status == 0)
        let mode = try DatabaseQueue(path: ws.database.path).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test func concurrentMarksAllLand() throws {
        let ws = try Workspace()
        try ws.copy("Claims/sample.txt")
        #expect(try ws.run(["check", "Claims/sample.txt", "--no-report"]).status == 0)
        // Sixteen reviewers at once, two per claim, each a separate process.
        var processes: [Process] = []
        for claim in 1...8 {
            processes.append(try ws.start(["mark", "\(claim)", "in-progress", "--note", "first look"]))
            processes.append(try ws.start(["mark", "\(claim)", "verified", "--reviewer", "second"]))
        }
        for p in processes { p.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 }, "\(processes.map(\.terminationStatus))")
        let reviews = try DatabaseQueue(path: ws.database.path).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM review") }
        #expect(reviews == 16)
    }

    /// A long article: many paragraphs with figures, so that adding it takes a while.
    private static let longArticle: String = {
        var paragraphs = ["Port figures, 2024"]
        for k in 1...1500 {
            paragraphs.append("Berth \(k) handled \(k * 37 + 1000) containers in March, up \(k % 40 + 1)% on the year, the harbour master said.")
        }
        return paragraphs.joined(separator: "\n\n")
    }()

    @Test func aKilledAddLeavesTheArticleWholeOrAbsent() throws {
        // What a complete add stores, to compare against.
        let reference = try Workspace()
        try reference.write("long.txt", Array(Self.longArticle.utf8))
        #expect(try reference.run(["check", "long.txt", "--no-report"]).status == 0)
        let fullClaims = try DatabaseQueue(path: reference.database.path).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM claim") }
        #expect((fullClaims ?? 0) > 1000)

        var outcomes: Set<String> = []
        for delay in [0.05, 0.3, 0.6, 0.9, 1.2, 1.6, 2.0, 2.6] {
            let ws = try Workspace()
            try ws.copy("Claims/sample.txt")
            try ws.write("long.txt", Array(Self.longArticle.utf8))
            // Something already stored, which the kill must not damage.
            #expect(try ws.run(["check", "Claims/sample.txt", "--no-report"]).status == 0)
            let process = try ws.start(["check", "long.txt", "--no-report"])
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let queue = try DatabaseQueue(path: ws.database.path)
            try queue.read { db in
                #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
                let articles = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0
                let longClaims = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM claim WHERE articleId = 2") ?? 0
                let sampleClaims = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM claim WHERE articleId = 1") ?? 0
                #expect(sampleClaims > 0, "the article stored before the kill is intact")
                #expect((articles == 1 && longClaims == 0) || (articles == 2 && longClaims == fullClaims), "delay \(delay): \(articles) articles, \(longClaims) of \(fullClaims ?? 0) claims")
                outcomes.insert(articles == 1 ? "absent" : "whole")
            }
        }
        print("killed add outcomes: \(outcomes.sorted())")
    }

    /// Articles for a killed batch: each with its own numbers, 60 claims each.
    private static func batchArticle(_ n: Int) -> String {
        (["Port figures \(n)"] + (1...60).map { k in
            "Berth \(k) of pier \(n) handled \(k * 37 + n) containers in March, up \(k % 40 + 1)% on the year, the harbour master said."
        }).joined(separator: "\n\n")
    }

    @Test func aKilledBatchAddLeavesEveryArticleWholeOrAbsent() throws {
        let count = 30
        let reference = try Workspace()
        try FileManager.default.createDirectory(at: reference.url.appendingPathComponent("Inbox"), withIntermediateDirectories: true)
        for n in 1...count { try reference.write("Inbox/\(n).txt", Array(Self.batchArticle(n).utf8)) }
        #expect(try reference.run(["add", "Inbox"]).status == 0)
        let full = try DatabaseQueue(path: reference.database.path).read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: """
                SELECT article.source AS source, COUNT(claim.id) AS claims FROM article LEFT JOIN claim ON claim.articleId = article.id GROUP BY article.id
                """).map { ($0["source"] as String, $0["claims"] as Int) })
        }
        #expect(full.count == count && full.values.allSatisfy { $0 > 50 })

        var stored: [Int] = []
        for delay in [0.2, 0.5, 0.9, 1.4, 2.0] {
            let ws = try Workspace()
            try FileManager.default.createDirectory(at: ws.url.appendingPathComponent("Inbox"), withIntermediateDirectories: true)
            for n in 1...count { try ws.write("Inbox/\(n).txt", Array(Self.batchArticle(n).utf8)) }
            let process = try ws.start(["add", "Inbox"])
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            guard FileManager.default.fileExists(atPath: ws.database.path) else {
                stored.append(0)
                continue
            }
            try DatabaseQueue(path: ws.database.path).read { db in
                #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
                let rows = try Row.fetchAll(db, sql: """
                    SELECT article.source AS source, COUNT(claim.id) AS claims FROM article LEFT JOIN claim ON claim.articleId = article.id GROUP BY article.id
                    """)
                for row in rows {
                    let source: String = row["source"]
                    #expect(row["claims"] as Int == full[source], "delay \(delay): \(source) is not whole")
                }
                let indexed = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM claim_fts") ?? -1
                #expect(indexed == (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM claim") ?? -2), "delay \(delay)")
                stored.append(rows.count)
            }
        }
        print("killed batch add, articles stored: \(stored)")
    }
}
