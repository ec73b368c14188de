import ArgumentParser

/// The `claimdesk` command tree. Each subcommand lives in its own `ClaimDesk+Name.swift`.
struct ClaimDesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimdesk",
        abstract: "Extract, review and report the numeric claims in news articles.",
        discussion: """
            A typical session:
              claimdesk check Claims/sample.txt        add an article, list its claims
                                                       and write Reports/sample.md
              claimdesk claims --flag missing-figure   claims whose figure was lost
              claimdesk show 3                         one claim with its history
              claimdesk mark 3 verified --evidence https://example.org/data
              claimdesk report Claims/sample.txt -o Reports/sample.md
              claimdesk add                            every article under Claims/
              claimdesk status                         claims by status, open flags
              claimdesk review                         walk the open claims, one key each
              claimdesk search freight --status unreviewed
              claimdesk report --all                   every checklist and an index
              claimdesk export --format claimreview    schema.org ClaimReview JSON-LD
              claimdesk delete 2                       an article added by mistake

            Claims live in a SQLite file: ./claimdesk.sqlite, unless --db or the
            CLAIMDESK_DB environment variable names another. Every listing command
            takes --json for scripts.
            """,
        version: "0.1.0",
        subcommands: [Check.self, Add.self, Status.self, Claims.self, Search.self, Show.self, Mark.self, Delete.self, Review.self, Report.self, Export.self, Extract.self]
    )
}
