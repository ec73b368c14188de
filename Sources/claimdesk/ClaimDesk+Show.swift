import ArgumentParser
import ClaimReports
import ClaimModel
import ClaimStore

extension ClaimDesk {
    /// Prints one claim in full: sentence, figures, flags and review history.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show a claim with its sentence, figures, flags and full review history.")

        @OptionGroup var workspace: WorkspaceOptions

        @Argument(help: ArgumentHelp("The claim's id, as listed by 'claimdesk claims'.", valueName: "claim"))
        var claim: Int64

        @ArgumentParser.Flag(help: "Print JSON instead of text.")
        var json = false

        func run() throws {
            let database = try workspace.openReadOnly()
            let stored = try database.claim(id: claim)
            if json {
                print(JSONOutput.encode(ClaimJSON(stored)))
                return
            }
            let article = try database.article(String(stored.claim.articleId))
            print(ClaimText.full(stored, article: article))
        }
    }
}
