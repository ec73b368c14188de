import ArgumentParser
import ClaimReports
import ClaimModel
import ClaimStore
import DeskKit
import Foundation

extension ClaimDesk {
    /// Records a reviewer's verdict on a claim as a new history row.
    struct Mark: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mark",
            abstract: "Record a review of a claim: its status, a note and evidence.",
            discussion: "Statuses:\n" + ReviewStatus.allCases.map { "  \($0.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)) \($0.meaning)" }.joined(separator: "\n")
                + "\n\nEvery mark adds to the claim's history; nothing is overwritten. 'claimdesk show CLAIM' prints the history. Marking a claim with exactly its latest review again (same status, reviewer, note and evidence) adds nothing, so retrying a mark whose outcome you did not see is safe. Once the review is saved the exit status is 0; a problem showing the claim afterwards is a warning.")

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
            // Read before the mark: the verdict it would replace, to say so once it is saved.
            // A claim that cannot be read (unknown, or damaged) can still be marked, or is
            // refused by the mark itself, so it only goes without the warning.
            let overridden = (try? database.claim(id: claim))?.verdictOverridden(by: who, with: status)
            let result = try database.markOnce(
                claim: claim,
                ReviewInput(status: status, reviewer: who, note: note, evidenceURL: evidence, evidenceQuote: quote),
                at: Clock.now)
            // The review is committed. Nothing after this may report failure: a user who saw
            // one would mark again. (A retry of the same mark stores nothing: markOnce.)
            let by = who.map { " by \($0.terminalSafe)" } ?? ""
            if result.isNew, let overridden {
                let whose = overridden.reviewer.map { " by \($0.terminalSafe)" } ?? ""
                Diagnostics.warning(
                    "claim \(claim) was \(overridden.status.rawValue)\(whose); your \(status.rawValue) replaces it as its status (both stay in its history)")
            }
            do {
                let stored = try database.claim(id: claim)
                for line in stored.damage { Diagnostics.warning("claim \(claim): \(line)") }
                if json {
                    print(JSONOutput.encode(ClaimJSON(stored)))
                    return
                }
                let place = "review \(stored.reviews.count) in its history"
                print(result.isNew
                    ? "Claim #\(claim) marked \(status.rawValue)\(by) (\(place))."
                    : "Claim #\(claim) already has this review (\(place)); nothing was added.")
            } catch {
                Diagnostics.warning("the review was saved, but the claim cannot be shown: \(error)")
                if json {
                    print((try? JSONOutput.encode(SavedReviewJSON(claim: claim, result.review, isNew: result.isNew))) ?? "{}")
                } else {
                    print(result.isNew
                        ? "Claim #\(claim) marked \(status.rawValue)\(by)."
                        : "Claim #\(claim) already has this review; nothing was added.")
                }
            }
        }
    }
}

/// `mark --json` when the claim cannot be shown after its review was saved: the review
/// itself, so that a script still learns it landed.
struct SavedReviewJSON: Encodable {
    var id: Int64
    var review: ClaimJSON.Review
    var is_new: Bool

    init(claim: Int64, _ review: ReviewRecord, isNew: Bool) {
        id = claim
        self.review = ClaimJSON.Review(review)
        is_new = isNew
    }
}
