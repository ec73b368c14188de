import Foundation
import GRDB
import TestSupport
import Testing

/// Helpers shared by the suites that abuse the store through the binary (damaged rows,
/// other applications' files, concurrent processes, retried marks).
enum StoreAbuse {
    /// A workspace with the sample article checked in (claims #1–#8) and one review of #1.
    static func sample() throws -> Workspace {
        let ws = try Workspace()
        try ws.copy("Claims/sample.txt")
        let check = try ws.run(["check", "Claims/sample.txt", "--no-report"])
        #expect(check.status == 0, "\(check.stderr)")
        let mark = try ws.run(["mark", "1", "verified", "--note", "ok"])
        #expect(mark.status == 0, "\(mark.stderr)")
        return ws
    }

    /// Runs raw SQL on the workspace database, as a damaged disk or a hand edit would leave it.
    static func tamper(_ ws: borrowing Workspace, _ sql: String) throws {
        try DatabaseQueue(path: ws.database.path).write { try $0.execute(sql: sql) }
    }


    static func count(_ ws: borrowing Workspace, _ table: String) throws -> Int {
        try DatabaseQueue(path: ws.database.path).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table)") ?? -1 }
    }

    static func bytes(_ path: URL) -> Data? { FileManager.default.contents(atPath: path.path) }

    /// The files SQLite keeps beside a database while it is open or after a crash.
    static func sidecars(_ path: URL) -> [String] {
        ["-wal", "-shm", "-journal"].filter { FileManager.default.fileExists(atPath: path.path + $0) }
    }

    /// Every command that opens the database, with the input a review session needs.
    static let everyCommand: [[String]] = [
        ["status"], ["claims"], ["claims", "--json"], ["show", "2"], ["search", "harbour"], ["report", "--all", "-o", "Out"],
        ["export"], ["export", "--format", "csv"], ["review"], ["mark", "3", "verified"],
        ["check", "Claims/sample.txt", "--no-report"], ["add", "Claims/sample.txt"], ["delete", "1", "--force"],
    ]
    static let readingCommands: [[String]] = [
        ["status"], ["claims"], ["claims", "--json"], ["show", "2"], ["search", "harbour"], ["report", "--all", "-o", "Out"],
        ["export"], ["export", "--format", "claimreview"], ["review"],
    ]

    static func expectOneLineError(_ result: RunResult, containing text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        // 1 is an error that main.swift reported; a crash ends with a signal's number instead.
        #expect(result.status == 1, "\(what): exit \(result.status): \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.hasPrefix("claimdesk: error: "), "\(what): \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(what): \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(text), "\(what): \(result.stderr)", sourceLocation: sourceLocation)
    }
}
