import ClaimModel
import ClaimStore
import Foundation
import TestSupport
import DeskKit
import Testing

@testable import claimdesk

/// `claimdesk review` driven through a pipe, as a script or a transcript would drive it. The
/// sample article's open claims, in priority order, are #3, #2, #4, #6, #1, #5, #7, #8.
@Suite struct ReviewSessionTests {
    /// A workspace with Claims/sample.txt checked in as article #1.
    private func sampleWorkspace() throws -> Workspace {
        let ws = try Workspace()
        try ws.copy("Claims/sample.txt")
        let check = try ws.run(["check", "Claims/sample.txt", "--no-report"])
        #expect(check.status == 0, "\(check.stderr)")
        return ws
    }

    private func review(_ ws: borrowing Workspace, _ lines: String, _ arguments: [String] = []) throws -> RunResult {
        let result = try ws.run(["review"] + arguments, input: Array(lines.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        return result
    }

    private func history(_ ws: borrowing Workspace, claim: Int) throws -> [[String: Any]] {
        let show = try ws.run(["show", "\(claim)", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        return try #require(json["reviews"] as? [[String: Any]])
    }

    /// The "[n/8] #id" headers in the order the session showed them.
    private func shown(_ output: String) -> [String] {
        output.split(separator: "\n").filter { $0.hasPrefix("[") }.map { String($0.split(separator: " ").prefix(2).joined(separator: " ")) }
    }

    @Test func verdictsAreSavedAsTheyAreGiven() throws {
        let ws = try sampleWorkspace()
        let run = try review(ws, "v\nd\nq\n", ["Claims/sample.txt"])
        #expect(shown(run.stdout) == ["[1/8] #3", "[2/8] #2", "[3/8] #4"])
        // Not a terminal: figures in brackets, and the answers echoed after their prompts.
        #expect(run.stdout.contains("\"Freight now pays for «62%» of the port's running costs,\""))
        #expect(run.stdout.contains("handled «1.2 million containers» in 2025, up «8%» from"))
        #expect(run.stdout.contains("? more > v\nSaved: #3 verified.\n"))
        #expect(run.stdout.contains("? more > d\nSaved: #2 disputed.\n"))
        #expect(run.stdout.hasSuffix("Saved 2 verdicts (1 verified, 1 disputed).\n6 claims still open in article #1 (Claims/sample.txt); 'claimdesk review 1' resumes.\n"))
        #expect(!run.stdout.contains("\u{1B}["))

        let show3 = try ws.run(["show", "3"])
        #expect(show3.stdout.contains("#3  statistic  worthiness 100  verified"))
        #expect(show3.stdout.contains("2026-05-28T20:26:40Z  verified by tester"))
        let show2 = try ws.run(["show", "2"])
        #expect(show2.stdout.contains("disputed by tester"))
        #expect(try ws.run(["show", "4"]).stdout.contains("history: no reviews yet"))
    }

    @Test func theClaimShowsFlagsArithmeticAndWhatToCheck() throws {
        let ws = try sampleWorkspace()
        let run = try review(ws, "s\ns\ns\nq\n")
        // All articles: the article is named on each claim.
        #expect(run.stdout.contains("[4/8] #6 · money · worthiness 75 · unreviewed · article #1\n"))
        #expect(run.stdout.contains("  flag missing-figure: Currency sign with no amount"))
        #expect(run.stdout.contains("  flag vague-quantity: \"dozens of\" gives no exact figure: ask how many, and according to whom.\n"))
        #expect(run.stdout.contains("  check: Recover the missing figure from the original source, then check it like any other.\n"))
        #expect(run.stdout.contains("  figure: 1,300 jobs → ~ 1,300 job (about new terminal)\n  source: Okafor, via Lindenport Ledger\n"))
    }

    @Test func theArithmeticOfAnInconsistencyIsShown() throws {
        let ws = try Workspace()
        try ws.write("ferry.txt", Array(ConsistencyCLITests.article.utf8))
        _ = try ws.run(["check", "ferry.txt", "--no-report"])
        let run = try review(ws, "s\ns\nq\n", ["ferry.txt"])
        #expect(run.stdout.contains("  flag inconsistent: \"40 miles\" does not match the endpoints"))
        #expect(run.stdout.contains("\n    arithmetic: 287 − 252 = 35 miles; stated: 40 miles\n"))
        #expect(run.stdout.contains("\n    arithmetic: 62% + 45% = 107% > 100%\n"))
        #expect(run.stdout.contains("«62%» of residents backed the route and «45%» of residents opposed it"))
    }

    @Test func aSecondRunResumesAtTheFirstUnansweredClaim() throws {
        let ws = try sampleWorkspace()
        _ = try review(ws, "v\nd\nq\n")
        let second = try review(ws, "q\n", ["1"])
        #expect(second.stdout.hasPrefix(
            "Reviewing article #1 (Claims/sample.txt): 6 of 8 claims open, most check-worthy first.\nResuming: 2 already have a verdict.\n"))
        #expect(shown(second.stdout) == ["[3/8] #4"])
        #expect(second.stdout.hasSuffix("Saved no verdicts.\n6 claims still open in article #1 (Claims/sample.txt); 'claimdesk review 1' resumes.\n"))
    }

    @Test func aSkipRecordsNothingAndTheClaimStaysOpen() throws {
        let ws = try sampleWorkspace()
        let run = try review(ws, "s\nq\n")
        #expect(run.stdout.contains("Skipped #3: it stays open.\n"))
        #expect(run.stdout.contains("Saved no verdicts. Skipped, still open: #3.\n"))
        #expect(try history(ws, claim: 3).isEmpty)
        // Skips are not stored, so the next run shows the skipped claim first again.
        let next = try review(ws, "q\n")
        #expect(shown(next.stdout) == ["[1/8] #3"])
    }

    @Test func skippedClaimsComeBackAfterTheOthers() throws {
        let ws = try sampleWorkspace()
        // Skip #3 (an empty line skips too), answer the other seven, then #3 comes round again.
        let run = try review(ws, "s\n" + String(repeating: "f\n", count: 6) + "\n" + "v\n")
        #expect(shown(run.stdout) == [
            "[1/8] #3", "[2/8] #2", "[3/8] #4", "[4/8] #6", "[5/8] #1", "[6/8] #5", "[7/8] #7", "[8/8] #8",
            "[1/8] #3", "[8/8] #8",
        ])
        #expect(run.stdout.contains("\nBack to the 2 skipped claims.\n"))
        #expect(run.stdout.contains("Skipped #8: it stays open."))
        #expect(run.stdout.hasSuffix("Saved 7 verdicts (1 verified, 6 false). Skipped, still open: #8.\n1 claim still open in this database; 'claimdesk review' resumes.\n"))
    }

    @Test func aWholePassOfSkipsEndsTheSession() throws {
        let ws = try sampleWorkspace()
        let run = try review(ws, String(repeating: "s\n", count: 20))
        #expect(shown(run.stdout).count == 8)
        #expect(run.stdout.contains("\nEvery remaining claim was skipped.\nSaved no verdicts. Skipped, still open: #3, #2, #4, #6, #1, #5, #7, #8.\n"))
    }

    @Test func aNoteIsSavedAtOnceAndGoesWithTheVerdict() throws {
        let ws = try sampleWorkspace()
        let run = try review(ws, "n\nPort accounts say 58%\nd\nq\n", ["--reviewer", "ana"])
        #expect(run.stdout.contains("Note (Enter to cancel): Port accounts say 58%\nNote saved on #3 (in-progress); it will go with your verdict.\n"))
        #expect(run.stdout.contains("Saved: #3 disputed, with your note.\n"))
        let reviews = try history(ws, claim: 3)
        #expect(reviews.compactMap { $0["status"] as? String } == ["in-progress", "disputed"])
        #expect(reviews.compactMap { $0["note"] as? String } == ["Port accounts say 58%", "Port accounts say 58%"])
        #expect(reviews.compactMap { $0["reviewer"] as? String } == ["ana", "ana"])
    }

    @Test func aNoteWithoutAVerdictKeepsTheClaimOpenInProgress() throws {
        let ws = try sampleWorkspace()
        _ = try review(ws, "n\ncalled the port office\nq\n")
        #expect(try history(ws, claim: 3).compactMap { $0["status"] as? String } == ["in-progress"])
        // In progress is still open: the next run starts there and shows the note.
        let next = try review(ws, "\n\n")
        #expect(shown(next.stdout).first == "[1/8] #3")
        #expect(next.stdout.contains("[1/8] #3 · statistic · worthiness 100 · in-progress"))
        #expect(next.stdout.contains("  earlier: 2026-05-28T20:26:40Z in-progress by tester: called the port office\n"))
        // An empty note is no note.
        let empty = try review(ws, "n\n\nq\n")
        #expect(empty.stdout.contains("No note added.\n"))
        #expect(try history(ws, claim: 3).count == 1)
    }

    @Test func evidenceIsValidatedLikeMark() throws {
        let ws = try sampleWorkspace()
        let run = try review(ws, "e\nftp://example.org/data\ne\nexample.org\ne\nhttps://example.org/accounts\nbudget table, p. 4\nv\nq\n")
        #expect(run.stdout.contains("Not saved: evidence must be an http or https URL, got 'ftp://example.org/data'.\n"))
        #expect(run.stdout.contains("Not saved: evidence must be an http or https URL, got 'example.org'.\n"))
        #expect(run.stdout.contains("Evidence saved on #3 (in-progress); it will go with your verdict.\n"))
        #expect(run.stdout.contains("Saved: #3 verified, with your evidence.\n"))
        let reviews = try history(ws, claim: 3)
        #expect(reviews.compactMap { $0["status"] as? String } == ["in-progress", "verified"])
        #expect(reviews.compactMap { $0["evidence_url"] as? String } == ["https://example.org/accounts", "https://example.org/accounts"])
        #expect(reviews.compactMap { $0["evidence_quote"] as? String } == ["budget table, p. 4", "budget table, p. 4"])
        // The session went on to the next claim.
        #expect(shown(run.stdout) == ["[1/8] #3", "[2/8] #2"])
    }

    @Test func theEndOfInputKeepsWhatWasAnswered() throws {
        let ws = try sampleWorkspace()
        // No q: the input just stops, the last line without its newline.
        let run = try review(ws, "v\nf")
        #expect(run.stdout.contains("? more > (end of input)\n"))
        #expect(run.stdout.hasSuffix("Saved 2 verdicts (1 verified, 1 false).\n6 claims still open in this database; 'claimdesk review' resumes.\n"))
        #expect(try history(ws, claim: 3).compactMap { $0["status"] as? String } == ["verified"])
        #expect(try history(ws, claim: 2).compactMap { $0["status"] as? String } == ["false"])
        // Input ending inside a note prompt: the verdict before it is kept, the note is not made up.
        let ws2 = try sampleWorkspace()
        let cut = try review(ws2, "v\nn\n")
        #expect(cut.stdout.contains("Note (Enter to cancel): (end of input)\n"))
        #expect(try history(ws2, claim: 3).count == 1)
        #expect(try history(ws2, claim: 2).isEmpty)
    }

    @Test func wordsAndOtherVerdictKeys() throws {
        let ws = try sampleWorkspace()
        let run = try review(ws, "misleading\nnot-a-claim\nM\nu\ni\nx\nVerified\nz\n?\nquit\n")
        #expect(run.stdout.contains("'z' is not an answer; press ? for the keys.\n"))
        #expect(run.stdout.contains("  x  not-a-claim   not a checkable statement"))
        let statuses = try [3, 2, 4, 6, 1, 5, 7].map { try history(ws, claim: $0).last?["status"] as? String }
        #expect(statuses == ["misleading", "not-a-claim", "mostly-true", "unverifiable", "misleading", "not-a-claim", "verified"])
    }

    @Test func nothingOpenIsAClearMessage() throws {
        let ws = try sampleWorkspace()
        _ = try review(ws, String(repeating: "v\n", count: 8))
        let again = try review(ws, "v\n", ["Claims/sample.txt"])
        #expect(again.stdout == "No open claims in article #1 (Claims/sample.txt): all 8 have a verdict.\n")
        // An article with no claims at all.
        try ws.write("calm.txt", Array("The harbour was calm today. Gulls circled the quay.\n".utf8))
        _ = try ws.run(["check", "calm.txt", "--no-report"])
        let calm = try review(ws, "", ["calm.txt"])
        #expect(calm.stdout == "No claims in article #2 (calm.txt): nothing to review.\n")
    }

    @Test func aMissingDatabaseOrArticleIsAnError() throws {
        let ws = try Workspace()
        let none = try ws.run(["review"], input: Array("v\n".utf8))
        #expect(none.status != 0)
        #expect(none.stderr == "claimdesk: error: no database at 'claimdesk.sqlite': add an article first with 'claimdesk check FILE'\n")
        #expect(!FileManager.default.fileExists(atPath: ws.database.path))
        let ws2 = try sampleWorkspace()
        let unknown = try ws2.run(["review", "Claims/other.txt"], input: [])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no article 'Claims/other.txt'"))
    }

    @Test func aClaimMarkedElsewhereMeanwhileIsPassedOver() throws {
        let ws = try sampleWorkspace()
        let database = try ClaimDatabase(path: ws.database.path)
        let article = try database.article("1")
        var output = ""
        // The loop without a terminal or a process: lines from an array, output to a string.
        var lines = ["v"]
        var answers = LineAnswers(
            nextLine: {
                // Before the second answer, someone else marks #2.
                if lines.isEmpty { return nil }
                let line = lines.removeFirst()
                _ = try? database.mark(claim: 2, ReviewInput(status: .false, reviewer: "ben"), at: Date(timeIntervalSince1970: 0))
                return line
            }, write: { output += $0 })
        let session = ReviewSession(
            database: database, article: article, reviewer: "ana", highlight: .brackets,
            now: { Date(timeIntervalSince1970: 1_780_000_000) }, write: { output += $0 })
        let summary = try session.run(&answers)
        #expect(output.contains("\n#2 was marked false meanwhile; moving on.\n"))
        #expect(output.contains("[3/8] #4"))
        #expect(summary.ending == .endOfInput)
        #expect(summary.verdicts == [.verified])
        #expect(summary.stillOpen == 6)
    }

    @Test func answerKeysAndHighlighting() throws {
        #expect(ReviewAnswer("v") == .verdict(.verified))
        #expect(ReviewAnswer("  D\n") == .verdict(.disputed))
        #expect(ReviewAnswer("false") == .verdict(.false))
        #expect(ReviewAnswer("misleading") == .verdict(.misleading))
        #expect(ReviewAnswer("mostly") == .verdict(.mostlyTrue))
        #expect(ReviewAnswer("not-a-claim") == .verdict(.notAClaim))
        #expect(ReviewAnswer("note") == .note)
        #expect(ReviewAnswer("") == .skip)
        #expect(ReviewAnswer("\n") == .skip)
        #expect(ReviewAnswer("\u{04}") == .quit)
        #expect(ReviewAnswer("in-progress") == .unknown("in-progress"))
        #expect(ReviewAnswer("unreviewed") == .unknown("unreviewed"))
        #expect(ReviewAnswer("!") == .unknown("!"))

        let ws = try sampleWorkspace()
        let database = try ClaimDatabase(path: ws.database.path)
        let claim = try database.claim(id: 2)
        #expect(Highlight.ansi.sentence(claim.claim.sentence, figures: claim.quantities)
            == "Council treasurer Maria Okafor said the harbour handled \u{1B}[1;7m1.2 million containers\u{1B}[0m in 2025, up \u{1B}[1;7m8%\u{1B}[0m from the year before.")
        // A span that does not match its text falls back to finding the text.
        var moved = claim.quantities
        moved[0].spanStart += 3
        moved[0].spanEnd += 3
        #expect(Highlight.brackets.sentence(claim.claim.sentence, figures: moved)
            == "Council treasurer Maria Okafor said the harbour handled «1.2 million containers» in 2025, up «8%» from the year before.")
        #expect(EvidenceURL.problem("https://example.org/x") == nil)
        #expect(EvidenceURL.problem("mailto:a@b.c") != nil)
    }
}

/// `claimdesk review` on a pseudo-terminal made by util-linux `script`: keys are written one at
/// a time, without newlines, each after the prompt that asks for it.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs /usr/bin/script (util-linux) for a pseudo-terminal"))
struct ReviewSessionTerminalTests {
    /// The session's output so far, filled by a reader thread.
    private final class Output: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        func append(_ more: Data) { lock.withLock { data.append(more) } }
        var text: String { lock.withLock { String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r", with: "") } }
    }

    /// Runs `shellCommand` under `script` in the workspace; `steps` are (text to wait for, how
    /// many times it must have appeared, keys to type then).
    private func runOnTerminal(
        _ ws: borrowing Workspace, _ shellCommand: String, environment: [String: String] = [:],
        steps: [(waitFor: String, count: Int, keys: String)]
    ) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", shellCommand, "/dev/null"]
        process.currentDirectoryURL = ws.url
        var env = ws.environment(["SHELL": "/bin/sh", "TERM": "xterm"])
        env["NO_COLOR"] = nil
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stdout
        let output = Output()
        let reader = stdout.fileHandleForReading
        let done = DispatchSemaphore(value: 0)
        try process.run()
        Thread.detachNewThread {
            while true {
                let chunk = reader.availableData
                if chunk.isEmpty { break }
                output.append(chunk)
            }
            done.signal()
        }
        for step in steps {
            let deadline = Date().addingTimeInterval(60)
            while output.text.components(separatedBy: step.waitFor).count - 1 < step.count {
                guard Date() < deadline else {
                    process.terminate()
                    Issue.record("timed out waiting for \(step.count)× '\(step.waitFor)' in:\n\(output.text)")
                    return output.text
                }
                Thread.sleep(forTimeInterval: 0.05)
            }
            stdin.fileHandleForWriting.write(Data(step.keys.utf8))
        }
        process.waitUntilExit()
        try? stdin.fileHandleForWriting.close()
        _ = done.wait(timeout: .now() + 10)
        return output.text
    }

    private let prompt = "? more > "

    private func sampleWorkspace() throws -> Workspace {
        let ws = try Workspace()
        try ws.copy("Claims/sample.txt")
        _ = try ws.run(["check", "Claims/sample.txt", "--no-report"])
        return ws
    }

    @Test func singleKeysWithoutEnterAndTheTerminalIsRestored() throws {
        let ws = try sampleWorkspace()
        let binary = claimdeskBinary.path
        let text = try runOnTerminal(
            ws, "'\(binary)' review; echo \"exit=$?\"; stty -a",
            steps: [
                (prompt, 1, "v"),
                (prompt, 2, "n"),
                ("Note (Enter to cancel): ", 1, "called the port\n"),
                (prompt, 3, "d"),
                (prompt, 4, "q"),
            ])
        // A terminal: figures in reverse video; the key pressed is shown after the prompt.
        #expect(text.contains("Freight now pays for \u{1B}[1;7m62%\u{1B}[0m of the port's"))
        #expect(text.contains("? more > v\nSaved: #3 verified.\n"))
        #expect(text.contains("Saved: #2 disputed, with your note.\n"))
        #expect(text.contains("exit=0\n"))
        // Canonical mode and echo are back on for the shell.
        let stty = try #require(text.components(separatedBy: "exit=0\n").last)
        #expect(stty.contains(" icanon ") && !stty.contains("-icanon"), "\(stty)")
        #expect(stty.contains(" echo ") && !stty.contains("-echo "), "\(stty)")
        #expect(try ws.run(["show", "3"]).stdout.contains("verified by tester"))
        #expect(try ws.run(["show", "2"]).stdout.contains("disputed by tester: called the port"))
    }

    @Test func ctrlCKeepsTheAnswersAndRestoresTheTerminal() throws {
        let ws = try sampleWorkspace()
        let binary = claimdeskBinary.path
        // The trap keeps the shell alive after Ctrl-C, so that it can report and run stty.
        let text = try runOnTerminal(
            ws, "trap 'echo trapped' INT; '\(binary)' review; echo \"exit=$?\"; stty -a",
            environment: ["NO_COLOR": "1"],
            steps: [(prompt, 1, "v"), (prompt, 2, "\u{03}")])
        #expect(text.contains("Interrupted: every answer given so far is saved.\n"))
        #expect(text.contains("exit=130\n"))
        // NO_COLOR: brackets even on a terminal.
        #expect(text.contains("Freight now pays for «62%» of the port's"))
        let stty = try #require(text.components(separatedBy: "exit=130\n").last)
        #expect(stty.contains(" icanon ") && !stty.contains("-icanon"), "\(stty)")
        #expect(stty.contains(" echo ") && !stty.contains("-echo "), "\(stty)")
        #expect(try ws.run(["show", "3"]).stdout.contains("verified by tester"))
        #expect(try ws.run(["show", "2"]).stdout.contains("history: no reviews yet"))
    }
}
