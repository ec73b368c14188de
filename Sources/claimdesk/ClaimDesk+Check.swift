import ArgumentParser
import ClaimAnalysis
import ClaimReports
import ClaimModel
import ClaimStore
import DeskKit
import Foundation

extension ClaimDesk {
    /// The main job: add an article, print its claims, write its review report.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Add an article, print its claims and flags, and write its review report.",
            discussion: """
                Reads an article (plain text, Markdown or HTML, UTF-8 with or without a BOM;
                the format comes from the extension, .html/.htm or .md/.markdown, or from
                the content), drops page furniture, extracts every numeric and statistical
                claim, checks the article's arithmetic (changes against their endpoints, shares
                against the whole, totals against parts, "doubled" and "N years" against the
                figures), stores the
                article and its claims in the workspace database, prints each claim with its
                figures, attribution and flags, and writes a Markdown checklist to
                <report-dir>/<file name>.md. Adding the same text again stores nothing new; the
                claims and report of the stored copy are shown.

                The report is named as 'report --all' names it: characters other than letters,
                digits, '.', '_', '-' and space become '-', and a name past 255 bytes is cut.
                A report that would replace the article itself (check Reports/x.md) is refused
                before anything is stored: name another --report-dir, or pass --no-report.
                Rewriting a report keeps the file's permissions.
                """)

        @OptionGroup var workspace: WorkspaceOptions

        @Argument(help: ArgumentHelp("The article to check: a UTF-8 text, Markdown or HTML file.", valueName: "file"))
        var file: String

        @Option(name: .customLong("report-dir"), help: ArgumentHelp("Where the report goes.", valueName: "dir"))
        var reportDirectory = "Reports"

        @ArgumentParser.Flag(name: .customLong("no-report"), help: "Do not write a report.")
        var noReport = false

        @ArgumentParser.Flag(help: "Print the article and its claims as JSON instead of text.")
        var json = false

        func run() throws {
            // Read and validate the article, and where its report goes, before opening the
            // database: a bad file or an unwritable report must leave it untouched.
            let text = try ArticleFile.read(file)
            let reportName = ReportFileName.checklist(for: file)
            if !noReport {
                try OutputFile.checkDirectory(reportDirectory, for: "the report", missingDirectory: .create)
                if let reportName { try Self.refuseOverwriting(file, with: PathName.join(reportDirectory, reportName)) }
            }
            let database = try workspace.open()
            let result = try ArticleIntake.store(text, from: file, in: database, at: Clock.now)
            let article = result.article
            let claims = try database.claims(ClaimFilter(articleId: article.id))

            var reportPath: String?
            if !noReport {
                let path = PathName.join(reportDirectory, reportName ?? "article-\(article.id!).md")
                try OutputFile.write(ChecklistReport(article: article, claims: claims).render(), to: path, missingDirectory: .create)
                reportPath = path
            }

            if json {
                print(try JSONOutput.encode(CheckJSON(article: article, isNew: result.isNew, claims: claims, report: reportPath)))
                return
            }
            let verb = result.isNew ? "Added" : "Already stored:"
            print("\(verb) \(file.terminalSafe) as article #\(article.id!)" + (article.title.map { ": \($0.terminalSafe)" } ?? ""))
            let flagged = claims.filter { $0.flags.contains { !$0.kind.isNote } }.count
            print("\(claims.count) claim\(claims.count == 1 ? "" : "s"), \(flagged) with open questions, most check-worthy first.")
            for claim in claims {
                print("")
                print(ClaimText.block(claim))
            }
            if let reportPath {
                print("")
                print("Report written to \(reportPath.terminalSafe)")
            }
        }

        /// Throws when `report` is the article file itself (`OutputFile.isSameFile`):
        /// writing it would destroy the article being checked.
        static func refuseOverwriting(_ article: String, with report: String) throws {
            guard OutputFile.isSameFile(article, report) else { return }
            throw CLIError(
                "the report '\(report.terminalSafe)' would overwrite the article '\(article.terminalSafe)' itself; name another directory with --report-dir, or pass --no-report")
        }
    }
}
