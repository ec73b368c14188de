import ArgumentParser
import ClaimReports
import ClaimStore
import Foundation

extension ClaimDesk {
    /// Records a reviewer's verdict on a claim as a new history row.
    struct Mark: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mark",
            abstract: "Record a review of a claim: its status, a note and evidence.",
            discussion: "Statuses:\n" + ReviewStatus.allCases.map { "  \($0.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)) \($0.meaning)" }.joined(separator: "\n")
                + "\n\nEvery mark adds to the claim's history; nothing is overwritten. 'claimdesk show CLAIM' prints the history.")

        @OptionGroup var workspace: WorkspaceOptions

        @Argument(help: ArgumentHelp("The claim's id, as listed by 'claimdesk claims'.", valueName: "claim"))
        var claim: Int64

        @Argument(help: ArgumentHelp("The new status, from the list above.", valueName: "status"))
        var status: ReviewStatus

        @Option(help: ArgumentHelp("What the reviewer found.", valueName: "text"))
        var note: String?

        @Option(help: ArgumentHelp("A link to the evidence (http or https).", valueName: "url"))
        var evidence: String?

        @Option(help: ArgumentHelp("The passage of the evidence that settles the claim.", valueName: "text"))
        var quote: String?

        @Option(help: ArgumentHelp("Who reviewed it. Defaults to $CLAIMDESK_REVIEWER, then $USER.", valueName: "name"))
        var reviewer: String?

        @ArgumentParser.Flag(help: "Print the recorded review as JSON.")
        var json = false

        func validate() throws {
            if let evidence, let problem = EvidenceURL.problem(evidence) {
                throw ValidationError("--" + problem)
            }
            if let note, note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError("--note is empty; leave it out or say what you found")
            }
        }

        func run() throws {
            let database = try workspace.openForWriting()
            let env = ProcessInfo.processInfo.environment
            let who = reviewer ?? env["CLAIMDESK_REVIEWER"] ?? env["USER"]
            try database.mark(
                claim: claim,
                ReviewInput(status: status, reviewer: who, note: note, evidenceURL: evidence, evidenceQuote: quote),
                at: Clock.now)
            let stored = try database.claim(id: claim)
            if json {
                print(try JSONOutput.encode(ClaimJSON(stored)))
                return
            }
            print("Claim #\(claim) marked \(status.rawValue)" + (who.map { " by \($0)" } ?? "") + " (review \(stored.reviews.count) in its history).")
        }
    }
}
