import ClaimReports
import ClaimModel
import ClaimStore
import DeskKit
import Foundation

/// Where a review session's answers come from: single keys on a terminal, or one line per
/// answer from a pipe, a file or a test. Each call shows its prompt first.
protocol AnswerSource {
    /// The next answer as typed: one key, or one line. Nil at the end of input.
    mutating func answer(prompt: String) -> String?
    /// A line of free text (a note, a URL, a quoted passage). Nil at the end of input.
    mutating func text(prompt: String) -> String?
}

/// One answer per line, for standard input that is not a terminal. The lines read are echoed
/// after their prompts, so that the output reads as a transcript of the session.
struct LineAnswers: AnswerSource {
    var nextLine: () -> String?
    var write: (String) -> Void
    var echo = true

    mutating func answer(prompt: String) -> String? { text(prompt: prompt) }

    mutating func text(prompt: String) -> String? {
        write(prompt)
        guard let line = nextLine() else {
            write("(end of input)\n")
            return nil
        }
        if echo { write(line.terminalSafe + "\n") }
        return line
    }
}

/// Single key presses on a terminal in raw mode; free text is typed as a normal line.
struct TerminalAnswers: AnswerSource {
    let terminal: Terminal
    var write: (String) -> Void

    mutating func answer(prompt: String) -> String? {
        write(prompt)
        guard let key = terminal.readKey() else {
            write("\n")
            return nil
        }
        // Raw mode does not echo: show the key, so the screen keeps a record of the answers.
        switch key {
        case "\n", "\r", "\u{1B}": write("\n")
        case "\u{04}": write("^D\n")
        default: write(key.isLetter || key.isPunctuation || key.isSymbol || key.isNumber ? "\(key)\n" : "\n")
        }
        return String(key)
    }

    mutating func text(prompt: String) -> String? {
        write(prompt)
        guard let line = terminal.readLine() else {
            write("\n")
            return nil
        }
        return line
    }
}

/// What a key (or a line) means during a review.
enum ReviewAnswer: Equatable {
    case verdict(ReviewStatus)
    case skip, note, evidence, quit, help
    case unknown(String)

    /// The verdict keys, in the order the help lists them.
    static let verdictKeys: [(key: Character, status: ReviewStatus)] = [
        ("v", .verified), ("m", .mostlyTrue), ("i", .misleading), ("d", .disputed),
        ("f", .false), ("u", .unverifiable), ("x", .notAClaim),
    ]

    /// A whole word names its answer ("misleading", "not-a-claim", "skip"); otherwise the first
    /// non-blank character is the key, case-insensitively. A blank answer (Enter) skips.
    init(_ typed: String) {
        if typed == "\u{04}" {  // Ctrl-D in raw mode: the end of input, as on a pipe.
            self = .quit
            return
        }
        let trimmed = typed.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if let status = ReviewStatus(rawValue: trimmed) {
            // "in-progress" or "unreviewed" is not a verdict; it must not fall through to the
            // first letter (i: misleading, u: unverifiable). A note marks a claim in progress.
            self = status.isOpen ? .unknown(trimmed) : .verdict(status)
            return
        }
        switch trimmed {
        case "": self = .skip
        case "skip": self = .skip
        case "note": self = .note
        case "evidence": self = .evidence
        case "quit", "exit": self = .quit
        case "help": self = .help
        default:
            let key = trimmed.first!
            if let verdict = Self.verdictKeys.first(where: { $0.key == key }) {
                self = .verdict(verdict.status)
                return
            }
            switch key {
            case "s": self = .skip
            case "n": self = .note
            case "e": self = .evidence
            case "q": self = .quit
            case "?", "h": self = .help
            default: self = .unknown(String(typed.trimmingCharacters(in: .whitespacesAndNewlines).first ?? "?"))
            }
        }
    }

    static let keyList: String = {
        var lines = ["Keys:"]
        for (key, status) in verdictKeys {
            lines.append("  \(key)  \(status.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)) \(status.meaning)")
        }
        lines += [
            "  s  skip          leave it open; it comes back after the others (Enter skips)",
            "  n  note          a line of text, saved at once; it goes with the verdict",
            "  e  evidence      a URL and an optional quoted passage, saved like a note",
            "  q  quit          stop; every answer is saved and the next run resumes",
            "  ?  help          this list",
        ]
        return lines.joined(separator: "\n")
    }()
}

/// How figures stand out in a sentence: reverse video on a terminal, «brackets» elsewhere.
enum Highlight {
    case ansi, brackets

    func mark(_ figure: String) -> String {
        switch self {
        case .ansi: "\u{1B}[1;7m" + figure + "\u{1B}[0m"
        case .brackets: "«" + figure + "»"
        }
    }

    /// `sentence` with each figure marked. Figure spans are UTF-8 offsets into the sentence;
    /// a span that does not match its text (or overlaps the previous one) falls back to the
    /// next occurrence of the text, and a figure not found is left unmarked. The pieces are
    /// made `terminalSafe` one by one, after the spans are found (the replacement changes byte
    /// lengths) and before the marks are added (the reverse-video codes are ours to send).
    func sentence(_ sentence: String, figures: [QuantityRecord]) -> String {
        let bytes = Array(sentence.utf8)
        var ranges: [Range<Int>] = []
        for q in figures.sorted(by: { $0.spanStart < $1.spanStart }) {
            let floor = ranges.last?.upperBound ?? 0
            let text = Array(q.text.utf8)
            guard !text.isEmpty else { continue }
            if q.spanStart >= floor, q.spanEnd <= bytes.count, q.spanStart < q.spanEnd,
                Array(bytes[q.spanStart..<q.spanEnd]) == text
            {
                ranges.append(q.spanStart..<q.spanEnd)
            } else if let found = Self.find(text, in: bytes, from: floor) {
                ranges.append(found)
            }
        }
        var out = ""
        var cursor = 0
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where range.lowerBound >= cursor {
            out += String(decoding: bytes[cursor..<range.lowerBound], as: UTF8.self).terminalSafe
            out += mark(String(decoding: bytes[range], as: UTF8.self).terminalSafe)
            cursor = range.upperBound
        }
        out += String(decoding: bytes[cursor...], as: UTF8.self).terminalSafe
        return out
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Range<Int>? {
        guard needle.count <= haystack.count else { return nil }
        var i = start
        while i + needle.count <= haystack.count {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return i..<(i + needle.count) }
            i += 1
        }
        return nil
    }
}

/// The `claimdesk review` loop: walks the open claims of an article (or of the database) in
/// priority order, shows each with its figures highlighted, and records each answer at once.
///
/// It knows nothing of terminals: answers come from an `AnswerSource` and output goes to
/// `write`, so the same loop runs on a raw terminal, a pipe, or a test's list of lines.
final class ReviewSession {
    struct Summary: Equatable {
        enum Ending: Equatable { case noClaims, nothingOpen, finished, allSkipped, quit, endOfInput }
        var ending: Ending
        var verdicts: [ReviewStatus] = []
        var notesSaved = 0
        var evidenceSaved = 0
        /// Claims skipped and still open at the end, in the order they were skipped.
        var skipped: [Int64] = []
        var stillOpen = 0
    }

    private enum Outcome { case verdict, skip, gone, quit, endOfInput }

    /// The rules: what each answer records (`ReviewWorkflow`).
    private var workflow: ReviewWorkflow
    let articleId: Int64?
    /// "article #1 (Claims/sample.txt)" or "this database".
    let scope: String
    /// The command that resumes this session, for the closing message.
    let resumeCommand: String
    let highlight: Highlight
    let write: (String) -> Void

    private var summary = Summary(ending: .finished)

    init(
        database: any DeskStore, article: ArticleRecord?, reviewer: String?, highlight: Highlight,
        now: @escaping () -> Date, write: @escaping (String) -> Void
    ) {
        self.workflow = ReviewWorkflow(store: database, reviewer: reviewer, now: now)
        self.articleId = article?.id
        self.scope = article.map { "article #\($0.id!) (\($0.source.terminalSafe))" } ?? "this database"
        self.resumeCommand = "claimdesk review" + (article.map { " \($0.id!)" } ?? "")
        self.highlight = highlight
        self.write = write
    }

    /// Runs until every open claim has a verdict, the reviewer quits, or the input ends.
    @discardableResult
    func run(_ answers: inout some AnswerSource) throws -> Summary {
        summary = Summary(ending: .finished)
        workflow.startOver()
        let walk = try workflow.queue(articleId: articleId)
        let queue = walk.all
        let open = walk.open
        if queue.isEmpty {
            write(articleId == nil
                ? "No claims in this database: add an article with 'claimdesk check FILE'.\n"
                : "No claims in \(scope): nothing to review.\n")
            summary.ending = .noClaims
            return summary
        }
        if open.isEmpty {
            write("No open claims in \(scope): all \(queue.count) have a verdict.\n")
            summary.ending = .nothingOpen
            return summary
        }
        let rank = walk.position
        var intro = "Reviewing \(scope): \(open.count) of \(queue.count) claims open, most check-worthy first."
        if open.count < queue.count {
            intro += "\nResuming: \(walk.settled) already have a verdict."
        }
        intro += "\nEach answer is saved at once; q quits, ? lists the keys.\n"
        write(intro)

        var pass = open
        var everSkipped: [Int64] = []
        while true {
            var skipped: [Int64] = []
            var answeredInPass = false
            for id in pass {
                switch try visit(id, position: rank[id] ?? 0, of: queue.count, answers: &answers) {
                case .verdict: answeredInPass = true
                case .skip:
                    skipped.append(id)
                    if !everSkipped.contains(id) { everSkipped.append(id) }
                case .gone: break
                case .quit: return try finish(.quit, skipped: everSkipped)
                case .endOfInput: return try finish(.endOfInput, skipped: everSkipped)
                }
            }
            if skipped.isEmpty { return try finish(.finished, skipped: everSkipped) }
            // A whole pass of skips: going round again would only show the same claims again.
            if !answeredInPass { return try finish(.allSkipped, skipped: everSkipped) }
            write("\nBack to the \(skipped.count) skipped claim\(skipped.count == 1 ? "" : "s").\n")
            pass = skipped
        }
    }

    /// Shows one claim and takes answers until one moves on from it.
    private func visit(_ id: Int64, position: Int, of total: Int, answers: inout some AnswerSource) throws -> Outcome {
        let stored: StoredClaim
        switch try workflow.visit(id) {
        case .open(let claim): stored = claim
        case .settledMeanwhile(let status):
            // Someone else (another session, or 'claimdesk mark') gave it a verdict meanwhile.
            write("\n#\(id) was marked \(status.rawValue) meanwhile; moving on.\n")
            return .gone
        }
        write("\n" + render(stored, position: position, of: total) + "\n")
        while true {
            guard let typed = answers.answer(prompt: prompt(for: id)) else { return .endOfInput }
            switch ReviewAnswer(typed) {
            case .verdict(let status):
                let saved = try workflow.verdict(status, on: id)
                summary.verdicts.append(status)
                let with = [saved.withNote ? "note" : nil, saved.withEvidence ? "evidence" : nil].compactMap { $0 }
                write("Saved: #\(id) \(status.rawValue)" + (with.isEmpty ? "" : ", with your " + with.joined(separator: " and ")) + ".\n")
                return .verdict
            case .skip:
                write("Skipped #\(id): it stays open.\n")
                return .skip
            case .quit:
                return .quit
            case .help:
                write(ReviewAnswer.keyList + "\n")
            case .unknown(let key):
                write("'\(key.terminalSafe)' is not an answer; press ? for the keys.\n")
            case .note:
                guard let typedNote = answers.text(prompt: "Note (Enter to cancel): ") else { return .endOfInput }
                guard try workflow.note(typedNote, on: id) else {
                    write("No note added.\n")
                    continue
                }
                summary.notesSaved += 1
                write("Note saved on #\(id) (in-progress); it will go with your verdict.\n")
            case .evidence:
                guard let typedURL = answers.text(prompt: "Evidence URL (Enter to cancel): ") else { return .endOfInput }
                let url = typedURL.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !url.isEmpty else {
                    write("No evidence added.\n")
                    continue
                }
                if let problem = EvidenceURL.problem(url) {
                    write("Not saved: \(problem).\n")
                    continue
                }
                // The end of input here still saves the URL; the next answer then ends the session.
                let typedQuote = answers.text(prompt: "Quoted passage (optional, Enter to leave out): ")
                guard try workflow.evidence(url: url, quote: typedQuote, on: id) == .saved else { continue }
                summary.evidenceSaved += 1
                write("Evidence saved on #\(id) (in-progress); it will go with your verdict.\n")
            }
        }
    }

    private func prompt(for id: Int64) -> String {
        return (workflow.hasPending(id) ? "(your note/evidence goes with the verdict) " : "")
            + "#\(id) v verified, d disputed, f false, s skip, n note, e evidence, q quit, ? more > "
    }

    private func finish(_ ending: Summary.Ending, skipped: [Int64]) throws -> Summary {
        summary.ending = ending
        let open = try workflow.store.openClaimIDs(articleId: articleId)
        summary.stillOpen = open.count
        summary.skipped = skipped.filter(open.contains)
        var parts: [String] = []
        let verdicts = summary.verdicts
        if verdicts.isEmpty {
            parts.append("no verdicts")
        } else {
            let counts = ReviewStatus.allCases.compactMap { status -> String? in
                let n = verdicts.filter { $0 == status }.count
                return n == 0 ? nil : "\(n) \(status.rawValue)"
            }
            parts.append("\(verdicts.count) verdict\(verdicts.count == 1 ? "" : "s") (\(counts.joined(separator: ", ")))")
        }
        if summary.notesSaved > 0 { parts.append("\(summary.notesSaved) note\(summary.notesSaved == 1 ? "" : "s")") }
        if summary.evidenceSaved > 0 { parts.append("\(summary.evidenceSaved) evidence link\(summary.evidenceSaved == 1 ? "" : "s")") }
        var message = "\n"
        switch ending {
        case .finished where open.isEmpty: message += "Done: every claim in \(scope) has a verdict.\n"
        case .allSkipped: message += "Every remaining claim was skipped.\n"
        default: break
        }
        message += "Saved " + parts.joined(separator: ", ") + "."
        if !summary.skipped.isEmpty {
            message += " Skipped, still open: " + summary.skipped.map { "#\($0)" }.joined(separator: ", ") + "."
        }
        if !open.isEmpty {
            message += "\n\(open.count) claim\(open.count == 1 ? "" : "s") still open in \(scope); '\(resumeCommand)' resumes."
        }
        write(message + "\n")
        return summary
    }

    /// The claim as the reviewer sees it: position, id, kind, worthiness and status, the
    /// sentence with its figures marked, figures, attribution, flags with their questions and
    /// arithmetic, what to check, and any earlier in-progress notes.
    func render(_ stored: StoredClaim, position: Int, of total: Int) -> String {
        let c = stored.claim
        var head = "[\(position)/\(total)] #\(stored.id) · \(c.kind.rawValue) · worthiness \(c.worthiness) · \(stored.status.rawValue)"
        if articleId == nil { head += " · article #\(c.articleId)" }
        var lines = [head]
        lines.append("  \"" + highlight.sentence(c.sentence, figures: stored.quantities) + "\"")
        for q in stored.quantities { lines.append("  " + ClaimText.figure(q)) }
        lines.append("  source: " + ClaimText.attribution(c))
        for flag in stored.flags {
            lines.append("  \(flag.kind.isNote ? "note" : "flag") \(flag.kind.rawValue): \(flag.message.terminalSafe)")
            if let details = flag.details { lines.append("    arithmetic: \(details.terminalSafe)") }
        }
        lines.append("  check: " + WhatToCheck.advice(for: stored).terminalSafe)
        for r in stored.reviews {
            var line = "  earlier: \(Timestamp.format(r.createdAt)) \(r.status.rawValue)"
            if let who = r.reviewer { line += " by \(who.terminalSafe)" }
            if let note = r.note { line += ": \(note.terminalSafe)" }
            if let url = r.evidenceURL { line += " <\(url.terminalSafe)>" }
            if let quote = r.evidenceQuote { line += " \"\(quote.terminalSafe)\"" }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
