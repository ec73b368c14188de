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

            Claims live in a SQLite file: ./claimdesk.sqlite, unless --db or the
            CLAIMDESK_DB environment variable names another. Every listing command
            takes --json for scripts.
            """,
        version: "0.1.0",
        subcommands: [Check.self, Claims.self, Show.self, Mark.self, Report.self, Extract.self]
    )
}
