import ArgumentParser
import ClaimReports
import ClaimModel
import ClaimStore
import Foundation

extension ClaimDesk {
    /// Writes every claim with its review as JSON, CSV or schema.org ClaimReview JSON-LD.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Export every claim with its review as JSON, CSV or ClaimReview JSON-LD.",
            discussion: """
                Formats:
                  json         an array of claims, each as 'claimdesk claims --json' prints
                               it (figures, flags, attribution, status, the full review
                               history) plus article_source
                  csv          one row per claim with its latest review (RFC 4180, UTF-8,
                               CRLF line ends, a header row): claim_id, article_id,
                               article_source, sentence, kind, figures, speaker, outlet,
                               flags, status, reviewer, reviewed_at, note, evidence_url
                  claimreview  schema.org ClaimReview JSON-LD for publishing verdicts: an
                               array with one ClaimReview per claim with a verdict
                               (unreviewed, in-progress and not-a-claim are left out)

                ClaimReview ratings (ratingValue on a 1-5 scale, alternateName in words):
                  false 1 False, disputed 2 Disputed, misleading 3 Misleading,
                  mostly-true 4 Mostly true, verified 5 Verified, unverifiable: no number,
                  alternateName Unverifiable. datePublished is the date of the verdict.

                Examples:
                  claimdesk export > claims.json
                  claimdesk export --format csv -o claims.csv
                  claimdesk export --format csv --article Claims/sample.txt
                  claimdesk export --format claimreview --organization "Ledger Fact Desk" \\
                      --base-url https://example.org/fact-checks/ | jq '.[0]'

                Writes to standard output unless -o names a file, in a directory that exists
                (none is created); a file written over keeps its permissions. Reads the
                database only.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case json, csv, claimreview
        }

        @OptionGroup var workspace: WorkspaceOptions

        @Option(help: ArgumentHelp("The output format.", valueName: "format"))
        var format: Format = .json

        @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var output: String?

        @Option(help: ArgumentHelp("Only this article's claims: its id or the path it was added from.", valueName: "article"))
        var article: String?

        @Option(help: ArgumentHelp("The reviewing organisation, the ClaimReview author (claimreview only).", valueName: "name"))
        var organization: String?

        @Option(
            name: .customLong("base-url"),
            help: ArgumentHelp(
                "Where reviews are published (claimreview only): each review's url is this plus the claim id.",
                discussion: "'https://example.org/checks/' gives https://example.org/checks/7; a '/' is added unless the URL ends in '/', '#' or '='; '{id}' in the URL is replaced by the id instead (https://example.org/checks/{id}.html). Without it, reviews have no url.",
                valueName: "url"))
        var baseURL: String?

        func validate() throws {
            if format != .claimreview {
                if organization != nil { throw ValidationError("--organization applies to --format claimreview only") }
                if baseURL != nil { throw ValidationError("--base-url applies to --format claimreview only") }
            }
            if let organization, organization.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError("--organization is empty; name the organisation that publishes the reviews")
            }
            if let baseURL {
                guard let url = URL(string: baseURL.replacingOccurrences(of: "{id}", with: "0")),
                    let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host?.isEmpty == false
                else {
                    throw ValidationError("--base-url must be an http or https URL, got '\(baseURL)'")
                }
            }
            if let output, output.isEmpty { throw ValidationError("-o names no file") }
        }

        func run() throws {
            // Before the database is opened, so that an unwritable file is named as such.
            if let output { try OutputFile.checkWritable(output, missingDirectory: .refuse) }
            let database = try workspace.openReadOnly()
            let articleId = try article.map { try database.article($0).id! }
            let snapshot = try database.snapshot(articleId: articleId)
            let articles = snapshot.articlesById
            let text: String
            switch format {
            case .json:
                text = JSONOutput.encodeExport(snapshot.claims.map(ClaimJSON.init), articleSources: snapshot.claims.map { articles[$0.claim.articleId]?.source }) + "\n"
            case .csv:
                text = CSVExport.render(snapshot.claims, articles: articles)
            case .claimreview:
                let options = ClaimReviewJSONLD.Options(organization: organization ?? "ClaimDesk", baseURL: baseURL)
                text = try ClaimReviewJSONLD.render(snapshot.claims, articles: articles, options: options) + "\n"
                if ClaimReviewJSONLD.reviews(snapshot.claims, articles: articles, options: options).isEmpty {
                    FileHandle.standardError.write(Data("claimdesk: note: no claim\(article == nil ? "" : " of this article") has a verdict yet, so there is no ClaimReview to export (mark claims with 'claimdesk mark CLAIM STATUS')\n".utf8))
                }
            }
            guard let output else {
                FileHandle.standardOutput.write(Data(text.utf8))
                return
            }
            try OutputFile.write(text, to: output, missingDirectory: .refuse)
            let count = format == .claimreview
                ? snapshot.claims.filter { ClaimReviewJSONLD.verdict(for: $0.status) != nil }.count
                : snapshot.claims.count
            let noun = format == .claimreview ? "review" : "claim"
            print("Exported \(count) \(noun)\(count == 1 ? "" : "s") as \(format.rawValue) to \(output.terminalSafe)")
        }
    }
}
