import ArgumentParser
import ClaimAnalysis
import ClaimReports
import ClaimModel
import ClaimStore

extension ClaimDesk {
    /// Full-text search over the stored claims: sentences, speakers, outlets and figures.
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "search",
            abstract: "Find claims by their words: sentence, speaker, outlet and figures.",
            discussion: """
                Every word must occur, in any case and with or without accents ("cafe" finds
                "Café"); a word ending in * is a prefix, and words in double quotes must occur
                together, in that order. Nothing else is syntax: AND, OR, -, : are searched as
                ordinary words (put -- before a query that starts with a dash). Figures are
                indexed with their unit and concept too, so "dollar" finds "$48.5 million".
                Best matches (SQLite FTS5 bm25) come first; each row shows a snippet with the
                matched words in «…», followed by [speaker: …], [outlet: …] or [figures: …]
                when only that matched.

                Examples:
                  claimdesk search freight
                  claimdesk search 'harb*' --status unreviewed
                  claimdesk search '"running costs"' --speaker okafor
                  claimdesk search budget --article Claims/sample.txt --flag no-source
                  claimdesk search 48.5 --limit 5 --json
                """)

        @OptionGroup var workspace: WorkspaceOptions

        @Argument(help: ArgumentHelp("The words to look for.", valueName: "text"))
        var text: [String]

        @Option(help: ArgumentHelp("Only claims whose latest status is this one.", valueName: "status"))
        var status: ReviewStatus?

        @Option(help: ArgumentHelp("Only claims carrying this flag.", valueName: "flag"))
        var flag: FlagKind?

        @Option(help: ArgumentHelp("Only claims whose speaker's name has all these words ('okafor' matches 'Maria Okafor').", valueName: "name"))
        var speaker: String?

        @Option(help: ArgumentHelp("Only claims of this article: its id or the path it was added from.", valueName: "article"))
        var article: String?

        @Option(help: ArgumentHelp("At most this many claims.", valueName: "n"))
        var limit = 20

        @ArgumentParser.Flag(help: "Print JSON instead of a table.")
        var json = false

        func validate() throws {
            guard limit >= 1 else { throw ValidationError("--limit must be at least 1, got \(limit)") }
            if let speaker, speaker.allSatisfy({ !$0.isLetter && !$0.isNumber }) {
                throw ValidationError("--speaker '\(speaker)' has no letters or digits to match")
            }
        }

        func run() throws {
            let query = text.joined(separator: " ")
            let database = try workspace.openReadOnly()
            let articleId = try article.map { try database.article($0).id! }
            let filter = ClaimFilter(articleId: articleId, status: status, flag: flag, speaker: speaker)
            let hits = try database.search(query, filter: filter, limit: limit)
            if json {
                print(try JSONOutput.encode(hits.map(SearchHitJSON.init)))
                return
            }
            guard !hits.isEmpty else {
                print("No claims match '\(query.terminalSafe)'.")
                return
            }
            print(Self.header)
            for hit in hits { print(Self.row(hit)) }
        }

        static let header = "ID     ARTICLE  STATUS        SNIPPET"

        static func row(_ hit: SearchHit) -> String {
            pad("\(hit.claimId)", 7) + pad("\(hit.articleId)", 9) + pad(hit.status.rawValue, 14) + hit.snippet.terminalSafe
        }

        private static func pad(_ s: String, _ width: Int) -> String {
            s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
        }
    }
}

/// `search --json`: one object per hit, best first.
struct SearchHitJSON: Encodable {
    var id: Int64
    var article: Int64
    var status: String
    var snippet: String
    var sentence: String
    var speaker: String?
    var outlet: String?
    /// bm25, lower is better; for comparing hits of one search only.
    var score: Double

    init(_ hit: SearchHit) {
        id = hit.claimId
        article = hit.articleId
        status = hit.status.rawValue
        snippet = hit.snippet
        sentence = hit.sentence
        speaker = hit.speaker
        outlet = hit.outlet
        score = hit.score
    }
}
