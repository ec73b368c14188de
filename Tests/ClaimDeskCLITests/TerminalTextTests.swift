import ClaimModel
import ClaimStore
import Foundation
import Testing

@testable import claimdesk

/// The one sanitizer for the terminal (`String.terminalSafe`) where the layout is built.
@Suite struct TerminalTextTests {
    @Test func reverseVideoKeepsOurCodesAndDropsTheArticles() throws {
        let ws = try Workspace()
        try ws.write("esc.txt", Array("Officials \u{1B}[2Jsaid 40% of \u{1B}]lx\u{07}roads were closed in 2024.\n".utf8))
        #expect(try ws.run(["check", "esc.txt", "--no-report"]).status == 0)
        let claim = try ClaimDatabase(path: ws.database.path).claim(id: 1)
        #expect(Highlight.ansi.sentence(claim.claim.sentence, figures: claim.quantities)
            == "Officials \u{FFFD}[2Jsaid \u{1B}[1;7m40%\u{1B}[0m of \u{FFFD}]lx\u{FFFD}roads were closed in 2024.")
        #expect(Highlight.brackets.sentence(claim.claim.sentence, figures: claim.quantities)
            == "Officials \u{FFFD}[2Jsaid «40%» of \u{FFFD}]lx\u{FFFD}roads were closed in 2024.")
    }

    @Test func theProgressLabelIsAFileNameMadeSafe() {
        #expect(ProgressBar.render(done: 1, total: 2, width: 4, label: "Claims/\u{1B}]0;x\u{07}.txt") == "[##--] 1/2 Claims/\u{FFFD}]0;x\u{FFFD}.txt")
    }

    @Test func aTypedAnswerIsEchoedSafe() {
        var written = ""
        var lines = ["\u{1B}[2Jv"]
        var answers = LineAnswers(nextLine: { lines.isEmpty ? nil : lines.removeFirst() }, write: { written += $0 })
        #expect(answers.answer(prompt: "> ") == "\u{1B}[2Jv")
        #expect(written == "> \u{FFFD}[2Jv\n")
    }
}
