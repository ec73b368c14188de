import ArgumentParser
import ClaimReports
import ClaimStore
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
            var results: [AddJSON.File] = []
            for (index, candidate) in candidates.enumerated() {
                progress.update(done: index, total: candidates.count, label: candidate.path)
                let outcome: AddJSON.File
                switch candidate.kind {
                case .skip(let reason):
                    outcome = AddJSON.File(path: candidate.path, result: .skipped, reason: reason)
                case .fail(let reason):
                    outcome = AddJSON.File(path: candidate.path, result: .failed, reason: reason)
                case .article:
                    // Opened at the first readable article, so a batch of bad files creates no
                    // database. A database that cannot be opened stops the batch: nothing could be stored.
                    // A warning (a Windows-1252 file) goes above the progress bar, not through it.
                    outcome = try add(candidate.path, warn: { progress.printLine("claimdesk: warning: " + $0) }) {
                        if let database { return database }
                        let opened = try workspace.open()
                        database = opened
                        return opened
                    }
                }
                if outcome.result == .failed {
                    progress.printLine("claimdesk: error: \(outcome.path.terminalSafe): \(outcome.reason ?? "failed")")
                }
                results.append(outcome)
            }
            progress.update(done: candidates.count, total: candidates.count, label: "")
            progress.clear()

            let summary = AddJSON(files: results)
            if json {
                print(try JSONOutput.encode(summary))
            } else {
                print(summary.line)
            }
            if summary.failed > 0 { throw ExitCode.failure }
        }

        /// Reads and stores one article; a problem with this file is its outcome, not an error.
        private func add(_ path: String, warn: (String) -> Void, database: () throws -> ClaimDatabase) throws -> AddJSON.File {
            let text: String
            do {
                text = try ArticleFile.read(path, warn: warn)
            } catch {
                return AddJSON.File(path: path, result: .failed, reason: Self.reason(error, path: path))
            }
            let store = try database()
            do {
                let stored = try ArticleIntake.store(text, from: path, in: store)
                return AddJSON.File(
                    path: path, result: stored.isNew ? .added : .unchanged, article: stored.article.id,
                    claims: stored.claimsAdded)
            } catch {
                return AddJSON.File(path: path, result: .failed, reason: Self.reason(error, path: path))
            }
        }

        /// The error's message without the "cannot read 'PATH': " that `ArticleFile` starts
        /// with, since the line already names the file.
        static func reason(_ error: any Error, path: String) -> String {
            let message = String(describing: error)
            let prefix = "cannot read '\(path.terminalSafe)': "
            return message.hasPrefix(prefix) ? String(message.dropFirst(prefix.count)) : message
        }
    }
}

/// Turns the paths given to `add` into the list of files to read, in a stable order.
enum ArticleFinder {
    static let defaultFolder = "Claims"
    /// Extensions (lowercased) of the files taken from folders.
    static let extensions = ["txt", "md", "markdown", "html", "htm"]
    static var extensionList: String {
        extensions.dropLast().map { "." + $0 }.joined(separator: ", ") + " or ." + extensions.last!
    }

    struct Candidate: Equatable {
        enum Kind: Equatable {
            case article
            case skip(String)
            case fail(String)
        }
        var path: String
        var kind: Kind
    }

    /// Files named are taken as they are; folders are walked recursively in name order. A
    /// path reached twice (named twice, or through a link) is listed once.
    static func collect(_ roots: [String]) -> [Candidate] {
        var found: [Candidate] = []
        var seenFiles: Set<String> = []
        var seenFolders: Set<String> = []
        let manager = FileManager.default

        func real(_ path: String) -> String { URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path }

        func take(_ path: String, _ kind: Candidate.Kind) {
            guard seenFiles.insert(real(path)).inserted else { return }
            found.append(Candidate(path: path, kind: kind))
        }

        func walk(_ folder: String) {
            guard seenFolders.insert(real(folder)).inserted else { return }
            let names: [String]
            do {
                names = try manager.contentsOfDirectory(atPath: folder).sorted()
            } catch {
                take(folder, .fail("cannot list the folder: \(error.localizedDescription)"))
                return
            }
            for name in names {
                let path = (folder as NSString).appendingPathComponent(name)
                if name.hasPrefix(".") {
                    take(path, .skip("hidden"))
                    continue
                }
                var isDirectory: ObjCBool = false
                guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                    take(path, .skip("a broken link"))
                    continue
                }
                if isDirectory.boolValue {
                    walk(path)
                } else {
                    let ext = (name as NSString).pathExtension.lowercased()
                    if extensions.contains(ext) {
                        take(path, .article)
                    } else {
                        take(path, .skip(ext.isEmpty ? "no extension: not an article file" : "not an article file (.\(ext))"))
                    }
                }
            }
        }

        for root in roots {
            var isDirectory: ObjCBool = false
            if !manager.fileExists(atPath: root, isDirectory: &isDirectory) {
                take(root, .fail("no such file or folder"))
            } else if isDirectory.boolValue {
                walk(root)
            } else {
                take(root, .article)
            }
        }
        return found
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
