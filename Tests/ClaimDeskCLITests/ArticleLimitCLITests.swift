import Foundation
import GRDB
import DeskKit
import Testing

@testable import claimdesk

/// A document that cannot be one article (over 10 MB, or over 20,000 claims) is refused by
/// `check` and `add` with one line that points to `extract`, and nothing of it is stored.
@Suite struct ArticleLimitCLITests {
    /// 10.5 MB of short sentences with figures: refused on its size, before it is read.
    static let big: [UInt8] = Array(String(repeating: "The port cost $5m. ", count: 10_500_000 / 19).utf8)

    /// 20,001 sentences with a figure each, ten to a paragraph, none like another, so that
    /// each is a claim.
    static let manyClaims: String = {
        var paragraphs = ["Berth costs"]
        var sentences: [String] = []
        for k in 1...20_001 {
            sentences.append("Berth \(k) cost $\(k + 4)m.")
            if sentences.count == 10 || k == 20_001 {
                paragraphs.append(sentences.joined(separator: " "))
                sentences = []
            }
        }
        return paragraphs.joined(separator: "\n\n") + "\n"
    }()

    static let bigLine = "big.txt is 10.5 MB; one article is at most 10 MB. Use 'claimdesk extract' for large texts."
    static let manyLine = "many.txt has 20,001 claims; one article holds at most 20,000. Use 'claimdesk extract' for large texts."

    private func articles(_ ws: borrowing Workspace) throws -> Int {
        guard FileManager.default.fileExists(atPath: ws.database.path) else { return 0 }
        return try DatabaseQueue(path: ws.database.path).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM article") ?? 0 }
    }

    @Test func checkRefusesAFileOverTenMegabytes() throws {
        let ws = try Workspace()
        try ws.write("big.txt", Self.big)
        let result = try ws.run(["check", "big.txt"])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "claimdesk: error: \(Self.bigLine)\n")
        #expect(!FileManager.default.fileExists(atPath: ws.database.path), "refused before the database is opened")
        #expect(!FileManager.default.fileExists(atPath: ws.url.appendingPathComponent("Reports").path))
    }

    @Test func checkRefusesAnArticleOfMoreThanTwentyThousandClaims() throws {
        let ws = try Workspace()
        try ws.write("many.txt", Array(Self.manyClaims.utf8))
        let result = try ws.run(["check", "many.txt"])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "claimdesk: error: \(Self.manyLine)\n")
        #expect(try articles(ws) == 0, "nothing stored")
        #expect(!FileManager.default.fileExists(atPath: ws.url.appendingPathComponent("Reports/many.md").path))
    }

    @Test func addRefusesBothAndStoresTheRest() throws {
        let ws = try Workspace()
        try FileManager.default.createDirectory(at: ws.url.appendingPathComponent("Inbox"), withIntermediateDirectories: true)
        try ws.write("Inbox/big.txt", Self.big)
        try ws.write("Inbox/many.txt", Array(Self.manyClaims.utf8))
        try ws.copy("Claims/sample.txt")
        try FileManager.default.moveItem(
            at: ws.url.appendingPathComponent("Claims/sample.txt"), to: ws.url.appendingPathComponent("Inbox/sample.txt"))
        let result = try ws.run(["add", "Inbox"])
        #expect(result.status == 1)
        #expect(result.stderr == """
            claimdesk: error: Inbox/big.txt: 10.5 MB; one article is at most 10 MB. Use 'claimdesk extract' for large texts.
            claimdesk: error: Inbox/many.txt: 20,001 claims; one article holds at most 20,000. Use 'claimdesk extract' for large texts.

            """)
        #expect(result.stdout.hasPrefix("Added 1 article ("), "\(result.stdout)")
        #expect(result.stdout.hasSuffix(" 0 unchanged, 2 failed, 0 skipped.\n"), "\(result.stdout)")
        let sources = try DatabaseQueue(path: ws.database.path).read { try String.fetchAll($0, sql: "SELECT source FROM article") }
        #expect(sources == ["Inbox/sample.txt"])
    }

    @Test func theLimitsThemselvesAreAllowed() throws {
        #expect(throws: Never.self) { try ArticleLimit.checkSize(ArticleLimit.maxBytes, path: "a.txt") }
        #expect(throws: Never.self) { try ArticleLimit.checkClaims(ArticleLimit.maxClaims, path: "a.txt") }
        #expect { try ArticleLimit.checkSize(ArticleLimit.maxBytes + 1, path: "a.txt") } throws: {
            // Rounded up, so that a size over the limit never reads as the limit.
            "\($0)" == "a.txt is 10.1 MB; one article is at most 10 MB. Use 'claimdesk extract' for large texts."
        }
        #expect { try ArticleLimit.checkClaims(ArticleLimit.maxClaims + 1, path: "a.txt") } throws: {
            "\($0)" == "a.txt has 20,001 claims; one article holds at most 20,000. Use 'claimdesk extract' for large texts."
        }
        #expect(ArticleLimit.megabytes(16_200_000) == "16.2 MB")
        #expect(ArticleLimit.grouped(1_234_567) == "1,234,567")
    }
}
