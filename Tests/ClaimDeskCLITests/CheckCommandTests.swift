import Foundation
import TestSupport
import Testing

@Suite struct CheckCommandTests {
    @Test func checkPrintsClaimsAndWritesTheCommittedReport() throws {
        let ws = try Workspace()
        try ws.copy("Claims/sample.txt")
        let result = try ws.run(["check", "Claims/sample.txt"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        try expectGolden(result.stdout, at: "Tests/ClaimDeskCLITests/Golden/check-sample.txt")
        let written = try String(contentsOf: ws.url.appendingPathComponent("Reports/sample.md"), encoding: .utf8)
        let committed = try String(contentsOf: packageRoot.appendingPathComponent("Reports/sample.md"), encoding: .utf8)
        #expect(written == committed, "Reports/sample.md is stale: run 'swift run claimdesk check Claims/sample.txt' on a fresh database")
        #expect(FileManager.default.fileExists(atPath: ws.database.path))
    }

    @Test func checkingTheSameArticleTwiceStoresItOnce() throws {
        let ws = try Workspace()
        try ws.copy("Claims/sample.txt")
        _ = try ws.run(["check", "Claims/sample.txt", "--no-report"])
        let again = try ws.run(["check", "Claims/sample.txt", "--no-report", "--json"])
        #expect(again.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        #expect(json["is_new"] as? Bool == false)
        let claims = try ws.run(["claims", "--json"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(claims.stdout.utf8)) as? [[String: Any]])
        #expect(list.count == (json["claims"] as? [Any])?.count)
    }

    @Test func databaseLocationFollowsOptionThenEnvironment() throws {
        let ws = try Workspace()
        try ws.copy("Claims/sample.txt")
        let viaEnv = try ws.run(["check", "Claims/sample.txt", "--no-report"], environment: ["CLAIMDESK_DB": "env.sqlite"])
        #expect(viaEnv.status == 0)
        #expect(FileManager.default.fileExists(atPath: ws.url.appendingPathComponent("env.sqlite").path))
        #expect(!FileManager.default.fileExists(atPath: ws.database.path))
        let viaOption = try ws.run(["check", "Claims/sample.txt", "--no-report", "--db", "opt.sqlite"], environment: ["CLAIMDESK_DB": "env.sqlite"])
        #expect(viaOption.status == 0)
        #expect(viaOption.stdout.hasPrefix("Added"))
        #expect(FileManager.default.fileExists(atPath: ws.url.appendingPathComponent("opt.sqlite").path))
    }

    @Test func checkJSONCarriesFiguresAndFlags() throws {
        let ws = try Workspace()
        try ws.copy("Claims/sample.txt")
        let result = try ws.run(["check", "Claims/sample.txt", "--no-report", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let claims = try #require(json["claims"] as? [[String: Any]])
        let figures = claims.flatMap { ($0["quantities"] as? [[String: Any]]) ?? [] }
        let share = try #require(figures.first { $0["text"] as? String == "62%" })
        #expect(share["value"] as? Int == 62)
        #expect(share["normalized_unit"] as? String == "percentage")
        let flags = claims.flatMap { ($0["flags"] as? [[String: Any]]) ?? [] }.compactMap { $0["kind"] as? String }
        #expect(flags.contains("missing-figure"))
    }
}
