import Foundation
import TestSupport
import Testing

@testable import claimdesk

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `claimdesk add` (batches of files and folders) and `claimdesk status` (the workspace at a glance).
@Suite struct AddStatusTests {
    static let articles = ["Claims/sample.txt", "Claims/harbour-dredging.md", "Claims/harbour-dredging.html"]

    /// `Inbox/` with the three sample articles (one in a subfolder), an empty `.txt`, a hidden
    /// file and a photo.
    func inbox(_ ws: borrowing Workspace) throws {
        for (article, target) in zip(Self.articles, ["Inbox/2026/sample.txt", "Inbox/harbour-dredging.md", "Inbox/harbour-dredging.html"]) {
            let url = ws.url.appendingPathComponent(target)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: packageRoot.appendingPathComponent(article), to: url)
        }
        try ws.write("Inbox/empty.txt", [])
        try ws.write("Inbox/.DS_Store", [0, 1, 2])
        try ws.write("Inbox/photo.jpg", [0xFF, 0xD8, 0xFF])
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not a JSON object: \(text)")
    }

    func jsonArray(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]], "not a JSON array: \(text)")
    }

    /// The claims stored, counted through `claims --json`.
    func storedClaims(_ ws: borrowing Workspace) throws -> [[String: Any]] {
        let result = try ws.run(["claims", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try jsonArray(result.stdout)
    }

    // MARK: add

    @Test func addAFolderStoresEveryArticleAndReportsTheBadFile() throws {
        let ws = try Workspace()
        try inbox(ws)
        let result = try ws.run(["add", "Inbox"])
        #expect(result.status == 1)
        #expect(result.stderr == "claimdesk: error: Inbox/empty.txt: the file is empty\n")
        let claims = try storedClaims(ws)
        #expect(!claims.isEmpty)
        #expect(result.stdout == "Added 3 articles (\(claims.count) claims), 0 unchanged, 1 failed, 2 skipped.\n")
        let status = try json(try ws.run(["status", "--json"]).stdout)
        #expect(status["articles"] as? Int == 3)
        #expect(status["claims"] as? Int == claims.count)
    }

    @Test func addingAgainStoresNothingAndAnEditedFileIsANewArticle() throws {
        let ws = try Workspace()
        for article in Self.articles { try ws.copy(article) }
        let first = try ws.run(["add", "Claims/"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("Added 3 articles ("))
        let before = try snapshot(ws)

        let again = try ws.run(["add", "Claims/"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.isEmpty)
        #expect(again.stdout == "Added 0 articles (0 claims), 3 unchanged, 0 failed, 0 skipped.\n")
        #expect(try snapshot(ws) == before, "an unchanged batch wrote to the database")

        // The same text under another name is unchanged too.
        try FileManager.default.copyItem(
            at: ws.url.appendingPathComponent("Claims/sample.txt"), to: ws.url.appendingPathComponent("copy.txt"))
        let copy = try ws.run(["add", "copy.txt"])
        #expect(copy.stdout == "Added 0 articles (0 claims), 1 unchanged, 0 failed, 0 skipped.\n")
        #expect(try snapshot(ws) == before)

        // An edit is a new article; the stored version and its review stay.
        let claimsBefore = try storedClaims(ws).count
        #expect(try ws.run(["mark", "1", "verified"]).status == 0)
        let edited = "Officials said 40% of roads were closed in 2024.\n"
        try ws.write("Claims/sample.txt", Array(edited.utf8))
        let afterEdit = try ws.run(["add", "--json"])
        #expect(afterEdit.status == 0, "\(afterEdit.stderr)")
        let report = try json(afterEdit.stdout)
        #expect(report["added"] as? Int == 1)
        #expect(report["unchanged"] as? Int == 2)
        let claims = try storedClaims(ws)
        #expect(claims.count == claimsBefore + ((report["claims_added"] as? Int) ?? -1))
        #expect(claims.first { $0["id"] as? Int == 1 }?["status"] as? String == "verified")
        let status = try json(try ws.run(["status", "--json"]).stdout)
        #expect(status["articles"] as? Int == 4)
    }

    @Test func addWithNoPathAddsTheClaimsFolder() throws {
        let ws = try Workspace()
        try ws.copy("Claims/sample.txt")
        let result = try ws.run(["add"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "no progress output through a pipe: \(result.stderr)")
        let claims = try storedClaims(ws)
        #expect(result.stdout == "Added 1 article (\(claims.count) claims), 0 unchanged, 0 failed, 0 skipped.\n")
        #expect(claims.allSatisfy { $0["article"] as? Int == 1 })
    }

    @Test func addWithNoPathAndNoClaimsFolderIsAnError() throws {
        let ws = try Workspace()
        let result = try ws.run(["add"])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.hasPrefix("claimdesk: error: no Claims/ folder"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: ws.database.path))
    }

    @Test func aMissingPathFailsAndTheRestOfTheBatchIsAdded() throws {
        let ws = try Workspace()
        try ws.copy("Claims/sample.txt")
        try ws.write("latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x81, 0x20, 0x35, 0x25, 0x0A]) // neither UTF-8 nor Windows-1252
        let result = try ws.run(["add", "nope.txt", "Claims/sample.txt", "latin1.txt"])
        #expect(result.status == 1)
        let errors = result.stderr.split(separator: "\n").map(String.init)
        #expect(errors.count == 2, "\(result.stderr)")
        #expect(errors.first == "claimdesk: error: nope.txt: no such file or folder")
        #expect(errors.last?.hasPrefix("claimdesk: error: latin1.txt: not UTF-8 text") == true, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Added 1 article ("))
        #expect(result.stdout.hasSuffix(" 0 unchanged, 2 failed, 0 skipped.\n"))
    }

    @Test func aBatchOfBadFilesCreatesNoDatabase() throws {
        let ws = try Workspace()
        try ws.write("empty.txt", [])
        try ws.write("binary.txt", [0x35, 0x25, 0x00, 0x01])
        let result = try ws.run(["add", "empty.txt", "binary.txt"])
        #expect(result.status == 1)
        #expect(result.stdout == "Added 0 articles (0 claims), 0 unchanged, 2 failed, 0 skipped.\n")
        #expect(result.stderr.contains("claimdesk: error: binary.txt: binary data"))
        #expect(!FileManager.default.fileExists(atPath: ws.database.path))
    }

    @Test func addJSONGivesTheCountsAndEveryFile() throws {
        let ws = try Workspace()
        try inbox(ws)
        _ = try ws.run(["add", "Inbox/harbour-dredging.md"])
        let result = try ws.run(["add", "Inbox", "--json"])
        #expect(result.status == 1)
        #expect(result.stderr == "claimdesk: error: Inbox/empty.txt: the file is empty\n")
        let report = try json(result.stdout)
        #expect(report["added"] as? Int == 2)
        #expect(report["unchanged"] as? Int == 1)
        #expect(report["failed"] as? Int == 1)
        #expect(report["skipped"] as? Int == 2)
        let files = try #require(report["files"] as? [[String: Any]])
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0["path"] as? String ?? "", $0) })
        // Folders are walked in name order; hidden files are skipped, not read.
        #expect(files.map { $0["path"] as? String ?? "" } == [
            "Inbox/.DS_Store", "Inbox/2026/sample.txt", "Inbox/empty.txt", "Inbox/harbour-dredging.html",
            "Inbox/harbour-dredging.md", "Inbox/photo.jpg",
        ])
        #expect(byPath["Inbox/harbour-dredging.md"]?["result"] as? String == "unchanged")
        #expect(byPath["Inbox/harbour-dredging.md"]?["article"] as? Int == 1)
        let added = try #require(byPath["Inbox/2026/sample.txt"])
        #expect(added["result"] as? String == "added")
        #expect(added["article"] as? Int != nil)
        #expect((added["claims"] as? Int ?? 0) > 0)
        #expect(byPath["Inbox/empty.txt"]?["result"] as? String == "failed")
        #expect(byPath["Inbox/empty.txt"]?["reason"] as? String == "the file is empty")
        #expect(byPath["Inbox/.DS_Store"]?["result"] as? String == "skipped")
        #expect(byPath["Inbox/photo.jpg"]?["reason"] as? String == "not an article file (.jpg)")
        let claimsAdded = files.compactMap { $0["claims"] as? Int }.reduce(0, +)
        #expect(report["claims_added"] as? Int == claimsAdded)
    }

    /// On a terminal the bar is drawn on stderr, redrawn in place and erased at the end; the
    /// summary still goes to stdout. Every other test runs through pipes and sees no bar.
    @Test func progressBarIsDrawnOnlyOnATerminal() throws {
        let ws = try Workspace()
        try ws.copy("Claims/sample.txt")
        try ws.copy("Claims/harbour-dredging.md")
        try ws.write("Claims/empty.txt", [])
        let (status, stdout, terminal) = try runWithTerminalStderr(ws, ["add"])
        #expect(status == 1)
        #expect(stdout.hasPrefix("Added 2 articles ("), "\(stdout)")
        #expect(terminal.hasPrefix("\r[---------------] 0/3 Claims/empty.txt\u{1B}[K"), "\(terminal.debugDescription)")
        // An error line is written above the bar, which is then drawn again.
        #expect(terminal.contains("\r\u{1B}[Kclaimdesk: error: Claims/empty.txt: the file is empty"), "\(terminal.debugDescription)")
        #expect(terminal.contains("[###############] 3/3\u{1B}[K"), "\(terminal.debugDescription)")
        #expect(terminal.hasSuffix("\r\u{1B}[K"), "the bar is not erased: \(terminal.debugDescription)")
    }

    @Test func progressBarRendering() {
        #expect(ProgressBar.render(done: 5, total: 10, width: 10, label: "Claims/x.txt") == "[#####-----] 5/10 Claims/x.txt")
        #expect(ProgressBar.render(done: 0, total: 3, width: 6, label: "a.txt") == "[------] 0/3 a.txt")
        #expect(ProgressBar.render(done: 3, total: 3, width: 6, label: "") == "[######] 3/3")
        #expect(ProgressBar.render(done: 1, total: 3, width: 6, label: "") == "[##----] 1/3")
        // Out-of-range counts are clamped; an empty batch shows a full bar.
        #expect(ProgressBar.render(done: 9, total: 3, width: 6, label: "") == "[######] 3/3")
        #expect(ProgressBar.render(done: 0, total: 0, width: 4, label: "") == "[####] 0/0")
        // A long label keeps its end (the file name) and the line fits the columns.
        let long = ProgressBar.render(done: 1, total: 2, width: 4, label: "Claims/2026/very/deep/folder/article.txt", columns: 30)
        #expect(long == "[##--] 1/2 …folder/article.txt")
        #expect(long.count == 30)
        // Too narrow for any label: the bar alone.
        #expect(ProgressBar.render(done: 1, total: 2, width: 4, label: "article.txt", columns: 12) == "[##--] 1/2")
    }

    // MARK: status

    @Test func statusCountsClaimsByStatusAndOpenFlags() throws {
        let ws = try Workspace()
        try ws.copy("Claims/sample.txt")
        #expect(try ws.run(["add"]).status == 0)
        #expect(try ws.run(["mark", "1", "verified"]).status == 0)
        #expect(try ws.run(["mark", "2", "false", "--note", "wrong year"]).status == 0)
        #expect(try ws.run(["mark", "3", "in-progress"]).status == 0)
        let claims = try storedClaims(ws)
        let n = claims.count
        #expect(n > 3)

        let result = try ws.run(["status", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let status = try json(result.stdout)
        #expect(status["articles"] as? Int == 1)
        #expect(status["claims"] as? Int == n)
        #expect(status["open_claims"] as? Int == n - 2)
        let byStatus = try #require(status["claims_by_status"] as? [String: Int])
        #expect(byStatus == [
            "unreviewed": n - 3, "in-progress": 1, "verified": 1, "mostly-true": 0, "misleading": 0,
            "disputed": 0, "false": 1, "unverifiable": 0, "not-a-claim": 0,
        ])
        // Open flags are the flags of the claims still unreviewed or in progress.
        var expected: [String: Int] = [:]
        for kind in ["missing-figure", "vague-quantity", "no-source", "no-time-frame", "no-base", "no-baseline", "inconsistent", "approximate", "superlative"] {
            expected[kind] = 0
        }
        for claim in claims where ["unreviewed", "in-progress"].contains(claim["status"] as? String ?? "") {
            for flag in claim["flags"] as? [[String: Any]] ?? [] { expected[flag["kind"] as? String ?? "?", default: 0] += 1 }
        }
        #expect(status["open_flags"] as? [String: Int] == expected)
        let notes = (expected["approximate"] ?? 0) + (expected["superlative"] ?? 0)
        #expect(status["open_questions"] as? Int == expected.values.reduce(0, +) - notes)
        let top = try #require(status["most_open_articles"] as? [[String: Any]])
        #expect(top.count == 1)
        #expect(top.first?["source"] as? String == "Claims/sample.txt")
        #expect(top.first?["open_claims"] as? Int == n - 2)
        #expect(top.first?["claims"] as? Int == n)

        let text = try ws.run(["status"])
        #expect(text.status == 0)
        #expect(text.stderr.isEmpty)
        let lines = text.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "Workspace claimdesk.sqlite")
        #expect(lines.contains("  1 article, \(n) claims, \(n - 2) open"))
        // All nine statuses, in order, zeros included.
        let statusLines = lines.filter { line in ["unreviewed", "in-progress", "verified", "mostly-true", "misleading", "disputed", "false", "unverifiable", "not-a-claim"].contains { line.hasPrefix("  \($0) ") } }
        #expect(statusLines.map { $0.split(separator: " ").first.map(String.init) ?? "" } == [
            "unreviewed", "in-progress", "verified", "mostly-true", "misleading", "disputed", "false", "unverifiable", "not-a-claim",
        ])
        #expect(statusLines.map { $0.split(separator: " ").last.map(String.init) ?? "" } == ["\(n - 3)", "1", "1", "0", "0", "0", "1", "0", "0"])
        #expect(lines.contains { $0.hasPrefix("  #1  \(n - 2) of \(n) open  Claims/sample.txt: Harbour city approves") })
    }

    @Test func statusWhenEveryClaimIsReviewed() throws {
        let ws = try Workspace()
        try ws.write("one.txt", Array("Officials said 40% of roads were closed in 2024.\n".utf8))
        #expect(try ws.run(["add", "one.txt"]).status == 0)
        #expect(try ws.run(["mark", "1", "verified"]).status == 0)
        let text = try ws.run(["status"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("No open claims: every claim has been reviewed."), "\(text.stdout)")
        let status = try json(try ws.run(["status", "--json"]).stdout)
        #expect(status["open_claims"] as? Int == 0)
        #expect((status["most_open_articles"] as? [Any])?.isEmpty == true)
    }

    @Test func statusWithoutADatabaseIsAnErrorAndCreatesNone() throws {
        let ws = try Workspace()
        for arguments in [["status"], ["status", "--json"], ["status", "--db", "other.sqlite"]] {
            let result = try ws.run(arguments)
            #expect(result.status != 0)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
            #expect(result.stderr.hasPrefix("claimdesk: error: no database at '"), "\(result.stderr)")
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: ws.url.path)
        #expect(left.isEmpty, "status created \(left)")
    }

    @Test func helpTeachesAddAndStatus() throws {
        let ws = try Workspace()
        let add = try ws.run(["add", "--help"])
        #expect(add.status == 0)
        for text in ["Claims/", ".markdown", "unchanged", "PATH: REASON", "claimdesk add --json"] {
            #expect(add.stdout.contains(text), "add --help lacks \(text)")
        }
        let status = try ws.run(["status", "--help"])
        #expect(status.status == 0)
        for text in ["in-progress", "open flag", "claimdesk status --json"] {
            #expect(status.stdout.contains(text), "status --help lacks \(text)")
        }
    }
}

/// Runs `claimdesk` in `ws` with stderr on a pseudo-terminal (so that it sees a terminal) and
/// stdout on a pipe; returns the exit status, stdout and everything written to the terminal.
func runWithTerminalStderr(_ ws: borrowing Workspace, _ arguments: [String]) throws -> (Int32, String, String) {
    let (master, slave) = try openPseudoTerminal()
    defer { close(master) }
    // Raw output: the terminal must pass the bytes through as written (no "\n" to "\r\n").
    var settings = termios()
    tcgetattr(slave, &settings)
    cfmakeraw(&settings)
    tcsetattr(slave, TCSANOW, &settings)

    let process = Process()
    process.executableURL = claimdeskBinary
    process.arguments = arguments
    process.currentDirectoryURL = ws.url
    // A new pseudo-terminal has no size; the bar falls back to $COLUMNS.
    process.environment = ws.environment(["TERM": "xterm", "COLUMNS": "60"])
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
    process.standardInput = FileHandle.nullDevice
    try process.run()
    close(slave)

    var terminal: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
        // Ends with EIO once the child has exited and the last copy of the slave is closed.
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count > 0 {
            terminal += buffer[0..<count]
        } else if count < 0 && errno == EINTR {
            continue
        } else {
            break
        }
    }
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: terminal, as: UTF8.self))
}

/// A new pseudo-terminal: the controlling side and the terminal side.
func openPseudoTerminal() throws -> (master: Int32, slave: Int32) {
    #if os(Linux)
    // Swift's Glibc module does not export posix_openpt and friends; do what they do.
    let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    guard master >= 0 else { throw POSIXError(.ENOTTY) }
    var unlock: Int32 = 0
    var number: UInt32 = 0
    let TIOCSPTLCK: UInt = 0x4004_5431
    let TIOCGPTN: UInt = 0x8004_5430
    guard withUnsafeMutablePointer(to: &unlock, { ioctl(master, TIOCSPTLCK, $0) }) == 0,
        withUnsafeMutablePointer(to: &number, { ioctl(master, TIOCGPTN, $0) }) == 0
    else {
        close(master)
        throw POSIXError(.ENOTTY)
    }
    let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
    #else
    let master = posix_openpt(O_RDWR | O_NOCTTY)
    guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else {
        throw POSIXError(.ENOTTY)
    }
    let slave = open(name, O_RDWR | O_NOCTTY)
    #endif
    guard slave >= 0 else {
        close(master)
        throw POSIXError(.ENOTTY)
    }
    return (master, slave)
}
