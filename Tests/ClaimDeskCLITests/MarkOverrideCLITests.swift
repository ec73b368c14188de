import Foundation
import TestSupport
import Testing

/// A verdict over another reviewer's verdict is saved, with a warning that says whose it replaced.
@Suite struct MarkOverrideCLITests {
    @Test func aVerdictOverAnotherReviewersIsSavedWithAWarning() throws {
        let ws = try Workspace()
        try ws.copy("Claims/sample.txt")
        #expect(try ws.run(["check", "Claims/sample.txt", "--no-report"]).status == 0)
        let first = try ws.run(["mark", "1", "disputed", "--reviewer", "ana"])
        #expect(first.status == 0 && first.stderr.isEmpty, "\(first.stderr)")
        let over = try ws.run(["mark", "1", "verified", "--reviewer", "ben"])
        #expect(over.status == 0)
        #expect(over.stderr == "claimdesk: warning: claim 1 was disputed by ana; your verified replaces it as its status (both stay in its history)\n")
        #expect(over.stdout == "Claim #1 marked verified by ben (review 2 in its history).\n")
        // Agreeing, changing one's own mind, retrying and a note in progress warn of nothing.
        for (arguments, expected) in [
            (["mark", "1", "verified", "--reviewer", "ana"], "Claim #1 marked verified by ana (review 3 in its history).\n"),
            (["mark", "1", "false", "--reviewer", "ana"], "Claim #1 marked false by ana (review 4 in its history).\n"),
            (["mark", "1", "false", "--reviewer", "ana"], "Claim #1 already has this review (review 4 in its history); nothing was added.\n"),
            (["mark", "1", "in-progress", "--reviewer", "ben", "--note", "rechecking"], "Claim #1 marked in-progress by ben (review 5 in its history).\n"),
        ] {
            let run = try ws.run(arguments)
            #expect(run.status == 0 && run.stderr.isEmpty, "\(arguments): \(run.stderr)")
            #expect(run.stdout == expected, "\(arguments)")
        }
    }
}
