import ArgumentParser
import ClaimModel
import ClaimReports
import ClaimStore

extension ClaimDesk {
    /// Removes an article added by mistake, with its claims; reviews are kept in an audit record.
    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: "Delete an article added by mistake, with its claims.",
            discussion: """
                Deletes the article with its claims, figures, flags and search entries, all \
                at once. An article whose claims have reviews is refused, and nothing is \
                deleted, unless --force is given: then every review of its claims is first \
                copied into the database's audit record (with the article, the claim's \
                sentence and the deletion time), so the desk keeps who decided what.

                Examples:
                  claimdesk delete 2                         article #2, if nobody reviewed it
                  claimdesk delete Claims/draft.txt          the article added from that file
                  claimdesk delete 2 --force --json          reviewed or not, for scripts
                """)

        @OptionGroup var workspace: WorkspaceOptions

        @Argument(help: ArgumentHelp("The article's id, or the file it was added from.", valueName: "article"))
        var article: String

        @ArgumentParser.Flag(help: "Delete it even when its claims have reviews; the reviews are kept in the audit record.")
        var force = false

        @ArgumentParser.Flag(help: "Print what was deleted as JSON.")
        var json = false

        func run() throws {
            let database = try workspace.openForWriting()
            let target = try database.article(article)
            let deletion: ArticleDeletion
            do {
                deletion = try database.deleteArticle(target.id!, force: force, at: Clock.now)
            } catch let refused as DeletionRefused {
                throw CLIError("\(refused); 'claimdesk delete \(target.id!) --force' deletes it and keeps the reviews in the audit record")
            }
            if json {
                print(try JSONOutput.encode(DeleteJSON(deletion)))
                return
            }
            let claims = "\(deletion.claimsDeleted) claim\(deletion.claimsDeleted == 1 ? "" : "s")"
            let kept = deletion.reviewsKept == 0
                ? ""
                : ", \(deletion.reviewsKept) review\(deletion.reviewsKept == 1 ? "" : "s") kept in the audit record"
            print("Deleted article \(deletion.article.id!) (\(deletion.article.source.terminalSafe)): \(claims)\(kept).")
        }
    }
}

/// `delete --json`.
struct DeleteJSON: Encodable {
    var id: Int64
    var source: String
    var claims_deleted: Int
    var reviews_kept: Int

    init(_ deletion: ArticleDeletion) {
        id = deletion.article.id!
        source = deletion.article.source
        claims_deleted = deletion.claimsDeleted
        reviews_kept = deletion.reviewsKept
    }
}
