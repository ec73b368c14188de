import ArgumentParser
import ClaimReports
import ClaimModel
import ClaimStore
import DeskKit
import Foundation

extension ClaimDesk {
    /// Adds many articles at once: files and folders, one summary, errors per file.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add every article in the given files and folders (Claims/ by default).",
            discussion: """
                Folders are searched recursively for articles: files ending in \
                \(ArticleFinder.extensionList). Hidden files and folders, and files with \
                other extensions, are skipped. A file named on the command line is read \
                whatever its extension. With no path, the Claims/ folder is added.

                Each article is read and analysed as 'claimdesk check' reads it, and stored \
                with its claims. A file whose text is already stored, under this name or \
                another, is counted unchanged and nothing is written, so running add again \
                stores only what is new. An edited file is stored as a new article; the earlier \
                version and its reviews are kept. No report is written (use 'claimdesk report').

                A file that cannot be read (empty, binary, not UTF-8, no article text) is \
                reported on stderr as 'claimdesk: error: PATH: REASON' and the rest of the batch \
                is still added; the exit status is then 1. On a terminal a progress bar is \
                drawn on stderr while it runs. The last line is a summary:
                  Added 3 articles (41 claims), 2 unchanged, 1 failed, 0 skipped.

                Examples:
                  claimdesk add                          every article under Claims/
                  claimdesk add Claims/2026 extra.md     a folder and a file
                  claimdesk add --json > added.json      the result of every file, for scripts
                  claimdesk add --db desk.sqlite Inbox/  into another database
                """)

        @OptionGroup var workspace: WorkspaceOptions

        @Argument(help: ArgumentHelp("Article files and folders to add. Defaults to Claims/.", valueName: "path"))
        var paths: [String] = []

        @ArgumentParser.Flag(help: "Print the counts and the result of every file as JSON instead of the summary line.")
        var json = false

        func run() throws {
            let roots: [String]
            if paths.isEmpty {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: ArticleFinder.defaultFolder, isDirectory: &isDirectory),
                    isDirectory.boolValue
                else {
                    throw CLIError(
                        "no \(ArticleFinder.defaultFolder)/ folder in this directory: name the files or folders to add, e.g. 'claimdesk add articles/'")
                }
                roots = [ArticleFinder.defaultFolder]
            } else {
                roots = paths
            }
            let candidates = ArticleFinder.collect(roots)

            let progress = ProgressLine()
            defer { progress.clear() }
            var database: ClaimDatabase?
            var batch = AddBatch(total: candidates.count) { outcome in
                if outcome.result == .failed {
                    progress.printLine("claimdesk: error: \(outcome.path.terminalSafe): \(outcome.reason ?? "failed")")
                }
            }
            for (index, candidate) in candidates.enumerated() {
                progress.update(done: index, total: candidates.count, label: candidate.path)
                switch candidate.kind {
                case .skip(let reason):
                    batch.settle(index, AddJSON.File(path: candidate.path, result: .skipped, reason: reason))
                case .fail(let reason):
                    batch.settle(index, AddJSON.File(path: candidate.path, result: .failed, reason: reason))
                case .article:
                    // Opened at the first readable article, so a batch of bad files creates no
                    // database. A database that cannot be opened stops the batch: nothing could be stored.
                    // A warning (a Windows-1252 file) goes above the progress bar, not through it.
                    try prepare(candidate.path, index, into: &batch, warn: { progress.printLine("claimdesk: warning: " + $0) }) {
                        if let database { return database }
                        let opened = try workspace.open()
                        database = opened
                        return opened
                    }
                }
                if batch.isFull, let database { batch.write(to: database) }
            }
            if let database { batch.write(to: database) }
            progress.update(done: candidates.count, total: candidates.count, label: "")
            progress.clear()

            let summary = AddJSON(files: batch.outcomes)
            if json {
                print(try JSONOutput.encode(summary))
            } else {
                print(summary.line)
            }
            if summary.failed > 0 { throw ExitCode.failure }
        }

        /// Reads one article and analyses it into the batch; a problem with this file is its
        /// outcome, not an error.
        private func prepare(
            _ path: String, _ index: Int, into batch: inout AddBatch, warn: (String) -> Void, database: () throws -> ClaimDatabase
        ) throws {
            let text: String
            do {
                text = try ArticleFile.read(path, warn: warn)
            } catch {
                batch.settle(index, AddJSON.File(path: path, result: .failed, reason: Self.reason(error, path: path)))
                return
            }
            let store = try database()
            do {
                switch try ArticleIntake.prepare(HashedText(text), from: path, in: store) {
                case .stored(let existing):
                    batch.settle(index, AddJSON.File(path: path, result: .unchanged, article: existing.id))
                case .new(let article):
                    batch.append(index, article)
                }
            } catch {
                batch.settle(index, AddJSON.File(path: path, result: .failed, reason: Self.reason(error, path: path)))
            }
        }

        /// The error's message without the file's name, since the line already names it.
        static func reason(_ error: any Error, path: String) -> String {
            if let limit = error as? ArticleLimitError { return limit.reason }
            if let file = error as? ArticleFileError { return file.reason }
            return String(describing: error)
        }
    }
}

/// The articles `add` has analysed and not yet stored, written several at a time, and the
/// outcome of every file, reported in the order the files were listed.
///
/// Articles are analysed one by one outside any transaction, then stored in batches: one
/// transaction (one commit, one fsync) for up to `maxArticles` articles or `maxClaims` claims,
/// or for what was analysed within `maxWait` seconds, each article in its own savepoint
/// (`ClaimDatabase.add(_:at:)`), so an article that fails to store fails alone. The write lock
/// is held only while a batch's rows are written, a fraction of a second, so a `mark` meanwhile
/// waits at most that; and a process killed while adding loses at most the batch it had not
/// written yet, each article of which is absent, never half stored.
struct AddBatch {
    static let maxArticles = 100
    static let maxClaims = 5_000
    /// Seconds of analysis after which the articles analysed are written, so that a slow
    /// batch (long articles) still commits as it goes.
    static let maxWait = 1.0

    private var pending: [(index: Int, article: NewArticle)] = []
    private var pendingClaims = 0
    private var pendingSince: TimeInterval?
    private var settled: [AddJSON.File?]
    private var reported = 0
    private let report: (AddJSON.File) -> Void

    /// A batch for `total` files; `report` is called with each file's outcome, in file order,
    /// as soon as it and the outcomes of all files before it are known.
    init(total: Int, report: @escaping (AddJSON.File) -> Void) {
        settled = Array(repeating: nil, count: total)
        self.report = report
    }

    /// Every file's outcome, in order; complete once the last batch is written.
    var outcomes: [AddJSON.File] { settled.compactMap { $0 } }

    /// Whether the articles waiting should be written now.
    var isFull: Bool {
        guard let pendingSince else { return false }
        return pending.count >= Self.maxArticles || pendingClaims >= Self.maxClaims
            || ProcessInfo.processInfo.systemUptime - pendingSince >= Self.maxWait
    }

    /// Records the outcome of file `index`, known without storing anything.
    mutating func settle(_ index: Int, _ outcome: AddJSON.File) {
        settled[index] = outcome
        reportReady()
    }

    /// Adds the analysed article of file `index` to the batch waiting to be written.
    mutating func append(_ index: Int, _ article: NewArticle) {
        if pending.isEmpty { pendingSince = ProcessInfo.processInfo.systemUptime }
        pending.append((index, article))
        pendingClaims += article.analysis.claims.count
    }

    /// Stores the articles waiting, one savepoint each in one transaction, and settles their
    /// outcomes: added, unchanged (the same text was stored meanwhile, or earlier in this
    /// batch), or failed with the reason. When the batch cannot be written at all, each of its
    /// articles fails with that reason, and the next batch is tried all the same.
    mutating func write(to database: any DeskStore) {
        guard !pending.isEmpty else { return }
        let batch = pending
        pending = []
        pendingClaims = 0
        pendingSince = nil
        let results: [Result<AddResult, any Error>]
        do {
            results = try database.add(batch.map(\.article), at: Clock.now)
        } catch {
            results = batch.map { _ in .failure(error) }
        }
        for ((index, article), result) in zip(batch, results) {
            let path = article.source
            switch result {
            case .success(let added):
                let stored = ArticleIntake.stored(added, article)
                settled[index] = AddJSON.File(
                    path: path, result: stored.isNew ? .added : .unchanged, article: stored.article.id, claims: stored.claimsAdded)
            case .failure(let error):
                settled[index] = AddJSON.File(path: path, result: .failed, reason: ClaimDesk.Add.reason(error, path: path))
            }
        }
        reportReady()
    }

    private mutating func reportReady() {
        while reported < settled.count, let outcome = settled[reported] {
            report(outcome)
            reported += 1
        }
    }
}

/// `add --json`, and the summary line: the counts, then every file with what became of it.
struct AddJSON: Encodable {
    enum Result: String, Encodable {
        case added, unchanged, failed, skipped
    }

    struct File: Encodable {
        var path: String
        var result: Result
        /// Why a file failed or was skipped.
        var reason: String?
        /// The stored article: the new one, or the one already holding the same text.
        var article: Int64?
        /// Claims stored from the file; only for added files.
        var claims: Int?

        init(path: String, result: Result, reason: String? = nil, article: Int64? = nil, claims: Int? = nil) {
            self.path = path
            self.result = result
            self.reason = reason
            self.article = article
            self.claims = claims
        }
    }

    var added: Int
    var claims_added: Int
    var unchanged: Int
    var failed: Int
    var skipped: Int
    var files: [File]

    init(files: [File]) {
        func count(_ result: Result) -> Int { files.filter { $0.result == result }.count }
        added = count(.added)
        claims_added = files.reduce(0) { $0 + ($1.claims ?? 0) }
        unchanged = count(.unchanged)
        failed = count(.failed)
        skipped = count(.skipped)
        self.files = files
    }

    /// "Added 3 articles (41 claims), 2 unchanged, 1 failed, 0 skipped."
    var line: String {
        "Added \(added) article\(added == 1 ? "" : "s") (\(claims_added) claim\(claims_added == 1 ? "" : "s")), "
            + "\(unchanged) unchanged, \(failed) failed, \(skipped) skipped."
    }
}
