import Foundation
import Testing

/// Issue 16: control characters from articles and stored user text never reach the terminal
/// (stdout is a pipe here, so figures are «bracketed» and no ESC at all may appear).
@Suite struct TerminalControlCLITests {
    /// C0 controls but newline, DEL and C1 controls: what a terminal may act on.
    static func controls(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { s in
            (s.value < 0x20 && s != "\n") || s.value == 0x7F || (0x80...0x9F).contains(s.value)
        }
    }

    /// An article whose sentences carry a screen clear, a title change, a bell, a C1 CSI and a DEL.
    static let hostileArticle = "Harbour \u{1B}]0;pwned\u{07}news\n\nOfficials said \u{1B}[2J40% of roads were closed in 2024.\u{1B}]0;pwned\u{07} The port handled 1.2 million containers \u{9B}31m last year\u{7F}, Maria \u{1B}[31mOkafor said.\n\nSales at the \u{1B}[5mport fell 5% in March, the ministry said.\n"

    @Test func escapeSequencesFromArticlesNeverReachTheTerminal() throws {
        let ws = try Workspace()
        try ws.write("hostile.txt", Array(Self.hostileArticle.utf8))
        let name = "evil\u{1B}]0;title\u{07}.txt"
        try ws.write(name, Array("Officials said 12% of \u{1B}[2Jbuses were late in 2024.\n".utf8))
        var outputs: [(String, RunResult)] = []
        outputs.append(("check", try ws.run(["check", "hostile.txt"])))
        outputs.append(("check name", try ws.run(["check", name])))
        // Stored user text with controls in it, shown again by show and review.
        let mark = try ws.run(["mark", "1", "in-progress", "--note", "see \u{1B}[2J here", "--reviewer", "ana\u{1B}[8m", "--quote", "\u{9B}0m", "--evidence", "https://example.org/ok"])
        #expect(mark.status == 0, "\(mark.stderr)")
        outputs.append(("claims", try ws.run(["claims"])))
        for id in 1...3 { outputs.append(("show \(id)", try ws.run(["show", "\(id)"]))) }
        outputs.append(("search", try ws.run(["search", "officials"])))
        outputs.append(("search port", try ws.run(["search", "port"])))
        outputs.append(("search none", try ws.run(["search", "zebra\u{1B}[2J"])))
        outputs.append(("review", try ws.run(["review"], input: Array("\u{1B}[2J\nn\nagain \u{1B}[2J\ns\ns\ns\nq\n".utf8))))
        outputs.append(("report", try ws.run(["report", "--all"])))
        for (label, result) in outputs {
            #expect(result.status == 0, "\(label): \(result.stderr)")
            #expect(Self.controls(in: result.stdout).isEmpty, "\(label): \(result.stdout.debugDescription)")
            #expect(Self.controls(in: result.stderr).isEmpty, "\(label): \(result.stderr.debugDescription)")
        }
        // The text around the controls is still there to read.
        let shown = outputs.filter { $0.0.hasPrefix("show") }.map(\.1.stdout).joined()
        #expect(shown.contains("\"Officials said \u{FFFD}[2J40% of roads were closed in 2024.\u{FFFD}]0;pwned\u{FFFD} The port"), "\(shown)")
        #expect(try ws.run(["claims"]).stdout.contains("1.2 million containers"))
    }
}
