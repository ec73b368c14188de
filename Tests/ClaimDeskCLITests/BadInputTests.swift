import ClaimModel
import ClaimStore
import Foundation
import GRDB
import Testing

/// Every row of every table of the workspace database, to prove a failure changed nothing.
func snapshot(_ ws: borrowing Workspace) throws -> String {
    let queue = try DatabaseQueue(path: ws.database.path)
    return try queue.read { db in
        try ["article", "claim", "quantity", "flag", "review"].map { table in
            try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY id").map(\.description).joined(separator: "\n")
        }.joined(separator: "\n--\n")
    }
}

@Suite struct BadInputTests {
    /// A workspace with the sample stored and one review, so there is something to lose.
    func populated() throws -> Workspace {
        let ws = try Workspace()
        try ws.copy("Claims/sample.txt")
        let check = try ws.run(["check", "Claims/sample.txt", "--no-report"])
        #expect(check.status == 0)
        _ = try ws.run(["mark", "1", "verified", "--note", "ok"])
        return ws
    }

    static let cases: [(name: String, arguments: [String], message: String)] = [
        ("missing file", ["check", "nope.txt"], "cannot read 'nope.txt': no such file"),
        ("empty file", ["check", "empty.txt"], "the file is empty"),
        ("blank file", ["check", "blank.txt"], "the file is empty"),
        ("not UTF-8", ["check", "latin1.txt"], "not UTF-8 text"),
        ("binary", ["check", "binary.bin"], "binary data"),
        ("a directory", ["check", "Claims"], "it is a directory"),
        ("unknown claim to show", ["show", "999"], "no claim with id 999"),
        ("unknown claim to mark", ["mark", "999", "verified"], "no claim with id 999"),
        ("unknown status", ["mark", "1", "maybe"], "The value 'maybe' is invalid for '<status>'"),
        ("bad evidence URL", ["mark", "1", "verified", "--evidence", "not a url"], "--evidence must be an http or https URL"),
        ("claim id not a number", ["show", "abc"], "The value 'abc' is invalid for '<claim>'"),
        ("unknown article", ["report", "nope.txt"], "no article 'nope.txt'"),
        ("unknown flag", ["claims", "--flag", "bogus"], "The value 'bogus' is invalid for '--flag <flag>'"),
        ("unknown option", ["claims", "--colour"], "Unknown option '--colour'"),
    ]

    @Test(arguments: cases.indices)
    func badInputFailsWithOneLineAndChangesNothing(index: Int) throws {
        let c = Self.cases[index]
        let ws = try populated()
        try ws.write("empty.txt", [])
        try ws.write("blank.txt", Array(" \n\t\n".utf8))
        try ws.write("latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x81, 0x20, 0x35, 0x25, 0x0A]) // neither UTF-8 nor Windows-1252
        try ws.write("binary.bin", [0x35, 0x25, 0x00, 0x01, 0x02])
        let before = try snapshot(ws)
        let result = try ws.run(c.arguments)
        #expect(result.status != 0, "\(c.name) should fail")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(c.name): \(result.stderr)")
        #expect(result.stderr.hasPrefix("claimdesk: error: "), "\(c.name): \(result.stderr)")
        #expect(result.stderr.contains(c.message), "\(c.name): \(result.stderr)")
        #expect(result.stdout.isEmpty, "\(c.name): \(result.stdout)")
        #expect(try snapshot(ws) == before, "\(c.name) changed the database")
    }

    @Test func readingCommandsDoNotCreateADatabase() throws {
        let ws = try Workspace()
        let result = try ws.run(["claims"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no database at 'claimdesk.sqlite'"))
        #expect(!FileManager.default.fileExists(atPath: ws.database.path))
    }

    @Test func aBadFileDoesNotCreateADatabase() throws {
        let ws = try Workspace()
        let result = try ws.run(["check", "missing.txt"])
        #expect(result.status != 0)
        #expect(!FileManager.default.fileExists(atPath: ws.database.path))
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        let ws = try Workspace()
        try ws.write("bom.txt", [0xEF, 0xBB, 0xBF] + Array("Officials said 40% of roads were closed in 2024.\r\n".utf8))
        let result = try ws.run(["check", "bom.txt", "--no-report"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("40%"))
    }

    @Test func helpTeachesTheCommands() throws {
        let ws = try Workspace()
        let help = try ws.run(["--help"])
        #expect(help.status == 0)
        for command in ["check", "claims", "show", "mark", "report"] { #expect(help.stdout.contains(command)) }
        let mark = try ws.run(["mark", "--help"])
        for status in ["unreviewed", "in-progress", "verified", "disputed", "false", "unverifiable"] {
            #expect(mark.stdout.contains(status))
        }
    }
}
