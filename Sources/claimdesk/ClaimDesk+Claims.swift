import ArgumentParser
import ClaimAnalysis
import ClaimReports
import ClaimModel
import ClaimStore

extension ClaimDesk {
    /// Lists stored claims, filtered by article, status or flag.
    struct Claims: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "claims",
            abstract: "List claims, most check-worthy first.",
            discussion: "Filters combine: 'claimdesk claims --article 1 --status unreviewed --flag no-source'.")

        @OptionGroup var workspace: WorkspaceOptions

        @Option(help: ArgumentHelp("Only claims of this article: its id or the path it was added from.", valueName: "article"))
        var article: String?

        @Option(help: ArgumentHelp("Only claims whose latest status is this one.", valueName: "status"))
        var status: ReviewStatus?

        @Option(help: ArgumentHelp("Only claims carrying this flag (\(FlagKind.allCases.map(\.rawValue).joined(separator: ", "))).", valueName: "flag"))
        var flag: FlagKind?

        @Option(help: ArgumentHelp("Only claims whose speaker's name holds these words, in any case: 'okafor', 'the ministry'.", valueName: "speaker"))
        var speaker: String?

        @ArgumentParser.Flag(help: "Print JSON instead of a table.")
        var json = false

        func run() throws {
            let database = try workspace.openReadOnly()
            let articleId = try article.map { try database.article($0).id! }
            let claims = try database.claims(ClaimFilter(articleId: articleId, status: status, flag: flag, speaker: speaker))
            if json {
                print(JSONOutput.encode(claims.map(ClaimJSON.init)))
                return
            }
            guard !claims.isEmpty else {
                print("No claims match.")
                return
            }
            print(ClaimText.rowHeader)
            for claim in claims { print(ClaimText.row(claim)) }
        }
    }
}

extension ReviewStatus: ExpressibleByArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension FlagKind: ExpressibleByArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
