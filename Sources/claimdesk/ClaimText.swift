import ClaimReports
import ClaimModel
import ClaimStore

/// Plain-text renderings of claims for the terminal: a block per claim in `check`, a row per
/// claim in `claims`, and the full record in `show`. Every field that comes from an article or
/// a reviewer goes through `terminalSafe`.
enum ClaimText {
    /// `withRepeatNote: false` leaves out the "repeat of" line, for `full`, which lists every
    /// earlier occurrence instead.
    static func block(_ stored: StoredClaim, withRepeatNote: Bool = true) -> String {
        let c = stored.claim
        var lines = ["#\(stored.id)  \(c.kind.rawValue)  worthiness \(c.worthiness)  \(stored.status.rawValue)"]
        lines.append("    \"\(c.sentence.terminalSafe)\"")
        for q in stored.quantities { lines.append("    " + figure(q)) }
        lines.append("    source: " + attribution(c))
        for flag in stored.flags {
            lines.append("    \(flag.kind.isNote ? "note" : "flag") \(flag.kind.rawValue): \(flag.message.terminalSafe)")
            if let details = flag.details { lines.append("      arithmetic: \(details.terminalSafe)") }
        }
        if withRepeatNote, let settled = repeatNote(stored) { lines.append("    " + settled) }
        return lines.joined(separator: "\n")
    }

    /// "repeat of #12 (verified)": the earlier occurrences a reviewer has settled, so the desk
    /// can reuse the verdict instead of checking the figure again; nil when there are none.
    static func repeatNote(_ stored: StoredClaim) -> String? {
        let settled = stored.settledRepeats
        guard !settled.isEmpty else { return nil }
        let shown = settled.suffix(3).map { "#\($0.claimId) (\($0.status.rawValue))" }.joined(separator: ", ")
        return "repeat of " + shown + (settled.count > 3 ? " and \(settled.count - 3) earlier" : "")
    }

    /// At most this many earlier occurrences are listed by `show`.
    static let seenBeforeLimit = 10

    /// The "seen before:" lines of `show`, oldest first: every occurrence when there are
    /// few, otherwise the settled ones, then the newest open ones, up to `seenBeforeLimit`.
    static func seenBefore(_ stored: StoredClaim) -> [String] {
        let all = stored.repeats
        guard !all.isEmpty else { return [] }
        var keep = Set(all.filter(\.hasVerdict).suffix(seenBeforeLimit).map(\.claimId))
        for r in all.reversed() where keep.count < seenBeforeLimit { keep.insert(r.claimId) }
        var lines = ["    seen before:"]
        for r in all where keep.contains(r.claimId) {
            lines.append("      #\(r.claimId)  article #\(r.articleId) \(r.articleSource.terminalSafe)  \(r.status.rawValue)  (\(r.figure.terminalSafe))")
        }
        if all.count > keep.count {
            lines.append("      … and \(all.count - keep.count) more ('claimdesk show \(stored.id) --json' lists them all)")
        }
        return lines
    }

    static func full(_ stored: StoredClaim, article: ArticleRecord) -> String {
        var lines = [block(stored, withRepeatNote: false)]
        lines.append("    article: #\(article.id!) \(article.source.terminalSafe), paragraph \(stored.claim.paragraph + 1)")
        lines += seenBefore(stored)
        lines.append("    check: " + WhatToCheck.advice(for: stored).terminalSafe)
        if stored.reviews.isEmpty {
            lines.append("    history: no reviews yet")
        } else {
            lines.append("    history:")
            for r in stored.reviews {
                var line = "      \(Timestamp.format(r.createdAt))  \(r.status.rawValue)"
                if let reviewer = r.reviewer { line += " by \(reviewer.terminalSafe)" }
                if let note = r.note { line += ": \(note.terminalSafe)" }
                lines.append(line)
                if let url = r.evidenceURL { lines.append("        evidence: \(url.terminalSafe)") }
                if let quote = r.evidenceQuote { lines.append("        quote: \"\(quote.terminalSafe)\"") }
            }
        }
        return lines.joined(separator: "\n")
    }

    static let rowHeader = "ID     ARTICLE  STATUS        KIND        WORTH  SOURCE              FLAGS / FIGURES"

    static func row(_ stored: StoredClaim) -> String {
        let c = stored.claim
        let faults = stored.flags.filter { !$0.kind.isNote }.map(\.kind.rawValue)
        let figures = stored.quantities.map(\.text.terminalSafe)
        let tail = (faults.isEmpty ? "" : "[" + faults.joined(separator: ",") + "] ") + figures.joined(separator: "; ")
        let source = (c.speaker ?? c.outlet ?? "-").terminalSafe
        var row = pad("\(stored.id)", 7) + pad("\(c.articleId)", 9) + pad(stored.status.rawValue, 14)
            + pad(c.kind.rawValue, 12) + pad("\(c.worthiness)", 7) + pad(truncate(source, 18), 20) + tail
        // The arithmetic of an inconsistency is the flag's evidence: list it under the row.
        for flag in stored.flags where flag.details != nil {
            row += "\n       \(flag.kind.rawValue): \(flag.details!.terminalSafe)"
        }
        if let settled = repeatNote(stored) { row += "\n       " + settled }
        return row
    }

    private static func truncate(_ s: String, _ width: Int) -> String {
        s.count <= width ? s : String(s.prefix(width - 1)) + "…"
    }

    /// "figure: 62% → 62 percent (of running costs)".
    static func figure(_ q: QuantityRecord) -> String {
        var line = "figure: \(q.text.terminalSafe) → \(q.reading.terminalSafe)"
        if !q.concept.isEmpty { line += " (about \(q.concept.terminalSafe))" }
        return line
    }

    static func attribution(_ c: ClaimRecord) -> String {
        var parts: [String] = []
        if let speaker = c.speaker { parts.append(speaker.terminalSafe) }
        if let outlet = c.outlet { parts.append("via \(outlet.terminalSafe)") }
        if let hedge = c.hedge { parts.append("hedged \"\(hedge.terminalSafe)\"") }
        return parts.isEmpty ? "none found" : parts.joined(separator: ", ")
    }

    private static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
    }
}
