import ArgumentParser
import ClaimAnalysis
import ClaimReports
import ClaimModel
import ClaimStore
import Foundation

extension ClaimDesk {
    /// The workspace at a glance: what is stored, what is reviewed, what is still open.
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "Summarize the workspace: articles, claims by status, open flags.",
            discussion: """
                Prints how many articles and claims are stored, how many claims have each \
                review status (a claim's status is its latest mark, 'unreviewed' until it has \
                one), the flags still open, and the articles with the most open claims.

                A claim is open while it is unreviewed or in-progress; an open flag is a flag on \
                an open claim. Marking a claim with any other status closes it and its flags. \
                Flags marked (note), approximate and superlative, describe a claim without \
                faulting it and are not counted as open questions.

                Examples:
                  claimdesk status                            this workspace
                  claimdesk status --db desk.sqlite           another database
                  claimdesk status --json                     the same counts for scripts
                  claimdesk claims --status unreviewed --flag no-source
                                                              the claims behind a count
                """)

        @OptionGroup var workspace: WorkspaceOptions

        @ArgumentParser.Flag(help: "Print the counts as JSON instead of text.")
        var json = false

        func run() throws {
            let database = try workspace.openReadOnly()
            let status = try database.status()
            if json {
                print(try JSONOutput.encode(StatusJSON(status, database: workspace.databasePath)))
            } else {
                print(StatusText.render(status, database: workspace.databasePath))
            }
        }
    }
}

/// `status` as text: one block per question, counts aligned.
enum StatusText {
    static func render(_ status: WorkspaceStatus, database: String) -> String {
        var lines: [String] = []
        lines.append("Workspace \(database)")
        lines.append("  \(plural(status.articles, "article")), \(plural(status.claims, "claim")), \(status.openClaims) open")
        lines.append("")

        lines.append("Claims by status:")
        let statusWidth = ReviewStatus.allCases.map(\.rawValue.count).max()!
        let statusDigits = String(status.claimsByStatus.map(\.count).max() ?? 0).count
        for entry in status.claimsByStatus {
            lines.append("  " + pad(entry.status.rawValue, statusWidth) + "  " + padLeft(String(entry.count), statusDigits))
        }
        if !status.unknownStatuses.isEmpty {
            let names = status.unknownStatuses.map { "'\($0.status)' (\($0.count))" }.joined(separator: ", ")
            lines.append("  Counted as in-progress: statuses this ClaimDesk does not know: \(names).")
        }
        lines.append("")

        let notes = status.openFlags.filter(\.kind.isNote).reduce(0) { $0 + $1.count }
        lines.append("Flags on open claims (\(plural(status.openQuestions, "question")), \(plural(notes, "note"))):")
        let flagWidth = FlagKind.allCases.map(\.rawValue.count).max()!
        let flagDigits = String(status.openFlags.map(\.count).max() ?? 0).count
        for entry in status.openFlags {
            let line = "  " + pad(entry.kind.rawValue, flagWidth) + "  " + padLeft(String(entry.count), flagDigits)
            lines.append(entry.kind.isNote ? line + "  (note)" : line)
        }
        lines.append("")

        if status.mostOpenArticles.isEmpty {
            lines.append(status.claims == 0 ? "No claims yet: add articles with 'claimdesk add'." : "No open claims: every claim has been reviewed.")
        } else {
            lines.append("Articles with the most open claims:")
            let idWidth = status.mostOpenArticles.map { "#\($0.id)".count }.max()!
            let countWidth = status.mostOpenArticles.map { "\($0.openClaims) of \($0.claims) open".count }.max()!
            for article in status.mostOpenArticles {
                var line = "  " + pad("#\(article.id)", idWidth) + "  " + pad("\(article.openClaims) of \(article.claims) open", countWidth)
                line += "  " + article.source.terminalSafe
                if let title = article.title, !title.isEmpty { line += ": " + title }
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func plural(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
    private static func pad(_ s: String, _ width: Int) -> String { s + String(repeating: " ", count: max(0, width - s.count)) }
    private static func padLeft(_ s: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - s.count)) + s }
}

/// `status --json`: counts keyed by the stable status and flag names, zeros included.
struct StatusJSON: Encodable {
    struct Article: Encodable {
        var id: Int64
        var source: String
        var title: String?
        var claims: Int
        var open_claims: Int
    }

    var database: String
    var articles: Int
    var claims: Int
    var open_claims: Int
    var claims_by_status: [String: Int]
    var open_flags: [String: Int]
    var open_questions: Int
    var most_open_articles: [Article]
    /// Latest statuses this version does not know, by name; those claims count as in-progress.
    var unknown_statuses: [String: Int]

    init(_ status: WorkspaceStatus, database: String) {
        self.database = database
        articles = status.articles
        claims = status.claims
        open_claims = status.openClaims
        claims_by_status = Dictionary(uniqueKeysWithValues: status.claimsByStatus.map { ($0.status.rawValue, $0.count) })
        open_flags = Dictionary(uniqueKeysWithValues: status.openFlags.map { ($0.kind.rawValue, $0.count) })
        open_questions = status.openQuestions
        unknown_statuses = Dictionary(uniqueKeysWithValues: status.unknownStatuses.map { ($0.status, $0.count) })
        most_open_articles = status.mostOpenArticles.map {
            Article(id: $0.id, source: $0.source, title: $0.title, claims: $0.claims, open_claims: $0.openClaims)
        }
    }
}
