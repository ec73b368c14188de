import ArgumentParser
import ClaimModel
import ClaimStore
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension ClaimDesk {
    /// Walks the open claims one at a time and records a verdict for each as it is given.
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "review",
            abstract: "Review the open claims one by one, most check-worthy first, with single-key answers.",
            discussion: ReviewAnswer.keyList + "\n\n" + [
                "Every answer is saved the moment it is given, as a history row like those 'mark' writes, so quitting with q, Ctrl-D or Ctrl-C loses nothing already answered. The next run resumes with the claims still open (unreviewed or in-progress), in priority order.",
                "A skip records nothing: a skipped claim comes back after the others in the same session, and in its usual place in the next run. A note or evidence is saved at once as an in-progress review, which keeps the claim open, and is repeated on the verdict that the claim gets in the same session.",
                "On a terminal, keys act without Enter. When standard input is not a terminal (a pipe, a file), each line is one answer: its first character is the key, or a whole word names it ('misleading', 'not-a-claim'); an empty line skips; answers are echoed after their prompts, so the output reads as a transcript.",
                "Figures are highlighted in reverse video on a terminal, and «bracketed» when standard output is not a terminal, TERM is 'dumb' or NO_COLOR is set.",
            ].joined(separator: "\n\n"))

        @OptionGroup var workspace: WorkspaceOptions

        @Argument(help: ArgumentHelp(
            "Only this article: its id or the path it was added from. Without it, every article.",
            valueName: "article"))
        var article: String?

        @Option(help: ArgumentHelp("Who is reviewing. Defaults to $CLAIMDESK_REVIEWER, then $USER.", valueName: "name"))
        var reviewer: String?

        func run() throws {
            let database = try workspace.openExisting()
            let record = try article.map { try database.article($0) }
            let env = ProcessInfo.processInfo.environment
            let who = reviewer ?? env["CLAIMDESK_REVIEWER"] ?? env["USER"]
            let write: (String) -> Void = { FileHandle.standardOutput.write(Data($0.utf8)) }
            let session = ReviewSession(
                database: database, article: record, reviewer: who,
                highlight: Self.highlight(environment: env), now: { Clock.now }, write: write)
            if let terminal = Terminal(fd: STDIN_FILENO) {
                defer { terminal.restore() }
                var answers = TerminalAnswers(terminal: terminal, write: write)
                try session.run(&answers)
            } else {
                var answers = LineAnswers(nextLine: { Swift.readLine(strippingNewline: true) }, write: write)
                try session.run(&answers)
            }
        }

        /// Reverse video only where it will show as such: a terminal that is not 'dumb', and
        /// no NO_COLOR (https://no-color.org: set and not empty).
        static func highlight(environment env: [String: String]) -> Highlight {
            let noColor = env["NO_COLOR"].map { !$0.isEmpty } ?? false
            let dumb = env["TERM"] == "dumb"
            return Terminal.isTerminal(STDOUT_FILENO) && !noColor && !dumb ? .ansi : .brackets
        }
    }
}
