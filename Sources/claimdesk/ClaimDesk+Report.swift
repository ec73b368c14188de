import ArgumentParser
import ClaimReports
import ClaimModel
import ClaimStore
import Foundation

extension ClaimDesk {
    /// Writes the Markdown review checklist of one article, or of all of them with an index.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Write an article's Markdown review checklist, or every article's and an index.",
            discussion: """
                With an article, prints its checklist to standard output unless -o names a file.

                With --all, writes every article's checklist into a directory (-o, default
                Reports), each named after the article's file as 'claimdesk check' names it
                (Claims/sample.txt → Reports/sample.md; an older article with the same name
                gets its id: sample-1.md), and an index, index.md: per article a progress bar
                (settled/total claims) and its open flags by kind, then every claim with a
                verdict across articles, false and disputed first, then misleading,
                mostly-true, unverifiable and verified, each linking to its checklist.

                Reports are deterministic: the same reviews give the same bytes (the index's
                one date is that of the newest review, not the clock). File names fit in 255
                bytes (a long name is cut, at a whole character, before its id and .md), and
                a file written over keeps its permissions.

                Examples:
                  claimdesk report 1
                  claimdesk report Claims/sample.txt -o Reports/sample.md
                  claimdesk report --all                 Reports/index.md and a checklist per article
                  claimdesk report --all -o site/checks
                """)

        @OptionGroup var workspace: WorkspaceOptions

        @Argument(help: ArgumentHelp("The article: its id or the path it was added from. Leave out with --all.", valueName: "article"))
        var article: String?

        @ArgumentParser.Flag(help: "Write every article's checklist and an index (index.md) into a directory.")
        var all = false

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp("Write the report to this file; with --all, the directory for all reports (default Reports).", valueName: "path"))
        var output: String?

        func validate() throws {
            if all, let article {
                throw ValidationError("give an article or --all, not both (got '\(article)' and --all)")
            }
            if !all, article == nil {
                throw ValidationError("name an article (its id or the path it was added from), or pass --all for every article")
            }
        }

        func run() throws {
            // Where the files go is checked before the database is opened, so that an
            // unwritable place is named as such, not as a database that cannot be opened.
            if all {
                let directory = output ?? "Reports"
                var status = stat()
                if stat(directory, &status) == 0, status.st_mode & S_IFMT != S_IFDIR {
                    throw CLIError("cannot write reports into '\(directory.terminalSafe)': it is a file; with --all, -o names a directory")
                }
                try OutputFile.checkDirectory(directory, for: "reports", missingDirectory: .create)
                try writeAll(try workspace.openReadOnly(), to: directory)
                return
            }
            if let output { try OutputFile.checkWritable(output, missingDirectory: .create) }
            let database = try workspace.openReadOnly()
            let record = try database.article(article!)
            let claims = try database.claims(ClaimFilter(articleId: record.id))
            let markdown = ChecklistReport(article: record, claims: claims).render()
            if let output {
                if OutputFile.isSameFile(record.source, output) { throw Self.overwriteError(record, report: output, advice: "name another file with -o") }
                try OutputFile.write(markdown, to: output, missingDirectory: .create)
                print("Report written to \(output.terminalSafe)")
            } else {
                print(markdown, terminator: "")
            }
        }

        private func writeAll(_ database: any DeskStore, to directory: String) throws {
            // One snapshot for every file, so the index and the checklists agree.
            let snapshot = try database.snapshot()
            let names = IndexReport.checklistFileNames(snapshot.articles)
            let index = PathName.join(directory, "index.md")
            // No file written may be an article's own file; all are checked before the first
            // is written, once each.
            let targets = snapshot.articles.map { PathName.join(directory, names[$0.id!]!) } + [index]
            let existing = Dictionary(targets.compactMap { path in OutputFile.FileID(path).map { ($0, path) } }, uniquingKeysWith: { a, _ in a })
            for article in snapshot.articles {
                if let id = OutputFile.FileID(article.source), let target = existing[id] {
                    throw Self.overwriteError(article, report: target, advice: "name another directory with -o")
                }
            }
            for article in snapshot.articles {
                let path = PathName.join(directory, names[article.id!]!)
                try OutputFile.write(
                    ChecklistReport(article: article, claims: snapshot.claims(of: article.id!)).render(), to: path,
                    missingDirectory: .create)
                print("Report written to \(path.terminalSafe)")
            }
            try OutputFile.write(IndexReport(snapshot: snapshot, fileNames: names).render(), to: index, missingDirectory: .create)
            print("Index of \(snapshot.articles.count) article\(snapshot.articles.count == 1 ? "" : "s") written to \(index.terminalSafe)")
        }

        /// The refusal to write `report` over the file `article` was added from (a Markdown
        /// article checked in the reports directory, then `report --all`): a report must
        /// never replace an article.
        static func overwriteError(_ article: ArticleRecord, report: String, advice: String) -> CLIError {
            CLIError("the report '\(report.terminalSafe)' would overwrite the article '\(article.source.terminalSafe)' itself; \(advice)")
        }
    }
}
