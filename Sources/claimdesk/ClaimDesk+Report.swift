import ArgumentParser
import ClaimReports
import ClaimStore

extension ClaimDesk {
    /// Writes the Markdown review checklist of one article.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Write an article's Markdown review checklist.",
            discussion: "Prints to standard output unless -o names a file. The report is deterministic: the same reviews give the same bytes.")

        @OptionGroup var workspace: WorkspaceOptions

        @Argument(help: ArgumentHelp("The article: its id or the path it was added from.", valueName: "article"))
        var article: String

        @Option(name: .shortAndLong, help: ArgumentHelp("Write the report to this file.", valueName: "file"))
        var output: String?

        func run() throws {
            let database = try workspace.openExisting()
            let record = try database.article(article)
            let claims = try database.claims(ClaimFilter(articleId: record.id))
            let markdown = ChecklistReport(article: record, claims: claims).render()
            if let output {
                try ReportFile.write(markdown, to: output)
                print("Report written to \(output)")
            } else {
                print(markdown, terminator: "")
            }
        }
    }
}
