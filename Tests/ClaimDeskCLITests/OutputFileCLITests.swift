import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Issue 16, files: the reports and exports the commands write: names that fit the file
/// system, an input never overwritten, modes kept, and one clear line when a file cannot be
/// written.
@Suite struct OutputFileCLITests {
    static let article = Array("Port news\n\nOfficials said 40% of roads were closed in 2024.\n".utf8)

    func makeFolder(_ ws: borrowing Workspace, _ relative: String) throws {
        try FileManager.default.createDirectory(at: ws.url.appendingPathComponent(relative), withIntermediateDirectories: true)
    }

    func exists(_ root: URL, _ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(relative).path)
    }

    func mode(_ root: URL, _ relative: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(relative).path)
        return try #require(attributes[.posixPermissions] as? Int)
    }

    func setMode(_ ws: borrowing Workspace, _ relative: String, _ mode: Int) throws {
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: ws.url.appendingPathComponent(relative).path)
    }

    func expectOneError(_ result: RunResult, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status != 0, sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, "\(result.stdout)", sourceLocation: sourceLocation)
        #expect(result.stderr == "claimdesk: error: \(message)\n", sourceLocation: sourceLocation)
    }

    // MARK: - Names

    /// 251 bytes: "x" and 125 two-byte "é", so a cut at 250 bytes would split a character.
    static let longStem = "x" + String(repeating: "é", count: 125)

    @Test func reportAllCutsLongNamesToFitAndTheIndexLinksToThem() throws {
        let ws = try Workspace()
        let name = Self.longStem + ".txt"
        #expect(name.utf8.count == 255)
        try makeFolder(ws, "a")
        try makeFolder(ws, "b")
        try ws.write("a/" + name, Self.article)
        try ws.write("b/" + name, Array("Port news\n\nOfficials said 12% of buses were late in 2024.\n".utf8))
        #expect(try ws.run(["add", "a", "b"]).status == 0)
        let all = try ws.run(["report", "--all"])
        #expect(all.status == 0, "\(all.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: ws.url.appendingPathComponent("Reports").path)
        #expect(names.count == 3, "\(names)")
        for name in names { #expect(name.utf8.count <= 255, "\(name)") }
        // The newer article keeps the whole stem; the older one's stem is cut at a character
        // boundary to leave room for its id.
        #expect(names.contains(Self.longStem + ".md"))
        #expect(names.contains(String(Self.longStem.dropLast()) + "-1.md"))
        // Every link of the index names a file that is there.
        let index = try String(contentsOf: ws.url.appendingPathComponent("Reports/index.md"), encoding: .utf8)
        let targets = index.components(separatedBy: "](<").dropFirst().compactMap { $0.components(separatedBy: ">)").first }
        #expect(targets.count == 2, "\(index)")
        for target in targets {
            let file = try #require(target.removingPercentEncoding)
            #expect(names.contains(file), "\(target)")
        }
    }

    @Test func checkCutsALongReportNameToFit() throws {
        let ws = try Workspace()
        // 253 bytes of stem and ".t": the longest name the file system takes, whose ".md" would not fit.
        let stem = "x" + String(repeating: "é", count: 126)
        let name = stem + ".t"
        #expect(name.utf8.count == 255)
        try ws.write(name, Self.article)
        let check = try ws.run(["check", name, "--json"])
        #expect(check.status == 0, "\(check.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let report = try #require(json["report"] as? String)
        #expect(report == "Reports/" + String(stem.dropLast()) + ".md")
        #expect(exists(ws.url, report))
    }

    // MARK: - The input

    @Test(arguments: [["Reports/x.md"], ["x.md", "--report-dir", "."], ["./x.md", "--report-dir", "./"]])
    func checkNeverOverwritesTheArticleItReads(_ arguments: [String]) throws {
        let ws = try Workspace()
        let file = arguments[0]
        try makeFolder(ws, "Reports")
        try ws.write(file, Self.article)
        let result = try ws.run(["check"] + arguments)
        let report = arguments.count == 1 ? "Reports/x.md" : "./x.md"
        expectOneError(
            result,
            "the report '\(report)' would overwrite the article '\(file)' itself; name another directory with --report-dir, or pass --no-report")
        #expect(try Data(contentsOf: ws.url.appendingPathComponent(file)) == Data(Self.article))
        #expect(!FileManager.default.fileExists(atPath: ws.database.path), "the database was created")
    }

    // MARK: - Modes

    @Test func writingOverAFileKeepsItsMode() throws {
        let ws = try checkedSample()
        try makeFolder(ws, "Reports")
        for file in ["claims.csv", "r.md", "Reports/sample.md", "Reports/index.md"] {
            try ws.write(file, Array("old\n".utf8))
            try setMode(ws, file, 0o600)
        }
        #expect(try ws.run(["export", "--format", "csv", "-o", "claims.csv"]).status == 0)
        #expect(try ws.run(["report", "1", "-o", "r.md"]).status == 0)
        #expect(try ws.run(["report", "--all"]).status == 0)
        for file in ["claims.csv", "r.md", "Reports/sample.md", "Reports/index.md"] {
            #expect(try mode(ws.url, file) == 0o600, "\(file)")
            #expect(try String(contentsOf: ws.url.appendingPathComponent(file), encoding: .utf8) != "old\n", "\(file)")
        }
        // check writes its report the same way.
        try setMode(ws, "Reports/sample.md", 0o640)
        #expect(try ws.run(["check", "Claims/sample.txt"]).status == 0)
        #expect(try mode(ws.url, "Reports/sample.md") == 0o640)
    }

    // MARK: - Errors

    @Test(arguments: [["report", "1", "-o", "out"], ["export", "-o", "out"], ["report", "1", "-o", "R"], ["export", "-o", "R"]])
    func outputNamingAFolderIsOneClearError(_ arguments: [String]) throws {
        let ws = try checkedSample()
        let folder = try #require(arguments.last)
        try makeFolder(ws, folder)
        expectOneError(try ws.run(arguments), "cannot write '\(folder)': it is a directory; name a file")
    }

    @Test func aOneLetterOutputNameIsWritten() throws {
        let ws = try checkedSample()
        let report = try ws.run(["report", "1", "-o", "x"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout == "Report written to x\n")
        #expect(exists(ws.url, "x"))
        let export = try ws.run(["export", "-o", "y"])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(exists(ws.url, "y"))
    }

    @Test func exportIntoAMissingFolderIsRefusedAndCreatesNothing() throws {
        let ws = try checkedSample()
        expectOneError(
            try ws.run(["export", "--format", "csv", "-o", "missing/deeper/claims.csv"]),
            "cannot write 'missing/deeper/claims.csv': there is no directory 'missing/deeper'")
        #expect(!exists(ws.url, "missing"))
        // check may still create its default Reports/ folder, and report -o its file's folder.
        #expect(try ws.run(["report", "1", "-o", "new/r.md"]).status == 0)
        #expect(exists(ws.url, "new/r.md"))
    }

    @Test func aFileInThePlaceOfTheFolderIsNamed() throws {
        let ws = try checkedSample()
        try ws.write("plain", Array("x".utf8))
        expectOneError(try ws.run(["export", "-o", "plain/claims.json"]), "cannot write 'plain/claims.json': 'plain' is a file, not a directory")
    }

    /// Runs `claimdesk` in `ws` as a user who cannot write the workspace folder: this user after
    /// chmod 555, or nobody (through setpriv) when the tests run as root, whom modes do not stop.
    func runWithoutWriteAccess(_ ws: borrowing Workspace, _ arguments: [String]) throws -> RunResult {
        guard geteuid() == 0 else {
            try setMode(ws, ".", 0o555)
            defer { try? setMode(ws, ".", 0o755) }
            return try ws.run(arguments)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", claimdeskBinary.path] + arguments
        process.currentDirectoryURL = ws.url
        process.environment = ws.environment()
        return try runProcess(process)
    }

    static let canDropWriteAccess = geteuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

    @Test(.enabled(if: canDropWriteAccess, "running as root without /usr/bin/setpriv: no way to lose write access"))
    func aReadOnlyFolderNamesTheFileThatCannotBeWrittenNotTheDatabase() throws {
        let ws = try checkedSample()
        expectOneError(try runWithoutWriteAccess(ws, ["export", "--format", "csv", "-o", "claims.csv"]), "cannot write 'claims.csv': permission denied")
        expectOneError(try runWithoutWriteAccess(ws, ["report", "1", "-o", "r.md"]), "cannot write 'r.md': permission denied")
        expectOneError(
            try runWithoutWriteAccess(ws, ["report", "--all"]),
            "cannot write reports into 'Reports': cannot create it: permission denied")
        #expect(!exists(ws.url, "claims.csv"))
        #expect(!exists(ws.url, "Reports"))
    }
}

extension OutputFileCLITests {
    /// A Markdown article kept in Reports/, checked with its report elsewhere, then every
    /// report written: no report, and not the index, may replace an article's file.
    @Test(arguments: ["Reports/x.md", "Reports/index.md"])
    func reportNeverOverwritesAnArticlesFile(_ file: String) throws {
        let ws = try Workspace()
        try makeFolder(ws, "Reports")
        try ws.write(file, Self.article)
        #expect(try ws.run(["check", file, "--report-dir", "elsewhere"]).status == 0)
        let all = try ws.run(["report", "--all"])
        expectOneError(all, "the report '\(file)' would overwrite the article '\(file)' itself; name another directory with -o")
        let one = try ws.run(["report", "1", "-o", file])
        expectOneError(one, "the report '\(file)' would overwrite the article '\(file)' itself; name another file with -o")
        #expect(try Data(contentsOf: ws.url.appendingPathComponent(file)) == Data(Self.article))
        #expect(try ws.run(["report", "--all", "-o", "elsewhere"]).status == 0)
    }
}
